// The protocol layer through msw and a real fetch, with requests signed by our signer in both styles.
import { manualClock } from './cloud/clock';
import { startMockCloud, type RunningMockCloud } from './node';
import { nodeCrypto } from './node-crypto';
import { UID } from './scenarios/seed';
import { signRequest, type SignInput } from '../src/domain/openapi/signing';
import { parseJsonLossless } from '../src/domain/openapi/lossless-json';

const A = { accessKeyId: 'LTAI5tDemoAccountA00000001', accessKeySecret: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b' };
const B = { accessKeyId: 'LTAI5tDemoAccountB00000002', accessKeySecret: 'demoSecretB-2a8d4f6c1e3b5a7d9c0e' };

let mock: RunningMockCloud;
let nonce = 0;

beforeEach(() => {
  mock = startMockCloud({ clock: manualClock(), scenario: 'after-step-2', seed: 11 });
});
afterEach(() => mock.close());

type Call = Partial<SignInput> & Pick<SignInput, 'action'>;

function signed(c: Call): Promise<Response> {
  const input: SignInput = {
    style: 'v3',
    method: 'POST',
    host: 'cbn.aliyuncs.com',
    version: '2017-09-12',
    ...A,
    nonce: `nonce-${++nonce}-${Math.random()}`,
    timestamp: new Date(mock.cloud.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...c,
  };
  const req = signRequest(input, nodeCrypto);
  return fetch(req.url, {
    method: req.method,
    headers: req.headers,
    ...(req.body !== undefined ? { body: req.body } : {}),
  });
}

const body = async (r: Response) => parseJsonLossless(await r.text()) as Record<string, unknown>;
const cenId = () => mock.cloud.world.cens.find((c) => c.name === 'DifferentAccountDifferentRegion')?.id;

describe('gateway: signatures, both styles', () => {
  it.each([
    ['v3', 'POST', 'query'],
    ['v3', 'GET', 'query'],
    ['v1', 'GET', 'query'],
    ['v1', 'POST', 'form body'],
  ] as const)('%s %s with parameters in the %s answers DescribeCens', async (style, method, where) => {
    const params = { Filter: [{ Key: 'CenId', Value: [cenId()] }] };
    const r = await signed({
      style,
      method,
      action: 'DescribeCens',
      ...(where === 'form body' ? { body: params } : { params }),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/json');
    const b = await body(r);
    expect(b).toMatchObject({ TotalCount: 1, Cens: { Cen: [{ CenId: cenId(), Status: 'Active' }] } });
  });

  it('sends UIDs as bare 16-digit JSON numbers', async () => {
    const r = await signed({ action: 'DescribeCenAttachedChildInstances', params: { CenId: cenId() } });
    const text = await r.text();
    expect(text).toContain(`"ChildInstanceOwnerId":${UID.A}`);
    expect(text).not.toContain(`"ChildInstanceOwnerId":"`);
  });

  it('answers a wrong AccessKeyId with 404 InvalidAccessKeyId.NotFound in the gateway envelope', async () => {
    const r = await signed({ action: 'DescribeCens', accessKeyId: 'LTAI5tNoSuchKey000000000' });
    expect(r.status).toBe(404);
    const b = await body(r);
    expect(b).toMatchObject({
      Code: 'InvalidAccessKeyId.NotFound',
      Message: 'Specified access key is not found.',
      HostId: 'cbn.aliyuncs.com',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound',
    });
    expect(String(b.RequestId)).toMatch(/^[0-9A-F-]{36}$/);
    expect(Object.keys(b).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
  });

  it.each(['v3', 'v1'] as const)(
    'answers a wrong secret (%s) with 400 SignatureDoesNotMatch and the string to sign',
    async (style) => {
      const r = await signed({ style, action: 'DescribeCens', accessKeySecret: 'wrong-secret' });
      expect(r.status).toBe(400);
      const b = await body(r);
      expect(b.Code).toBe('SignatureDoesNotMatch');
      expect(String(b.Message)).toContain('server string to sign is:');
    },
  );

  it('refuses a timestamp more than 15 minutes off, and accepts one just inside', async () => {
    const at = (ms: number) => new Date(mock.cloud.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const old = await signed({ action: 'DescribeCens', timestamp: at(-16 * 60_000) });
    expect(old.status).toBe(400);
    expect((await body(old)).Code).toBe('InvalidTimeStamp.Expired');
    const future = await signed({ style: 'v1', action: 'DescribeCens', timestamp: at(16 * 60_000) });
    expect((await body(future)).Code).toBe('InvalidTimeStamp.Expired');
    expect((await signed({ action: 'DescribeCens', timestamp: at(-14 * 60_000) })).status).toBe(200);
  });

  it('refuses a reused nonce with SignatureNonceUsed', async () => {
    expect((await signed({ action: 'DescribeCens', nonce: 'same-nonce' })).status).toBe(200);
    const again = await signed({ style: 'v1', action: 'DescribeCens', nonce: 'same-nonce' });
    expect(again.status).toBe(400);
    expect((await body(again)).Code).toBe('SignatureNonceUsed');
  });

  it('names a missing required parameter the way the gateway does', async () => {
    const r = await signed({ action: 'DescribeCenAttachedChildInstances', params: {} });
    expect(r.status).toBe(400);
    expect(await body(r)).toMatchObject({
      Code: 'MissingParameter',
      Message: 'The input parameter "CenId" that is mandatory for processing this request is not supplied.',
    });
  });

  it('answers an unknown action with 404 and a wrong version with 400', async () => {
    const unknown = await signed({ action: 'DescribeEverything' });
    expect(unknown.status).toBe(404);
    expect((await body(unknown)).Code).toBe('InvalidAction.NotFound');
    const version = await signed({ action: 'DescribeCens', version: '2016-04-28' });
    expect(version.status).toBe(400);
    expect((await body(version)).Code).toBe('InvalidVersion');
  });

  it('serves regional VPC and ECS hosts and echoes the host as HostId', async () => {
    const ok = await signed({
      ...B,
      host: 'vpc.cn-beijing.aliyuncs.com',
      version: '2016-04-28',
      action: 'DescribeVpcs',
      params: { RegionId: 'cn-beijing' },
    });
    expect((await body(ok)).TotalCount).toBe(2);
    const bad = await signed({
      ...B,
      host: 'ecs.cn-beijing.aliyuncs.com',
      version: '2014-05-26',
      action: 'DescribeSecurityGroupAttribute',
      params: { RegionId: 'cn-beijing', SecurityGroupId: 'sg-nope' },
    });
    expect(bad.status).toBe(404);
    expect(await body(bad)).toMatchObject({
      Code: 'InvalidSecurityGroupId.NotFound',
      HostId: 'ecs.cn-beijing.aliyuncs.com',
    });
  });

  it('refuses the cross-account attach without a grant with 409, over HTTP', async () => {
    const other = mock.cloud.world.vpcs.find((v) => v.name === 'B-Beijing-Legacy-VPC');
    const r = await signed({
      action: 'AttachCenChildInstance',
      params: {
        CenId: cenId(),
        ChildInstanceId: other?.id,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-beijing',
        ChildInstanceOwnerId: UID.B,
      },
    });
    expect(r.status).toBe(409);
    expect((await body(r)).Code).toBe('Forbbiden.AttachChildInstanceAcrossUid');
  });

  it('drops the connection after the write when a fault says so', async () => {
    mock.cloud.faults.add({ action: 'CreateCen', count: 1, dropResponse: true });
    await expect(
      signed({ action: 'CreateCen', params: { Name: 'Dropped', ClientToken: 'tok-drop' } }),
    ).rejects.toThrow();
    expect(mock.cloud.world.cens.filter((c) => c.name === 'Dropped')).toHaveLength(1);
    const retry = await signed({ action: 'CreateCen', params: { Name: 'Dropped', ClientToken: 'tok-drop' } });
    expect((await body(retry)).CenId).toBe(mock.cloud.world.cens.find((c) => c.name === 'Dropped')?.id);
  });

  it('waits for fault latency before answering', async () => {
    mock.cloud.faults.add({ action: 'DescribeCens', latencyMs: 120 });
    const t0 = Date.now();
    expect((await signed({ action: 'DescribeCens' })).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110);
  });

  it('accepts STS session keys only with their SecurityToken, and they act as the role’s account', async () => {
    const assumed = await signed({
      host: 'sts.aliyuncs.com',
      version: '2015-04-01',
      action: 'AssumeRole',
      params: { RoleArn: `acs:ram::${UID.B}:role/cen-connect-operator`, RoleSessionName: 'console' },
    });
    const creds = (await body(assumed)).Credentials as {
      AccessKeyId: string;
      AccessKeySecret: string;
      SecurityToken: string;
    };
    const asB = {
      host: 'vpc.cn-beijing.aliyuncs.com',
      version: '2016-04-28',
      action: 'DescribeVpcs',
      params: { RegionId: 'cn-beijing' },
      accessKeyId: creds.AccessKeyId,
      accessKeySecret: creds.AccessKeySecret,
    };
    const ok = await signed({ ...asB, securityToken: creds.SecurityToken });
    expect((await body(ok)).TotalCount).toBe(2);
    const noToken = await signed({ ...asB, style: 'v1' });
    expect((await body(noToken)).Code).toBe('InvalidSecurityToken.MismatchWithAccessKey');
    mock.cloud.clock.advance(3600_000);
    const expired = await signed({
      ...asB,
      securityToken: creds.SecurityToken,
      timestamp: new Date(mock.cloud.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    expect(expired.status).toBe(400);
    expect((await body(expired)).Code).toBe('InvalidSecurityToken.Expired');
  });
});

describe('control API', () => {
  const control = (path: string, init: RequestInit = {}) =>
    fetch(`${mock.controlOrigin}/_mock/${path}`, {
      headers: { 'content-type': 'application/json' },
      ...init,
    });

  it('hands out the two demo accounts with keys, never the bystander', async () => {
    const r = (await (await control('accounts')).json()) as { accounts: { name: string; uid: string }[] };
    expect(r.accounts.map((a) => [a.name, a.uid])).toEqual([
      ['A', UID.A],
      ['B', UID.B],
    ]);
  });

  it('resets to a scenario, advances the clock, sets delays, reports state', async () => {
    expect(
      (await control('reset', { method: 'POST', body: JSON.stringify({ scenario: 'after-step-5' }) })).status,
    ).toBe(200);
    expect(mock.cloud.world.limits).toHaveLength(1);
    await control('delays', { method: 'PUT', body: JSON.stringify({ ms: 4000 }) });
    expect(mock.cloud.delayMs).toBe(4000);
    const before = mock.cloud.now();
    const adv = (await (
      await control('clock/advance', { method: 'POST', body: JSON.stringify({ ms: 60_000 }) })
    ).json()) as {
      now: string;
    };
    expect(Date.parse(adv.now) - before).toBe(60_000);
    const state = (await (await control('state')).json()) as Record<string, unknown[]>;
    expect(state.cens?.length).toBe(2);
    expect(JSON.stringify(state)).not.toContain('demoSecret');
    expect(state.connectivity?.length).toBeGreaterThan(0);
  });

  it('sets, lists and clears faults', async () => {
    const set = await control('faults', {
      method: 'POST',
      body: JSON.stringify({ action: 'DescribeCens', code: 'Throttling.User' }),
    });
    expect(set.status).toBe(200);
    expect((await signed({ action: 'DescribeCens' })).status).toBe(400);
    expect(((await (await control('faults')).json()) as { faults: unknown[] }).faults).toHaveLength(1);
    await control('faults', { method: 'DELETE' });
    expect((await signed({ action: 'DescribeCens' })).status).toBe(200);
  });

  it('lists scenarios and refuses bad bodies and unknown routes clearly', async () => {
    const list = (await (await control('scenarios')).json()) as { scenarios: { name: string }[] };
    expect(list.scenarios.map((s) => s.name)).toContain('sg-blocks-icmp');
    const bad = await control('reset', { method: 'POST', body: JSON.stringify({ scenario: 'nope' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'InvalidBody', message: expect.stringContaining('Unknown scenario "nope"') },
    });
    const notJson = await control('clock/advance', { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    const negative = await control('clock/advance', { method: 'POST', body: JSON.stringify({ ms: -5 }) });
    expect(((await negative.json()) as { error: { message: string } }).error.message).toMatch(/^ms:/);
    const fault = await control('faults', { method: 'POST', body: JSON.stringify({ action: 'X' }) });
    expect(fault.status).toBe(400);
    expect((await control('nothing')).status).toBe(404);
  });
});
