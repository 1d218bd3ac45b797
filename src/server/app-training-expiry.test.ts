// A trainee's sandbox really expiring in the mock (its own idle clock, here 300 ms) while the BFF still holds the
// session: the first call after that is answered 410 SandboxExpired (not the raw key refusal), the next one runs
// in a fresh sandbox. Its own file: the short idle time must not touch the other tests' sandboxes. The idle time is
// measured by a clock the test moves (sandboxNow), so a slow machine cannot expire the sandbox before the test
// means it to, nor keep it alive after.
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { trainingModeApp } from './test-support/mock-cloud-app';
import { testBrowser } from './test-support/test-browser';

const IDLE_MS = 300;
let now = 1_000_000;
let mock: RunningMockCloud;
beforeAll(() => {
  mock = startMockCloud({
    delayMs: 0,
    scenario: 'demo',
    seed: 3,
    sandboxIdleMs: IDLE_MS,
    sandboxNow: () => now,
  });
});
afterAll(() => mock.close());

it('turns an idle-expired sandbox into 410 SandboxExpired, then a fresh sandbox on the next join', async () => {
  const { app, sessions } = trainingModeApp(mock);
  const b = testBrowser(app, undefined, { joins: true });
  const created = await b.openapi('CreateCen', {
    account: 'A',
    params: { Name: 'Idle', ClientToken: 'ct-idle' },
  });
  expect(created.status).toBe(200);
  const oldId = (await b.send('/api/training/session')).json.sandboxId as string;

  now += IDLE_MS; // idle exactly as long as allowed: still this trainee's sandbox
  expect((await b.openapi('DescribeCens', { account: 'A', params: {} })).status).toBe(200);
  now += IDLE_MS + 1;
  const expired = await b.openapi('DescribeCens', { account: 'A', params: {} });
  expect(expired.status).toBe(410);
  expect(expired.json.error).toMatchObject({ code: 'SandboxExpired', source: 'bff' });
  expect(sessions.get(oldId)).toBeUndefined();

  const joined = await b.send('/api/training/join', { method: 'POST', body: {} });
  expect(joined.setCookie).toMatch(/^cen_connect_sandbox=/);
  const fresh = await b.openapi('DescribeCens', { account: 'A', params: {} });
  expect(fresh.status).toBe(200);
  expect(fresh.json.Cens.Cen).toEqual([]);
  expect((await b.send('/api/training/session')).json.sandboxId).not.toBe(oldId);
});
