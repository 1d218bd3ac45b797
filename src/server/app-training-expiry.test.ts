// A trainee's sandbox really expiring in the mock (its own idle clock, here 300 ms) while the BFF still holds the
// session: the first call after that is answered 410 SandboxExpired (not the raw key refusal), the next one runs
// in a fresh sandbox. Its own file: the short idle time must not touch the other tests' sandboxes.
import { randomBytes } from 'node:crypto';
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { createApp } from './app';
import { createAuditLog } from './audit-log';
import { sandboxAccounts } from './accounts';
import { readEnv } from './env';
import { createCloudClient } from './openapi-client';
import { createSandboxControl } from './sandbox-control';
import { createSandboxSessions } from './sandbox-session';
import { testBrowser } from './test-support/test-browser';

let mock: RunningMockCloud;
beforeAll(() => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 3, sandboxIdleMs: 300 });
});
afterAll(() => mock.close());

it('turns an idle-expired sandbox into 410 SandboxExpired, then a fresh sandbox on the next join', async () => {
  const env = readEnv({ CEN_CONNECT_TRAINING: '1' });
  const audit = createAuditLog();
  const control = createSandboxControl(mock.controlOrigin);
  const sessions = createSandboxSessions({
    control,
    cookieSecret: randomBytes(32).toString('base64url'),
    accountsFor: (demo) => sandboxAccounts(env, demo),
    idleMinutes: 120,
    onForget: (id) => audit.forget(id),
  });
  const app = createApp({
    cloud: 'mock',
    accounts: () => Promise.reject(new Error('not used in training mode')),
    resolveUid: () => Promise.resolve(undefined),
    client: createCloudClient({ timeoutMs: 5000, maxRetries: 0, retryBaseMs: 0 }),
    audit,
    security: {},
    mockControlUrl: mock.controlOrigin,
    training: { sessions, control },
  });
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
