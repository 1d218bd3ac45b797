// Runs a teardown with the plan runner (domain/plan/plan-runner.ts): read the cloud → plan → nextAction → POST the
// write (with its ClientToken, made once and kept) or poll its wait → read again. Every decision comes from a fresh
// read, so the same loop resumes a teardown left half-way (after a reload, a crash, another tab). The plan is the
// edition's: planTeardown for the tutorial's Basic Edition, planEnterpriseTeardown for the transit routers
// (docs/reference/enterprise-edition.md §2 "Teardown") — both answer the same Plan, so one loop runs either.
import {
  bffRequest,
  checkWait,
  nextAction,
  waitRequest,
  type BffRequest,
} from '../../domain/plan/plan-runner';
import type { Plan, PlannedCall, WaitFor } from '../../domain/plan/plan-types';

export type RunEvent =
  | { kind: 'plan'; plan: Plan }
  | { kind: 'send'; call: PlannedCall }
  | { kind: 'sent'; call: PlannedCall }
  | { kind: 'poll'; call: PlannedCall; observed: string; settled: boolean };

/** What a teardown plan is computed from: at least the ClientTokens saved so far (both editions' inputs have them). */
interface WithTokens {
  clientTokens: Record<string, string>;
}

export interface RunnerDeps<I extends WithTokens> {
  /** What the cloud shows now (fresh reads, never a cache). */
  readInput: () => Promise<I>;
  /** The edition's teardown plan of that input (planTeardown or planEnterpriseTeardown). */
  plan: (input: I) => Plan;
  post: (request: BffRequest) => Promise<unknown>;
  /** The saved ClientToken for a purpose, made and saved first if there is none (progress-store). */
  tokenFor: (purpose: string) => string;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Poll interval; the steps poll every second (api/cen.ts POLL_MS) rather than Terraform's 5 s. */
  pollMs: number;
  onEvent: (event: RunEvent) => void;
  signal?: AbortSignal;
}

/** What the screen gives every run, whichever edition's plan it runs. */
export type RunnerEnv = Omit<RunnerDeps<WithTokens>, 'readInput' | 'plan'>;

export type RunResult =
  { kind: 'complete'; plan: Plan } | { kind: 'blocked'; plan: Plan; call: PlannedCall; reason: string };

/** More rounds than any teardown needs (5 phases × a few resources); stops a loop that would never end. */
const MAX_ROUNDS = 200;

async function waitUntil(call: PlannedCall, waitFor: WaitFor, deps: RunnerEnv): Promise<void> {
  const deadline = deps.now() + waitFor.timeoutMs;
  for (;;) {
    deps.signal?.throwIfAborted();
    const answer = await deps.post(waitRequest(waitFor));
    const { settled, observed } = checkWait(waitFor, answer);
    deps.onEvent({ kind: 'poll', call, observed, settled });
    if (settled) return;
    if (deps.now() >= deadline)
      throw new Error(
        `${call.key}: still "${observed}" after ${Math.round(waitFor.timeoutMs / 1000)} s; run the teardown again to keep waiting.`,
      );
    await deps.sleep(deps.pollMs);
  }
}

export async function runTeardown<I extends WithTokens>(deps: RunnerDeps<I>): Promise<RunResult> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    deps.signal?.throwIfAborted();
    let input = await deps.readInput();
    let plan = deps.plan(input);
    deps.onEvent({ kind: 'plan', plan });
    const next = nextAction(plan);
    if (next.kind === 'complete') return { kind: 'complete', plan };
    if (next.kind === 'blocked') return { kind: 'blocked', plan, call: next.call, reason: next.reason };
    if (next.kind === 'wait') {
      await waitUntil(next.call, next.waitFor, deps);
      continue;
    }
    let call = next.call;
    if (call.clientToken && !call.clientToken.value) {
      // Saved before the first attempt, so a retry after a lost answer sends the same token.
      const token = deps.tokenFor(call.clientToken.purpose);
      input = { ...input, clientTokens: { ...input.clientTokens, [call.clientToken.purpose]: token } };
      plan = deps.plan(input);
      call = plan.calls.find((c) => c.id === next.call.id) ?? call;
    }
    deps.onEvent({ kind: 'send', call });
    await deps.post(bffRequest(call));
    deps.onEvent({ kind: 'sent', call });
    // Wait right away on what this write changes: a fresh read may still show the old value for a moment, and
    // planning from it would send the write twice.
    if (call.waitFor) await waitUntil(call, call.waitFor, deps);
  }
  throw new Error('The teardown did not finish in a reasonable number of steps.');
}
