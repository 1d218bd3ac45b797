// Each Enterprise-Edition setup call as one builder: the account, action, params (typed by the catalogue's
// ParamsOf), ClientToken purpose, output and wait of one write of docs/reference/enterprise-edition.md §2. The plan
// (enterprise-setup-plan.ts) adds whether the call is done, pending or blocked; the console's steps can send the
// same builders' calls, so what the preview shows is what a click sends. CreateCen and the bandwidth plan are the
// Basic builders (setup-calls.ts): the same calls on both editions (§2 steps 1 and 7).
import type { AccountName } from '../accounts';
import type { ActionKey, ParamsOf } from '../openapi/actions';
import type { Product } from '../openapi/products';
import { buildCall, ref, type Ref } from './call-builder';
import { ENTERPRISE_TOKEN_PURPOSE as PURPOSE } from './client-token-purposes';
import {
  attachmentWait,
  routeEntryWait,
  routerWait,
  tableLinkWait,
  type TableLink,
} from './enterprise-waits';
import type { EnterpriseSetupInput, PaymentInput, Side, VpcSide } from './enterprise-setup-input';
import type { OutputName, PlannedCall } from './plan-types';
import type { CallState } from './setup-calls';

type Tokens = Readonly<Record<string, string>>;

/** A call's params as the plan writes them: the catalogue's, where any value may still be an output to come. */
type Planned<K extends ActionKey> = { [P in keyof ParamsOf<K>]?: ParamsOf<K>[P] | Ref | undefined };

function typed<K extends ActionKey>(key: K, params: Planned<K>) {
  const [product, action] = key.split('.') as [Product, string];
  return { product, action, params: params as Record<string, unknown> };
}

const OUT = {
  router: { A: 'transitRouterIdA', B: 'transitRouterIdB' },
  table: { A: 'trRouteTableIdA', B: 'trRouteTableIdB' },
  attachment: { A: 'vpcAttachmentIdA', B: 'vpcAttachmentIdB' },
} as const satisfies Record<string, Record<Side, OutputName>>;

export const other = (side: Side): Side => (side === 'A' ? 'B' : 'A');
const cenLabel = (cenId: string | undefined) => cenId ?? 'the new CEN';
const cenKey = (cenId: string | undefined) => cenId ?? '{{cenId}}';

export const routerRef = (side: Side, v: VpcSide | undefined) => ref(OUT.router[side], v?.router.id);
export const tableRef = (side: Side, v: VpcSide | undefined) => ref(OUT.table[side], v?.router.routeTableId);
export const attachmentRef = (side: Side, v: VpcSide | undefined) =>
  ref(OUT.attachment[side], v?.attachment.id);
export const peerRef = (peer: EnterpriseSetupInput['peer']) => ref('peerAttachmentId', peer.id);

export const ENTERPRISE_CALL_ID = {
  check: (a: AccountName) => `check-service:${a}`,
  open: (a: AccountName) => `open-service:${a}`,
  router: (side: Side) => `create-router:${side}`,
  routerTable: (side: Side) => `router-table:${side}`,
  grant: 'grant-to-router',
  attach: (side: Side) => `attach-vpc:${side}`,
  link: (link: TableLink, attachment: Side | 'peer', router: Side) =>
    `${link === 'association' ? 'associate' : 'propagate'}:${attachment === 'peer' ? 'peer' : `vpc-${attachment}`}:${router}`,
  peer: 'create-peer',
  route: (side: Side) => `route:${side}`,
} as const;
const ID = ENTERPRISE_CALL_ID;

/** Step 1 (A and B): is the transit-router service on? A read; its answer (Enabled) decides whether to open it. */
export function checkServiceCall(account: AccountName, state: CallState): PlannedCall {
  return buildCall({
    id: ID.check(account),
    step: 1,
    ...typed('Cbn.CheckTransitRouterService', {}),
    account,
    ...state,
    summary: `Account ${account} checks whether its transit-router service is on`,
  });
}

/** Step 1: open the service — free, an order, and for good (§2 step 0); only where the check said off. */
export function openServiceCall(account: AccountName, clientTokens: Tokens, state: CallState): PlannedCall {
  return buildCall({
    id: ID.open(account),
    step: 1,
    ...typed('Cbn.OpenTransitRouterService', {}),
    account,
    tokenPurpose: PURPOSE.openService(account),
    clientTokens,
    ...state,
    summary: `Account ${account} turns its transit-router service on (free; cannot be undone)`,
  });
}

/** Step 1 (A): the transit router of one side's region, one per region per CEN; Creating → Active (§2 step 2). */
export function createRouterCall(
  side: Side,
  v: VpcSide,
  cenId: string | undefined,
  clientTokens: Tokens,
  state: CallState,
): PlannedCall {
  const cen = ref('cenId', cenId);
  return buildCall({
    id: ID.router(side),
    step: 1,
    ...typed('Cbn.CreateTransitRouter', { CenId: cen, RegionId: v.regionId }),
    account: 'A',
    produces: { output: OUT.router[side], field: 'TransitRouterId' },
    tokenPurpose: PURPOSE.createRouter(cenKey(cenId), v.regionId),
    clientTokens,
    waitFor: routerWait(cen, v.regionId, routerRef(side, v), ['Active']),
    ...state,
    summary: `Account A creates the transit router of ${cenLabel(cenId)} in ${v.regionId}`,
  });
}

/**
 * Step 1 (A): find the new router's System route table, which the router comes with (ListTransitRouterRouteTables,
 * §2 step 6): the associations and propagations of steps 3 and 5 name it. A read; its first item is the table.
 */
export function routerTableCall(side: Side, v: VpcSide, state: CallState): PlannedCall {
  return buildCall({
    id: ID.routerTable(side),
    step: 1,
    ...typed('Cbn.ListTransitRouterRouteTables', {
      TransitRouterId: routerRef(side, v),
      TransitRouterRouteTableType: 'System',
    }),
    account: 'A',
    produces: { output: OUT.table[side], field: 'TransitRouterRouteTables.0.TransitRouterRouteTableId' },
    ...state,
    summary: `Account A finds the System route table of the transit router in ${v.regionId}`,
  });
}

/**
 * Step 2 (B): grant A's CEN the right to attach B's VPC and say who pays (OrderType); CenOwnerId is A's UID. No
 * ClientToken and no wait: the call is synchronous (§2 step 3).
 */
export function grantToRouterCall(
  v: Pick<VpcSide, 'vpcId' | 'regionId'>,
  cenId: string | undefined,
  uidA: string | undefined,
  orderType: EnterpriseSetupInput['grant']['orderType'],
  state: CallState,
): PlannedCall {
  return buildCall({
    id: ID.grant,
    step: 2,
    ...typed('Cbn.GrantInstanceToTransitRouter', {
      CenId: ref('cenId', cenId),
      CenOwnerId: uidA,
      InstanceId: v.vpcId,
      InstanceType: 'VPC',
      RegionId: v.regionId,
      OrderType: orderType,
    }),
    account: 'B',
    ...state,
    summary: `Account B authorizes ${cenLabel(cenId)} (owner A) to attach its VPC ${v.vpcId} (${v.regionId})${orderType ? `, ${orderType}` : ''}`,
  });
}

/**
 * Step 2 (B): withdraw one grant of B's VPC, named as DescribeGrantRulesToResource lists it — its CEN and that
 * grant's own CenOwnerId, which is not A's when the grant went to a wrong owner (§2 step 3, "Undo": the same four
 * required parameters). A grant to this CEN under another owner blocks a new one (the plan's step 2 says so).
 */
export function revokeFromRouterCall(
  v: Pick<VpcSide, 'vpcId' | 'regionId'>,
  rule: { cenId: string; cenOwnerId: string },
  state: CallState,
): PlannedCall {
  return buildCall({
    id: `revoke-from-router:${v.vpcId}:${rule.cenId}`,
    step: 2,
    ...typed('Cbn.RevokeInstanceFromTransitRouter', {
      CenId: rule.cenId,
      CenOwnerId: rule.cenOwnerId,
      InstanceId: v.vpcId,
      InstanceType: 'VPC',
      RegionId: v.regionId,
    }),
    account: 'B',
    ...state,
    summary: `Account B revokes the grant of its VPC ${v.vpcId} (${v.regionId}) to ${rule.cenId} (owner ${rule.cenOwnerId})`,
  });
}

/**
 * Step 3 (A): attach a side's VPC to its region's router, with B's UID as VpcOwnerId for B's VPC and the chosen
 * zone → vSwitch mappings; Attaching → Attached (§2 step 5).
 */
export function attachVpcCall(
  side: Side,
  v: VpcSide,
  cenId: string | undefined,
  uidB: string | undefined,
  autoPublish: boolean,
  clientTokens: Tokens,
  state: CallState,
): PlannedCall {
  const router = routerRef(side, v);
  return buildCall({
    id: ID.attach(side),
    step: 3,
    ...typed('Cbn.CreateTransitRouterVpcAttachment', {
      TransitRouterId: router,
      RegionId: v.regionId,
      VpcId: v.vpcId,
      VpcOwnerId: side === 'B' ? uidB : undefined,
      ZoneMappings: v.zones.map((z) => ({ ZoneId: z.zoneId, VSwitchId: z.vSwitchId })),
      AutoPublishRouteEnabled: autoPublish || undefined,
    }),
    account: 'A',
    produces: { output: OUT.attachment[side], field: 'TransitRouterAttachmentId' },
    tokenPurpose: PURPOSE.attachVpc(cenKey(cenId), v.vpcId),
    clientTokens,
    waitFor: attachmentWait('vpc', router, attachmentRef(side, v), ['Attached']),
    ...state,
    summary: `Account A attaches ${side === 'B' ? "Account B's" : 'its'} VPC ${v.vpcId} to the transit router in ${v.regionId} (${v.zones.map((z) => z.zoneId).join(', ') || 'no zone chosen'})`,
  });
}

/**
 * Steps 3 and 5 (A): associate an attachment with a router's System route table, or propagate its routes to it
 * (§2 steps 6 and 9): a VPC attachment on its own router, the peer attachment on both.
 */
export function tableLinkCall(
  link: TableLink,
  attachment: Side | 'peer',
  router: Side,
  input: Pick<EnterpriseSetupInput, 'vpcs' | 'peer' | 'cen' | 'clientTokens'>,
  state: CallState,
): PlannedCall {
  const v = input.vpcs[router];
  const table = tableRef(router, v);
  const att = attachment === 'peer' ? peerRef(input.peer) : attachmentRef(attachment, input.vpcs[attachment]);
  const key =
    link === 'association'
      ? 'Cbn.AssociateTransitRouterAttachmentWithRouteTable'
      : 'Cbn.EnableTransitRouterRouteTablePropagation';
  const what = attachment === 'peer' ? 'the peer attachment' : `the attachment of VPC ${v?.vpcId ?? ''}`;
  return buildCall({
    id: ID.link(link, attachment, router),
    step: attachment === 'peer' ? 5 : 3,
    ...typed(key, { TransitRouterAttachmentId: att, TransitRouterRouteTableId: table }),
    account: 'A',
    tokenPurpose: PURPOSE.tableLink(
      link === 'association' ? 'associate' : 'propagate',
      cenKey(input.cen.id),
      attachment === 'peer' ? 'peer' : (input.vpcs[attachment]?.vpcId ?? attachment),
      router,
    ),
    clientTokens: input.clientTokens,
    waitFor: tableLinkWait(link, table, att, ['Active']),
    ...state,
    summary:
      link === 'association'
        ? `Account A associates ${what} with the System route table of the router in ${v?.regionId ?? '?'}`
        : `Account A propagates the routes of ${what} to the System route table of the router in ${v?.regionId ?? '?'}`,
  });
}

/**
 * Step 5 (A): connect side A's router to side B's, in R1, paid as chosen: DataTransfer needs no plan,
 * BandwidthPackage takes the package of step 4 (§2 step 8).
 */
export function createPeerCall(
  input: Pick<EnterpriseSetupInput, 'vpcs' | 'peer' | 'cen' | 'clientTokens'>,
  payment: PaymentInput | undefined,
  state: CallState,
): PlannedCall {
  const [a, b] = [input.vpcs.A, input.vpcs.B];
  const router = routerRef('A', a);
  const pkg =
    payment?.type === 'BandwidthPackage' ? ref('bandwidthPackageId', payment.package.id) : undefined;
  return buildCall({
    id: ID.peer,
    step: 5,
    ...typed('Cbn.CreateTransitRouterPeerAttachment', {
      CenId: ref('cenId', input.cen.id),
      TransitRouterId: router,
      RegionId: a?.regionId,
      PeerTransitRouterId: routerRef('B', b),
      PeerTransitRouterRegionId: b?.regionId,
      BandwidthType: payment?.type,
      Bandwidth: payment?.bandwidth,
      CenBandwidthPackageId: pkg,
    }),
    account: 'A',
    produces: { output: 'peerAttachmentId', field: 'TransitRouterAttachmentId' },
    tokenPurpose: PURPOSE.createPeer(cenKey(input.cen.id)),
    clientTokens: input.clientTokens,
    waitFor: attachmentWait('peer', router, peerRef(input.peer), ['Attached']),
    ...state,
    summary: `Account A connects the routers in ${a?.regionId ?? '?'} and ${b?.regionId ?? '?'}${payment ? ` (${payment.bandwidth} Mbps, ${payment.type === 'DataTransfer' ? 'pay by data transfer' : 'out of the bandwidth plan'})` : ''}`,
  });
}

/**
 * Step 5 (the VPC's owner): a route in the VPC's System table sending the other side's CIDR to the VPC's own
 * attachment (NextHopType=Attachment, §2 step 10 b); Pending → Available.
 */
export function routeCall(
  side: Side,
  v: VpcSide,
  destination: string | undefined,
  clientTokens: Tokens,
  state: CallState,
): PlannedCall {
  return buildCall({
    id: ID.route(side),
    step: 5,
    ...typed('Vpc.CreateRouteEntry', {
      RegionId: v.regionId,
      RouteTableId: v.routeTableId,
      DestinationCidrBlock: destination,
      NextHopType: 'Attachment',
      NextHopId: attachmentRef(side, v),
    }),
    account: side,
    tokenPurpose: PURPOSE.createRoute(v.vpcId, destination ?? '?'),
    clientTokens,
    ...(v.routeTableId && destination
      ? {
          waitFor: routeEntryWait(side, { regionId: v.regionId, routeTableId: v.routeTableId, destination }, [
            'Available',
          ]),
        }
      : {}),
    ...state,
    summary: `Account ${side} routes ${destination ?? "the other VPC's CIDR"} in VPC ${v.vpcId} to its transit-router attachment`,
  });
}
