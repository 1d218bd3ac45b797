// The BFF in-process (app.request) against the mock cloud in-process (msw/node): real signing, real HTTP requests
// intercepted by msw, real signature checks and business rules. Faults are injected through the mock's control API.
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { createAuditLog, type AuditLog } from './audit-log';
import { resolveAccounts, type Account, type DemoAccount } from './accounts';
import { readEnv } from './env';
import { createCloudClient } from './openapi-client';
import { demoAccountsOf, mockAccounts, mockModeApp } from './test-support/mock-cloud-app';
import { findAction } from '../domain/openapi/actions';
import type { AccountName } from '../domain/accounts';

let mock: RunningMockCloud;
let demo: DemoAccount[];
const control = (path: string, init?: RequestInit) =>
  fetch(`${mock.controlOrigin}/_mock/${path}`, { headers: { 'content-type': 'application/json' }, ...init });
/** Arms a fault in the mock's control API (POST /_mock/faults): an error code, or a dropped response. */
const injectFault = (fault: Record<string, unknown>) =>
  control('faults', { method: 'POST', body: JSON.stringify(fault) });

beforeAll(async () => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 7 });
  demo = await demoAccountsOf(mock);
});
afterAll(() => mock.close());

/** B's Beijing VPC as a child of A's CEN: the cross-account attach of the tutorial's step 3. */
const childOfB = (cenId: string, vpcId: string) => ({
  CenId: cenId,
  ChildInstanceId: vpcId,
  ChildInstanceType: 'VPC',
  ChildInstanceRegionId: 'cn-beijing',
  ChildInstanceOwnerId: demo[1]!.uid,
});

function setup(
  overrides: Partial<Record<AccountName, Partial<Account>>> = {},
  env: Record<string, string> = {},
) {
  const accounts = mockAccounts(demo, env);
  for (const name of ['A', 'B'] as const) Object.assign(accounts[name], overrides[name] ?? {});
  const audit: AuditLog = createAuditLog();
  const app = mockModeApp(accounts, {
    client: createCloudClient({ timeoutMs: 5000, maxRetries: 3, retryBaseMs: 0 }),
    audit,
    mockControlUrl: mock.controlOrigin,
  });
  const call = async (action: string, body: Record<string, unknown>) => {
    const res = await app.request(`/api/openapi/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, any> };
  };
  return { app, audit, call };
}

beforeEach(async () => {
  await control('reset', { method: 'POST', body: JSON.stringify({ scenario: 'demo' }) });
  await control('faults', { method: 'DELETE' });
});

describe('BFF against the mock cloud', () => {
  it('creates a CEN with a real signed call and sees it in DescribeCens', async () => {
    const { call } = setup();
    const created = await call('CreateCen', {
      account: 'A',
      params: { Name: 'DifferentAccountDifferentRegion', ClientToken: 'ct-1' },
    });
    expect(created.status).toBe(200);
    expect(created.json.CenId).toMatch(/^cen-[a-z0-9]{18}$/);
    const listed = await call('DescribeCens', {
      account: 'A',
      params: { Filter: [{ Key: 'CenId', Value: [created.json.CenId] }] },
    });
    expect(listed.json.Cens.Cen).toHaveLength(1);
    expect(listed.json.Cens.Cen[0]).toMatchObject({
      Name: 'DifferentAccountDifferentRegion',
      Status: 'Active',
    });
  });

  it('signs with the older HMAC-SHA1 style when an account asks for it', async () => {
    const { call } = setup({ A: { signatureStyle: 'v1' } });
    expect((await call('DescribeCens', { account: 'A', params: {} })).status).toBe(200);
  });

  it("maps the cloud's refusal of a wrong secret and a wrong key, with hints", async () => {
    const wrongSecret = setup({
      A: {
        credentials: () =>
          Promise.resolve({ accessKeyId: demo[0]!.accessKeyId, accessKeySecret: 'wrong-secret' }),
      },
    });
    const bad = await wrongSecret.call('DescribeCens', { account: 'A', params: {} });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: 'SignatureDoesNotMatch', source: 'cloud' });
    expect(bad.json.error.hint).toMatch(/npm run --silent sign/);
    expect(JSON.stringify(bad.json)).not.toContain('wrong-secret');

    const unknownKey = setup({
      A: { credentials: () => Promise.resolve({ accessKeyId: 'LTAI-nobody', accessKeySecret: 'x' }) },
    });
    const missing = await unknownKey.call('DescribeCens', { account: 'A', params: {} });
    expect(missing).toMatchObject({ status: 404, json: { error: { code: 'InvalidAccessKeyId.NotFound' } } });
  });

  it('retries throttling injected by the mock, and says how many attempts it took', async () => {
    const { call, audit } = setup();
    await injectFault({ action: 'DescribeCens', code: 'Throttling.User', count: 3 });
    expect((await call('DescribeCens', { account: 'A', params: {} })).status).toBe(200);
    expect(audit.list().at(-1)).toMatchObject({ action: 'Cbn.DescribeCens', outcome: 'ok', attempts: 4 });
  });

  it('retries 5xx, and gives up with the last error after the configured retries', async () => {
    const { call, audit } = setup();
    await injectFault({ action: 'DescribeCens', code: 'InternalError', count: 1 });
    expect((await call('DescribeCens', { account: 'A', params: {} })).status).toBe(200);
    expect(audit.list().at(-1)).toMatchObject({ attempts: 2 });
    await injectFault({ action: 'DescribeCens', code: 'ServiceUnavailable' });
    const failed = await call('DescribeCens', { account: 'A', params: {} });
    expect(failed).toMatchObject({
      status: 503,
      json: { error: { code: 'ServiceUnavailable', httpStatus: 503 } },
    });
    expect(audit.list().at(-1)).toMatchObject({ outcome: 'error', attempts: 4 });
  });

  it('gets the 431 of an oversized request at once from the mock, and does not retry it', async () => {
    // The client directly: the catalogue's length limits would refuse such an ID before any request is signed.
    const client = createCloudClient({ timeoutMs: 5000, maxRetries: 3, retryBaseMs: 0 });
    const a = resolveAccounts({
      env: readEnv({}),
      demo,
      assumeRole: () => Promise.reject(new Error('unused')),
    }).A;
    const result = await client.call({
      spec: findAction('Cbn', 'DescribeCens')!,
      credentials: await a.credentials(),
      signatureStyle: 'v3',
      params: { Filter: [{ Key: 'CenId', Value: [`cen-${'x'.repeat(20_000)}`] }] },
    });
    // A 431 from the cloud (not a timeout, which would have no httpStatus) after one attempt: the answer came at
    // once. No wall-clock bound here — the suite must pass on a loaded machine.
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { httpStatus: 431, source: 'cloud' } });
  });

  it('never creates a second CEN when the first answer is lost: the retry carries the same ClientToken', async () => {
    const { call, audit } = setup();
    await injectFault({ action: 'CreateCen', dropResponse: true, count: 1 });
    const created = await call('CreateCen', {
      account: 'A',
      params: { Name: 'LostAnswer', ClientToken: 'step-1-abc' },
    });
    expect(created.status).toBe(200);
    expect(audit.list().at(-1)).toMatchObject({ outcome: 'ok', attempts: 2 });
    // And a user pressing the button again with the saved token gets the same CEN.
    const again = await call('CreateCen', {
      account: 'A',
      params: { Name: 'LostAnswer', ClientToken: 'step-1-abc' },
    });
    expect(again.json.CenId).toBe(created.json.CenId);
    const listed = await call('DescribeCens', {
      account: 'A',
      params: { Filter: [{ Key: 'Name', Value: ['LostAnswer'] }] },
    });
    expect(listed.json.Cens.Cen).toHaveLength(1);
  });

  it('does not retry a write without a ClientToken after a lost answer, and says so', async () => {
    const { call, audit } = setup();
    const cen = (await call('CreateCen', { account: 'A', params: { Name: 'NoRetry', ClientToken: 'ct-nr' } }))
      .json.CenId as string;
    const own = (await call('DescribeVpcs', { account: 'A', regionId: 'cn-qingdao', params: {} })).json.Vpcs
      .Vpc[0] as {
      VpcId: string;
    };
    await injectFault({ action: 'AttachCenChildInstance', dropResponse: true, count: 1 });
    const res = await call('AttachCenChildInstance', {
      account: 'A',
      params: {
        CenId: cen,
        ChildInstanceId: own.VpcId,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-qingdao',
      },
    });
    expect(res.json.error).toMatchObject({ code: 'NetworkError', source: 'network' });
    expect(audit.list().at(-1)).toMatchObject({ action: 'Cbn.AttachCenChildInstance', attempts: 1 });
    // The write was applied all the same: the console reconciles with Describe calls instead of guessing.
    const children = await call('DescribeCenAttachedChildInstances', {
      account: 'A',
      params: { CenId: cen },
    });
    expect(children.json.ChildInstances.ChildInstance).toHaveLength(1);
  });

  it('keeps the cross-account refusal verbatim, with the hint that points to step 2', async () => {
    const { call } = setup();
    const cen = (await call('CreateCen', { account: 'A', params: { Name: 'NoGrant', ClientToken: 'ct-ng' } }))
      .json.CenId as string;
    const vpcs = await call('DescribeVpcs', { account: 'B', regionId: 'cn-beijing', params: {} });
    const vpc = vpcs.json.Vpcs.Vpc[0] as { VpcId: string };
    const res = await call('AttachCenChildInstance', {
      account: 'A',
      params: childOfB(cen, vpc.VpcId),
    });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: 'Forbbiden.AttachChildInstanceAcrossUid', source: 'cloud' });
    expect(res.json.error.requestId).toBeTruthy();
    expect(res.json.error.hint).toMatch(/step 2/);
  });

  it("returns B's 16-digit UID exactly, and keeps secrets out of responses and the audit log", async () => {
    const { call, app, audit } = setup();
    const cen = (await call('CreateCen', { account: 'A', params: { Name: 'Uids', ClientToken: 'ct-uid' } }))
      .json.CenId as string;
    const vpc = (await call('DescribeVpcs', { account: 'B', regionId: 'cn-beijing', params: {} })).json.Vpcs
      .Vpc[0] as {
      VpcId: string;
    };
    const grant = await call('GrantInstanceToCen', {
      account: 'B',
      regionId: 'cn-beijing',
      params: {
        InstanceId: vpc.VpcId,
        InstanceType: 'VPC',
        CenId: cen,
        CenOwnerId: demo[0]!.uid,
        ClientToken: 'ct-g',
      },
    });
    expect(grant.status).toBe(200);
    const attach = await call('AttachCenChildInstance', {
      account: 'A',
      params: childOfB(cen, vpc.VpcId),
    });
    expect(attach.status).toBe(200);
    const children = await call('DescribeCenAttachedChildInstances', {
      account: 'A',
      params: { CenId: cen },
    });
    expect(children.json.ChildInstances.ChildInstance[0].ChildInstanceOwnerId).toBe('9263584710374521');

    const everything = JSON.stringify([
      audit.list(),
      await (await app.request('/api/audit')).json(),
      children.json,
    ]);
    for (const account of demo) expect(everything).not.toContain(account.accessKeySecret);
    expect(audit.list().map((e) => e.action)).toContain('Vpc.GrantInstanceToCen');
  });

  it('forwards the mock control API but never its key listing', async () => {
    const { app } = setup();
    expect((await app.request('/api/mock/scenarios')).status).toBe(200);
    const keys = await app.request('/api/mock/accounts');
    expect(keys.status).toBe(404);
    expect(await keys.text()).not.toContain(demo[0]!.accessKeySecret);
  });

  it("forwards the mock's world ID, which a reset changes (the console's check of its saved progress)", async () => {
    const { app } = setup();
    const world = async () =>
      ((await (await app.request('/api/mock/world')).json()) as { worldId: string }).worldId;
    const before = await world();
    expect(before).toMatch(/^w-[a-z0-9]{16}$/);
    expect(await world()).toBe(before);
    await app.request('/api/mock/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await world()).not.toBe(before);
  });
});
