// Enterprise Edition steps 3–5 (docs/reference/enterprise-edition.md §2): B's grant to A's CEN with who pays, the
// checks of a cross-account VPC attachment (grant, owner UID, owner's service, zones), Attaching → Attached on the
// mock clock, NextToken paging, and delete in the order the cloud requires.
import { codeOf, testCloud, type TestCloud } from '../test-support/test-cloud';
import { EE, runEnterprise } from '../test-support/enterprise-flow';
import { UID } from '../scenarios/seed';

function routerWorld(delayMs = 0) {
  const t = testCloud({ delayMs });
  t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
  t.ok('B', 'Cbn', 'OpenTransitRouterService', {});
  const cenId = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
  t.cloud.clock.advance(delayMs);
  const r2 = String(
    t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: EE.r2 }).TransitRouterId,
  );
  t.cloud.clock.advance(delayMs);
  return { t, cenId, r2 };
}

const grant = (t: TestCloud, cenId: string, extra: Record<string, unknown> = {}) =>
  t.call('B', 'Cbn', 'GrantInstanceToTransitRouter', {
    CenId: cenId,
    CenOwnerId: UID.A,
    InstanceId: t.world.b.vpc.id,
    InstanceType: 'VPC',
    RegionId: EE.r2,
    ...extra,
  });

function attachB(t: TestCloud, r2: string, extra: Record<string, unknown> = {}) {
  const vsw = t.cloud.world.vSwitches.find((s) => s.vpcId === t.world.b.vpc.id);
  return t.call('A', 'Cbn', 'CreateTransitRouterVpcAttachment', {
    TransitRouterId: r2,
    VpcId: t.world.b.vpc.id,
    VpcOwnerId: UID.B,
    ZoneMappings: [{ ZoneId: vsw?.zoneId, VSwitchId: vsw?.id }],
    ...extra,
  });
}

describe('GrantInstanceToTransitRouter / DescribeGrantRulesToResource / RevokeInstanceFromTransitRouter', () => {
  it('records B’s grant with its payer, shows it to B, refuses a second one and another account’s VPC', () => {
    const { t, cenId } = routerWorld();
    expect(codeOf(grant(t, cenId, { OrderType: 'PayByResourceOwner' }))).toBe('OK');
    const rules = t.ok('B', 'Cbn', 'DescribeGrantRulesToResource', {
      ResourceId: t.world.b.vpc.id,
      ProductType: 'VPC',
      RegionId: EE.r2,
    });
    expect(rules).toMatchObject({
      TotalCount: 1,
      GrantRules: [
        { CenId: cenId, CenOwnerId: UID.A, OrderType: 'PayByResourceOwner', CreateTime: '2026-11-25T10:00Z' },
      ],
    });
    expect(codeOf(grant(t, cenId))).toBe('InvalidOperation.GrantRuleExist');
    // A does not own B's VPC; B's VPC is not in cn-qingdao.
    expect(codeOf(t.call('A', 'Cbn', 'GrantInstanceToTransitRouter', { ...grantParams(t, cenId) }))).toBe(
      'InvalidInstanceId.NotFound',
    );
    expect(codeOf(grant(t, cenId, { RegionId: 'cn-qingdao' }))).toBe('InvalidInstanceId.NotFound');
  });

  it('revokes only a grant that exists, and not while the VPC is attached', () => {
    const { t, cenId, r2 } = routerWorld();
    const revoke = () => t.call('B', 'Cbn', 'RevokeInstanceFromTransitRouter', grantParams(t, cenId));
    expect(codeOf(revoke())).toBe('OperationFailed.GrantCrossAccountNotExist');
    grant(t, cenId);
    const att = String(attachB(t, r2).body.TransitRouterAttachmentId);
    expect(codeOf(revoke())).toBe('IncorrectStatus');
    t.ok('A', 'Cbn', 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: att });
    expect(codeOf(revoke())).toBe('OK');
    expect(t.cloud.world.transit.grants).toEqual([]);
  });
});

const grantParams = (t: TestCloud, cenId: string) => ({
  CenId: cenId,
  CenOwnerId: UID.A,
  InstanceId: t.world.b.vpc.id,
  InstanceType: 'VPC',
  RegionId: EE.r2,
});

describe('CreateTransitRouterVpcAttachment across accounts', () => {
  it('refuses B’s VPC without a grant, with a grant naming another CEN owner, and with B’s service off', () => {
    const t0 = testCloud();
    t0.ok('A', 'Cbn', 'OpenTransitRouterService', {});
    const cen0 = String(t0.ok('A', 'Cbn', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
    const r0 = String(
      t0.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cen0, RegionId: EE.r2 }).TransitRouterId,
    );
    expect(codeOf(attachB(t0, r0))).toBe('Forbidden.ResourceOwnerTransitRouterServiceNotOpen');

    const { t, cenId, r2 } = routerWorld();
    const missing = attachB(t, r2);
    expect(missing.status).toBe(409);
    expect(missing.body.Code).toBe('Forbbiden.AttachChildInstanceAcrossUid');
    grant(t, cenId, { CenOwnerId: UID.C });
    expect(codeOf(attachB(t, r2))).toBe('Forbbiden.AttachChildInstanceAcrossUid');
    // A legacy Vpc grant does not count for a router attachment (mocks/FIDELITY.md §8).
    t.ok('B', 'Vpc', 'GrantInstanceToCen', { ...grantParams(t, cenId), RegionId: EE.r2 });
    expect(codeOf(attachB(t, r2))).toBe('Forbbiden.AttachChildInstanceAcrossUid');
    // B revokes the wrong grant and grants again; without VpcOwnerId the VPC is looked for in A's account.
    t.ok('B', 'Cbn', 'RevokeInstanceFromTransitRouter', { ...grantParams(t, cenId), CenOwnerId: UID.C });
    expect(codeOf(grant(t, cenId))).toBe('OK');
    expect(codeOf(attachB(t, r2, { VpcOwnerId: undefined }))).toBe('IllegalParam.VpcId');
    expect(codeOf(attachB(t, r2))).toBe('OK');
  });

  it('checks the zone mappings: the vSwitch, its zone, no zone twice', () => {
    const { t, cenId, r2 } = routerWorld();
    grant(t, cenId);
    const vsw = t.cloud.world.vSwitches.find((s) => s.vpcId === t.world.b.vpc.id);
    const zones = (ZoneMappings: unknown) => codeOf(attachB(t, r2, { ZoneMappings }));
    expect(zones([{ ZoneId: vsw?.zoneId, VSwitchId: 'vsw-nope' }])).toBe('InvalidVSwitchId.NotFound');
    expect(zones([{ ZoneId: 'cn-beijing-z', VSwitchId: vsw?.id }])).toBe('IllegalParam.ZoneId');
    expect(zones([vsw, vsw].map((v) => ({ ZoneId: v?.zoneId, VSwitchId: v?.id })))).toBe(
      'Duplicated.ZoneMapping',
    );
    expect(zones([])).toBe('InvalidParameter');
    expect(codeOf(attachB(t, r2, { ZoneMappings: undefined }))).toBe('MissingParameter');
  });

  it('counts a vSwitch’s free IPs (DescribeVSwitches) and refuses one with none', () => {
    const { t, cenId, r2 } = routerWorld();
    grant(t, cenId);
    const vsw = t.cloud.world.vSwitches.find((s) => s.vpcId === t.world.b.vpc.id);
    if (!vsw) throw new Error('B’s VPC has no vSwitch');
    const free = () =>
      (
        t.ok('B', 'Vpc', 'DescribeVSwitches', { RegionId: EE.r2, VpcId: t.world.b.vpc.id }) as {
          VSwitches: { VSwitch: { VSwitchId: string; AvailableIpAddressCount: number }[] };
        }
      ).VSwitches.VSwitch.find((s) => s.VSwitchId === vsw.id)?.AvailableIpAddressCount;
    // A /24 less the 4 reserved addresses and B's ECS instance.
    expect(free()).toBe(251);
    // Only the VPC's owner sees them.
    expect(t.ok('A', 'Vpc', 'DescribeVSwitches', { RegionId: EE.r2, VpcId: t.world.b.vpc.id })).toMatchObject(
      { TotalCount: 0 },
    );
    vsw.otherUsedIps = 251;
    expect(free()).toBe(0);
    expect(codeOf(attachB(t, r2))).toBe('InsufficientIpAddr.vsw');
    vsw.otherUsedIps = 250;
    expect(codeOf(attachB(t, r2))).toBe('OK');
    // The router's network interface takes the last one.
    expect(free()).toBe(0);
  });

  it('is Attaching until the delay has passed, then Attached, with the payer of B’s grant and one ENI per zone', () => {
    const { t, cenId, r2 } = routerWorld(3000);
    grant(t, cenId, { OrderType: 'PayByResourceOwner' });
    const id = String(attachB(t, r2).body.TransitRouterAttachmentId);
    expect(id).toMatch(/^tr-attach-[a-z0-9]{16}$/);
    const list = () =>
      t.ok('A', 'Cbn', 'ListTransitRouterVpcAttachments', { TransitRouterId: r2 })
        .TransitRouterAttachments as {
        Status: string;
        OrderType: string;
        VpcOwnerId: string;
        ZoneMappings: { NetworkInterfaceId: string }[];
      }[];
    expect(list()[0]).toMatchObject({
      Status: 'Attaching',
      OrderType: 'PayByResourceOwner',
      VpcOwnerId: UID.B,
    });
    expect(list()[0]?.ZoneMappings[0]?.NetworkInterfaceId).toMatch(/^eni-/);
    t.cloud.clock.advance(2999);
    expect(list()[0]?.Status).toBe('Attaching');
    expect(
      codeOf(t.call('A', 'Cbn', 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: id })),
    ).toBe('IncorrectStatus.AttachmentOrRouteTable');
    t.cloud.clock.advance(1);
    expect(list()[0]?.Status).toBe('Attached');
    t.ok('A', 'Cbn', 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: id });
    expect(list()[0]?.Status).toBe('Detaching');
    t.cloud.clock.advance(3000);
    expect(list()).toEqual([]);
  });

  it('refuses a router still Creating, a dry run included (every check before DryRun answers)', () => {
    const t = testCloud({ delayMs: 3000 });
    t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
    t.ok('B', 'Cbn', 'OpenTransitRouterService', {});
    const cenId = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
    t.cloud.clock.advance(3000);
    const r2 = String(
      t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: EE.r2 }).TransitRouterId,
    );
    grant(t, cenId);
    expect(codeOf(attachB(t, r2, { DryRun: true }))).toBe('IncorrectStatus.TransitRouter');
    expect(codeOf(attachB(t, r2))).toBe('IncorrectStatus.TransitRouter');
    t.cloud.clock.advance(3000);
    expect(codeOf(attachB(t, r2, { DryRun: true }))).toBe('DryRunOperation');
  });

  it('creates the region’s router itself when called with CenId + RegionId, and needs one of the two forms', () => {
    const t = testCloud();
    t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
    const cenId = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
    const vsw = t.cloud.world.vSwitches.find((s) => s.vpcId === t.world.a.vpc.id);
    const params = { VpcId: t.world.a.vpc.id, ZoneMappings: [{ ZoneId: vsw?.zoneId, VSwitchId: vsw?.id }] };
    expect(codeOf(t.call('A', 'Cbn', 'CreateTransitRouterVpcAttachment', { ...params, CenId: cenId }))).toBe(
      'MissingParam.CenIdOrRegionId',
    );
    t.ok('A', 'Cbn', 'CreateTransitRouterVpcAttachment', { ...params, CenId: cenId, RegionId: EE.r1 });
    expect(t.ok('A', 'Cbn', 'ListTransitRouters', { CenId: cenId }).TransitRouters).toMatchObject([
      { RegionId: EE.r1, Type: 'Enterprise' },
    ]);
    expect(codeOf(t.call('A', 'Cbn', 'ListTransitRouterVpcAttachments', {}))).toBe(
      'MissingParam.CenIdOrRegionId',
    );
  });

  it('lists B’s granted vSwitches to A, and nothing of a VPC not granted', () => {
    const { t, cenId } = routerWorld();
    const list = () =>
      t.call('A', 'Cbn', 'ListGrantVSwitchesToCen', {
        CenId: cenId,
        RegionId: EE.r2,
        VpcId: t.world.b.vpc.id,
      });
    expect(codeOf(list())).toBe('IllegalParam.VpcId');
    grant(t, cenId);
    expect(list().body).toMatchObject({
      TotalCount: 1,
      VSwitches: [{ VpcId: t.world.b.vpc.id, ZoneId: 'cn-beijing-b' }],
    });
  });
});

describe('paging of the attachment lists', () => {
  it('pages with MaxResults/NextToken until the token is empty', () => {
    const t = testCloud();
    const e = runEnterprise(t);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = t.ok('A', 'Cbn', 'ListTransitRouterVpcAttachments', {
        CenId: e.cenId,
        MaxResults: 1,
        ...(token ? { NextToken: token } : {}),
      });
      expect(page.TotalCount).toBe(2);
      seen.push(
        ...(page.TransitRouterAttachments as { TransitRouterAttachmentId: string }[]).map(
          (a) => a.TransitRouterAttachmentId,
        ),
      );
      token = String(page.NextToken) || undefined;
    } while (token);
    expect(seen.sort()).toEqual([e.vpcAttachmentA, e.vpcAttachmentB].sort());
  });
});
