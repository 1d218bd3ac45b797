// What each Enterprise-Edition write waits for, and how to see it (docs/reference/enterprise-edition.md §2): the
// List* call, the flat list our item is in, and the status that ends the wait. Timeouts are
// terraform-provider-alicloud's for the matching resource (§2 steps 2, 5, 8 and §4 item 8: 5 min for a router or a
// peer attachment, 42 min for a VPC attachment); the route-table links and VPC routes borrow the router's 5 min
// (TF gives them no longer).
import type { AccountName } from '../accounts';
import type { Ref } from './call-builder';
import type { WaitFor } from './plan-types';
import { MIN, wait } from './waits';

/** Router: Creating → Active; gone after DeleteTransitRouter. Listed by CEN and region (one router per pair). */
export const routerWait = (
  cen: Ref,
  regionId: string,
  router: Ref | string,
  until: WaitFor['until'],
): WaitFor =>
  wait({
    poll: 'Cbn.ListTransitRouters',
    account: 'A',
    params: { CenId: cen, RegionId: regionId, PageSize: 50 },
    list: ['TransitRouters'],
    match: [{ TransitRouterId: router }],
    field: 'Status',
    until,
    timeoutMs: 5 * MIN,
  });

/**
 * An attachment: Attaching → Attached; Detaching → gone. A VPC attachment may take 42 min (TF), a peer attachment
 * 5 min; the peer one is listed from either of its routers (§2 step 8).
 */
export const attachmentWait = (
  kind: 'vpc' | 'peer',
  router: Ref | string,
  attachment: Ref | string,
  until: WaitFor['until'],
): WaitFor =>
  wait({
    poll: kind === 'vpc' ? 'Cbn.ListTransitRouterVpcAttachments' : 'Cbn.ListTransitRouterPeerAttachments',
    account: 'A',
    params: { TransitRouterId: router, TransitRouterAttachmentId: attachment },
    list: ['TransitRouterAttachments'],
    match: [{ TransitRouterAttachmentId: attachment }],
    field: 'Status',
    until,
    timeoutMs: (kind === 'vpc' ? 42 : 5) * MIN,
  });

/** Which of a route table's two links: the association (Associating → Active) or the propagation (Enabling → Active). */
export type TableLink = 'association' | 'propagation';

const LINK_LIST = {
  association: { poll: 'Cbn.ListTransitRouterRouteTableAssociations', list: 'TransitRouterAssociations' },
  propagation: { poll: 'Cbn.ListTransitRouterRouteTablePropagations', list: 'TransitRouterPropagations' },
} as const;

export const tableLinkWait = (
  link: TableLink,
  table: Ref | string,
  attachment: Ref | string,
  until: WaitFor['until'],
): WaitFor =>
  wait({
    poll: LINK_LIST[link].poll,
    account: 'A',
    params: { TransitRouterRouteTableId: table, TransitRouterAttachmentId: attachment },
    list: [LINK_LIST[link].list],
    match: [{ TransitRouterAttachmentId: attachment }],
    field: 'Status',
    until,
    timeoutMs: 5 * MIN,
  });

/** A VPC route: Pending → Available (TF waits for Available, §2 step 10 b); gone after DeleteRouteEntry. */
export const routeEntryWait = (
  account: AccountName,
  route: { regionId: string; routeTableId: string; destination: string },
  until: WaitFor['until'],
): WaitFor =>
  wait({
    poll: 'Vpc.DescribeRouteEntryList',
    account,
    params: {
      RegionId: route.regionId,
      RouteTableId: route.routeTableId,
      DestinationCidrBlock: route.destination,
    },
    list: ['RouteEntrys', 'RouteEntry'],
    match: [{ DestinationCidrBlock: route.destination }],
    field: 'Status',
    until,
    timeoutMs: 5 * MIN,
  });
