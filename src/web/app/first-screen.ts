// Page load (bench row (e), bench/README.md): the first screen's chunks are requested as the entry's very first act.
// main.tsx imports this module before anything else, and the entry chunk runs its modules in import order, so the
// requests leave before React DOM, antd and the shell are evaluated, not after them where main.tsx's body runs: the
// step's chunk, the largest, downloaded only once that evaluation was over (one round trip after the entry, plus
// 100–250 ms of evaluation on a loaded machine). Only small modules are imported here for the same reason.
import { progressStore } from '../state/progress-store';
import { routeOf } from '../training/hash-route';
import { CLOUD_GATE } from './cloud-gate-chunk';
import { STEPS, type StepDefinition } from './steps-registry';

/** The step on screen when the page opens on the console (the saved progress's), else undefined. */
export const firstStep: StepDefinition | undefined =
  routeOf(window.location.hash) === 'console' ? STEPS[progressStore.get().current] : undefined;

/**
 * Loads what the first render waits for (main.tsx): the step on screen, the gate it mounts behind (app.tsx), and
 * the training API, whose GET /api/health opens the gate. Started here, at import; undefined off the console.
 */
export const firstScreenChunks: Promise<unknown> | undefined = firstStep
  ? Promise.all([firstStep.preload(), CLOUD_GATE.preload(), import('../training/training-api')])
  : undefined;
