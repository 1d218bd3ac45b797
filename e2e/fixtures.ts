// Shared Playwright fixtures: every test starts from a named mock-cloud scenario (seed the state
// instead of clicking through earlier steps), with a fresh browser storage, and fails on any
// console error the page prints.
// Every test has its own sandbox of the mock cloud (docs/decisions/0004-isolated-test-sandboxes.md), so tests run
// in parallel workers: the BFF (started with CEN_CONNECT_TEST_SANDBOXES=1 by playwright.config.ts) creates it, and
// its id travels in a header on everything the test sends — the page's requests (browser context) and the
// `request` fixture that cloud.reset/setFault/setDelay/state use — so a reset or fault rule reaches no other test.
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { SANDBOX_HEADER, TEST_SANDBOX_COOKIE } from '../src/server/test-sandboxes';

export interface MockCloud {
  reset(scenario?: string): Promise<void>;
  setDelay(ms: number): Promise<void>;
  /**
   * Transitions (Creating, Attaching, Modifying…) last until finishTransitions moves the mock's clock on: a test
   * that must see a status before it changes cannot rely on a fixed delay outlasting a busy machine.
   */
  holdTransitions(): Promise<void>;
  finishTransitions(): Promise<void>;
  state(): Promise<Record<string, unknown>>;
  setFault(rule: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
}

/** Longer than any test: a held transition ends only when the test moves the clock (holdTransitions). */
const HELD_MS = 600_000;

function mockCloud(request: APIRequestContext): MockCloud {
  const ok = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(response.ok(), `${response.url()} → ${response.status()} ${await response.text()}`).toBe(true);
    return response;
  };
  return {
    async reset(scenario = 'demo') {
      await ok(await request.post('/api/mock/reset', { data: { scenario } }));
    },
    async setDelay(ms) {
      await ok(await request.put('/api/mock/delays', { data: { ms } }));
    },
    async holdTransitions() {
      await ok(await request.put('/api/mock/delays', { data: { ms: HELD_MS } }));
    },
    async finishTransitions() {
      await ok(await request.post('/api/mock/clock/advance', { data: { ms: HELD_MS } }));
    },
    async state() {
      return (await (await ok(await request.get('/api/mock/state'))).json()) as Record<string, unknown>;
    },
    async setFault(rule) {
      await ok(await request.post('/api/mock/faults', { data: rule }));
    },
    async clearFaults() {
      await ok(await request.delete('/api/mock/faults'));
    },
  };
}

/**
 * The mock's transition delay for every test: 300 ms by default, so the specs see the console poll through
 * Creating/Attaching/Modifying. The benchmark (bench/ui-walk-bench.ts) sets E2E_MOCK_DELAY_MS=0 to time the walk
 * with instant transitions.
 */
export const MOCK_DELAY_MS = mockDelayFromEnv(process.env.E2E_MOCK_DELAY_MS);

function mockDelayFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 300;
  if (!/^\d+$/.test(value))
    throw new Error(`E2E_MOCK_DELAY_MS must be milliseconds (0 or more), got "${value}"`);
  return Number(value);
}

export interface SandboxFixtures {
  /**
   * Option: false for a spec whose BFF is not the shared test server (training mode has its own sandboxes;
   * secret-leak needs the demo keys of a default cloud).
   */
  sandboxed: boolean;
  /** The id of this test's sandbox, or undefined when not sandboxed. */
  sandbox: string | undefined;
}

export const test = base.extend<{ cloud: MockCloud; consoleErrors: string[] } & SandboxFixtures>({
  sandboxed: [true, { option: true }],
  sandbox: async ({ sandboxed, baseURL, playwright }, use) => {
    if (!sandboxed) return use(undefined);
    // Its own request context: the `request` fixture already carries the header this creates.
    const api = await playwright.request.newContext({ baseURL });
    try {
      const created = await api.post('/api/mock/sandboxes', { data: { scenario: 'demo' } });
      if (created.status() === 404)
        throw new Error(
          `The BFF at ${baseURL} has no test sandboxes: it was started without CEN_CONNECT_TEST_SANDBOXES=1 ` +
            '(playwright.config.ts sets it; outside CI Playwright reuses a server already on E2E_PORT — stop it).',
        );
      expect(created.status(), await created.text()).toBe(201);
      const { id } = (await created.json()) as { id: string };
      await use(id);
      // Frees the mock's memory now rather than after its idle time; a BFF already gone has nothing to free.
      await api.delete(`/api/mock/sandboxes/${encodeURIComponent(id)}`).catch(() => undefined);
    } finally {
      await api.dispose();
    }
  },
  // The page's requests (browser context), page.request and the `request` fixture all take this option.
  extraHTTPHeaders: async ({ extraHTTPHeaders, sandbox }, use) => {
    await use(sandbox === undefined ? extraHTTPHeaders : { ...extraHTTPHeaders, [SANDBOX_HEADER]: sandbox });
  },
  // A download the page starts (the audit view's JSON-lines link) goes out without Playwright's extra headers,
  // so the browser also carries the id as a cookie (the BFF reads the header first, then this cookie).
  context: async ({ context, sandbox, baseURL }, use) => {
    if (sandbox !== undefined && baseURL)
      await context.addCookies([
        { name: TEST_SANDBOX_COOKIE, value: sandbox, url: baseURL, httpOnly: true, sameSite: 'Strict' },
      ]);
    await use(context);
  },
  cloud: async ({ request }, use) => {
    const cloud = mockCloud(request);
    await cloud.reset('demo');
    await cloud.setDelay(MOCK_DELAY_MS);
    await use(cloud);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'the page printed console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
