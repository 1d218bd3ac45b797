import { EE, enterpriseByPackage, enterpriseDone, enterpriseFresh } from '../test-support/enterprise-fixture';
import { expectCatalogueValid, expectDependsOnEarlier } from '../test-support/plan-assertions';
import type { EnterpriseSetupInput } from './enterprise-setup-input';
import { planEnterpriseSetup } from './enterprise-setup-plan';
import { bffRequest, nextAction, readOutput } from './plan-runner';
import { findAction } from '../openapi/actions';
import type { Plan, PlannedCall } from './plan-types';

const byId = (plan: Plan, id: string): PlannedCall => {
  const call = plan.calls.find((c) => c.id === id);
  if (!call) throw new Error(`no call ${id} in ${plan.calls.map((c) => c.id).join(', ')}`);
  return call;
};

/** enterpriseDone with one change made by `edit` (a deep copy: the fixture is never shared). */
function doneBut(edit: (input: EnterpriseSetupInput) => void): EnterpriseSetupInput {
  const input = structuredClone(enterpriseDone());
  edit(input);
  return input;
}

const ASSOCIATE = 'Cbn.AssociateTransitRouterAttachmentWithRouteTable';
const PROPAGATE = 'Cbn.EnableTransitRouterRouteTablePropagation';

describe('planEnterpriseSetup — the journey on transit routers as OpenAPI calls', () => {
  it('orders the calls as docs/reference/enterprise-edition.md §2 does, each by the account and in the region that must make it', () => {
    const plan = planEnterpriseSetup(enterpriseFresh());
    expect(plan.edition).toBe('Enterprise');
    expect(plan.calls.map((c) => [c.step, c.key, c.account, c.regionId ?? null])).toEqual([
      [1, 'Cbn.CheckTransitRouterService', 'A', null],
      [1, 'Cbn.OpenTransitRouterService', 'A', null],
      [1, 'Cbn.CheckTransitRouterService', 'B', null],
      [1, 'Cbn.OpenTransitRouterService', 'B', null],
      [1, 'Cbn.CreateCen', 'A', null],
      [1, 'Cbn.CreateTransitRouter', 'A', null],
      [1, 'Cbn.ListTransitRouterRouteTables', 'A', null],
      [1, 'Cbn.CreateTransitRouter', 'A', null],
      [1, 'Cbn.ListTransitRouterRouteTables', 'A', null],
      [2, 'Cbn.GrantInstanceToTransitRouter', 'B', null],
      [3, 'Cbn.CreateTransitRouterVpcAttachment', 'A', null],
      [3, ASSOCIATE, 'A', null],
      [3, PROPAGATE, 'A', null],
      [3, 'Cbn.CreateTransitRouterVpcAttachment', 'A', null],
      [3, ASSOCIATE, 'A', null],
      [3, PROPAGATE, 'A', null],
      [5, 'Cbn.CreateTransitRouterPeerAttachment', 'A', null],
      [5, ASSOCIATE, 'A', null],
      [5, PROPAGATE, 'A', null],
      [5, ASSOCIATE, 'A', null],
      [5, PROPAGATE, 'A', null],
      [5, 'Vpc.CreateRouteEntry', 'A', EE.regionA],
      [5, 'Vpc.CreateRouteEntry', 'B', EE.regionB],
    ]);
    expect(plan.calls.filter((c) => c.status !== 'pending')).toEqual([]);
    // 19 writes at most (17 once both services are on) + 4 reads (2 checks, 2 System-table look-ups); the
    // reference's minimum for DataTransfer is the same 17 writes: CEN, 2 routers, grant, 2 attachments, 4 + 4
    // links, peer, 2 routes.
    expect(plan.calls.filter((c) => findAction(c.product, c.action)?.write)).toHaveLength(19);
  });

  it('lists only calls the catalogue accepts, before, halfway and after', () => {
    const halfway = doneBut((i) => {
      i.peer = { association: {}, propagation: {} };
      i.vpcs.A!.route = undefined;
      i.vpcs.B!.route = undefined;
    });
    for (const input of [enterpriseFresh(), halfway, enterpriseDone()])
      expectCatalogueValid(planEnterpriseSetup(input));
  });

  it('depends only on earlier calls, and each link waits for its own attachment', () => {
    const plan = planEnterpriseSetup(enterpriseFresh());
    expectDependsOnEarlier(plan);
    expect(byId(plan, 'attach-vpc:B').dependsOn).toEqual([
      'create-router:B',
      'grant-to-router',
      'open-service:B',
    ]);
    expect(byId(plan, 'associate:vpc-B:B').dependsOn).toEqual(['attach-vpc:B', 'router-table:B']);
    expect(byId(plan, 'propagate:peer:B').dependsOn).toEqual(['create-peer', 'router-table:B']);
    expect(byId(plan, 'create-peer').dependsOn).toEqual(['create-router:A', 'create-router:B']);
    expect(byId(plan, 'route:B').dependsOn).toEqual(['attach-vpc:B']);
  });

  it('puts the cross-account identities where the API wants them: A’s UID in B’s grant, B’s UID on B’s attachment', () => {
    const plan = planEnterpriseSetup(enterpriseDone());
    expect(byId(plan, 'grant-to-router').params).toEqual({
      CenId: EE.cenId,
      CenOwnerId: EE.uidA,
      InstanceId: EE.vpcB,
      InstanceType: 'VPC',
      RegionId: EE.regionB,
      OrderType: 'PayByCenOwner',
    });
    expect(byId(plan, 'attach-vpc:B').params).toMatchObject({
      TransitRouterId: EE.routerB,
      RegionId: EE.regionB,
      VpcId: EE.vpcB,
      VpcOwnerId: EE.uidB,
      ZoneMappings: EE.zonesB.map((z) => ({ ZoneId: z.zoneId, VSwitchId: z.vSwitchId })),
    });
    expect(byId(plan, 'attach-vpc:A').params).not.toHaveProperty('VpcOwnerId');
    expect(byId(plan, 'create-peer').params).toEqual({
      CenId: EE.cenId,
      TransitRouterId: EE.routerA,
      RegionId: EE.regionA,
      PeerTransitRouterId: EE.routerB,
      PeerTransitRouterRegionId: EE.regionB,
      BandwidthType: 'DataTransfer',
      Bandwidth: 5,
    });
    expect(byId(plan, 'associate:peer:B').params).toEqual({
      TransitRouterAttachmentId: EE.peer,
      TransitRouterRouteTableId: EE.trTableB,
    });
    // Each VPC's owner routes the other side's CIDR to its own attachment.
    expect(byId(plan, 'route:B').params).toEqual({
      RegionId: EE.regionB,
      RouteTableId: EE.vtbB,
      DestinationCidrBlock: EE.cidrA,
      NextHopType: 'Attachment',
      NextHopId: EE.attachB,
    });
  });

  it('uses placeholders for outputs not produced yet, and the runner refuses to send them', () => {
    const plan = planEnterpriseSetup(enterpriseFresh());
    const peer = byId(plan, 'create-peer');
    expect(peer.params).toMatchObject({
      TransitRouterId: '{{transitRouterIdA}}',
      PeerTransitRouterId: '{{transitRouterIdB}}',
    });
    expect(peer.refs).toMatchObject({
      TransitRouterId: 'transitRouterIdA',
      PeerTransitRouterId: 'transitRouterIdB',
    });
    expect(byId(plan, 'create-router:B').produces).toEqual({
      output: 'transitRouterIdB',
      field: 'TransitRouterId',
    });
    expect(byId(plan, 'associate:vpc-A:A').refs).toEqual({
      TransitRouterAttachmentId: 'vpcAttachmentIdA',
      TransitRouterRouteTableId: 'trRouteTableIdA',
    });
    expect(() => bffRequest({ ...peer, clientToken: { purpose: 'x', value: 't' } })).toThrow(
      /transitRouterIdA/,
    );
  });

  it('is complete when the cloud shows every result settled', () => {
    const plan = planEnterpriseSetup(enterpriseDone());
    expect(plan.calls.filter((c) => c.status !== 'done').map((c) => c.id)).toEqual([]);
    expect(nextAction(plan)).toEqual({ kind: 'complete' });
    expect(plan.known).toMatchObject({
      transitRouterIdA: EE.routerA,
      vpcAttachmentIdB: EE.attachB,
      peerAttachmentId: EE.peer,
    });
  });

  it('waits on what is still changing, each by its own List call', () => {
    const plan = planEnterpriseSetup(
      doneBut((i) => {
        i.vpcs.B!.router.status = 'Creating';
        i.vpcs.A!.attachment.status = 'Attaching';
        i.peer.propagation.B = 'Enabling';
        i.vpcs.B!.route = { status: 'Pending' };
      }),
    );
    const waiting = plan.calls.filter((c) => c.status === 'waiting');
    expect(waiting.map((c) => [c.id, c.waitFor?.poll])).toEqual([
      ['create-router:B', 'Cbn.ListTransitRouters'],
      ['attach-vpc:A', 'Cbn.ListTransitRouterVpcAttachments'],
      ['propagate:peer:B', 'Cbn.ListTransitRouterRouteTablePropagations'],
      ['route:B', 'Vpc.DescribeRouteEntryList'],
    ]);
    expect(nextAction(plan)).toMatchObject({ kind: 'wait', call: { id: 'create-router:B' } });
  });

  it('opens a service only where the check says off, and only once the user has confirmed', () => {
    const off = planEnterpriseSetup(doneBut((i) => (i.accounts.B = { uid: EE.uidB, service: 'off' })));
    expect(byId(off, 'check-service:B').status).toBe('done');
    expect(byId(off, 'open-service:B')).toMatchObject({
      status: 'blocked',
      reason: expect.stringMatching(/cannot be undone/),
    });
    expect(off.warnings.map((w) => w.code)).toEqual(['service-open-irreversible']);
    const confirmed = planEnterpriseSetup(
      doneBut((i) => (i.accounts.B = { uid: EE.uidB, service: 'off', openConfirmed: true })),
    );
    expect(byId(confirmed, 'open-service:B').status).toBe('pending');
    expect(byId(confirmed, 'open-service:A').status).toBe('done');
    // A's routers need A's service: blocked with it.
    const aOff = planEnterpriseSetup({
      ...enterpriseFresh(),
      accounts: { A: { uid: EE.uidA, service: 'off' }, B: { uid: EE.uidB } },
    });
    expect(byId(aOff, 'create-router:A')).toMatchObject({
      status: 'blocked',
      reason: expect.stringMatching(/turns its transit-router service on/),
    });
  });

  it('does not count a grant to the wrong CEN owner, and says to revoke it first', () => {
    const plan = planEnterpriseSetup(
      doneBut((i) => {
        i.grant.rules = [{ cenId: EE.cenId, cenOwnerId: '1111111111111111' }];
        i.vpcs.B!.attachment = {};
        i.vpcs.B!.route = undefined;
      }),
    );
    expect(byId(plan, 'grant-to-router')).toMatchObject({
      status: 'blocked',
      reason: expect.stringMatching(/1111111111111111.*RevokeInstanceFromTransitRouter/),
    });
    expect(byId(plan, 'attach-vpc:B').status).toBe('blocked');
    const none = planEnterpriseSetup(doneBut((i) => ((i.grant.rules = []), (i.vpcs.B!.attachment = {}))));
    expect(byId(none, 'grant-to-router').status).toBe('pending');
  });

  it('buys and associates a bandwidth plan only when the connection is paid out of one', () => {
    expect(planEnterpriseSetup(enterpriseFresh()).calls.some((c) => c.key.includes('BandwidthPackage'))).toBe(
      false,
    );
    const plan = planEnterpriseSetup(enterpriseByPackage());
    const ids = plan.calls.map((c) => c.id);
    expect(ids.indexOf('associate-package')).toBe(ids.indexOf('create-peer') - 1);
    expect(byId(plan, 'create-peer').params).toMatchObject({
      BandwidthType: 'BandwidthPackage',
      CenBandwidthPackageId: '{{bandwidthPackageId}}',
    });
    expect(byId(plan, 'create-peer').dependsOn).toContain('associate-package');
  });

  it('blocks what it cannot send yet, naming what is missing', () => {
    const plan = planEnterpriseSetup({
      ...enterpriseFresh(),
      vpcs: { A: { ...enterpriseFresh().vpcs.A!, zones: [], cidrBlock: undefined } },
      payment: undefined,
    });
    expect(byId(plan, 'attach-vpc:A').reason).toMatch(/zones and vSwitches/);
    expect(byId(plan, 'create-router:B').reason).toMatch(/Choose Account B's VPC/);
    expect(byId(plan, 'create-peer').reason).toMatch(/paid in step 4/);
    expect(byId(plan, 'route:B').reason).toMatch(/Choose Account B's VPC/);
    expect(byId(plan, 'associate:vpc-A:A').reason).toMatch(/Waits for/);
    // A router listed but its System table not yet: the look-up is the next call, and its answer gives the table.
    const noTable = planEnterpriseSetup(
      doneBut(
        (i) => ((i.vpcs.A!.router.routeTableId = undefined), (i.vpcs.A!.attachment.association = undefined)),
      ),
    );
    const lookUp = byId(noTable, 'router-table:A');
    expect(nextAction(noTable)).toMatchObject({ kind: 'call', call: { id: 'router-table:A' } });
    const answer = {
      TransitRouterRouteTables: [
        { TransitRouterRouteTableId: EE.trTableA, TransitRouterRouteTableType: 'System' },
      ],
    };
    expect(readOutput(lookUp, answer)).toEqual({ output: 'trRouteTableIdA', value: EE.trTableA });
  });

  it('refuses Enterprise calls on a CEN whose router in that region is Basic Edition, and a journey in one region', () => {
    const basic = planEnterpriseSetup(
      doneBut((i) => (i.vpcs.A!.router = { id: 'tr-basic', status: 'Active', type: 'Basic' })),
    );
    expect(byId(basic, 'create-router:A').reason).toMatch(/Basic Edition/);
    const one = planEnterpriseSetup({
      ...enterpriseFresh(),
      vpcs: { ...enterpriseFresh().vpcs, B: { ...enterpriseFresh().vpcs.B!, regionId: EE.regionA } },
    });
    expect(byId(one, 'create-router:B').reason).toMatch(/two regions/);
  });

  it('leaves the routes to the routers when the user chooses automatic publication, and warns', () => {
    const plan = planEnterpriseSetup({ ...enterpriseFresh(), routes: 'AutoPublish' });
    expect(plan.calls.some((c) => c.key === 'Vpc.CreateRouteEntry')).toBe(false);
    expect(byId(plan, 'attach-vpc:B').params).toMatchObject({ AutoPublishRouteEnabled: true });
    expect(plan.warnings.map((w) => w.code)).toContain('auto-publish-unconfirmed');
  });

  it('keeps a ClientToken per purpose and sends the kept one', () => {
    const input = enterpriseFresh();
    const first = planEnterpriseSetup(input);
    const purposes = first.calls.flatMap((c) => (c.clientToken ? [c.clientToken.purpose] : []));
    expect(new Set(purposes).size).toBe(purposes.length);
    expect(byId(first, 'grant-to-router').clientToken).toBeUndefined();
    const tokens = Object.fromEntries(purposes.map((p, n) => [p, `token-${n}`]));
    const again = planEnterpriseSetup({ ...input, clientTokens: tokens });
    expect(byId(again, 'create-router:A').params.ClientToken).toBe(
      tokens[byId(first, 'create-router:A').clientToken!.purpose],
    );
  });
});
