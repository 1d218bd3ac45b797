// Where Basic Edition stops (docs/reference/cen-api.md §8.8): the enterprise-edition scenario's accounts can no
// longer attach or set region limits the Basic way, and a region with an Enterprise router takes no Basic
// attachment; the default worlds keep every Basic call working.
import { codeOf, testCloud } from '../test-support/test-cloud';
import { MockCloud } from './mock-cloud';
import { manualClock } from './clock';
import { loadScenario } from '../scenarios/catalogue';
import { UID } from '../scenarios/seed';
import type { AccountName } from '../../src/domain/accounts';

const attachA = (cenId: string, vpcId: string, region = 'cn-qingdao') => ({
  CenId: cenId,
  ChildInstanceId: vpcId,
  ChildInstanceType: 'VPC',
  ChildInstanceRegionId: region,
});

describe('the Basic-Edition knob', () => {
  it('is off in the enterprise-edition scenario: Basic attach and limits refused, routers allowed once opened', () => {
    const cloud = new MockCloud({ clock: manualClock(), seed: 1 });
    loadScenario(cloud, 'enterprise-edition');
    const as = (name: AccountName, action: string, params: Record<string, unknown>) =>
      cloud.call({ product: 'Cbn', action, callerUid: cloud.account(name)?.uid, params });
    const ok = (name: AccountName, action: string, params: Record<string, unknown>) => {
      const r = as(name, action, params);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    };
    expect(cloud.world.transit.basicRefused).toEqual([UID.A, UID.B]);
    const cenId = String(ok('A', 'CreateCen', { Name: 'NewAccountCen' }).CenId);
    const vpc = cloud.world.vpcs.find((v) => v.ownerUid === UID.A && v.regionId === 'cn-qingdao');
    const attach = as('A', 'AttachCenChildInstance', attachA(cenId, String(vpc?.id)));
    expect(attach.status).toBe(400);
    expect(attach.body.Code).toBe('OperationUnsupported.TransitRouterType');
    expect(String(attach.body.Message)).toContain('CreateTransitRouterVpcAttachment');
    const limit = as('A', 'SetCenInterRegionBandwidthLimit', {
      CenId: cenId,
      LocalRegionId: 'cn-qingdao',
      OppositeRegionId: 'cn-beijing',
      BandwidthLimit: 5,
    });
    expect(codeOf(limit)).toBe('OperationUnsupported.TransitRouterType');
    expect(codeOf(as('A', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' }))).toBe(
      'Forbbiden.TransitRouterServiceNotOpen',
    );
    ok('A', 'OpenTransitRouterService', {});
    ok('A', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' });
  });

  it('is on by default: the tutorial’s Basic calls work in the demo world', () => {
    const t = testCloud({ afterStep: 5 });
    expect(t.cloud.world.transit.basicRefused).toEqual([]);
    expect(t.cloud.world.attachments.filter((a) => a.cenId === t.state.cenId)).toHaveLength(2);
  });

  it('refuses a Basic attach in a region where the CEN has an Enterprise router, and a VPC already on a router', () => {
    const t = testCloud();
    t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
    const cenId = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'MixedCen' }).CenId);
    t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' });
    expect(codeOf(t.call('A', 'Cbn', 'AttachCenChildInstance', attachA(cenId, t.world.a.vpc.id)))).toBe(
      'OperationUnsupported.TransitRouterType',
    );
    // Another region of the same CEN still takes a Basic attachment.
    expect(
      codeOf(
        t.call('A', 'Cbn', 'AttachCenChildInstance', attachA(cenId, t.world.a.hangzhou.id, 'cn-hangzhou')),
      ),
    ).toBe('OK');
    const vsw = t.cloud.world.vSwitches.find((s) => s.vpcId === t.world.a.vpc.id);
    t.ok('A', 'Cbn', 'CreateTransitRouterVpcAttachment', {
      CenId: cenId,
      RegionId: 'cn-qingdao',
      VpcId: t.world.a.vpc.id,
      ZoneMappings: [{ ZoneId: vsw?.zoneId, VSwitchId: vsw?.id }],
    });
    const other = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'OtherCen' }).CenId);
    expect(codeOf(t.call('A', 'Cbn', 'AttachCenChildInstance', attachA(other, t.world.a.vpc.id)))).toBe(
      'InvalidOperation.ChildInstanceAlreadyAttached',
    );
  });
});
