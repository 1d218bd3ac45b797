// What planEnterpriseSetup needs: the user's choices so far and what the cloud already shows, for the same
// two-account, two-region journey on Enterprise Edition transit routers (docs/reference/enterprise-edition.md §2).
// A plain object the console builds from its progress store and its List*/Describe* queries. Like the Basic
// SetupInput (setup-input.ts), anything not chosen or not seen yet may be left out: the calls that need it come back
// 'blocked' with a reason, so the preview works from the first screen on.
//
// A side is a VPC's owner: side A is A's VPC in its region (R1), side B is B's VPC in its own (R2). Each side has
// the transit router of its region, that router's System route table, the VPC's attachment to it with its
// association and propagation, and the VPC route toward the attachment for the other side's CIDR.
import { z } from 'zod';
import type { AccountName } from '../accounts';
import { accountUidSchema, packageInputSchema } from './setup-input';

/** Whether the account's transit-router service is on (CheckTransitRouterService); undefined until checked. */
const accountSchema = z.object({
  uid: accountUidSchema.optional(),
  service: z.enum(['on', 'off']).optional(),
  /** Opening the service is free but cannot be undone (§2 step 0): only once the user has said yes. */
  openConfirmed: z.boolean().optional(),
});

/** Status as the List* call shows it; undefined when not listed. */
const listed = z.string().min(1).optional();

export const routerInputSchema = z.object({
  /** Set once created (or found by ListTransitRouters for this CEN and region). */
  id: z.string().min(1).optional(),
  /** Creating → Active; Modifying, Deleting, Upgrading (§2 step 2). */
  status: listed,
  /** Enterprise or Basic: an existing CEN keeps its edition (§1). A Basic router takes no Enterprise call. */
  type: z.string().min(1).optional(),
  /** Its System route table (ListTransitRouterRouteTables, TransitRouterRouteTableType=System, §2 step 6). */
  routeTableId: z.string().min(1).optional(),
});
export type RouterInput = z.infer<typeof routerInputSchema>;

/** One zone → vSwitch choice of a VPC attachment (ZoneMappings.N, §2 step 5); B's come from ListGrantVSwitchesToCen. */
export const zoneChoiceSchema = z.object({ zoneId: z.string().min(1), vSwitchId: z.string().min(1) });

export const vpcSideSchema = z.object({
  vpcId: z.string().min(1),
  regionId: z.string().min(1),
  /** The VPC's CIDR block: the other side's route points this destination at its own attachment (§2 step 10 b). */
  cidrBlock: z.string().min(1).optional(),
  /** Two zones where the region has several, one where it has one (§2 step 5, §4 item 4). */
  zones: z.array(zoneChoiceSchema).max(10),
  /** The VPC's System route table (Vpc DescribeRouteTableList, RouteTableType=System). */
  routeTableId: z.string().min(1).optional(),
  router: routerInputSchema,
  attachment: z.object({
    /** Set once created (or found by ListTransitRouterVpcAttachments). */
    id: z.string().min(1).optional(),
    /** Attaching → Attached; Detaching (§2 step 5). */
    status: listed,
    /** On its router's System table: Associating → Active (ListTransitRouterRouteTableAssociations). */
    association: listed,
    /** Enabling → Active (ListTransitRouterRouteTablePropagations). */
    propagation: listed,
  }),
  /** The VPC route toward the attachment for the other side's CIDR (DescribeRouteEntryList): Pending → Available. */
  route: z.object({ status: listed, nextHopId: z.string().min(1).optional() }).optional(),
});
export type VpcSide = z.infer<typeof vpcSideSchema>;

/** B's grants of its VPC as DescribeGrantRulesToResource lists them (§2 step 3). */
export const grantRuleInputSchema = z.object({
  cenId: z.string().min(1),
  cenOwnerId: z.string().min(1),
  orderType: z.string().optional(),
});

export const orderTypeSchema = z.enum(['PayByCenOwner', 'PayByResourceOwner']);

/**
 * How the inter-region connection is paid (§2 steps 7–8): by data transfer (no purchase; billed by CDT) or out of a
 * bandwidth plan bought as in Basic Edition. `bandwidth` is the peer attachment's Bandwidth in Mbit/s: the cap
 * under DataTransfer, the share of the plan under BandwidthPackage.
 */
export const paymentInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('DataTransfer'), bandwidth: z.number() }),
  z.object({ type: z.literal('BandwidthPackage'), bandwidth: z.number(), package: packageInputSchema }),
]);
export type PaymentInput = z.infer<typeof paymentInputSchema>;

/**
 * How each VPC reaches its attachment (§2 step 10): a route entry made by the VPC's owner (the default: what the
 * mock cloud routes by), or the router publishing its routes into the VPC (AutoPublishRouteEnabled on the
 * attachment), which is UNCONFIRMED for B's VPC and which the mock does not route by (mocks/FIDELITY.md §8).
 */
export const routeChoiceSchema = z.enum(['RouteEntry', 'AutoPublish']);

export const enterpriseSetupInputSchema = z.object({
  accounts: z.object({ A: accountSchema, B: accountSchema }),
  cen: z.object({
    name: z.string().optional(),
    description: z.string().optional(),
    /** Set once created (or adopted). */
    id: z.string().optional(),
    /** Status in Cbn.DescribeCens: Creating, Active… */
    status: z.string().optional(),
  }),
  vpcs: z.object({ A: vpcSideSchema.optional(), B: vpcSideSchema.optional() }),
  grant: z.object({
    /** Who pays for B's VPC attachment (§2 step 3); undefined until chosen. */
    orderType: orderTypeSchema.optional(),
    rules: z.array(grantRuleInputSchema),
  }),
  payment: paymentInputSchema.optional(),
  routes: routeChoiceSchema.optional(),
  /** The peer attachment between the two routers, and its links on each side's System table (§2 steps 8–9). */
  peer: z.object({
    id: z.string().min(1).optional(),
    status: listed,
    association: z.object({ A: listed, B: listed }),
    propagation: z.object({ A: listed, B: listed }),
  }),
  /** progress-store's clientTokens: purpose → token. */
  clientTokens: z.record(z.string(), z.string()),
});
export type EnterpriseSetupInput = z.infer<typeof enterpriseSetupInputSchema>;
/** A side is named by the account that owns its VPC. */
export type Side = AccountName;
export const SIDES: readonly Side[] = ['A', 'B'];
