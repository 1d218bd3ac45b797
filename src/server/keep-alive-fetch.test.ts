// The cloud client's two transports — keepAliveFetch (openapi-client.ts, node:http with keep-alive: the default, and
// what the mock inside the BFF sees) and poolFetch (pool-fetch.ts, undici's Pool: to a real network endpoint) — each
// against a real server: it answers like fetch, reuses one connection, times out like fetch, and the client maps
// that timeout to RequestTimeout.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findAction } from '../domain/openapi/actions';
import { createCloudClient, keepAliveFetch } from './openapi-client';
import { poolFetch } from './pool-fetch';

let server: Server;
let base = '';
let connections = 0;
let seen: { method?: string; length?: string; body: string }[] = [];
let handler: (req: IncomingMessage, res: ServerResponse, body: string) => void;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, length: req.headers['content-length'], body });
      handler(req, res, body);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  seen = [];
  connections = 0;
  handler = (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('{"RequestId":"r-1","Name":"中文"}');
  };
});

describe.each([
  { name: 'keepAliveFetch (node:http)', transport: keepAliveFetch, pooled: false },
  { name: 'poolFetch (undici Pool)', transport: poolFetch, pooled: true },
])('$name', ({ transport, pooled }) => {
  it('answers like fetch: status, ok and the UTF-8 text; sends the body with its length', async () => {
    const answer = await transport(`${base}/?Action=X`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Name=%E4%B8%AD',
    });
    expect(answer).toMatchObject({ status: 200, ok: true });
    expect(await answer.text()).toBe('{"RequestId":"r-1","Name":"中文"}');
    expect(seen).toEqual([{ method: 'POST', length: '14', body: 'Name=%E4%B8%AD' }]);
  });

  it('sends a bodyless POST with Content-Length 0, and says not ok for a 4xx', async () => {
    handler = (_req, res) => {
      res.statusCode = 404;
      res.end('{}');
    };
    const answer = await transport(`${base}/`, { method: 'POST', headers: {} });
    expect(answer).toMatchObject({ status: 404, ok: false });
    expect(seen[0]?.length).toBe('0');
  });

  it('reuses one connection for calls in a row', async () => {
    for (let i = 0; i < 5; i++) await (await transport(`${base}/`, { method: 'POST', headers: {} })).text();
    // At most one new connection (none if an earlier test's is still pooled); without keep-alive it would be 5.
    expect(seen).toHaveLength(5);
    expect(connections).toBeLessThanOrEqual(1);
  });

  it("rejects with the signal's TimeoutError when the server does not answer in time", async () => {
    handler = () => undefined;
    const call = transport(`${base}/`, {
      method: 'POST',
      headers: {},
      signal: AbortSignal.timeout(100),
    });
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('rejects with a TimeoutError of its own after timeoutMs, and leaves the pool usable', async () => {
    handler = () => undefined;
    const call = transport(`${base}/`, { method: 'POST', headers: {}, timeoutMs: 100 });
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
    handler = (_req, res) => res.end('{}');
    const answer = await transport(`${base}/?Action=X&A=1`, {
      method: 'POST',
      headers: {},
      timeoutMs: 5000,
    });
    expect(await answer.text()).toBe('{}');
  });

  it('is what the cloud client uses, pooled or not: a silent endpoint is RequestTimeout after its timeout', async () => {
    handler = () => undefined;
    const client = createCloudClient({
      endpoints: { Cbn: base },
      timeoutMs: 150,
      maxRetries: 0,
      retryBaseMs: 0,
      pooled,
    });
    const result = await client.call({
      spec: findAction('Cbn', 'DescribeCens')!,
      credentials: { accessKeyId: 'LTAI-test', accessKeySecret: 'secret' },
      signatureStyle: 'v3',
      params: {},
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'RequestTimeout', httpStatus: 504 } });
    expect(seen).toHaveLength(1);
  });
});

describe('which transport the mock inside the BFF sees', () => {
  it('msw/node answers the default client (node:http); the pooled client reaches the real server past it', async () => {
    const { setupServer } = await import('msw/node');
    const { http, HttpResponse } = await import('msw');
    const msw = setupServer(http.post(`${base}/`, () => HttpResponse.json({ RequestId: 'from-msw' })));
    msw.listen({ onUnhandledRequest: 'error' });
    handler = (_req, res) => res.end('{"RequestId":"from-server"}');
    try {
      const call = (pooled: boolean) =>
        createCloudClient({
          endpoints: { Cbn: base },
          timeoutMs: 5000,
          maxRetries: 0,
          retryBaseMs: 0,
          pooled,
        }).call({
          spec: findAction('Cbn', 'DescribeCens')!,
          credentials: { accessKeyId: 'LTAI-test', accessKeySecret: 'secret' },
          signatureStyle: 'v3',
          params: {},
        });
      expect(await call(false)).toMatchObject({ ok: true, requestId: 'from-msw' });
      expect(await call(true)).toMatchObject({ ok: true, requestId: 'from-server' });
    } finally {
      msw.close();
    }
  });
});
