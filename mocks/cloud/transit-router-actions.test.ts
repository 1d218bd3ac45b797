// Enterprise Edition steps 0 and 2 (docs/reference/enterprise-edition.md §2): the service per account, one router
// per region per CEN with its System table, Creating → Active → Deleting on the mock clock, and the Basic routers a
// CEN holds implicitly.
import { codeOf, testCloud } from '../test-support/test-cloud';
import { cloudStateSchema, type CloudState } from './cloud-state';
import { MockCloud } from './mock-cloud';
import { snapshot } from './snapshot';

const routers = (t: ReturnType<typeof testCloud>, params: Record<string, unknown>) =>
  t.ok('A', 'Cbn', 'ListTransitRouters', params).TransitRouters as {
    TransitRouterId: string;
    Status: string;
    Type: string;
    RegionId: string;
  }[];

function withCen(delayMs = 0) {
  const t = testCloud({ delayMs });
  t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
  const cenId = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
  t.cloud.clock.advance(delayMs);
  return { t, cenId };
}

describe('CheckTransitRouterService / OpenTransitRouterService', () => {
  it('is off for each account until it opens it, once and for good', () => {
    const t = testCloud();
    expect(t.ok('A', 'Cbn', 'CheckTransitRouterService', {}).Enabled).toBe('false');
    const opened = t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
    expect(opened.OrderId).toMatch(/^\d{15}$/);
    expect(t.ok('A', 'Cbn', 'CheckTransitRouterService', {}).Enabled).toBe('true');
    // Per account: B's is still off.
    expect(t.ok('B', 'Cbn', 'CheckTransitRouterService', {}).Enabled).toBe('false');
    expect(codeOf(t.call('A', 'Cbn', 'OpenTransitRouterService', {}))).toBe('ORDER.OPEND');
  });

  it('refuses CreateTransitRouter while the service is off with Forbbiden.TransitRouterServiceNotOpen (sic)', () => {
    const t = testCloud();
    const cenId = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
    const r = t.call('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' });
    expect(r.status).toBe(400);
    expect(r.body.Code).toBe('Forbbiden.TransitRouterServiceNotOpen');
  });
});

describe('CreateTransitRouter / ListTransitRouters / DeleteTransitRouter', () => {
  it('creates an Enterprise router, Creating until the delay has passed, then Active, with a System table', () => {
    const { t, cenId } = withCen(5000);
    const created = t.ok('A', 'Cbn', 'CreateTransitRouter', {
      CenId: cenId,
      RegionId: 'cn-qingdao',
      TransitRouterName: 'r1',
    });
    expect(created.TransitRouterId).toMatch(/^tr-[a-z0-9]{21}$/);
    const list = () => routers(t, { CenId: cenId });
    expect(list()).toMatchObject([{ Status: 'Creating', Type: 'Enterprise', RegionId: 'cn-qingdao' }]);
    t.cloud.clock.advance(4999);
    expect(list()[0]?.Status).toBe('Creating');
    t.cloud.clock.advance(1);
    expect(list()[0]?.Status).toBe('Active');
    const tables = t.ok('A', 'Cbn', 'ListTransitRouterRouteTables', {
      TransitRouterId: created.TransitRouterId,
      TransitRouterRouteTableType: 'System',
    });
    expect(tables).toMatchObject({
      TotalCount: 1,
      TransitRouterRouteTables: [
        { TransitRouterRouteTableType: 'System', TransitRouterRouteTableStatus: 'Active' },
      ],
    });
    expect(
      t.ok('A', 'Cbn', 'DeleteTransitRouter', { TransitRouterId: created.TransitRouterId }),
    ).toBeDefined();
    expect(list()[0]?.Status).toBe('Deleting');
    t.cloud.clock.advance(5000);
    expect(list()).toEqual([]);
    expect(t.cloud.world.transit.routeTables).toEqual([]);
  });

  it('allows one router per region per CEN', () => {
    const { t, cenId } = withCen();
    t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' });
    const again = t.call('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' });
    expect(codeOf(again)).toBe('InstanceExist.TransitRouterInstance');
    expect(codeOf(t.call('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-beijing' }))).toBe(
      'OK',
    );
    expect(routers(t, { CenId: cenId }).map((r) => r.RegionId)).toEqual(['cn-qingdao', 'cn-beijing']);
  });

  it('refuses another account’s CEN, a CEN still Creating, a FULL CEN and an unknown region', () => {
    const t = testCloud({ delayMs: 1000 });
    t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
    t.ok('C', 'Cbn', 'OpenTransitRouterService', {});
    const cenId = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
    const create = (who: 'A' | 'C', params: Record<string, unknown>) =>
      codeOf(t.call(who, 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao', ...params }));
    expect(create('A', {})).toBe('InvalidOperation.CenInstanceStatus');
    t.cloud.clock.advance(1000);
    expect(create('C', {})).toBe('InvalidCenId.NotFound');
    expect(create('A', { RegionId: 'cn-nowhere' })).toBe('IllegalParam.RegionId');
    const full = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'FullCen', ProtectionLevel: 'FULL' }).CenId);
    t.cloud.clock.advance(1000);
    expect(create('A', { CenId: full })).toBe('OperationUnsupported.CenFullLevel');
  });

  it('answers DryRunOperation for a passing dry run and creates nothing', () => {
    const { t, cenId } = withCen();
    const r = t.call('A', 'Cbn', 'CreateTransitRouter', {
      CenId: cenId,
      RegionId: 'cn-qingdao',
      DryRun: true,
    });
    expect(codeOf(r)).toBe('DryRunOperation');
    expect(routers(t, { CenId: cenId })).toEqual([]);
  });

  it('refuses DeleteTransitRouter while it is Creating and while it has attachments', () => {
    const { t, cenId } = withCen(1000);
    const id = String(
      t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-beijing' }).TransitRouterId,
    );
    expect(codeOf(t.call('A', 'Cbn', 'DeleteTransitRouter', { TransitRouterId: id }))).toBe(
      'IncorrectStatus.TransitRouterInstance',
    );
    t.cloud.clock.advance(1000);
    const vpc = t.world.a.hangzhou;
    t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-hangzhou' });
    t.cloud.clock.advance(1000);
    const vsw = t.cloud.world.vSwitches.find((s) => s.vpcId === vpc.id);
    t.ok('A', 'Cbn', 'CreateTransitRouterVpcAttachment', {
      CenId: cenId,
      RegionId: 'cn-hangzhou',
      VpcId: vpc.id,
      ZoneMappings: [{ ZoneId: vsw?.zoneId, VSwitchId: vsw?.id }],
    });
    const hz = routers(t, { CenId: cenId, RegionId: 'cn-hangzhou' })[0]?.TransitRouterId;
    expect(codeOf(t.call('A', 'Cbn', 'DeleteTransitRouter', { TransitRouterId: hz }))).toBe(
      'InvalidOperation.AttachedChildInstanceExist',
    );
    expect(codeOf(t.call('A', 'Cbn', 'DeleteCen', { CenId: cenId }))).toBe(
      'DependencyViolation.TransitRouter',
    );
  });

  it('pages with PageNumber/PageSize and filters by region and ID', () => {
    const { t, cenId } = withCen();
    for (const region of ['cn-qingdao', 'cn-beijing', 'cn-hangzhou'])
      t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: region });
    const page2 = t.ok('A', 'Cbn', 'ListTransitRouters', { CenId: cenId, PageNumber: 2, PageSize: 2 });
    expect(page2).toMatchObject({ TotalCount: 3, PageNumber: 2, PageSize: 2 });
    expect((page2.TransitRouters as unknown[]).length).toBe(1);
    const bj = routers(t, { RegionId: 'cn-beijing' });
    expect(bj).toHaveLength(1);
    expect(routers(t, { TransitRouterId: bj[0]?.TransitRouterId })).toHaveLength(1);
    expect(codeOf(t.call('A', 'Cbn', 'ListTransitRouters', { PageSize: 51 }))).toBe('InvalidParameter');
    // Another account sees none of A's routers.
    expect(t.ok('B', 'Cbn', 'ListTransitRouters', {}).TransitRouters).toEqual([]);
  });

  it('shows the Basic router of every region where the CEN holds Basic attachments, and creates none there', () => {
    const t = testCloud({ afterStep: 3 });
    t.ok('A', 'Cbn', 'OpenTransitRouterService', {});
    const cenId = t.state.cenId;
    const basic = routers(t, { CenId: cenId });
    expect(basic.map((r) => [r.RegionId, r.Type, r.Status])).toEqual([
      ['cn-qingdao', 'Basic', 'Active'],
      ['cn-beijing', 'Basic', 'Active'],
    ]);
    // Stable IDs that draw nothing from the seed.
    expect(routers(t, { CenId: cenId })).toEqual(basic);
    expect(codeOf(t.call('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' }))).toBe(
      'InstanceExist.TransitRouterInstance',
    );
    expect(
      codeOf(
        t.call('A', 'Cbn', 'ListTransitRouterRouteTables', { TransitRouterId: basic[0]?.TransitRouterId }),
      ),
    ).toBe('OperationUnsupported.TransitRouterType');
  });

  it('lists the zones of a region for the zone mappings, and refuses an unknown region', () => {
    const t = testCloud();
    expect(t.ok('A', 'Cbn', 'ListTransitRouterAvailableResource', { RegionId: 'cn-beijing' })).toMatchObject({
      AvailableZones: ['cn-beijing-b'],
      SupportMulticast: true,
    });
    expect(codeOf(t.call('A', 'Cbn', 'ListTransitRouterAvailableResource', { RegionId: 'cn-nowhere' }))).toBe(
      'IllegalParam.RegionId',
    );
  });

  it('puts the routers and their statuses in the trainer’s snapshot', () => {
    const { t, cenId } = withCen(1000);
    t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' });
    const s = snapshot(t.cloud) as { transit: { routers: { status: string }[]; serviceOpen: string[] } };
    expect(s.transit.routers.map((r) => r.status)).toEqual(['Creating']);
    expect(s.transit.serviceOpen).toEqual([t.cloud.account('A')?.uid]);
  });

  it('keeps the routers through the state file, and loads a file written before them with none', () => {
    const { t, cenId } = withCen();
    t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' });
    const saved = JSON.parse(JSON.stringify(t.cloud.saveState())) as CloudState;
    const back = new MockCloud();
    back.restoreState(cloudStateSchema.parse(saved) as unknown as CloudState);
    expect(back.world.transit).toEqual(t.cloud.world.transit);
    const { transit: _dropped, ...older } = saved.world;
    const old = cloudStateSchema.parse({ ...saved, world: older });
    expect(old.world.transit).toMatchObject({ routers: [], serviceOpen: [], basicRefused: [] });
  });
});
