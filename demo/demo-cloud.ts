/// <reference types="vite/client" />
// The mock cloud of the demo's service worker: the same SandboxRegistry, scenarios and gateway as the server's
// (mocks/), with the training files bundled instead of read from a directory and the state kept in IndexedDB instead
// of a state file. Only the default sandbox is used: each browser is its own sandbox.
import { z } from 'zod';
import { systemClock } from '../mocks/cloud/clock';
import { MockCloud } from '../mocks/cloud/mock-cloud';
import { answerMockRequest } from '../mocks/dispatch';
import { DROP, type GatewayAnswer } from '../mocks/gateway';
import {
  restoreDefaultCloud,
  restoreRegistry,
  saveRegistry,
  savedRegistrySchema,
  type SavedRegistry,
} from '../mocks/registry-state';
import { freshSeed, SandboxRegistry } from '../mocks/sandboxes';
import { checkTrainingFiles, ScenarioBook, type TrainingFile } from '../mocks/scenarios/training-catalogue';
import { readValue, writeValue } from './idb-store';
import { jsCrypto } from './js-hashes';

// The same files the server reads from mocks/scenarios/training/, checked by the same code at the worker's start.
const TRAINING_TEXTS = import.meta.glob<string>('../mocks/scenarios/training/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

function trainingBook(): ScenarioBook {
  const files = Object.entries(TRAINING_TEXTS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]): TrainingFile => {
      const shown = path.replace(/^(\.\.\/)+/, '');
      return { name: shown.replace(/^.*\//, '').replace(/\.json$/, ''), shown, read: () => text };
    });
  return new ScenarioBook(checkTrainingFiles(files));
}

const STATE_KEY = 'mock-cloud';
/** What the server's state file holds (mocks/state-file.ts) without its file header. */
const savedStateSchema = z.object({ clockLeadMs: z.number().int().min(0), registry: savedRegistrySchema });
interface SavedState {
  clockLeadMs: number;
  registry: SavedRegistry;
}

export interface DemoCloudOptions {
  /** The scenario asked for by the page's ?scenario=; a saved world of another scenario is replaced. */
  scenario: string | undefined;
  /** The scenario of a new world when none is asked for (the server's CEN_CONNECT_MOCK_SCENARIO default). */
  defaultScenario: string;
  /** The transition time of a new world (the server's CEN_CONNECT_MOCK_DELAY_MS default). */
  delayMs: number;
}

export interface DemoCloud {
  sandboxes: SandboxRegistry;
  /** The scenario "Reset to scenario start" goes back to. */
  scenario: string;
  /** A request to *.aliyuncs.com or to the control API, answered in this worker. */
  answer(request: Request): Promise<Response>;
  /** Writes the whole registry to IndexedDB (after every answer; the caller keeps the worker alive for it). */
  save(): Promise<void>;
}

async function savedState(book: ScenarioBook): Promise<SavedState | undefined> {
  const raw = await readValue(STATE_KEY).catch(() => undefined);
  if (raw === undefined) return undefined;
  const parsed = savedStateSchema.safeParse(raw);
  // A world saved by another version of the demo, or of a scenario it no longer has: this browser starts afresh.
  if (!parsed.success) return undefined;
  // The records' own fields are the model's (mocks/cloud/model.ts), as the state file reads them.
  const state = parsed.data as unknown as SavedState;
  return state.registry.sandboxes.every((s) => book.has(s.scenario)) ? state : undefined;
}

export async function openDemoCloud(options: DemoCloudOptions): Promise<DemoCloud> {
  const book = trainingBook();
  if (options.scenario !== undefined && !book.has(options.scenario))
    throw new Error(`?scenario=${options.scenario}: ${book.unknown(options.scenario)}`);
  const clock = systemClock();
  let state = await savedState(book);
  const savedScenario = state?.registry.sandboxes.find((s) => s.id === 'default')?.scenario;
  if (options.scenario !== undefined && savedScenario !== options.scenario) state = undefined;
  const saved = state?.registry;
  // The base clock keeps the lead it had over wall time, as after a server's restart.
  if (state) clock.advance(state.clockLeadMs);
  const scenario = saved
    ? (savedScenario ?? options.defaultScenario)
    : (options.scenario ?? options.defaultScenario);
  const seed = saved?.seed ?? freshSeed();
  let cloud: MockCloud;
  if (saved) cloud = restoreDefaultCloud(saved, clock);
  else {
    cloud = new MockCloud({ clock, delayMs: options.delayMs, seed });
    book.load(cloud, scenario);
  }
  const sandboxes = new SandboxRegistry({
    book,
    defaultCloud: cloud,
    defaultScenario: scenario,
    clock,
    delayMs: options.delayMs,
    seed,
  });
  if (saved) restoreRegistry(sandboxes, saved, clock);
  const save = async () => {
    const value: SavedState = {
      clockLeadMs: Math.max(0, clock.now() - clock.wallNow()),
      registry: saveRegistry(sandboxes, clock),
    };
    await writeValue(STATE_KEY, value);
  };
  if (!saved) await save();
  return {
    sandboxes,
    scenario,
    async answer(request) {
      const answer: GatewayAnswer = await answerMockRequest(sandboxes, request, jsCrypto);
      // The write happened but its answer is lost: the client sees a failed connection, as over the network.
      if (answer === DROP) throw new TypeError('Failed to fetch (the mock cloud dropped the answer)');
      return answer;
    },
    save,
  };
}
