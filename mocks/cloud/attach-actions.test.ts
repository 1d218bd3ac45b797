import { codeOf, testCloud, type TestCloud } from '../test-support/test-cloud';
import { UID } from '../scenarios/seed';

const attachB = (t: TestCloud, extra: Record<string, unknown> = {}) =>
  t.call('A', 'Cbn', 'AttachCenChildInstance', {
    CenId: t.state.cenId,
    ChildInstanceId: t.world.b.vpc.id,
    ChildInstanceType: 'VPC',
    ChildInstanceRegionId: 'cn-beijing',
    ChildInstanceOwnerId: UID.B,
    ...extra,
  });

const grant = (t: TestCloud, extra: Record<string, unknown> = {}) =>
  t.call('B', 'Vpc', 'GrantInstanceToCen', {
    RegionId: 'cn-beijing',
    InstanceId: t.world.b.vpc.id,
    InstanceType: 'VPC',
    CenId: t.state.cenId,
    CenOwnerId: UID.A,
    ...extra,
  });

describe('grants (VPC GrantInstanceToCen / RevokeInstanceFromCen / DescribeGrantRulesToCen)', () => {
  it('records B’s grant, visible from B (VPC view) and from A (CBN view) with numeric-on-the-wire UIDs', () => {
    const t = testCloud({ afterStep: 1 });
    expect(codeOf(grant(t))).toBe('OK');
    const bView = t.ok('B', 'Vpc', 'DescribeGrantRulesToCen', {
      RegionId: 'cn-beijing',
      InstanceId: t.world.b.vpc.id,
      InstanceType: 'VPC',
    });
    expect(bView).toMatchObject({
      TotalCount: 1,
      CenGrantRules: { CbnGrantRule: [{ CenInstanceId: t.state.cenId, CenOwnerId: UID.A }] },
    });
    const aView = t.ok('A', 'Cbn', 'DescribeGrantRulesToCen', { CenId: t.state.cenId, ProductType: 'VPC' });
    expect(aView).toMatchObject({
      TotalCount: 1,
      GrantRules: {
        GrantRule: [
          {
            CenId: t.state.cenId,
            CenOwnerId: UID.A,
            ChildInstanceId: t.world.b.vpc.id,
            ChildInstanceOwnerId: UID.B,
            ChildInstanceRegionId: 'cn-beijing',
            ChildInstanceType: 'VPC',
          },
        ],
      },
    });
  });

  it('refuses a repeated grant, an unknown instance, another account’s VPC and a bad region', () => {
    const t = testCloud({ afterStep: 1 });
    grant(t);
    expect(codeOf(grant(t))).toBe('InvalidOperation.GrantRuleExist');
    expect(codeOf(grant(t, { InstanceId: 'vpc-nope' }))).toBe('InvalidInstanceId.NotFound');
    // A's VPC, granted with B's keys: B does not own it.
    expect(codeOf(grant(t, { InstanceId: t.world.a.vpc.id, RegionId: 'cn-qingdao' }))).toBe(
      'InvalidInstanceId.NotFound',
    );
    expect(codeOf(grant(t, { RegionId: 'xx-nowhere-1' }))).toBe('InvalidRegionId.NotFound');
  });

  it('refuses a cross-account VBR grant with Invalid.Grant', () => {
    const t = testCloud({ afterStep: 1 });
    const vbr = t.cloud.world.vbrs.find((v) => v.ownerUid === UID.B);
    expect(codeOf(grant(t, { InstanceId: vbr?.id, InstanceType: 'VBR' }))).toBe('Invalid.Grant');
  });

  it('revokes a grant, but not while the VPC is attached to that CEN', () => {
    const t = testCloud({ afterStep: 3 });
    const revoke = () =>
      t.call('B', 'Vpc', 'RevokeInstanceFromCen', {
        RegionId: 'cn-beijing',
        InstanceId: t.world.b.vpc.id,
        InstanceType: 'VPC',
        CenId: t.state.cenId,
        CenOwnerId: UID.A,
      });
    expect(codeOf(revoke())).toBe('IncorrectStatus');
    t.ok('A', 'Cbn', 'DetachCenChildInstance', {
      CenId: t.state.cenId,
      ChildInstanceId: t.world.b.vpc.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-beijing',
    });
    expect(codeOf(revoke())).toBe('OK');
    expect(codeOf(revoke())).toBe('InvalidInstanceId.NotFound');
  });
});

describe('AttachCenChildInstance and friends', () => {
  it('refuses a cross-account attach without a grant: 409 Forbbiden.AttachChildInstanceAcrossUid (sic)', () => {
    const t = testCloud({ afterStep: 1 });
    const r = attachB(t);
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({
      Code: 'Forbbiden.AttachChildInstanceAcrossUid',
      Message: 'Operation is invalid because the child-instance is not authorized to CEN.',
    });
  });

  it('refuses when the grant names another CEN owner UID', () => {
    const t = testCloud({ afterStep: 1 });
    grant(t, { CenOwnerId: UID.C });
    expect(codeOf(attachB(t))).toBe('Forbbiden.AttachChildInstanceAcrossUid');
  });

  it('attaches after the grant: Attaching, then Attached once the delay has passed', () => {
    const t = testCloud({ afterStep: 2, delayMs: 2000 });
    expect(codeOf(attachB(t))).toBe('OK');
    const list = () =>
      t.ok('A', 'Cbn', 'DescribeCenAttachedChildInstances', {
        CenId: t.state.cenId,
        ChildInstanceRegionId: 'cn-beijing',
      });
    expect(list()).toMatchObject({
      TotalCount: 1,
      ChildInstances: {
        ChildInstance: [
          {
            ChildInstanceId: t.world.b.vpc.id,
            ChildInstanceOwnerId: UID.B,
            ChildInstanceAttachTime: '2026-11-25T10:00Z',
            Status: 'Attaching',
          },
        ],
      },
    });
    // While Attaching: the same attach again, and a detach, are both refused as "child busy".
    expect(codeOf(attachB(t))).toBe('InvalidOperation.ChildInstanceStatus');
    t.cloud.clock.advance(2000);
    expect(list()).toMatchObject({ ChildInstances: { ChildInstance: [{ Status: 'Attached' }] } });
    const attr = t.ok('A', 'Cbn', 'DescribeCenAttachedChildInstanceAttribute', {
      CenId: t.state.cenId,
      ChildInstanceId: t.world.b.vpc.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-beijing',
    });
    expect(attr).toMatchObject({
      Status: 'Attached',
      ChildInstanceAttributes: { CidrBlock: '192.168.0.0/16' },
    });
    // B sees its VPC as attached too.
    const vpcs = t.ok('B', 'Vpc', 'DescribeVpcs', { RegionId: 'cn-beijing', VpcId: t.world.b.vpc.id });
    expect(vpcs).toMatchObject({ Vpcs: { Vpc: [{ CenStatus: 'Attached', OwnerId: UID.B }] } });
  });

  it('refuses a child already attached, to this CEN or another (409 ChildInstanceAlreadyAttached)', () => {
    const t = testCloud({ afterStep: 3 });
    expect(codeOf(attachB(t))).toBe('InvalidOperation.ChildInstanceAlreadyAttached');
    // B's Shanghai VPC sits on another tenant's CEN in the demo world.
    t.ok('B', 'Vpc', 'GrantInstanceToCen', {
      RegionId: 'cn-shanghai',
      InstanceId: t.world.b.shanghai.id,
      InstanceType: 'VPC',
      CenId: t.state.cenId,
      CenOwnerId: UID.A,
    });
    const r = attachB(t, { ChildInstanceId: t.world.b.shanghai.id, ChildInstanceRegionId: 'cn-shanghai' });
    expect(r.status).toBe(409);
    expect(r.body.Code).toBe('InvalidOperation.ChildInstanceAlreadyAttached');
  });

  it('refuses identical CIDR blocks under REDUCED but accepts overlapping ones; FULL refuses overlap too', () => {
    const t = testCloud({ afterStep: 1 });
    grant(t, { InstanceId: t.world.b.duplicate.id });
    const r = attachB(t, { ChildInstanceId: t.world.b.duplicate.id });
    expect(r.status).toBe(409);
    expect(r.body.Code).toBe('InvalidOperation.CidrBlockConflict');

    const full = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'FullCen', ProtectionLevel: 'FULL' }).CenId);
    const hz = t.world.a.hangzhou; // 10.0.0.0/16
    t.ok('A', 'Cbn', 'AttachCenChildInstance', {
      CenId: full,
      ChildInstanceId: hz.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-hangzhou',
    });
    t.cloud.world.vpcs.find((v) => v.name === 'A-SiliconValley-VPC')!.cidr = '10.0.0.0/8';
    const sv = t.cloud.world.vpcs.find((v) => v.name === 'A-SiliconValley-VPC')!;
    const overlap = t.call('A', 'Cbn', 'AttachCenChildInstance', {
      CenId: full,
      ChildInstanceId: sv.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'us-west-1',
    });
    expect(codeOf(overlap)).toBe('InvalidOperation.CidrBlockConflict');
  });

  it('looks a child up in the caller’s own account when ChildInstanceOwnerId is missing', () => {
    const t = testCloud({ afterStep: 2 });
    expect(codeOf(attachB(t, { ChildInstanceOwnerId: undefined }))).toBe('ParameterInstanceId');
    expect(codeOf(attachB(t, { ChildInstanceRegionId: 'cn-hangzhou' }))).toBe('ParameterInstanceId');
  });

  it('detaches through Detaching to gone, and answers the attribute query for a non-attached child with 404', () => {
    const t = testCloud({ afterStep: 3, delayMs: 1500 });
    const id = {
      CenId: t.state.cenId,
      ChildInstanceId: t.world.b.vpc.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-beijing',
    };
    t.ok('A', 'Cbn', 'DetachCenChildInstance', id);
    expect(t.ok('A', 'Cbn', 'DescribeCenAttachedChildInstanceAttribute', id)).toMatchObject({
      Status: 'Detaching',
    });
    expect(codeOf(t.call('A', 'Cbn', 'DetachCenChildInstance', id))).toBe(
      'InvalidOperation.ChildInstanceStatus',
    );
    t.cloud.clock.advance(1500);
    const r = t.call('A', 'Cbn', 'DescribeCenAttachedChildInstanceAttribute', id);
    expect(r.status).toBe(404);
    expect(r.body.Code).toBe('ParameterError');
    expect(codeOf(t.call('A', 'Cbn', 'DetachCenChildInstance', id))).toBe('ParameterInstanceId');
  });

  it('lists child-instance regions in zh-CN by default and en-US on request', () => {
    const t = testCloud();
    const zh = t.ok('A', 'Cbn', 'DescribeChildInstanceRegions', {}) as {
      Regions: { Region: { RegionId: string; LocalName: string }[] };
    };
    expect(zh.Regions.Region.find((r) => r.RegionId === 'cn-qingdao')?.LocalName).toBe('华北1（青岛）');
    const en = t.ok('A', 'Cbn', 'DescribeChildInstanceRegions', { AcceptLanguage: 'en-US' }) as typeof zh;
    expect(en.Regions.Region.find((r) => r.RegionId === 'cn-qingdao')?.LocalName).toBe('China (Qingdao)');
  });
});
