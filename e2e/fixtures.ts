// Shared Playwright fixtures: every test starts from a named mock-cloud scenario (architecture.md example 11:
// seed the state instead of clicking through earlier steps), with a fresh browser storage, and fails on any
// console error the page prints.
import { test as base, expect, type APIRequestContext } from '@playwright/test';

export interface MockCloud {
  reset(scenario?: string): Promise<void>;
  setDelay(ms: number): Promise<void>;
  state(): Promise<Record<string, unknown>>;
  setFault(rule: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
}

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

export const test = base.extend<{ cloud: MockCloud; consoleErrors: string[] }>({
  cloud: async ({ request }, use) => {
    const cloud = mockCloud(request);
    await cloud.reset('demo');
    await cloud.setDelay(300);
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
