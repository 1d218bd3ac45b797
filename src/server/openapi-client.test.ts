// The cloud client with an injected fetch: what it sends, how it retries, how it maps what comes back.
import { findAction } from '../domain/openapi/actions';
import { timestampOf } from './cloud-client';
import { createCloudClient, type CloudClientOptions } from './openapi-client';

const createCen = findAction('Cbn', 'CreateCen')!;
const describeCens = findAction('Cbn', 'DescribeCens')!;
const attach = findAction('Cbn', 'AttachCenChildInstance')!;
/** A write without a ClientToken: the client must not retry it. */
const attachVpc1 = {
  CenId: 'cen-1',
  ChildInstanceId: 'vpc-1',
  ChildInstanceType: 'VPC',
  ChildInstanceRegionId: 'cn-beijing',
};
const describeVpcs = findAction('Vpc', 'DescribeVpcs')!;
const credentials = {
  accessKeyId: 'LTAI5tDemoAccountA00000001',
  accessKeySecret: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b',
};

const envelope = (code: string, status: number) =>
  new Response(
    JSON.stringify({
      RequestId: `RID-${code}`,
      HostId: 'cbn.aliyuncs.com',
      Code: code,
      Message: `${code} message`,
    }),
    {
      status,
    },
  );

function client(responses: (() => Response | Promise<Response>)[], extra: Partial<CloudClientOptions> = {}) {
  const requests: { url: string; init: RequestInit }[] = [];
  const sleeps: number[] = [];
  const fetchStub = (input: string | URL | Request, init?: RequestInit) => {
    requests.push({ url: input instanceof Request ? input.url : input.toString(), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error('unexpected extra request');
    return Promise.resolve(next());
  };
  const c = createCloudClient({
    timeoutMs: 1000,
    maxRetries: 3,
    retryBaseMs: 100,
    now: () => new Date('2026-11-25T10:00:00.123Z'),
    nonce: () => 'nonce-1',
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    fetch: fetchStub,
    ...extra,
  });
  return { c, requests, sleeps };
}

describe('cloud client', () => {
  it('answers a parameter the signer cannot encode with a 400 naming it, and sends nothing', async () => {
    const { c, requests } = client([]);
    // The catalogue refuses this before the client (param-limits.ts); the client must not 500 if one gets past.
    const result = await c.call({
      spec: describeCens,
      credentials,
      signatureStyle: 'v3',
      params: { Filter: [{ Key: 'Name', Value: ['x\uD800'] }] },
    });
    expect(result).toEqual({
      ok: false,
      attempts: 1,
      error: {
        code: 'InvalidParameter',
        message:
          'DescribeCens was refused before signing: Parameter Filter.1.Value.1 holds a lone UTF-16 surrogate (U+D800 at character 2): not Unicode text, so it cannot be signed or sent.',
        httpStatus: 400,
        source: 'bff',
        fields: {
          'Filter.1.Value.1':
            'holds a lone UTF-16 surrogate (U+D800 at character 2): not Unicode text, so it cannot be signed or sent.',
        },
      },
    });
    expect(requests).toHaveLength(0);
  });

  it('sends a signed POST to the product host, with RegionId for regional products', async () => {
    const { c, requests } = client([() => Response.json({ RequestId: 'R', Vpcs: { Vpc: [] } })]);
    const result = await c.call({
      spec: describeVpcs,
      credentials,
      signatureStyle: 'v3',
      regionId: 'cn-beijing',
      params: {},
    });
    expect(result.ok).toBe(true);
    const url = new URL(requests[0]!.url);
    expect(url.host).toBe('vpc.cn-beijing.aliyuncs.com');
    expect(url.searchParams.get('RegionId')).toBe('cn-beijing');
    expect(requests[0]!.init.method).toBe('POST');
    const headers = requests[0]!.init.headers as Record<string, string>;
    expect(headers['x-acs-action']).toBe('DescribeVpcs');
    expect(headers.Authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAI5tDemoAccountA00000001,/);
    expect(JSON.stringify(requests)).not.toContain(credentials.accessKeySecret);
  });

  it('signs the host’s region as RegionId, never another one the params name', async () => {
    const { c, requests } = client([() => Response.json({ RequestId: 'R', Vpcs: { Vpc: [] } })]);
    await c.call({
      spec: describeVpcs,
      credentials,
      signatureStyle: 'v3',
      regionId: 'cn-beijing',
      params: { RegionId: 'cn-qingdao' },
    });
    const url = new URL(requests[0]!.url);
    expect(url.host).toBe('vpc.cn-beijing.aliyuncs.com');
    expect(url.searchParams.get('RegionId')).toBe('cn-beijing');
  });

  it('uses an endpoint override, e.g. a standalone mock', async () => {
    const { c, requests } = client([() => Response.json({ RequestId: 'R' })], {
      endpoints: { Cbn: 'http://127.0.0.1:9000' },
    });
    await c.call({ spec: describeCens, credentials, signatureStyle: 'v1', params: {} });
    const url = new URL(requests[0]!.url);
    expect(url.origin).toBe('http://127.0.0.1:9000');
    expect(url.searchParams.get('SignatureMethod')).toBe('HMAC-SHA1');
    expect(url.searchParams.get('Timestamp')).toBe('2026-11-25T10:00:00Z');
  });

  it('retries reads on throttling and 5xx with growing, jittered backoff', async () => {
    const { c, requests, sleeps } = client([
      () => envelope('Throttling.User', 400),
      () => envelope('ServiceUnavailable', 503),
      () => envelope('InternalError', 500),
      () => Response.json({ RequestId: 'R-ok', Cens: { Cen: [] } }),
    ]);
    const result = await c.call({ spec: describeCens, credentials, signatureStyle: 'v3', params: {} });
    expect(result).toMatchObject({ ok: true, attempts: 4, requestId: 'R-ok' });
    expect(requests).toHaveLength(4);
    expect(sleeps).toEqual([75, 150, 300]);
  });

  it('gives up after maxRetries and reports the last error with its hint', async () => {
    const { c } = client(Array.from({ length: 4 }, () => () => envelope('Throttling.User', 400)));
    const result = await c.call({ spec: describeCens, credentials, signatureStyle: 'v3', params: {} });
    expect(result).toMatchObject({
      ok: false,
      attempts: 4,
      error: { code: 'Throttling.User', httpStatus: 400, requestId: 'RID-Throttling.User', source: 'cloud' },
    });
    if (!result.ok) expect(result.error.hint).toMatch(/throttling/i);
  });

  it('retries a write only when it carries a ClientToken', async () => {
    const withToken = client([
      () => envelope('ServiceUnavailable', 503),
      () => Response.json({ RequestId: 'R', CenId: 'cen-1' }),
    ]);
    const ok = await withToken.c.call({
      spec: createCen,
      credentials,
      signatureStyle: 'v3',
      params: { Name: 'abc', ClientToken: 'step-1-token' },
    });
    expect(ok).toMatchObject({ ok: true, attempts: 2 });
    // Both attempts carried the same token, so the cloud can answer the second with the first's result.
    expect(withToken.requests.map((r) => new URL(r.url).searchParams.get('ClientToken'))).toEqual([
      'step-1-token',
      'step-1-token',
    ]);

    const noToken = client([() => envelope('ServiceUnavailable', 503)]);
    const failed = await noToken.c.call({
      spec: attach,
      credentials,
      signatureStyle: 'v3',
      params: attachVpc1,
    });
    expect(failed).toMatchObject({ ok: false, attempts: 1 });
  });

  it('does not retry business refusals, and keeps the code verbatim', async () => {
    const { c } = client([() => envelope('Forbbiden.AttachChildInstanceAcrossUid', 409)]);
    const result = await c.call({
      spec: attach,
      credentials,
      signatureStyle: 'v3',
      params: attachVpc1,
    });
    expect(result).toMatchObject({
      ok: false,
      attempts: 1,
      error: { code: 'Forbbiden.AttachChildInstanceAcrossUid', httpStatus: 409 },
    });
    if (!result.ok) {
      expect(result.error.hint).toMatch(/step 2/);
      expect(result.error.recommend).toContain('Forbbiden.AttachChildInstanceAcrossUid');
    }
  });

  it('maps network failures and timeouts, and retries them for reads', async () => {
    const { c } = client([
      () => Promise.reject(new TypeError('fetch failed')),
      () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')),
      () => Promise.reject(new TypeError('fetch failed')),
      () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')),
    ]);
    const result = await c.call({ spec: describeCens, credentials, signatureStyle: 'v3', params: {} });
    expect(result).toMatchObject({
      ok: false,
      attempts: 4,
      error: { code: 'RequestTimeout', httpStatus: 504, source: 'network' },
    });
  });

  it('keeps 16-digit UIDs exact', async () => {
    const { c } = client([
      () =>
        new Response(
          '{"RequestId":"R","ChildInstances":{"ChildInstance":[{"ChildInstanceOwnerId":9263584710374521}]}}',
        ),
    ]);
    const result = await c.call({ spec: describeCens, credentials, signatureStyle: 'v3', params: {} });
    expect(JSON.stringify(result)).toContain('"ChildInstanceOwnerId":"9263584710374521"');
  });

  it('formats timestamps as the SDKs do', () => {
    expect(timestampOf(new Date('2026-11-25T10:00:00.999Z'))).toBe('2026-11-25T10:00:00Z');
  });
});
