import { codeOf, testCloud, type TestCloud } from '../test-support/test-cloud';
import { TUTORIAL_PACKAGE_PARAMS } from '../../src/domain/test-support/tutorial-package';

const buy = (t: TestCloud, extra: Record<string, unknown> = {}) =>
  t.call('A', 'Cbn', 'CreateCenBandwidthPackage', {
    ...TUTORIAL_PACKAGE_PARAMS,
    Name: 'MainlandBandwidthPackage',
    ...extra,
  });

const setLimit = (t: TestCloud, local: string, opposite: string, limit: number) =>
  t.call('A', 'Cbn', 'SetCenInterRegionBandwidthLimit', {
    CenId: t.state.cenId,
    LocalRegionId: local,
    OppositeRegionId: opposite,
    BandwidthLimit: limit,
  });

interface PackageView {
  Status: string;
  Bandwidth: number;
  GeographicRegionAId: string;
  GeographicRegionBId: string;
  GeographicSpanId: string;
  CreationTime: string;
  CenIds: { CenId: string[] };
  OrginInterRegionBandwidthLimits: { OrginInterRegionBandwidthLimit: { BandwidthLimit: unknown }[] };
}

const packages = (t: TestCloud) =>
  (
    t.ok('A', 'Cbn', 'DescribeCenBandwidthPackages', {}) as {
      CenBandwidthPackages: { CenBandwidthPackage: PackageView[] };
    }
  ).CenBandwidthPackages.CenBandwidthPackage;

describe('bandwidth packages', () => {
  it('buys a package Idle, with lower-case area IDs in the answer, then InUse once associated', () => {
    const t = testCloud({ afterStep: 3 });
    const r = buy(t);
    expect(r.body.CenBandwidthPackageId).toMatch(/^cenbwp-[a-z0-9]{18}$/);
    expect(r.body.CenBandwidthPackageOrderId).toMatch(/^\d{15}$/);
    expect(packages(t)[0]).toMatchObject({
      Status: 'Idle',
      Bandwidth: 8,
      GeographicRegionAId: 'china',
      GeographicRegionBId: 'china',
      GeographicSpanId: 'china_china',
      CreationTime: '2026-11-25T10:00Z',
      CenIds: { CenId: [] },
    });
    t.ok('A', 'Cbn', 'AssociateCenBandwidthPackage', {
      CenId: t.state.cenId,
      CenBandwidthPackageId: r.body.CenBandwidthPackageId,
    });
    expect(packages(t)[0]).toMatchObject({ Status: 'InUse', CenIds: { CenId: [t.state.cenId] } });
    const cen = t.ok('A', 'Cbn', 'DescribeCens', {}) as {
      Cens: { Cen: { CenBandwidthPackageIds: unknown }[] };
    };
    expect(cen.Cens.Cen[0]?.CenBandwidthPackageIds).toEqual({
      CenBandwidthPackageId: [r.body.CenBandwidthPackageId],
    });
  });

  it('orders the span ID larger area first: north-america_china', () => {
    const t = testCloud({ afterStep: 3 });
    buy(t, { GeographicRegionAId: 'China', GeographicRegionBId: 'North-America' });
    expect(packages(t)[0]).toMatchObject({
      GeographicRegionAId: 'china',
      GeographicRegionBId: 'north-america',
      GeographicSpanId: 'north-america_china',
    });
  });

  it('refuses bandwidth outside 2–10000 Mbps, a bad period and lower-case request areas', () => {
    const t = testCloud({ afterStep: 3 });
    expect(codeOf(buy(t, { Bandwidth: 1 }))).toBe('ParameterIllegal.BandwidthPackage');
    expect(codeOf(buy(t, { Bandwidth: 10001 }))).toBe('ParameterIllegal.BandwidthPackage');
    expect(codeOf(buy(t, { Bandwidth: 2 }))).toBe('OK');
    expect(codeOf(buy(t, { Bandwidth: 10000 }))).toBe('OK');
    expect(codeOf(buy(t, { Period: 4 }))).toBe('InvalidParameter');
    expect(codeOf(buy(t, { GeographicRegionAId: 'china' }))).toBe('InvalidParameter');
  });

  it('allows one package per area pair per CEN (409 BwpForGeoSpanAlreadyAssociated) and a package on one CEN only', () => {
    const t = testCloud({ afterStep: 4 });
    const second = String(buy(t).body.CenBandwidthPackageId);
    const r = t.call('A', 'Cbn', 'AssociateCenBandwidthPackage', {
      CenId: t.state.cenId,
      CenBandwidthPackageId: second,
    });
    expect(r.status).toBe(409);
    expect(r.body.Code).toBe('InvalidOperation.BwpForGeoSpanAlreadyAssociated');
    const again = t.call('A', 'Cbn', 'AssociateCenBandwidthPackage', {
      CenId: t.state.cenId,
      CenBandwidthPackageId: t.state.packageId,
    });
    expect(codeOf(again)).toBe('InvalidOperation.BwpInstanceStatus');
    expect(
      codeOf(
        t.call('A', 'Cbn', 'AssociateCenBandwidthPackage', {
          CenId: t.state.cenId,
          CenBandwidthPackageId: 'cenbwp-x',
        }),
      ),
    ).toBe('ParameterBwpInstanceId');
  });

  it('makes CreateCenBandwidthPackage idempotent per ClientToken', () => {
    const t = testCloud({ afterStep: 3 });
    const a = buy(t, { ClientToken: 'buy-once' });
    const b = buy(t, { ClientToken: 'buy-once' });
    expect(b.body.CenBandwidthPackageId).toBe(a.body.CenBandwidthPackageId);
    expect(packages(t)).toHaveLength(1);
  });

  it('refuses to unassociate while limits are non-zero, then allows it after setting them to 0', () => {
    const t = testCloud({ afterStep: 5 });
    const unassociate = () =>
      t.call('A', 'Cbn', 'UnassociateCenBandwidthPackage', {
        CenId: t.state.cenId,
        CenBandwidthPackageId: t.state.packageId,
      });
    expect(codeOf(unassociate())).toBe('InvalidOperation.CenBandwidthLimitsNotZero');
    expect(codeOf(setLimit(t, 'cn-beijing', 'cn-qingdao', 0))).toBe('OK');
    expect(codeOf(unassociate())).toBe('OK');
    expect(packages(t)[0]?.Status).toBe('Idle');
  });
});

describe('inter-region bandwidth limits', () => {
  it('sets a limit Modifying, then Active; BandwidthLimit is a number here and a string in the package', () => {
    const t = testCloud({ afterStep: 4, delayMs: 3000 });
    expect(codeOf(setLimit(t, 'cn-qingdao', 'cn-beijing', 5))).toBe('OK');
    const limits = () =>
      t.ok('A', 'Cbn', 'DescribeCenInterRegionBandwidthLimits', { CenId: t.state.cenId }) as {
        CenInterRegionBandwidthLimits: { CenInterRegionBandwidthLimit: Record<string, unknown>[] };
      };
    expect(limits().CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit[0]).toMatchObject({
      LocalRegionId: 'cn-qingdao',
      OppositeRegionId: 'cn-beijing',
      BandwidthLimit: 5,
      Status: 'Modifying',
      GeographicSpanId: 'china_china',
      BandwidthPackageId: t.state.packageId,
      BandwidthType: 'BandwidthPackage',
    });
    t.cloud.clock.advance(3000);
    expect(limits().CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit[0]?.Status).toBe('Active');
    expect(
      packages(t)[0]?.OrginInterRegionBandwidthLimits.OrginInterRegionBandwidthLimit[0]?.BandwidthLimit,
    ).toBe('5');
    const remaining = t.ok('A', 'Cbn', 'DescribeCenGeographicSpanRemainingBandwidth', {
      CenId: t.state.cenId,
      GeographicRegionAId: 'China',
      GeographicRegionBId: 'China',
    });
    expect(remaining.RemainingBandwidth).toBe(3);
  });

  it('keeps the sum of limits within the package (8 Mbps: 6 + 5 is refused, 6 + 2 is fine)', () => {
    const t = testCloud({ afterStep: 4 });
    expect(codeOf(setLimit(t, 'cn-qingdao', 'cn-hangzhou', 6))).toBe('OK');
    const r = setLimit(t, 'cn-qingdao', 'cn-beijing', 5);
    expect(r.body.Code).toBe('InvalidOperation.BandwidthLimitExceeded');
    expect(String(r.body.Message)).toContain('Only 2 Mbps');
    expect(codeOf(setLimit(t, 'cn-qingdao', 'cn-beijing', 2))).toBe('OK');
    // Changing an existing pair counts only the other pairs.
    expect(codeOf(setLimit(t, 'cn-hangzhou', 'cn-qingdao', 6))).toBe('OK');
    expect(codeOf(setLimit(t, 'cn-hangzhou', 'cn-qingdao', 7))).toBe(
      'InvalidOperation.BandwidthLimitExceeded',
    );
  });

  it('refuses regions outside the package’s areas, a CEN without a package, the same region twice, and > plan', () => {
    const t = testCloud({ afterStep: 4 });
    expect(codeOf(setLimit(t, 'cn-qingdao', 'us-west-1', 2))).toBe('InvalidOperation.RegionNotInGeoSpan');
    // Hong Kong is Asia Pacific, not Mainland China (docs/reference/cen-api.md §6.2).
    expect(codeOf(setLimit(t, 'cn-qingdao', 'cn-hongkong', 2))).toBe('InvalidOperation.RegionNotInGeoSpan');
    expect(codeOf(setLimit(t, 'cn-qingdao', 'cn-qingdao', 2))).toBe('InvalidParameter.SameRegion');
    expect(codeOf(setLimit(t, 'cn-qingdao', 'cn-beijing', 9))).toBe('InvalidParameter.BandwidthLimit');
    expect(codeOf(setLimit(t, 'cn-qingdao', 'xx-nowhere-1', 2))).toBe('IllegalParam.RegionId');
    const bare = testCloud({ afterStep: 3 });
    expect(codeOf(setLimit(bare, 'cn-qingdao', 'cn-beijing', 5))).toBe('InvalidOperation.BwpNotAssociated');
  });

  it('deletes a connection with 0: Modifying, then gone', () => {
    const t = testCloud({ afterStep: 5, delayMs: 1000 });
    setLimit(t, 'cn-qingdao', 'cn-beijing', 0);
    const list = () =>
      (
        t.ok('A', 'Cbn', 'DescribeCenInterRegionBandwidthLimits', { CenId: t.state.cenId }) as {
          CenInterRegionBandwidthLimits: { CenInterRegionBandwidthLimit: { Status: string }[] };
        }
      ).CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit.map((l) => l.Status);
    expect(list()).toEqual(['Modifying']);
    t.cloud.clock.advance(1000);
    expect(list()).toEqual([]);
  });

  it('lists area membership with objects wrapping RegionId, lower-case area in the request', () => {
    const t = testCloud();
    const r = t.ok('A', 'Cbn', 'DescribeGeographicRegionMembership', { GeographicRegionId: 'north-america' });
    expect(r).toMatchObject({
      TotalCount: 2,
      RegionIds: { RegionId: [{ RegionId: 'us-west-1' }, { RegionId: 'us-east-1' }] },
    });
    expect(
      codeOf(t.call('A', 'Cbn', 'DescribeGeographicRegionMembership', { GeographicRegionId: 'China' })),
    ).toBe('InvalidParameter');
  });
});
