// In-process mock cloud for the BFF (src/server/main.ts in mock mode) and for tests: msw/node intercepts the BFF's
// own fetch to *.aliyuncs.com and to the control origin. Requests to 127.0.0.1 (the BFF itself, Vite) pass through;
// any other unhandled host is an error, so nothing leaks to the real cloud.
import { setupServer } from 'msw/node';
import { systemClock, type MockClock } from './cloud/clock';
import { MockCloud } from './cloud/mock-cloud';
import { CONTROL_ORIGIN, createHandlers } from './handlers';
import { loadScenario } from './scenarios/catalogue';

export interface StartMockCloudOptions {
  /** Scenario to load first (default "demo"). */
  scenario?: string;
  /** Duration of every asynchronous transition; 0 (the default) makes Creating→Active instant. */
  delayMs?: number;
  /** Seed for resource IDs and probability faults. */
  seed?: number;
  /** A clock to drive time; default the system clock. Pass manualClock() for tests that advance time. */
  clock?: MockClock;
  /** Origin of the control API (default http://mock-cloud.invalid); its /_mock/* routes are intercepted. */
  controlOrigin?: string;
  /** Start msw listening (default true). False: build handlers and cloud only (e.g. to share a server). */
  listen?: boolean;
}

export interface RunningMockCloud {
  server: ReturnType<typeof setupServer>;
  cloud: MockCloud;
  /** Where the control API answers in-process. */
  controlOrigin: string;
  close: () => void;
}

export function startMockCloud(options: StartMockCloudOptions = {}): RunningMockCloud {
  const cloud = new MockCloud({
    clock: options.clock ?? systemClock(),
    delayMs: options.delayMs ?? 0,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  loadScenario(cloud, options.scenario ?? 'demo');
  const controlOrigin = options.controlOrigin ?? CONTROL_ORIGIN;
  const server = setupServer(...createHandlers(cloud, { controlOrigin }));
  if (options.listen !== false) {
    server.listen({
      onUnhandledRequest(request, print) {
        const host = new URL(request.url).hostname;
        if (host === '127.0.0.1' || host === 'localhost' || host === '::1') return;
        print.error();
      },
    });
  }
  return { server, cloud, controlOrigin, close: () => server.close() };
}
