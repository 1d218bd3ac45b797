// Enterprise Edition step 8 (docs/reference/enterprise-edition.md §2): the connection between two routers of the
// CEN, DataTransfer (no plan) or BandwidthPackage (an associated plan covering both regions, with room left),
// Attaching → Attached → Detaching on the mock clock, and its refusals.
import { codeOf, testCloud } from '../test-support/test-cloud';
import { EE } from '../test-support/enterprise-flow';

function twoRouters(delayMs = 0, settle = true) {
  const t = testCloud({ delayMs });
  t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
  const cenId = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
  t.cloud.clock.advance(delayMs);
  const r1 = String(
    t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: EE.r1 }).TransitRouterId,
  );
  const r2 = String(
    t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: EE.r2 }).TransitRouterId,
  );
  if (settle) t.cloud.clock.advance(delayMs);
  const peer = (extra: Record<string, unknown> = {}) =>
    t.call('A', 'Cbn', 'CreateTransitRouterPeerAttachment', {
      TransitRouterId: r1,
      PeerTransitRouterId: r2,
      PeerTransitRouterRegionId: EE.r2,
      BandwidthType: 'DataTransfer',
      Bandwidth: 2,
      ...extra,
    });
  return { t, cenId, r1, r2, peer };
}

describe('CreateTransitRouterPeerAttachment', () => {
  it('connects the routers under DataTransfer: Attaching, then Attached, listed from both sides', () => {
    const { t, cenId, r1, r2, peer } = twoRouters(4000);
    const id = String(peer().body.TransitRouterAttachmentId);
    const list = (params: Record<string, unknown>) =>
      t.ok('A', 'Cbn', 'ListTransitRouterPeerAttachments', params).TransitRouterAttachments as Record<
        string,
        unknown
      >[];
    expect(list({ TransitRouterId: r1 })[0]).toMatchObject({
      TransitRouterAttachmentId: id,
      Status: 'Attaching',
      BandwidthType: 'DataTransfer',
      Bandwidth: 2,
      PeerTransitRouterId: r2,
      PeerTransitRouterRegionId: EE.r2,
      GeographicSpanId: 'china_china',
      DefaultLinkType: 'Gold',
      ResourceType: 'TR',
    });
    expect(list({ TransitRouterId: r2 })).toHaveLength(1);
    expect(list({ CenId: cenId, RegionId: EE.r2 })).toHaveLength(1);
    t.cloud.clock.advance(4000);
    expect(list({ CenId: cenId })[0]?.Status).toBe('Attached');
    t.ok('A', 'Cbn', 'DeleteTransitRouterPeerAttachment', { TransitRouterAttachmentId: id });
    expect(list({ CenId: cenId })[0]?.Status).toBe('Detaching');
    t.cloud.clock.advance(4000);
    expect(list({ CenId: cenId })).toEqual([]);
  });

  it('refuses a second connection, an unknown or foreign peer, a wrong peer region, a router not Active', () => {
    const { t, r1, peer } = twoRouters();
    expect(codeOf(peer())).toBe('OK');
    expect(codeOf(peer())).toBe('InstanceExist.TransitRouterPeerAttachment');
    expect(codeOf(peer({ PeerTransitRouterId: 'tr-nope' }))).toBe('InvalidPeerTransitRouterId.NotFound');
    expect(codeOf(peer({ PeerTransitRouterId: r1 }))).toBe('IllegalParam.PeerTransitRouterId');
    expect(codeOf(peer({ TransitRouterId: 'tr-nope' }))).toBe('InvalidTransitRouterId.NotFound');
    const other = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'OtherCen' }).CenId);
    const foreign = String(
      t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: other, RegionId: 'cn-hangzhou' }).TransitRouterId,
    );
    expect(codeOf(peer({ PeerTransitRouterId: foreign }))).toBe('IllegalParam.PeerTransitRouterId');
    const { peer: p2 } = twoRouters();
    expect(codeOf(p2({ PeerTransitRouterRegionId: 'cn-hangzhou' }))).toBe('IllegalParam.PeerRegionId');
    expect(codeOf(p2({ Bandwidth: undefined }))).toBe('MissingParam.Bandwidth');
    expect(codeOf(p2({ Bandwidth: 0 }))).toBe('IllegalParam.Bandwidth');
    expect(codeOf(p2({ CenBandwidthPackageId: 'cenbwp-x' }))).toBe('IllegalParam.CenBandwidthPackageId');
    const slow = twoRouters(1000, false);
    expect(codeOf(slow.peer())).toBe('IncorrectStatus.TransitRouter');
  });

  it('draws BandwidthPackage bandwidth from an associated plan covering both regions, within what is left', () => {
    const { t, cenId, peer } = twoRouters();
    // BandwidthType left out is BandwidthPackage (mocks/FIDELITY.md §8): it needs a plan.
    expect(codeOf(peer({ BandwidthType: undefined }))).toBe('IllegalParam.CenBandwidthPackageId');
    const buy = (a: string, b: string) =>
      String(
        t.ok('A', 'Cbn', 'CreateCenBandwidthPackage', {
          Bandwidth: 10,
          GeographicRegionAId: a,
          GeographicRegionBId: b,
          PricingCycle: 'Month',
          Period: 1,
        }).CenBandwidthPackageId,
      );
    const china = buy('China', 'China');
    const plan = (extra: Record<string, unknown>) =>
      codeOf(peer({ BandwidthType: 'BandwidthPackage', CenBandwidthPackageId: china, ...extra }));
    expect(plan({})).toBe('InvalidOperation.BwpNotAssociated');
    t.ok('A', 'Cbn', 'AssociateCenBandwidthPackage', { CenId: cenId, CenBandwidthPackageId: china });
    expect(plan({ DefaultLinkType: 'Platinum' })).toBe(
      'ParameterIllegal.BandwidthPackageDefaultLinkTypeOnlySupportGold',
    );
    const over = peer({ BandwidthType: 'BandwidthPackage', CenBandwidthPackageId: china, Bandwidth: 11 });
    expect(codeOf(over)).toBe('InvalidOperation.BwpBandwidthExceeded');
    expect(String(over.body.Message)).toContain('10 Mbit/s');
    expect(plan({ Bandwidth: 10 })).toBe('OK');
    const europe = buy('Europe', 'Europe');
    t.ok('A', 'Cbn', 'AssociateCenBandwidthPackage', { CenId: cenId, CenBandwidthPackageId: europe });
    t.ok('A', 'Cbn', 'DeleteTransitRouterPeerAttachment', {
      TransitRouterAttachmentId: t.cloud.world.transit.peerAttachments[0]?.id,
    });
    expect(codeOf(peer({ BandwidthType: 'BandwidthPackage', CenBandwidthPackageId: europe }))).toBe(
      'InvalidOperation.BwpNotAssociated',
    );
  });

  it('refuses a Basic-Edition router on either side with OperationUnsupported.TransitRouterId', () => {
    const { t, cenId, r2, peer } = twoRouters();
    // A Basic attachment in cn-hangzhou gives the CEN its Basic router there (ListTransitRouters, Type Basic).
    const vpc = t.cloud.world.vpcs.find(
      (v) => v.ownerUid === t.cloud.account('A')?.uid && v.regionId === 'cn-hangzhou',
    );
    t.ok('A', 'Cbn', 'AttachCenChildInstance', {
      CenId: cenId,
      ChildInstanceId: vpc?.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-hangzhou',
    });
    const routers = t.ok('A', 'Cbn', 'ListTransitRouters', { CenId: cenId }).TransitRouters as {
      TransitRouterId: string;
      Type: string;
    }[];
    const basic = String(routers.find((r) => r.Type === 'Basic')?.TransitRouterId);
    expect(codeOf(peer({ PeerTransitRouterId: basic, PeerTransitRouterRegionId: 'cn-hangzhou' }))).toBe(
      'OperationUnsupported.TransitRouterId',
    );
    expect(codeOf(peer({ TransitRouterId: basic, PeerTransitRouterId: r2 }))).toBe(
      'OperationUnsupported.TransitRouterId',
    );
    expect(t.cloud.world.transit.peerAttachments).toEqual([]);
  });

  it('needs the caller’s service, and answers a passing dry run with a RequestId only', () => {
    const { t, peer } = twoRouters();
    const dry = peer({ DryRun: true });
    expect(Object.keys(dry.body)).toEqual(['RequestId']);
    expect(codeOf(peer({ DryRun: true, PeerTransitRouterId: 'tr-nope' }))).toBe(
      'InvalidPeerTransitRouterId.NotFound',
    );
    expect(t.cloud.world.transit.peerAttachments).toEqual([]);
    t.cloud.world.transit.serviceOpen = [];
    expect(codeOf(peer())).toBe('Forbbiden.TransitRouterServiceNotOpen');
  });
});
