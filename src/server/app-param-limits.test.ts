// Bad strings are refused at the parameter, before signing, with a 400 that names it: a lone UTF-16 surrogate in any
// string parameter of any proxied action (before: a 500, the signer's encodeURIComponent threw a URIError), and an
// ID far beyond its limit (before: signed and sent; the gateway held it until the timeout). In-process with the mock
// cloud behind the BFF; limits: docs/reference/cen-api.md §5 "Parameter lengths".
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { ACTIONS } from '../domain/openapi/actions';
import { paramsWith, stringParamPaths } from '../domain/test-support/string-params';
import type { createApp } from './app';
import { countingClient, demoAccountsOf, mockAccounts, mockModeApp } from './test-support/mock-cloud-app';

let mock: RunningMockCloud;
let app: ReturnType<typeof createApp>;
let signed = 0;

beforeAll(async () => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 11 });
  app = mockModeApp(mockAccounts(await demoAccountsOf(mock)), { client: countingClient(() => signed++) });
});
afterAll(() => mock.close());

interface Refusal {
  status: number;
  signed: number;
  error?: { code: string; message: string; source: string; fields?: Record<string, string> };
}

async function post(action: string, params: Record<string, unknown>): Promise<Refusal> {
  const before = signed;
  const res = await app.request(`/api/openapi/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account: 'A', regionId: 'cn-beijing', params }),
  });
  const { error } = (await res.json()) as Pick<Refusal, 'error'>;
  return { status: res.status, signed: signed - before, error };
}

// RegionId of a regional action is the top-level regionId's (the route checks it against the region catalogue).
const leaves = [...ACTIONS.values()]
  .filter((spec) => spec.proxied)
  .flatMap((spec) =>
    stringParamPaths(spec.params)
      .filter((path) => !(spec.regional && path.join('.') === 'RegionId'))
      .map((path) => ({ name: `${spec.product}.${spec.action}`, path })),
  );

it('refuses a lone surrogate in every string parameter of every proxied action, at that parameter, unsigned', async () => {
  expect(leaves.length).toBeGreaterThan(80);
  for (const { name, path } of leaves) {
    const field = `params.${path.join('.')}`;
    const answer = await post(name, paramsWith(path, 'ping\uD800'));
    expect({ name, field, status: answer.status, signed: answer.signed }).toEqual({
      name,
      field,
      status: 400,
      signed: 0,
    });
    expect(answer.error?.code).toBe('InvalidParameter');
    expect(answer.error?.source).toBe('bff');
    expect(Object.keys(answer.error?.fields ?? {}), name).toContain(field);
  }
});

it('names the parameter and the surrogate in the message, in the refusal format of any schema failure', async () => {
  const answer = await post('CreateCen', {
    Name: 'DifferentAccountDifferentRegion',
    Description: 'tutorial \uDC00',
    ClientToken: 'surrogate-1',
  });
  expect(answer).toMatchObject({ status: 400, signed: 0 });
  expect(answer.error?.message).toBe(
    'CreateCen was refused before signing: params.Description: holds a lone UTF-16 surrogate (U+DC00 at character 10): not Unicode text, so it cannot be signed or sent.',
  );
});

it('refuses a 20 KB ID at once with the parameter and its limit, and signs nothing', async () => {
  const answer = await post('DeleteCen', { CenId: `cen-${'a'.repeat(20 * 1024)}` });
  expect(answer).toMatchObject({ status: 400, signed: 0 });
  expect(answer.error?.fields).toEqual({ 'params.CenId': 'at most 64 characters (this one has 20484).' });
  expect(answer.error?.message).toBe(
    'DeleteCen was refused before signing: params.CenId: at most 64 characters (this one has 20484).',
  );
});

it('still sends an ID of the longest allowed length to the cloud', async () => {
  const answer = await post('DeleteCen', { CenId: `cen-${'a'.repeat(60)}` });
  expect(answer.signed).toBe(1);
  expect(answer.error?.source).toBe('cloud');
});
