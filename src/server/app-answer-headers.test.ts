// The security headers and the body-size limit, in-process: every answer carries exactly the headers hono's
// secureHeaders set with the console's options (computed once now, src/server/security-headers.ts), and a body over
// 64 KiB is refused whether its length is declared or not, without buffering more of it than the limit.
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createApp } from './app';
import { createAuditLog } from './audit-log';
import { CSP_DIRECTIVES, FEATURES_OFF } from './security-headers';
import type { CloudClient } from './cloud-client';

const LIMIT = 64 * 1024;

function setup() {
  const calls: unknown[] = [];
  const client: CloudClient = {
    call: (req) => {
      calls.push(req);
      return Promise.resolve({
        ok: true,
        httpStatus: 200,
        body: { RequestId: 'R1' },
        requestId: 'R1',
        attempts: 1,
      });
    },
  };
  const credentials = () => Promise.resolve({ accessKeyId: 'id', accessKeySecret: 'secret' });
  const account = {
    mode: 'demo',
    signatureStyle: 'v3',
    uid: '1',
    accessKeyId: 'LTAI0001',
    credentials,
  } as const;
  const app = createApp({
    cloud: 'mock',
    accounts: () =>
      Promise.resolve({ A: { ...account, name: 'A', label: 'A' }, B: { ...account, name: 'B', label: 'B' } }),
    resolveUid: () => Promise.resolve(undefined),
    client,
    audit: createAuditLog(),
    security: { allowedHosts: ['127.0.0.1:8080'] },
  });
  return { app, calls };
}

/** What hono's own middleware sets with the options app.ts passed it before the headers were computed once. */
async function honoSecureHeaders(url: string): Promise<Record<string, string>> {
  const bare = new Hono();
  bare.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP_DIRECTIVES,
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
      permissionsPolicy: Object.fromEntries(FEATURES_OFF.map((feature) => [feature, []])),
      strictTransportSecurity: false,
    }),
  );
  bare.get('*', (c) => c.text('ok'));
  const headers = Object.fromEntries((await bare.request(url)).headers);
  delete headers['content-type'];
  return headers;
}

const securityHeadersOf = (res: Response) => {
  const headers = Object.fromEntries(res.headers);
  for (const name of ['content-type', 'content-length', 'cache-control', 'strict-transport-security'])
    delete headers[name];
  return headers;
};

const post = (body: BodyInit, headers: Record<string, string> = {}, action = 'DescribeCens') =>
  new Request(`http://127.0.0.1:8080/api/openapi/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe('security headers', () => {
  it("match hono's secureHeaders on an answer, a guard's refusal and an unknown route", async () => {
    const { app } = setup();
    const expected = await honoSecureHeaders('http://127.0.0.1:8080/');
    expect(Object.keys(expected)).toHaveLength(12);
    const answered = await app.request(post(JSON.stringify({ account: 'A', params: {} })));
    expect(answered.status).toBe(200);
    const refused = await app.request('http://evil.example/api/health');
    expect(refused.status).toBe(421);
    const missing = await app.request('http://127.0.0.1:8080/api/nope');
    expect(missing.status).toBe(404);
    for (const res of [answered, refused, missing]) {
      expect(securityHeadersOf(res)).toEqual(expected);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('body-size limit', () => {
  it('refuses a declared length over the limit before reading the body', async () => {
    const { app, calls } = setup();
    const req = post(JSON.stringify({ account: 'A', params: {} }), { 'content-length': String(LIMIT + 1) });
    const res = await app.request(req);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'PayloadTooLarge' } });
    expect(req.bodyUsed).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('reads a body of unknown length only up to the limit, then refuses it', async () => {
    const { app, calls } = setup();
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    let pulled = 0;
    // An endless stream, as a chunked upload that never stops: the refusal cannot wait for its end.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    const res = await app.request(post(endless));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(LIMIT / chunk.length + 2);
    expect(calls).toHaveLength(0);
  });

  it('passes a body of unknown length under the limit to the route intact', async () => {
    const { app, calls } = setup();
    const params = { Name: 'cen-connect-test', Description: 'é'.repeat(200), ClientToken: 'token-1' };
    const json = JSON.stringify({ account: 'A', params });
    const bytes = new TextEncoder().encode(json);
    const inside = bytes.indexOf(0xc3) + 1;
    // Split inside a two-byte character: the route must see the text decoded once, whole.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, inside));
        controller.enqueue(bytes.subarray(inside));
        controller.close();
      },
    });
    const res = await app.request(post(body, {}, 'CreateCen'));
    expect(res.status).toBe(200);
    expect(calls).toMatchObject([{ params }]);
  });

  it('passes a declared length within the limit', async () => {
    const { app } = setup();
    const json = JSON.stringify({ account: 'A', params: {} });
    const res = await app.request(post(json, { 'content-length': String(Buffer.byteLength(json)) }));
    expect(res.status).toBe(200);
  });
});
