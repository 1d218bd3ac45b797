// The in-process mock answers a request whose head is over Node's limit as the standalone server does (431, no
// body) and at once, instead of never answering (request-head-limit.ts). Raw node:http requests, as the BFF sends.
import http from 'node:http';
import https from 'node:https';
import { startMockCloud, type RunningMockCloud } from './node';
import { MAX_HEAD_BYTES } from './request-head-limit';

let mock: RunningMockCloud;
beforeAll(() => {
  mock = startMockCloud({ delayMs: 0 });
});
afterAll(() => mock.close());

/** One raw POST; resolves with the status (or "no answer" after 3 s) and how long it took. */
function post(url: string, headers: Record<string, string> = {}) {
  const started = Date.now();
  return new Promise<{ status: number | 'no answer'; ms: number; body: string }>((resolve, reject) => {
    const req = (url.startsWith('https:') ? https : http).request(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - started, body }));
    });
    // A timer, not req.setTimeout: msw's socket of a request it never parsed never connects, so never times out.
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ status: 'no answer', ms: Date.now() - started, body: '' });
    }, 3000);
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end();
  });
}

describe('the in-process mock and an oversized request head', () => {
  it('answers a 20 KB query with 431 at once, like the standalone server', async () => {
    const answer = await post(
      `https://cbn.aliyuncs.com/?Action=DescribeCens&CenId=cen-${'x'.repeat(20_000)}`,
    );
    expect(answer.status).toBe(431);
    // 431 rather than 'no answer' is the proof it did not hang; no wall-clock bound (the suite runs on loaded machines).
    expect(answer.body).toBe('');
  });

  it('answers oversized headers, on regional hosts and the control origin too', async () => {
    const big = { 'x-acs-padding': 'p'.repeat(MAX_HEAD_BYTES) };
    expect((await post('https://vpc.cn-beijing.aliyuncs.com/?Action=DescribeVpcs', big)).status).toBe(431);
    expect((await post(`${mock.controlOrigin}/_mock/state?${'q'.repeat(20_000)}`)).status).toBe(431);
  });

  it('still answers a head just under the limit as a normal (here unsigned) request', async () => {
    const url = 'https://cbn.aliyuncs.com/?Action=DescribeCens&CenId=';
    const fill = MAX_HEAD_BYTES - 400 - url.length;
    const answer = await post(`${url}${'x'.repeat(fill)}`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ Code: 'MissingParameter' });
  });
});
