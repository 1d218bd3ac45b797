// A trainee's sandbox really expiring in the mock (its own idle clock, here 300 ms) while the BFF still holds the
// session: the first call after that is answered 410 SandboxExpired (not the raw key refusal), the next one runs
// in a fresh sandbox. Its own file: the short idle time must not touch the other tests' sandboxes.
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { trainingModeApp } from './test-support/mock-cloud-app';
import { testBrowser } from './test-support/test-browser';

let mock: RunningMockCloud;
beforeAll(() => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 3, sandboxIdleMs: 300 });
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

  await new Promise((r) => setTimeout(r, 450));
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
