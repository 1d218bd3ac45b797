// In-process mock cloud for the BFF (src/server/main.ts in mock mode) and for tests: msw/node intercepts the BFF's
// own fetch to *.aliyuncs.com and to the control origin. Requests to 127.0.0.1 (the BFF itself, Vite) pass through;
// any other unhandled host is an error, so nothing leaks to the real cloud.
import { setupServer } from 'msw/node';
import { systemClock, type MockClock } from './cloud/clock';
import { MockCloud } from './cloud/mock-cloud';
import { CONTROL_ORIGIN } from './dispatch';
import { createHandlers } from './handlers';
import { widenInterceptedHeads } from './request-head-limit';
import { restoreDefaultCloud, restoreRegistry, saveRegistry } from './registry-state';
import { freshSeed, SandboxRegistry } from './sandboxes';
import { persistState, readStateFile, refuse, type StatePersister } from './state-file';
import { ScenarioBook } from './scenarios/training-catalogue';
import { loadTrainingScenarios } from './scenarios/training-dir';

export interface StartMockCloudOptions {
  /** Scenario of the default sandbox (default "demo"): a TS seed or a training scenario's name. */
  scenario?: string;
  /** Duration of every asynchronous transition; 0 (the default) makes Creating→Active instant. */
  delayMs?: number;
  /**
   * Seed for resource IDs and probability faults (tests pass one to replay them). Default: a fresh one per start
   * (freshSeed), so a restarted mock never hands out the IDs of the last run again.
   */
  seed?: number;
  /** A clock to drive time; default the system clock. Pass manualClock() for tests that advance time. */
  clock?: MockClock;
  /** Origin of the control API (default http://mock-cloud.invalid); its /_mock/* routes are intercepted. */
  controlOrigin?: string;
  /** Start msw listening (default true). False: build handlers and cloud only (e.g. to share a server). */
  listen?: boolean;
  /** Directory of the training scenario files (default mocks/scenarios/training); every *.json is checked. */
  trainingDir?: string;
  /** A trainee sandbox idle this long is dropped (default 2 h). */
  sandboxIdleMs?: number;
  /** Tests: the clock the sandboxes' idle time is measured by (default Date.now), so a test moves it, never sleeps. */
  sandboxNow?: () => number;
  /** At most this many trainee sandboxes at once (default 200). */
  maxSandboxes?: number;
  /**
   * Keep the whole state (default world, every sandbox, clock lead, where the IDs stand) in this file: loaded at
   * start when it exists (then scenario and seed are the file's), written atomically a moment after every request
   * and by flushState() (state-file.ts). A file it cannot use throws StateFileError before anything listens.
   */
  stateFile?: string;
  /** Tests: how long after a change the state file is written (default 250 ms). */
  stateDebounceMs?: number;
}

export interface RunningMockCloud {
  server: ReturnType<typeof setupServer>;
  /** The default sandbox's cloud (demo keys). */
  cloud: MockCloud;
  /** Every sandbox, "default" included. */
  sandboxes: SandboxRegistry;
  /** Where the control API answers in-process. */
  controlOrigin: string;
  /** Writes the state file now if anything changed (no-op without one): the graceful stop calls it. */
  flushState: () => Promise<void>;
  /** The state file existed and was read back: its scenario, seed and speed won over the options'. */
  restored: boolean;
  close: () => void;
}

/**
 * Builds the default cloud and the sandbox registry and starts intercepting. Throws TrainingCatalogueError (every
 * broken training file, named with the field) before anything listens: a bad file stops the start-up.
 */
export function startMockCloud(options: StartMockCloudOptions = {}): RunningMockCloud {
  const book = new ScenarioBook(loadTrainingScenarios(options.trainingDir));
  const clock = options.clock ?? systemClock();
  const saved = options.stateFile ? readStateFile(options.stateFile) : undefined;
  // A sandbox's scenario is what a reset of it loads again: one this server lacks (a training file removed or
  // renamed since) would fail at that reset, so the start-up stops now, naming the file and the field.
  saved?.registry.sandboxes.forEach((s, i) => {
    if (!book.has(s.scenario))
      throw refuse(
        String(options.stateFile),
        `names a scenario this server does not have at registry.sandboxes.${i}.scenario ("${s.scenario}", sandbox "${s.id}"; known: ${book.names().join(', ')})`,
      );
  });
  // The base clock keeps the lead it had over wall time; the time the mock was down has passed for it too.
  if (saved) clock.advance(saved.clockLeadMs);
  const defaultSaved = saved?.registry.sandboxes.find((s) => s.id === 'default');
  const scenario = defaultSaved?.scenario ?? options.scenario ?? 'demo';
  if (!book.has(scenario)) throw new Error(book.unknown(scenario));
  const seed = saved?.registry.seed ?? options.seed ?? freshSeed();
  let cloud: MockCloud;
  if (saved) cloud = restoreDefaultCloud(saved.registry, clock);
  else {
    cloud = new MockCloud({ clock, delayMs: options.delayMs ?? 0, seed });
    book.load(cloud, scenario);
  }
  const sandboxes = new SandboxRegistry({
    book,
    defaultCloud: cloud,
    defaultScenario: scenario,
    clock,
    delayMs: options.delayMs ?? 0,
    seed,
    ...(options.sandboxIdleMs !== undefined ? { idleMs: options.sandboxIdleMs } : {}),
    ...(options.sandboxNow !== undefined ? { now: options.sandboxNow } : {}),
    ...(options.maxSandboxes !== undefined ? { maxSandboxes: options.maxSandboxes } : {}),
  });
  if (saved) restoreRegistry(sandboxes, saved.registry, clock);
  let persister: StatePersister | undefined;
  if (options.stateFile) {
    persister = persistState(
      options.stateFile,
      () => ({
        clockLeadMs: Math.max(0, clock.now() - clock.wallNow()),
        registry: saveRegistry(sandboxes, clock),
      }),
      options.stateDebounceMs !== undefined ? { debounceMs: options.stateDebounceMs } : {},
    );
    // The first write names the world of this start (a new file) or confirms the one read back.
    persister.start();
  }
  const controlOrigin = options.controlOrigin ?? CONTROL_ORIGIN;
  const server = setupServer(...createHandlers(sandboxes, { controlOrigin }));
  // Any answer may come with a change (a write, a reset, a fault's count, the IDs a read's RequestId used).
  if (persister) server.events.on('response:mocked', () => persister.changed());
  let narrow = () => {};
  if (options.listen !== false) {
    // An oversized request head reaches the handlers, which answer 431 like the standalone server.
    narrow = widenInterceptedHeads();
    server.listen({
      onUnhandledRequest(request, print) {
        const host = new URL(request.url).hostname;
        if (host === '127.0.0.1' || host === 'localhost' || host === '::1') return;
        print.error();
      },
    });
  }
  // Expired sandboxes are also dropped on every registry access; the timer only frees a quiet server's memory.
  const sweeper = setInterval(() => sandboxes.sweep(), 60_000);
  sweeper.unref();
  return {
    server,
    cloud,
    sandboxes,
    controlOrigin,
    flushState: () => persister?.flush() ?? Promise.resolve(),
    restored: saved !== undefined,
    close: () => {
      persister?.close();
      clearInterval(sweeper);
      server.close();
      narrow();
    },
  };
}
