// The form, the BFF and the mock cloud agree on every generated input: for CEN names and descriptions (lone UTF-16
// surrogates included), package bandwidths, periods, names and areas, and inter-region limits against a package's
// budget and areas, the domain rule the console's form uses (src/domain) accepts exactly when the BFF lets the call
// through AND the mock cloud accepts it — the mock asked twice: through the BFF (signed, over msw) and directly
// through its in-process API with the raw input. A refusal before signing names the field and signs nothing.
import fc from 'fast-check';
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { as, UID } from '../../mocks/scenarios/seed';
import { bandwidthPackageInputSchema, checkInterRegionLimit } from '../domain/bandwidth';
import { createCenInputSchema } from '../domain/cen';
import { REGIONS, type AreaId, type AreaRequestId } from '../domain/regions';
import type { createApp } from './app';
import { countingClient, demoAccountsOf, mockAccounts, mockModeApp } from './test-support/mock-cloud-app';

let mock: RunningMockCloud;
let app: ReturnType<typeof createApp>;
let signed = 0;
let token = 0;

beforeAll(async () => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 5 });
  app = mockModeApp(mockAccounts(await demoAccountsOf(mock)), { client: countingClient(() => signed++) });
});
afterAll(() => mock.close());

async function bff(action: string, params: Record<string, unknown>) {
  const before = signed;
  const res = await app.request(`/api/openapi/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account: 'A', params }),
  });
  const json = (await res.json()) as {
    error?: { source: string; message: string; fields?: Record<string, string> };
  };
  return { status: res.status, json, signed: signed - before };
}

/** The mock cloud's own verdict on the raw input, through its in-process API (no BFF, no schema of ours before it). */
function direct(action: string, params: Record<string, unknown>) {
  return mock.cloud.call({ product: 'Cbn', action, callerUid: UID.A, params });
}

/** What every refusal before signing must look like: a message, the field, nothing signed. */
function expectFieldRefusal(answer: Awaited<ReturnType<typeof bff>>, field: string) {
  expect(answer.status).toBe(400);
  expect(answer.signed).toBe(0);
  expect(answer.json.error?.source).toBe('bff');
  expect(answer.json.error?.message).toMatch(/\S/);
  expect(Object.keys(answer.json.error?.fields ?? {})).toContain(field);
}

// Strings near the name rule's edges: its own alphabet, lengths around 2 and 128, other letters and symbols.
const nameLike = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,140}$/),
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', '_', '-', '.', ' ', 'é', '中', '/'), maxLength: 130 }),
  fc.constantFrom('', 'a', 'ab', 'a'.repeat(128), 'a'.repeat(129), '1ab', '_ab', '-ab', 'http://x', 'Ab c'),
  fc.string({ maxLength: 20 }),
);

// Descriptions near their rule's edges: empty, 256 and 257 characters, a URL start, and lone surrogates (which no
// string parameter takes: they cannot be encoded for signing).
const descriptionLike = fc.oneof(
  fc.constantFrom('', 'tutorial', 'd'.repeat(256), 'd'.repeat(257), 'https://x', '\uD800', 'tutorial \uDC00'),
  fc.string({ unit: fc.constantFrom('a', ' ', '中', '\uD83D', '\uDE00'), maxLength: 12 }),
  fc.string({ maxLength: 20 }),
);

describe('the form, the BFF and the mock agree', () => {
  it('on CEN names and descriptions', async () => {
    await fc.assert(
      fc.asyncProperty(
        nameLike,
        fc.option(descriptionLike, { nil: undefined }),
        async (name, description) => {
          const input = { name, ...(description === undefined ? {} : { description }) };
          const params = { Name: name, ...(description === undefined ? {} : { Description: description }) };
          const form = createCenInputSchema.safeParse(input).success;
          const viaBff = await bff('CreateCen', { ...params, ClientToken: `fuzz-${++token}` });
          const cloud = direct('CreateCen', params).status === 200;
          expect({ input, bff: viaBff.status === 200, cloud }).toEqual({ input, bff: form, cloud: form });
          if (!form)
            expectFieldRefusal(
              viaBff,
              createCenInputSchema.shape.name.safeParse(name).success ? 'params.Description' : 'params.Name',
            );
          else expect(viaBff.signed).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on bandwidth package bandwidth, period, name and areas', async () => {
    const areas: AreaRequestId[] = ['China', 'North-America', 'Asia-Pacific', 'Europe'];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: -3, max: 10_005 }),
          fc.constantFrom(1, 2, 10_000, 10_001, 0),
          fc.double({ min: -1, max: 20, noNaN: true, noDefaultInfinity: true }),
        ),
        fc.constantFrom<'Month' | 'Year'>('Month', 'Year'),
        fc.integer({ min: -1, max: 13 }),
        fc.oneof(fc.constant('MainlandBandwidthPackage'), nameLike),
        fc.constantFrom(...areas),
        fc.constantFrom(...areas),
        async (bandwidth, cycle, period, name, areaA, areaB) => {
          const form = bandwidthPackageInputSchema.safeParse({
            cenId: 'cen-fuzz',
            areaA,
            areaB,
            bandwidth,
            name,
            pricingCycle: cycle,
            period,
          }).success;
          const params = {
            Bandwidth: bandwidth,
            GeographicRegionAId: areaA,
            GeographicRegionBId: areaB,
            Name: name,
            PricingCycle: cycle,
            Period: period,
          };
          const viaBff = await bff('CreateCenBandwidthPackage', {
            ...params,
            ClientToken: `fuzz-${++token}`,
          });
          const cloud = direct('CreateCenBandwidthPackage', params).status === 200;
          expect({ params, bff: viaBff.status === 200, cloud }).toEqual({ params, bff: form, cloud: form });
          if (!form) {
            expect(viaBff.signed).toBe(0);
            expect(viaBff.json.error?.message).toMatch(/\S/);
            expect(Object.keys(viaBff.json.error?.fields ?? {}).some((f) => f.startsWith('params.'))).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("on inter-region limits: the package's areas, 1 ≤ limit ≤ total, and the budget across connections", async () => {
    const pairs: [AreaRequestId, AreaId][] = [
      ['China', 'china'],
      ['North-America', 'north-america'],
      ['Asia-Pacific', 'asia-pacific'],
      ['Europe', 'europe'],
    ];
    const regionIds = [...REGIONS.map((r) => r.id), 'cn-nowhere-1'];
    const region = fc.constantFrom(...regionIds);
    // Region pairs mostly across the package's two areas, so that budgets really fill up; sometimes any two.
    const input = fc.tuple(fc.constantFrom(...pairs), fc.constantFrom(...pairs)).chain(([a, b]) => {
      const inArea = (area: AreaId) =>
        fc.constantFrom(...REGIONS.filter((r) => r.area === area).map((r) => r.id));
      const pair = fc.oneof(
        { weight: 3, arbitrary: fc.tuple(inArea(a[1]), inArea(b[1])) },
        { weight: 1, arbitrary: fc.tuple(inArea(b[1]), inArea(a[1])) },
        { weight: 1, arbitrary: fc.tuple(region, region) },
      );
      // Limits mostly within the package's total, so the budget across connections is what decides.
      return fc
        .integer({ min: 2, max: 40 })
        .chain((total) =>
          fc.tuple(
            fc.constant(a),
            fc.constant(b),
            fc.constant(total),
            fc.array(fc.tuple(pair, fc.integer({ min: 1, max: total })), { maxLength: 4 }),
            pair,
            fc.oneof(
              { weight: 4, arbitrary: fc.integer({ min: 1, max: total }) },
              { weight: 1, arbitrary: fc.integer({ min: -2, max: 45 }) },
              { weight: 1, arbitrary: fc.constantFrom(0, 10_000, 10_001) },
            ),
          ),
        );
    });
    await fc.assert(
      fc.asyncProperty(
        input,
        async ([[reqA, areaA], [reqB, areaB], total, existing, [local, opposite], limit]) => {
          // Two CENs with the same package and the same existing connections: one for the BFF, one for the
          // mock's direct verdict (each call may change its CEN's state).
          const setUp = () => {
            const cenId = String(as(mock.cloud, 'A', 'Cbn', 'CreateCen', { Name: 'FuzzLimits' }).CenId);
            const packageId = String(
              as(mock.cloud, 'A', 'Cbn', 'CreateCenBandwidthPackage', {
                Bandwidth: total,
                GeographicRegionAId: reqA,
                GeographicRegionBId: reqB,
              }).CenBandwidthPackageId,
            );
            as(mock.cloud, 'A', 'Cbn', 'AssociateCenBandwidthPackage', {
              CenId: cenId,
              CenBandwidthPackageId: packageId,
            });
            return cenId;
          };
          const cenForBff = setUp();
          const cenForCloud = setUp();
          const budget = {
            areaA,
            areaB,
            total,
            limits: [] as { localRegionId: string; oppositeRegionId: string; bandwidthLimit: number }[],
          };
          for (const [[l, o], mbps] of existing) {
            // Only connections the domain accepts exist; the mock must accept exactly those too.
            if (checkInterRegionLimit(budget, l, o, mbps) !== null) continue;
            for (const cenId of [cenForBff, cenForCloud])
              expect(
                direct('SetCenInterRegionBandwidthLimit', {
                  CenId: cenId,
                  LocalRegionId: l,
                  OppositeRegionId: o,
                  BandwidthLimit: mbps,
                }).status,
              ).toBe(200);
            budget.limits = budget.limits.filter(
              (x) =>
                !(
                  (x.localRegionId === l && x.oppositeRegionId === o) ||
                  (x.localRegionId === o && x.oppositeRegionId === l)
                ),
            );
            budget.limits.push({ localRegionId: l, oppositeRegionId: o, bandwidthLimit: mbps });
          }
          const form = checkInterRegionLimit(budget, local, opposite, limit) === null;
          const params = { LocalRegionId: local, OppositeRegionId: opposite, BandwidthLimit: limit };
          const viaBff = await bff('SetCenInterRegionBandwidthLimit', { CenId: cenForBff, ...params });
          const cloud =
            direct('SetCenInterRegionBandwidthLimit', { CenId: cenForCloud, ...params }).status === 200;
          expect({ budget, params, bff: viaBff.status === 200, cloud }).toEqual({
            budget,
            params,
            bff: form,
            cloud: form,
          });
          if (!form) expect(viaBff.json.error?.message).toMatch(/\S/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
