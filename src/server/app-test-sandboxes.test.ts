// Test sandboxes in-process (docs/decisions/0004-isolated-test-sandboxes.md): the BFF with real signing against the
// real mock cloud (msw/node) and its sandbox registry. What parallel e2e workers rely on: a sandbox named in the
// X-Cen-Connect-Sandbox header is its own world for cloud calls, resets, faults, state and the audit view; an
// unknown one is refused rather than answered from the default cloud; and a BFF without the flag has none of it.
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { DEMO_ACCOUNTS } from '../../mocks/scenarios/seed';
import { createApp } from './app';
import { createAuditLog } from './audit-log';
import { resolveAccounts, sandboxAccounts } from './accounts';
import { readEnv } from './env';
import { createCloudClient } from './openapi-client';
import { createSandboxControl } from './sandbox-control';
import { createTestSandboxes, SANDBOX_HEADER, TEST_SANDBOX_COOKIE } from './test-sandboxes';
import { testBrowser } from './test-support/test-browser';
import type { AccountName } from '../domain/accounts';

let mock: RunningMockCloud;
beforeAll(() => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 11 });
});
afterAll(() => mock.close());

function setup(options: { withSandboxes?: boolean; maxSandboxes?: number } = {}) {
  const env = readEnv({ CEN_CONNECT_TEST_SANDBOXES: '1' });
  const audit = createAuditLog();
  const tests = createTestSandboxes({
    control: createSandboxControl(mock.controlOrigin),
    accountsFor: (demo) => sandboxAccounts(env, demo),
    idleMinutes: 120,
    onForget: (id) => audit.forget(id),
    ...(options.maxSandboxes ? { maxSandboxes: options.maxSandboxes } : {}),
  });
  const demo = DEMO_ACCOUNTS.filter((a) => a.name === 'A' || a.name === 'B').map((a) => ({
    name: a.name as AccountName,
    uid: a.uid,
    accessKeyId: a.accessKeyId,
    accessKeySecret: a.accessKeySecret,
  }));
  const defaults = resolveAccounts({
    env: readEnv({}),
    demo,
    assumeRole: () => Promise.reject(new Error('no roles here')),
  });
  const app = createApp({
    cloud: 'mock',
    accounts: () => Promise.resolve(defaults),
    resolveUid: () => Promise.resolve(undefined),
    client: createCloudClient({ timeoutMs: 5000, maxRetries: 0, retryBaseMs: 0 }),
    audit,
    security: {},
    mockControlUrl: mock.controlOrigin,
    ...(options.withSandboxes === false ? {} : { testSandboxes: tests }),
  });
  /** A client that names a sandbox on every request (or none: the default cloud). */
  const client = (sandbox?: string) => {
    const browser = testBrowser(app);
    const headers: Record<string, string> = sandbox ? { [SANDBOX_HEADER]: sandbox } : {};
    return {
      send: (path: string, init: { method?: string; body?: unknown } = {}) =>
        browser.send(path, { ...init, headers }),
      openapi: (action: string, body: Record<string, unknown>) =>
        browser.send(`/api/openapi/${action}`, { method: 'POST', body, headers }),
    };
  };
  const create = async (scenario = 'demo') => {
    const res = await client().send('/api/mock/sandboxes', { method: 'POST', body: { scenario } });
    expect(res.status, res.text).toBe(201);
    return res.json as { id: string; scenario: string };
  };
  return { app, audit, tests, client, create };
}

type Client = ReturnType<ReturnType<typeof setup>['client']>;

const createCen = (c: Client, name: string) =>
  c.openapi('CreateCen', {
    account: 'A',
    params: { Name: name, ClientToken: `ct-${name}-${Math.random()}` },
  });

const cenNames = async (c: Client) => {
  const res = await c.openapi('DescribeCens', { account: 'A', params: { PageSize: 50 } });
  expect(res.status, res.text).toBe(200);
  return (res.json.Cens.Cen as { Name: string }[]).map((x) => x.Name);
};

describe('test sandboxes (CEN_CONNECT_TEST_SANDBOXES=1)', () => {
  it('creates a sandbox on the scenario asked for and never hands out its keys', async () => {
    const { client } = setup();
    const res = await client().send('/api/mock/sandboxes', { method: 'POST', body: { scenario: 'demo' } });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ id: expect.stringMatching(/^sbx-/), scenario: 'demo' });
    expect(res.text).not.toMatch(/LTAI|ecret/);
    const health = await client().send('/api/health');
    expect(health.json).toMatchObject({ training: false, testSandboxes: true });
  });

  it('keeps cloud calls, state and resets of two sandboxes and the default cloud apart', async () => {
    const { client, create } = setup();
    const one = client((await create()).id);
    const two = client((await create()).id);
    const before = await cenNames(client());
    expect((await createCen(one, 'CenOfWorkerOne')).status).toBe(200);
    expect((await createCen(two, 'CenOfWorkerTwo')).status).toBe(200);

    expect(await cenNames(one)).toContain('CenOfWorkerOne');
    expect(await cenNames(one)).not.toContain('CenOfWorkerTwo');
    expect(await cenNames(two)).not.toContain('CenOfWorkerOne');
    expect(await cenNames(client())).toEqual(before);
    expect((await one.send('/api/mock/state')).text).toContain('CenOfWorkerOne');
    expect((await one.send('/api/mock/state')).text).not.toContain('CenOfWorkerTwo');

    // One worker's reset empties its own world only.
    const reset = await one.send('/api/mock/reset', { method: 'POST', body: { scenario: 'demo' } });
    expect(reset.status, reset.text).toBe(200);
    expect(await cenNames(one)).not.toContain('CenOfWorkerOne');
    expect(await cenNames(two)).toContain('CenOfWorkerTwo');
  });

  it('confines a fault rule and a delay to the sandbox that set them', async () => {
    const { client, create } = setup();
    const one = client((await create()).id);
    const two = client((await create()).id);
    const fault = await one.send('/api/mock/faults', {
      method: 'POST',
      body: { action: 'CreateCen', code: 'InternalError', count: 5 },
    });
    expect(fault.status, fault.text).toBe(200);
    expect((await createCen(one, 'Refused')).json.error.code).toBe('InternalError');
    expect((await createCen(two, 'Accepted')).status).toBe(200);
    expect((await createCen(client(), 'AcceptedByDefault')).status).toBe(200);
    expect((await one.send('/api/mock/faults')).json.faults).toHaveLength(1);
    expect((await two.send('/api/mock/faults')).json.faults).toHaveLength(0);

    const delay = await one.send('/api/mock/delays', { method: 'PUT', body: { ms: 4321 } });
    expect(delay.json).toMatchObject({ delayMs: 4321 });
    expect(mock.cloud.delayMs).toBe(0);
  });

  it('shows each sandbox only its own calls in /api/audit', async () => {
    const { client, create } = setup();
    const one = client((await create()).id);
    const two = client((await create()).id);
    await createCen(one, 'AuditedInOne');
    await createCen(two, 'AuditedInTwo');
    const mine = JSON.stringify((await one.send('/api/audit')).json);
    expect(mine).toContain('AuditedInOne');
    expect(mine).not.toContain('AuditedInTwo');
  });

  it('takes the id from the cookie too (a download the browser starts carries no extra header)', async () => {
    const { app, client, create } = setup();
    const { id } = await create();
    expect((await createCen(client(id), 'CenForTheDownload')).status).toBe(200);
    const browser = testBrowser(app, `${TEST_SANDBOX_COOKIE}=${id}`);
    const download = await browser.send('/api/audit?format=jsonl');
    expect(download.text).toContain('CenForTheDownload');
    expect((await browser.send('/api/mock/state')).text).toContain('CenForTheDownload');
    // The header wins over the cookie: the request fixture and the page can never disagree silently.
    const other = await create();
    const both = await browser.send('/api/mock/state', { headers: { [SANDBOX_HEADER]: other.id } });
    expect(both.text).not.toContain('CenForTheDownload');
    expect(JSON.stringify(mock.sandboxes.defaultSandbox.cloud.world.cens)).not.toContain('CenForTheDownload');
  });

  it('refuses an unknown or deleted sandbox instead of answering from the default cloud', async () => {
    const { client, create, tests } = setup();
    const stranger = client('sbx-doesnotexist');
    const refused = await createCen(stranger, 'NeverMade');
    expect(refused.status).toBe(404);
    expect(refused.json.error.code).toBe('SandboxNotFound');
    expect((await stranger.send('/api/mock/reset', { method: 'POST', body: {} })).status).toBe(404);
    expect(JSON.stringify(mock.sandboxes.defaultSandbox.cloud.world.cens)).not.toContain('NeverMade');

    const { id } = await create();
    expect(tests.size).toBe(1);
    const deleted = await client().send(`/api/mock/sandboxes/${id}`, { method: 'DELETE' });
    expect(deleted.json).toEqual({ ok: true, id });
    expect(mock.sandboxes.get(id)).toBeUndefined();
    expect(tests.size).toBe(0);
    expect((await client(id).send('/api/mock/state')).status).toBe(404);
    expect((await client().send(`/api/mock/sandboxes/${id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('forgets a sandbox the mock dropped, and refuses more than its maximum', async () => {
    const { client, create, tests } = setup({ maxSandboxes: 2 });
    const { id } = await create();
    await create();
    const third = await client().send('/api/mock/sandboxes', { method: 'POST', body: {} });
    expect(third.status).toBe(409);
    expect(third.json.error.code).toBe('SandboxLimitReached');

    mock.sandboxes.remove(id); // as when the mock's idle clock drops it
    expect((await client(id).send('/api/mock/state')).status).toBe(404);
    expect(tests.size).toBe(1);
    expect((await client().send('/api/mock/sandboxes', { method: 'POST', body: {} })).status).toBe(201);
  });

  it('refuses an unknown scenario with the mock’s words', async () => {
    const { client } = setup();
    const res = await client().send('/api/mock/sandboxes', { method: 'POST', body: { scenario: 'no-such' } });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/no-such/);
  });
});

describe('a BFF without CEN_CONNECT_TEST_SANDBOXES', () => {
  it('has no sandbox route and ignores the header: every request is the default cloud', async () => {
    const { client } = setup({ withSandboxes: false });
    expect((await client().send('/api/mock/sandboxes', { method: 'POST', body: {} })).status).toBe(404);
    const res = await createCen(client('sbx-anything'), 'MadeInDefault');
    expect(res.status).toBe(200);
    expect(mock.cloud.world.cens.map((c) => c.name)).toContain('MadeInDefault');
    expect((await client().send('/api/health')).json).toEqual({ ok: true, cloud: 'mock', training: false });
  });
});
