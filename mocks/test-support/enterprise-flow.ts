// The Enterprise-Edition job of docs/reference/enterprise-edition.md §2, steps 0–9 and the teardown, as the
// console would call it: A's CEN with a router in cn-qingdao (R1) and in cn-beijing (R2), B's VPC granted and
// attached on R2, A's VPC on R1 (when it is free), a DataTransfer connection between the routers, each attachment
// associated with and propagating to its router's System table (the peer on both), and each VPC's route to the other
// over its attachment. Not a test file itself.
import { codeOf, type TestCloud } from './test-cloud';
import type { AccountName } from '../../src/domain/accounts';

/** One call as an account; Cbn unless the product is given. */
export type Run = (
  account: AccountName,
  action: string,
  params: Record<string, unknown>,
  product?: 'Cbn' | 'Vpc',
) => Record<string, unknown>;

export interface EnterpriseState {
  cenId: string;
  r1: string;
  r2: string;
  table1: string;
  table2: string;
  vpcAttachmentA?: string;
  vpcAttachmentB: string;
  peerAttachment: string;
  /** B's route to A's VPC over its attachment, and A's to B's (when A's VPC is on R1). */
  routeB: string;
  routeA?: string;
}

export const EE = { r1: 'cn-qingdao', r2: 'cn-beijing' } as const;

const s = (v: unknown): string => String(v);

export function systemTable(run: Run, routerId: string): string {
  const tables = run('A', 'ListTransitRouterRouteTables', {
    TransitRouterId: routerId,
    TransitRouterRouteTableType: 'System',
  }).TransitRouterRouteTables as { TransitRouterRouteTableId: string }[];
  return s(tables[0]?.TransitRouterRouteTableId);
}

function link(run: Run, attachmentId: string, tableId: string): void {
  const p = { TransitRouterAttachmentId: attachmentId, TransitRouterRouteTableId: tableId };
  run('A', 'AssociateTransitRouterAttachmentWithRouteTable', p);
  run('A', 'EnableTransitRouterRouteTablePropagation', p);
}

/** Steps 0–9 with delay 0 (every status final at once); run defaults to t.ok on Cbn. */
export function runEnterprise(
  t: TestCloud,
  run: Run = (a, action, p, product = 'Cbn') => t.ok(a, product, action, p),
) {
  run('A', 'OpenTransitRouterService', {});
  run('B', 'OpenTransitRouterService', {});
  const cenId = s(run('A', 'CreateCen', { Name: 'EnterpriseCen' }).CenId);
  const r1 = s(run('A', 'CreateTransitRouter', { CenId: cenId, RegionId: EE.r1 }).TransitRouterId);
  const r2 = s(run('A', 'CreateTransitRouter', { CenId: cenId, RegionId: EE.r2 }).TransitRouterId);
  const table1 = systemTable(run, r1);
  const table2 = systemTable(run, r2);
  const b = t.world.b.vpc;
  run('B', 'GrantInstanceToTransitRouter', {
    CenId: cenId,
    CenOwnerId: t.cloud.account('A')?.uid,
    InstanceId: b.id,
    InstanceType: 'VPC',
    RegionId: EE.r2,
    OrderType: 'PayByCenOwner',
  });
  const vswB = t.cloud.world.vSwitches.find((v) => v.vpcId === b.id);
  const vpcAttachmentB = s(
    run('A', 'CreateTransitRouterVpcAttachment', {
      TransitRouterId: r2,
      VpcId: b.id,
      VpcOwnerId: b.ownerUid,
      ZoneMappings: [{ ZoneId: vswB?.zoneId, VSwitchId: vswB?.id }],
    }).TransitRouterAttachmentId,
  );
  link(run, vpcAttachmentB, table2);
  const a = t.world.a.vpc;
  let vpcAttachmentA: string | undefined;
  if (!t.cloud.world.attachments.some((x) => x.childId === a.id)) {
    const vswA = t.cloud.world.vSwitches.find((v) => v.vpcId === a.id);
    vpcAttachmentA = s(
      run('A', 'CreateTransitRouterVpcAttachment', {
        TransitRouterId: r1,
        VpcId: a.id,
        ZoneMappings: [{ ZoneId: vswA?.zoneId, VSwitchId: vswA?.id }],
      }).TransitRouterAttachmentId,
    );
    link(run, vpcAttachmentA, table1);
  }
  const peerAttachment = s(
    run('A', 'CreateTransitRouterPeerAttachment', {
      TransitRouterId: r1,
      PeerTransitRouterId: r2,
      PeerTransitRouterRegionId: EE.r2,
      BandwidthType: 'DataTransfer',
      Bandwidth: 2,
    }).TransitRouterAttachmentId,
  );
  link(run, peerAttachment, table1);
  link(run, peerAttachment, table2);
  // Step 10 b: each VPC's owner routes the other VPC's CIDR to its own attachment.
  const route = (who: AccountName, vpc: typeof a, to: string, attachmentId: string) => {
    const list = run(
      who,
      'DescribeRouteTableList',
      { RegionId: vpc.regionId, VpcId: vpc.id, RouteTableType: 'System' },
      'Vpc',
    );
    const tables = (list.RouterTableList as { RouterTableListType: { RouteTableId: string }[] })
      .RouterTableListType;
    return s(
      run(
        who,
        'CreateRouteEntry',
        {
          RegionId: vpc.regionId,
          RouteTableId: tables[0]?.RouteTableId,
          DestinationCidrBlock: to,
          NextHopType: 'Attachment',
          NextHopId: attachmentId,
        },
        'Vpc',
      ).RouteEntryId,
    );
  };
  const routeB = route('B', b, a.cidr, vpcAttachmentB);
  const state: EnterpriseState = { cenId, r1, r2, table1, table2, vpcAttachmentB, peerAttachment, routeB };
  if (vpcAttachmentA === undefined) return state;
  return { ...state, vpcAttachmentA, routeA: route('A', a, b.cidr, vpcAttachmentA) };
}

/** The teardown in the order the cloud requires (§2 "Teardown"), ending with B's revoke and A's DeleteCen. */
export function tearDownEnterprise(t: TestCloud, e: EnterpriseState, run: Run): void {
  const unlink = (attachmentId: string, tableId: string) => {
    const p = { TransitRouterAttachmentId: attachmentId, TransitRouterRouteTableId: tableId };
    run('A', 'DisableTransitRouterRouteTablePropagation', p);
    run('A', 'DissociateTransitRouterAttachmentFromRouteTable', p);
  };
  unlink(e.peerAttachment, e.table1);
  unlink(e.peerAttachment, e.table2);
  unlink(e.vpcAttachmentB, e.table2);
  if (e.vpcAttachmentA) unlink(e.vpcAttachmentA, e.table1);
  run('B', 'DeleteRouteEntry', { RegionId: EE.r2, RouteEntryId: e.routeB }, 'Vpc');
  if (e.routeA) run('A', 'DeleteRouteEntry', { RegionId: EE.r1, RouteEntryId: e.routeA }, 'Vpc');
  run('A', 'DeleteTransitRouterPeerAttachment', { TransitRouterAttachmentId: e.peerAttachment });
  run('A', 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: e.vpcAttachmentB });
  if (e.vpcAttachmentA)
    run('A', 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: e.vpcAttachmentA });
  run('A', 'DeleteTransitRouter', { TransitRouterId: e.r1 });
  run('A', 'DeleteTransitRouter', { TransitRouterId: e.r2 });
  run('B', 'RevokeInstanceFromTransitRouter', {
    CenId: e.cenId,
    CenOwnerId: t.cloud.account('A')?.uid,
    InstanceId: t.world.b.vpc.id,
    InstanceType: 'VPC',
    RegionId: EE.r2,
  });
  run('A', 'DeleteCen', { CenId: e.cenId });
}

/**
 * The Code of A deleting B's VPC attachment (`extra` adds Force), as the teardown-order tests try it while links or
 * routes still hold it.
 */
export function deleteVpcAttachmentB(
  t: TestCloud,
  e: EnterpriseState,
  extra: Record<string, unknown> = {},
): string {
  return codeOf(
    t.call('A', 'Cbn', 'DeleteTransitRouterVpcAttachment', {
      TransitRouterAttachmentId: e.vpcAttachmentB,
      ...extra,
    }),
  );
}
