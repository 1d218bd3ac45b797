// answerAnyOrigin (the standalone server's dispatch) answers exactly what the msw handlers answer for the same
// requests: the control API under /_mock/ on the server's own origin, a product call everywhere else.
import { getResponse } from 'msw';
import { manualClock } from './cloud/clock';
import { MockCloud } from './cloud/mock-cloud';
import { nodeCrypto } from './node-crypto';
import { answerAnyOrigin, createHandlers } from './handlers';
import { SandboxRegistry } from './sandboxes';
import { DEMO_ACCOUNTS } from './scenarios/seed';
import { ScenarioBook } from './scenarios/training-catalogue';
import { loadTrainingScenarios } from './scenarios/training-dir';
import { signRequest } from '../src/domain/openapi/signing';

function registry() {
  const clock = manualClock();
  const book = new ScenarioBook(loadTrainingScenarios());
  const cloud = new MockCloud({ clock, delayMs: 0, seed: 3 });
  book.load(cloud, 'demo');
  return new SandboxRegistry({ book, defaultCloud: cloud, defaultScenario: 'demo', clock, delayMs: 0 });
}

const a = DEMO_ACCOUNTS[0]!;
let nonce = 0;
function describeCens(sandboxes: SandboxRegistry, host: string): () => Request {
  // One signature per request: the mock refuses a nonce it has seen.
  return () => {
    const s = signRequest(
      {
        style: 'v3',
        method: 'POST',
        protocol: 'http',
        host,
        action: 'DescribeCens',
        version: '2017-09-12',
        params: { PageSize: 10 },
        accessKeyId: a.accessKeyId,
        accessKeySecret: a.accessKeySecret,
        nonce: `n-${++nonce}`,
        timestamp: new Date(sandboxes.defaultSandbox.cloud.clock.wallNow())
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
      },
      nodeCrypto,
    );
    return new Request(s.url, { method: s.method, headers: s.headers, body: s.body ?? null });
  };
}

async function summary(response: Response | symbol | undefined) {
  if (!(response instanceof Response)) return String(response);
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, keys: Object.keys(body).sort(), code: body.Code };
}

describe('answerAnyOrigin', () => {
  const cases: [string, (s: SandboxRegistry) => () => Request][] = [
    ['the control API on the server origin', () => () => new Request('http://127.0.0.1:9000/_mock/accounts')],
    ['an unknown control route', () => () => new Request('http://127.0.0.1:9000/_mock/nope')],
    ['a signed product call on the server origin', (s) => describeCens(s, '127.0.0.1:9000')],
    ['a signed product call on a product host', (s) => describeCens(s, 'cbn.aliyuncs.com')],
    [
      '/_mock/ on a product host is a product call',
      () => () => new Request('http://cbn.aliyuncs.com/_mock/accounts'),
    ],
    [
      'an unsigned call',
      () => () => new Request('http://127.0.0.1:9000/?Action=DescribeCens', { method: 'POST' }),
    ],
  ];
  it.each(cases)('answers %s as the msw handlers do', async (_name, make) => {
    const direct = registry();
    const viaMsw = registry();
    const handlers = createHandlers(viaMsw, { anyOrigin: true });
    const ours = await summary(await answerAnyOrigin(direct, make(direct)()));
    const theirs = await summary(await getResponse(handlers, make(viaMsw)()));
    expect(ours).toEqual(theirs);
  });

  it('reaches the cloud for a signed call and the control API for /_mock/', async () => {
    const s = registry();
    const call = (await answerAnyOrigin(s, describeCens(s, '127.0.0.1:9000')())) as Response;
    expect(call.status).toBe(200);
    expect(await call.json()).toMatchObject({ Cens: { Cen: expect.any(Array) as unknown } });
    const control = (await answerAnyOrigin(
      s,
      new Request('http://127.0.0.1:9000/_mock/accounts'),
    )) as Response;
    expect(((await control.json()) as { accounts: unknown[] }).accounts).toHaveLength(2);
  });
});
