// 10,000 generated requests against the BFF: catalogue actions, qualified and unknown names, good and broken bodies,
// wrong methods and media types, oversized bodies, strings with lone UTF-16 surrogates and strings beyond their
// parameter's limit — through createApp in-process with the mock cloud (msw/node) behind it. Every answer: not 5xx,
// JSON, and a refusal always carries a message (and the field names when a field was at fault). Signatures are
// counted where they are made (the HMAC of node-crypto.ts): an input the catalogue (src/domain) calls invalid is
// never signed, a valid one exactly once.
import fc from 'fast-check';
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { ACTIONS, resolveAction, type ActionSpec } from '../domain/openapi/actions';
import { REGIONS, regionIdSchema } from '../domain/regions';
import type { createApp } from './app';
import { demoAccountsOf, mockAccounts, mockModeApp } from './test-support/mock-cloud-app';
import { nodeCrypto } from './node-crypto';

const REQUESTS = 10_000;
const BODY_LIMIT = 64 * 1024;

let mock: RunningMockCloud;
let app: ReturnType<typeof createApp>;
let hmac: { mock: { calls: unknown[] }; mockRestore(): void };
const signatures = () => hmac.mock.calls.length;

beforeAll(async () => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 3 });
  const accounts = mockAccounts(await demoAccountsOf(mock));
  hmac = vi.spyOn(nodeCrypto, 'hmac');
  app = mockModeApp(accounts);
});
afterAll(() => {
  hmac.mockRestore();
  mock.close();
});

// ---- the catalogue's verdict, computed independently of the route (the "oracle") ----

type Verdict = { valid: true } | { valid: false; fieldAtFault: boolean };

interface Generated {
  action: string;
  method: string;
  contentType: string | undefined;
  body: string;
}

function oracle(g: Generated): Verdict {
  const refuse = (fieldAtFault = false): Verdict => ({ valid: false, fieldAtFault });
  if (g.method !== 'POST' || g.action === '' || g.action.includes('/')) return refuse();
  if (new TextEncoder().encode(g.body).length > BODY_LIMIT) return refuse();
  const spec = resolveAction(g.action);
  if (!spec || 'ambiguous' in spec || !spec.proxied) return refuse();
  if (!/^application\/json\b/i.test(g.contentType ?? '')) return refuse();
  let raw: unknown;
  try {
    raw = g.body === '' ? {} : JSON.parse(g.body);
  } catch {
    return refuse();
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse(true);
  const body = raw as Record<string, unknown>;
  if (Object.keys(body).some((k) => !['account', 'regionId', 'params'].includes(k))) return refuse(true);
  if (body.account !== 'A' && body.account !== 'B') return refuse(true);
  if (body.regionId !== undefined && !regionIdSchema.safeParse(body.regionId).success) return refuse(true);
  const params = body.params ?? {};
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return refuse(true);
  const p = params as Record<string, unknown>;
  const region =
    (body.regionId as string | undefined) ?? (typeof p.RegionId === 'string' ? p.RegionId : undefined);
  if (spec.regional && !region) return refuse(true);
  // The region is part of the host name, so it must be a DNS label (openapi-client.ts).
  if (spec.regional && !/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(region ?? '')) return refuse(true);
  const parsed = spec.params.safeParse(spec.regional ? { ...p, RegionId: region } : p);
  if (!parsed.success) return refuse(true);
  if (spec.write && spec.clientToken && typeof parsed.data.ClientToken !== 'string') return refuse(true);
  return { valid: true };
}

// ---- generators ----

const SPECS = [...ACTIONS.values()];
const names = SPECS.flatMap((s) => [s.action, `${s.product}.${s.action}`]);
const regionIds = REGIONS.map((r) => r.id);

/** Strings no parameter accepts: a lone surrogate (no UTF-8 form, cannot be signed) or beyond any ID's limit. */
const badString = fc.oneof(
  fc.constantFrom('\uD800', 'ping\uDBFF', '\uDC00cen-abc', 'a\uDFFFb', `cen-${'a'.repeat(300)}`),
  fc.string({ unit: fc.constantFrom('a', '-', '\uD83D', '\uDE00', '\uDC00'), minLength: 1, maxLength: 6 }),
);

/** Values a field might get: the right kind, the wrong kind, edge strings. */
const value = fc.oneof(
  badString,
  fc.string({ maxLength: 24 }),
  fc.integer({ min: -5, max: 20_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '',
    'cen-abc123',
    'vpc-xyz',
    'VPC',
    'China',
    'china',
    'Month',
    'DifferentAccountDifferentRegion',
  ),
  fc.constantFrom(...regionIds),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 3 }),
  fc.array(
    fc.record({
      Key: fc.constantFrom('CenId', 'Name', 'Bogus'),
      Value: fc.array(fc.string(), { maxLength: 2 }),
    }),
    {
      maxLength: 2,
    },
  ),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** Keys of an action's params: its own (from the catalogue schema) and strangers. */
function keysOf(spec: ActionSpec): string[] {
  const shape = (spec.params as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Values that fit a parameter of that name, so that a good share of the generated calls is valid. */
const region = fc.constantFrom(...regionIds);
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown>> = {
  Name: fc.constantFrom('DifferentAccountDifferentRegion', 'MainlandBandwidthPackage', 'ab'),
  Description: fc.constantFrom('', 'tutorial'),
  ClientToken: fc.uuid(),
  CenId: fc.constantFrom('cen-abc123', 'cen-0000000000000000'),
  CenBandwidthPackageId: fc.constant('cenbwp-abc123'),
  RegionId: region,
  ChildInstanceRegionId: region,
  LocalRegionId: region,
  OppositeRegionId: region,
  ChildInstanceId: fc.constantFrom('vpc-abc', 'vbr-abc'),
  InstanceId: fc.constant('vpc-abc'),
  ChildInstanceType: fc.constantFrom('VPC', 'VBR'),
  InstanceType: fc.constantFrom('VPC', 'VBR'),
  ProductType: fc.constant('VPC'),
  CenOwnerId: fc.constantFrom('1262302482727553', '9263584710374521'),
  ChildInstanceOwnerId: fc.constantFrom('1262302482727553', '9263584710374521'),
  Bandwidth: fc.integer({ min: 2, max: 100 }),
  BandwidthLimit: fc.integer({ min: 0, max: 10 }),
  GeographicRegionAId: fc.constantFrom('China', 'Europe'),
  GeographicRegionBId: fc.constantFrom('China', 'North-America'),
  GeographicRegionId: fc.constantFrom('china', 'europe'),
  PricingCycle: fc.constant('Month'),
  Period: fc.constantFrom(1, 3),
  PageNumber: fc.constant(1),
  PageSize: fc.constantFrom(10, 50),
  MaxResults: fc.constantFrom(10, 20),
  SecurityGroupId: fc.constant('sg-abc'),
  Filter: fc.constant([{ Key: 'CenId', Value: ['cen-abc123'] }]),
};

/** Params for an action: plausible values for its own keys (each present or not), or anything at all. */
const paramsFor = (spec: ActionSpec) =>
  fc.oneof(
    {
      weight: 2,
      arbitrary: fc.record(
        Object.fromEntries(
          keysOf(spec).map((k) => [
            k,
            fc.oneof({ weight: 12, arbitrary: PLAUSIBLE[k] ?? fc.constant('x') }, badString),
          ]),
        ),
        { requiredKeys: [] },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom('Bogus', ...keysOf(spec)) },
          fc.string({ maxLength: 6 }),
        ),
        value,
        { maxKeys: 6 },
      ),
    },
  );

const wellShaped = fc.constantFrom(...SPECS).chain((spec) =>
  fc.record(
    {
      action: fc.constantFrom(spec.action, `${spec.product}.${spec.action}`),
      account: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('A', 'B') },
        fc.constantFrom('C', 'a', '', 1),
      ),
      regionId: fc.oneof({ weight: 4, arbitrary: region }, fc.constantFrom('cn-nowhere', '', 7)),
      params: paramsFor(spec),
      extra: fc.constantFrom<Record<string, unknown>>({}, {}, {}, { extra: 1 }),
    },
    { requiredKeys: ['action', 'account', 'params', 'extra'] },
  ),
);

const request: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.oneof(
      {
        weight: 12,
        arbitrary: wellShaped.map(({ action, extra, ...body }) => ({
          action,
          body: JSON.stringify({ ...body, ...extra }),
        })),
      },
      {
        weight: 2,
        arbitrary: fc.record({ action: fc.constantFrom(...names), body: fc.json({ maxDepth: 3 }) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ action: fc.constantFrom(...names), body: fc.string({ maxLength: 40 }) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          action: fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.constantFrom(
              'AssumeRole',
              'Sts.GetCallerIdentity',
              'DescribeGrantRulesToCen',
              'DeleteVpc',
              '',
            ),
          ),
          body: fc.constant('{"account":"A","params":{}}'),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          action: fc.constantFrom('CreateCen', 'DescribeCens'),
          body: fc.constant(JSON.stringify({ account: 'A', params: { Name: 'x'.repeat(BODY_LIMIT) } })),
        }),
      },
    ),
    fc.oneof(
      { weight: 20, arbitrary: fc.constant('POST') },
      fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH'),
    ),
    fc.oneof(
      { weight: 20, arbitrary: fc.constant('application/json') },
      fc.constantFrom(
        undefined,
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-8',
      ),
    ),
  )
  .map(([{ action, body }, method, contentType]) => ({ action, method, contentType, body }));

// ---- the run ----

it(`${REQUESTS.toLocaleString('en-US')} generated requests: no 5xx, nothing signed for an invalid input, every refusal explained`, async () => {
  const tally = {
    valid: 0,
    invalid: 0,
    fieldRefusals: 0,
    status5xx: 0,
    signedForInvalid: 0,
    cloudAnswers: 0,
  };
  await fc.assert(
    fc.asyncProperty(request, async (g) => {
      const verdict = oracle(g);
      const before = signatures();
      const init: RequestInit = {
        method: g.method,
        headers: g.contentType ? { 'content-type': g.contentType } : {},
      };
      if (g.method !== 'GET') init.body = g.body;
      const res = await app.request(`/api/openapi/${encodeURIComponent(g.action)}`, init);
      const text = await res.text();
      const signedNow = signatures() - before;
      if (res.status >= 500) tally.status5xx++;
      expect(res.status, text).toBeLessThan(500);
      const json = JSON.parse(text) as {
        error?: { code?: string; message?: string; source?: string; fields?: Record<string, string> };
      };
      if (verdict.valid) {
        tally.valid++;
        expect(signedNow, `valid input signed once: ${JSON.stringify(g).slice(0, 300)}`).toBe(1);
        if (res.status !== 200) {
          // The cloud refused a well-formed call (unknown IDs and the like): its code and message, verbatim.
          tally.cloudAnswers++;
          expect(json.error?.source).toBe('cloud');
          expect(json.error?.message).toMatch(/\S/);
        }
      } else {
        tally.invalid++;
        if (signedNow !== 0) tally.signedForInvalid++;
        expect(signedNow, `invalid input was signed: ${JSON.stringify(g).slice(0, 300)}`).toBe(0);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(json.error?.message, text).toMatch(/\S/);
        expect(json.error?.code, text).toMatch(/\S/);
        if (verdict.fieldAtFault) {
          tally.fieldRefusals++;
          expect(Object.keys(json.error?.fields ?? {}).length, text).toBeGreaterThan(0);
        }
      }
    }),
    { numRuns: REQUESTS, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
  );
  expect(tally.valid + tally.invalid).toBe(REQUESTS);
  expect(tally.status5xx).toBe(0);
  expect(tally.signedForInvalid).toBe(0);
  // The generator must really exercise both sides: a run of only refusals (or only valid calls) proves little.
  expect(tally.valid).toBeGreaterThan(REQUESTS * 0.05);
  expect(tally.fieldRefusals).toBeGreaterThan(REQUESTS * 0.2);
  expect(tally.cloudAnswers).toBeGreaterThan(0);
}, 180_000);

it('never signs a request whose region would change the host it goes to', async () => {
  for (const RegionId of ['attacker.example/#', 'cn-beijing.evil.example', ' ', 'CN-BEIJING']) {
    const before = signatures();
    const res = await app.request('/api/openapi/DescribeVpcs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'B', params: { RegionId } }),
    });
    expect(res.status).toBe(400);
    expect(signatures() - before).toBe(0);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(RegionId);
  }
});
