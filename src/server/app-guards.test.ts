// The proxy's refusals, in-process (app.request): each is decided before the cloud client is called, so nothing is
// signed. The client here is a spy; the signed path is covered in app-cloud.test.ts against the mock cloud.
import { vi } from 'vitest';
import { createApp } from './app';
import { createAuditLog } from './audit-log';
import type { Account } from './accounts';
import type { CallRequest, CloudClient } from './cloud-client';
import type { AccountName } from '../domain/accounts';

const account = (name: AccountName): Account => ({
  name,
  label: `Account ${name}`,
  mode: 'demo',
  signatureStyle: 'v3',
  uid: name === 'A' ? '1262302482727553' : '9263584710374521',
  accessKeyId: `LTAI5tDemoAccount${name}0000000${name === 'A' ? 1 : 2}`,
  credentials: () => Promise.resolve({ accessKeyId: 'id', accessKeySecret: 'TOP-SECRET-VALUE' }),
});

function setup(security: Parameters<typeof createApp>[0]['security'] = {}) {
  const call = vi.fn((_req: CallRequest) =>
    Promise.resolve({
      ok: true as const,
      httpStatus: 200,
      body: { RequestId: 'R1', CenId: 'cen-1' },
      requestId: 'R1',
      attempts: 1,
    }),
  );
  const client: CloudClient = { call };
  const audit = createAuditLog();
  const app = createApp({
    cloud: 'mock',
    accounts: () => Promise.resolve({ A: account('A'), B: account('B') }),
    resolveUid: () => Promise.resolve(undefined),
    client,
    audit,
    security,
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, call, post, audit };
}

describe('BFF proxy refusals (nothing signed)', () => {
  it('refuses an action outside the catalogue with 403', async () => {
    const { post, call } = setup();
    const res = await post('/api/openapi/DeleteVpc', { account: 'A', params: {} });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'ActionNotAllowed', source: 'bff' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses AssumeRole through the proxy: the BFF uses it itself only', async () => {
    const { post, call } = setup();
    expect((await post('/api/openapi/AssumeRole', { account: 'A', params: {} })).status).toBe(403);
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a bad CEN name with the rule, at the field, before signing', async () => {
    const { post, call } = setup();
    const res = await post('/api/openapi/CreateCen', {
      account: 'A',
      params: { Name: '1bad', ClientToken: 't-1' },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe('InvalidParameter');
    expect(error.fields['params.Name']).toMatch(/starting with an English letter/);
    expect(call).not.toHaveBeenCalled();
  });

  it('requires a ClientToken on writes that take one', async () => {
    const { post, call } = setup();
    const res = await post('/api/openapi/CreateCen', { account: 'A', params: { Name: 'GoodName' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'MissingClientToken' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('names the ambiguous action and asks for the product', async () => {
    const { post } = setup();
    const res = await post('/api/openapi/DescribeGrantRulesToCen', { account: 'B', params: {} });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      'Vpc.DescribeGrantRulesToCen',
    );
  });

  it('requires a region for regional actions and refuses unknown ones', async () => {
    const { post, call } = setup();
    expect((await post('/api/openapi/DescribeVpcs', { account: 'B', params: {} })).status).toBe(400);
    const res = await post('/api/openapi/DescribeVpcs', { account: 'B', regionId: 'mars-1', params: {} });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { fields: { regionId: expect.stringMatching(/Unknown region/) } },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('holds a RegionId given inside params to the region catalogue too', async () => {
    const { post, call } = setup();
    const res = await post('/api/openapi/DescribeVpcs', {
      account: 'B',
      params: { RegionId: 'evil.example.com#' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { fields: { 'params.RegionId': expect.stringMatching(/Unknown region/) } },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses an unknown account, unknown body fields and broken JSON', async () => {
    const { post, call } = setup();
    expect((await post('/api/openapi/DescribeCens', { account: 'C', params: {} })).status).toBe(400);
    expect((await post('/api/openapi/DescribeCens', { account: 'A', params: {}, secret: 1 })).status).toBe(
      400,
    );
    const broken = await post('/api/openapi/DescribeCens', '{"account":');
    expect(await broken.json()).toMatchObject({ error: { code: 'InvalidJson' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('passes a valid call to the cloud client with parsed parameters only', async () => {
    const { post, call } = setup();
    const res = await post('/api/openapi/Vpc.DescribeVpcs', {
      account: 'B',
      regionId: 'cn-beijing',
      params: { PageSize: '50', Unknown: 'dropped' },
    });
    expect(res.status).toBe(200);
    expect(call).toHaveBeenCalledTimes(1);
    expect(call.mock.calls[0]![0].params).toEqual({ RegionId: 'cn-beijing', PageSize: 50 });
  });
});

// One region per request, decided by bff-request.ts bodyRegion: the region the client is asked to sign for (its
// host), the RegionId among the signed params and the audit line's region are one value; a stray RegionId elsewhere
// in the body cannot pull one of them away.
describe('BFF region: signed, sent and audited alike', () => {
  const sentAndAudited = (setupResult: ReturnType<typeof setup>) => {
    const req = setupResult.call.mock.calls[0]![0];
    const [entry] = setupResult.audit.list();
    return { host: req.regionId, signed: req.params.RegionId, audited: entry?.regionId };
  };

  it('a regional action: the body’s regionId wins over another RegionId in params, everywhere', async () => {
    const s = setup();
    const res = await s.post('/api/openapi/Vpc.DescribeVpcs', {
      account: 'B',
      regionId: 'cn-beijing',
      params: { RegionId: 'cn-qingdao' },
    });
    expect(res.status).toBe(200);
    expect(sentAndAudited(s)).toEqual({ host: 'cn-beijing', signed: 'cn-beijing', audited: 'cn-beijing' });
  });

  it('a regional action: params.RegionId alone is the region, everywhere', async () => {
    const s = setup();
    await s.post('/api/openapi/Vpc.DescribeVpcs', { account: 'B', params: { RegionId: 'cn-qingdao' } });
    expect(sentAndAudited(s)).toEqual({ host: 'cn-qingdao', signed: 'cn-qingdao', audited: 'cn-qingdao' });
  });

  it('a central action: a stray regionId is neither its host nor its audited region', async () => {
    const s = setup();
    const res = await s.post('/api/openapi/DescribeCens', {
      account: 'A',
      regionId: 'cn-beijing',
      params: {},
    });
    expect(res.status).toBe(200);
    expect(sentAndAudited(s)).toEqual({ host: undefined, signed: undefined, audited: undefined });
  });
});

describe('BFF safety', () => {
  it('refuses requests from another origin or site', async () => {
    const { post, call } = setup();
    const body = { account: 'A', params: {} };
    expect((await post('/api/openapi/DescribeCens', body, { origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect((await post('/api/openapi/DescribeCens', body, { 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    );
    expect(call).not.toHaveBeenCalled();
  });

  it('requires JSON bodies, which a cross-site form cannot send', async () => {
    const { app, call } = setup();
    const res = await app.request('/api/openapi/DescribeCens', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ account: 'A', params: {} }),
    });
    expect(res.status).toBe(415);
    expect(call).not.toHaveBeenCalled();
  });

  it('answers only for its own host names (DNS rebinding)', async () => {
    const { app } = setup({ allowedHosts: ['127.0.0.1:8080'] });
    expect((await app.request('http://127.0.0.1:8080/api/health')).status).toBe(200);
    expect((await app.request('http://rebound.example:8080/api/health')).status).toBe(421);
  });

  it('requires the access token when one is configured', async () => {
    const token = 't'.repeat(32);
    const { app } = setup({ accessToken: token });
    expect((await app.request('/api/health')).status).toBe(401);
    expect((await app.request('/api/health', { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      200,
    );
    expect(
      (await app.request('/api/health', { headers: { cookie: `cen_connect_token=${token}` } })).status,
    ).toBe(200);
  });

  it('limits request bodies', async () => {
    const { post } = setup();
    const res = await post('/api/openapi/DescribeCens', {
      account: 'A',
      params: { Pad: 'x'.repeat(70_000) },
    });
    expect(res.status).toBe(413);
  });

  it('answers unknown API paths with a JSON 404, not the app page', async () => {
    const { app } = setup();
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NotFound' } });
  });

  it('lists accounts with masked key IDs and never a secret', async () => {
    const { app } = setup();
    const res = await app.request('/api/accounts');
    const text = await res.text();
    expect(text).not.toContain('TOP-SECRET-VALUE');
    expect(JSON.parse(text)).toMatchObject({
      cloud: 'mock',
      accounts: [
        { name: 'A', uid: '1262302482727553', accessKeyId: 'LTAI****0001', mode: 'demo' },
        { name: 'B', uid: '9263584710374521', accessKeyId: 'LTAI****0002' },
      ],
    });
  });

  it('sets a content security policy', async () => {
    const { app } = setup();
    const res = await app.request('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets no cache keep an API answer, refusals and errors included', async () => {
    const { app, post } = setup({ accessToken: 'a'.repeat(24) });
    const refused = await app.request('/api/accounts');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const ok = await app.request('/api/health', { headers: { authorization: `Bearer ${'a'.repeat(24)}` } });
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const missing = await post('/api/openapi/DeleteVpc', {}, { authorization: `Bearer ${'a'.repeat(24)}` });
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  it('turns off the browser features the console never uses', async () => {
    const { app } = setup();
    const policy = (await app.request('/api/health')).headers.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()'])
      expect(policy).toContain(feature);
  });

  it('sends HSTS over HTTPS only: over plain http it would only claim what is not so', async () => {
    const { app } = setup();
    expect(
      (await app.request('http://127.0.0.1/api/health')).headers.get('strict-transport-security'),
    ).toBeNull();
    expect(
      (await app.request('https://cen.example/api/health')).headers.get('strict-transport-security'),
    ).toMatch(/^max-age=\d+/);
  });
});

describe('BFF behind the Vite dev proxy', () => {
  it('accepts the dev server as host and origin only when configured', async () => {
    const { post } = setup({ allowedHosts: ['127.0.0.1:8787', '127.0.0.1:5173'] });
    const body = { account: 'A', params: {} };
    const viaVite = await post('http://127.0.0.1:5173/api/openapi/DescribeCens', body, {
      origin: 'http://127.0.0.1:5173',
    });
    expect(viaVite.status).toBe(200);
    const other = await post('http://127.0.0.1:8787/api/openapi/DescribeCens', body, {
      origin: 'http://127.0.0.1:3000',
    });
    expect(other.status).toBe(403);
  });
});
