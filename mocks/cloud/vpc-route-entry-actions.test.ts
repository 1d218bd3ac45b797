// Enterprise Edition step 10 b (docs/reference/enterprise-edition.md §2): each VPC's owner routes the other VPC's
// CIDR to its own transit-router attachment (NextHopType=Attachment), Pending → Available on the mock clock; the
// attachment cannot be deleted while a route points at it, unless Force.
import { codeOf, testCloud } from '../test-support/test-cloud';
import { deleteVpcAttachmentB, EE, runEnterprise } from '../test-support/enterprise-flow';

function flow(delayMs = 0) {
  const t = testCloud();
  const e = runEnterprise(t);
  t.cloud.delayMs = delayMs;
  const b = t.world.b.vpc;
  const route = (extra: Record<string, unknown>) =>
    t.call('B', 'Vpc', 'CreateRouteEntry', {
      RegionId: EE.r2,
      RouteTableId: b.routeTableId,
      DestinationCidrBlock: '10.0.0.0/16',
      NextHopType: 'Attachment',
      NextHopId: e.vpcAttachmentB,
      ...extra,
    });
  const list = () =>
    (
      t.ok('B', 'Vpc', 'DescribeRouteEntryList', { RegionId: EE.r2, RouteTableId: b.routeTableId })
        .RouteEntrys as {
        RouteEntry: { DestinationCidrBlock: string; Status: string; Type: string; RouteEntryId?: string }[];
      }
    ).RouteEntry;
  return { t, e, route, list };
}

describe('Vpc CreateRouteEntry / DescribeRouteEntryList / DeleteRouteEntry towards an attachment', () => {
  it('lists the System table and its entries: the vSwitch route and the route to A’s VPC from the flow', () => {
    const { t, e, list } = flow();
    const tables = t.ok('B', 'Vpc', 'DescribeRouteTableList', { RegionId: EE.r2, VpcId: t.world.b.vpc.id });
    expect(tables).toMatchObject({
      TotalCount: 1,
      RouterTableList: {
        RouterTableListType: [{ RouteTableId: t.world.b.vpc.routeTableId, RouteTableType: 'System' }],
      },
    });
    expect(list().map((r) => [r.DestinationCidrBlock, r.Type, r.Status])).toEqual([
      ['192.168.1.0/24', 'System', 'Available'],
      [t.world.a.vpc.cidr, 'Custom', 'Available'],
    ]);
    expect(list()[1]?.RouteEntryId).toBe(e.routeB);
  });

  it('is Pending until the delay has passed, then Available, and then can be deleted', () => {
    const { t, route, list } = flow(2000);
    const id = String(route({}).body.RouteEntryId);
    expect(id).toMatch(/^rte-[a-z0-9]{20}$/);
    const status = () => list().find((r) => r.RouteEntryId === id)?.Status;
    expect(status()).toBe('Pending');
    expect(codeOf(t.call('B', 'Vpc', 'DeleteRouteEntry', { RegionId: EE.r2, RouteEntryId: id }))).toBe(
      'IncorrectRouteEntryStatus',
    );
    t.cloud.clock.advance(2000);
    expect(status()).toBe('Available');
    t.ok('B', 'Vpc', 'DeleteRouteEntry', {
      RegionId: EE.r2,
      RouteTableId: t.world.b.vpc.routeTableId,
      DestinationCidrBlock: '10.0.0.0/16',
    });
    expect(status()).toBe('Deleting');
    t.cloud.clock.advance(2000);
    expect(status()).toBeUndefined();
    expect(codeOf(t.call('B', 'Vpc', 'DeleteRouteEntry', { RegionId: EE.r2, RouteEntryId: id }))).toBe(
      'InvalidRouteEntry.NotFound',
    );
  });

  it('refuses a duplicate destination, another VPC’s attachment, another next-hop type and another’s table', () => {
    const { t, e, route } = flow();
    expect(codeOf(route({ DestinationCidrBlock: t.world.a.vpc.cidr }))).toBe(
      'RouterEntryConflict.Duplicated',
    );
    expect(codeOf(route({ DestinationCidrBlock: '192.168.1.0/24' }))).toBe('RouterEntryConflict.Duplicated');
    expect(codeOf(route({ NextHopId: e.peerAttachment }))).toBe('InvalidNextHopId.NotFound');
    expect(codeOf(route({ NextHopType: 'Instance' }))).toBe('OperationUnsupported.NextHopType');
    expect(codeOf(route({ DestinationCidrBlock: '10.0.0/16' }))).toBe('InvalidParameter');
    const asA = t.call('A', 'Vpc', 'CreateRouteEntry', {
      RegionId: EE.r2,
      RouteTableId: t.world.b.vpc.routeTableId,
      DestinationCidrBlock: '10.0.0.0/16',
      NextHopType: 'Attachment',
      NextHopId: e.vpcAttachmentB,
    });
    expect(codeOf(asA)).toBe('InvalidRouteTableId.NotFound');
  });

  it('keeps the attachment until its routes are gone, or Force takes them with it', () => {
    const { t, e } = flow();
    for (const l of [e.table2])
      for (const action of [
        'DisableTransitRouterRouteTablePropagation',
        'DissociateTransitRouterAttachmentFromRouteTable',
      ])
        t.ok('A', 'Cbn', action, {
          TransitRouterAttachmentId: e.vpcAttachmentB,
          TransitRouterRouteTableId: l,
        });
    const del = (extra = {}) => deleteVpcAttachmentB(t, e, extra);
    expect(del()).toBe('DependencyViolation.TransitRouterAttachment');
    expect(del({ Force: true })).toBe('OK');
    t.ok('A', 'Cbn', 'DescribeCens', {});
    expect(t.cloud.world.transit.vpcRoutes.map((r) => r.id)).toEqual([e.routeA]);
  });
});
