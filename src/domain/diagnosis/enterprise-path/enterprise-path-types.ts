// What the Enterprise-Edition path check reads: the Basic ends (instances, security groups, VPC CIDRs — the same
// PathEnd, so the Basic instance and security-group hops are reused as they are) and the transit-router reads of
// docs/reference/enterprise-edition.md §2, each wrapped as Inspected so a refused List is 'unknown', never a pass.
// The choices (who pays, the zones, how the connection is paid) are what the fixes need to rebuild the plan's own
// calls (src/domain/plan/enterprise-setup-calls.ts); without them a fix is words only.
import type { AccountName } from '../../accounts';
import type { ResponseOf } from '../../openapi/actions';
import type { PaymentInput, EnterpriseSetupInput } from '../../plan/enterprise-setup-input';
import type { Inspected } from '../inspection';
import type { PathEnd } from '../path/path-types';

/** Cbn.ListTransitRouters → TransitRouters[] */
export type TransitRouterItem = ResponseOf<'Cbn.ListTransitRouters'>['TransitRouters'][number];
/** Cbn.ListTransitRouterVpcAttachments → TransitRouterAttachments[] */
export type TrVpcAttachmentItem =
  ResponseOf<'Cbn.ListTransitRouterVpcAttachments'>['TransitRouterAttachments'][number];
/** Cbn.ListTransitRouterPeerAttachments → TransitRouterAttachments[] */
export type TrPeerAttachmentItem =
  ResponseOf<'Cbn.ListTransitRouterPeerAttachments'>['TransitRouterAttachments'][number];
/** Cbn.ListTransitRouterRouteTableAssociations / …Propagations → one attachment ↔ table record. */
export type TrTableLinkItem =
  ResponseOf<'Cbn.ListTransitRouterRouteTableAssociations'>['TransitRouterAssociations'][number];
/** Cbn.DescribeGrantRulesToResource (B's own record of its VPC's grants) → GrantRules[] */
export type TrGrantRuleItem = ResponseOf<'Cbn.DescribeGrantRulesToResource'>['GrantRules'][number];
/** Vpc.DescribeRouteEntryList → RouteEntrys.RouteEntry[] (a VPC's own System table, its vSwitch routes included). */
export type VpcRouteEntryItem = ResponseOf<'Vpc.DescribeRouteEntryList'>['RouteEntrys']['RouteEntry'][number];

/** One router's System route table (ListTransitRouterRouteTables) and what is associated with / propagating to it. */
export interface RouterTable {
  tableId: string | null;
  associations: readonly TrTableLinkItem[];
  propagations: readonly TrTableLinkItem[];
}

/** A VPC's System route table (DescribeRouteTableList) and its entries, read by the VPC's owner. */
export interface VpcRoutes {
  tableId: string | null;
  entries: readonly VpcRouteEntryItem[];
}

export interface EnterprisePathInput {
  cenId: string;
  /** The accounts' UIDs: A's is the grant's CEN owner, B's the VpcOwnerId of B's attachment. */
  uids: { A?: string | undefined; B?: string | undefined };
  /** Account A's side (the source of A→B) and Account B's, as on Basic. `routes` is not read here. */
  a: PathEnd;
  b: PathEnd;
  /** CheckTransitRouterService of each account: on or off. */
  service: Record<AccountName, Inspected<boolean>>;
  /** The CEN's routers (ListTransitRouters, A). */
  routers: Inspected<readonly TransitRouterItem[]>;
  /** B's grants of its VPC (DescribeGrantRulesToResource, B). */
  grants: Inspected<readonly TrGrantRuleItem[]>;
  vpcAttachments: Inspected<readonly TrVpcAttachmentItem[]>;
  peerAttachments: Inspected<readonly TrPeerAttachmentItem[]>;
  /** The System table of the router in each side's region; leave a side out while it has no router. */
  tables: Partial<Record<AccountName, Inspected<RouterTable>>>;
  /** Each VPC's own route table, read by its owner. */
  vpcRoutes: Record<AccountName, Inspected<VpcRoutes>>;
  choices: {
    /** Who pays for B's attachment (step 2); the grant fix needs it. */
    orderType?: EnterpriseSetupInput['grant']['orderType'];
    /** The zone → vSwitch choices of each VPC's attachment (step 3); the attach fix needs them. */
    zones?: Partial<Record<AccountName, readonly { zoneId: string; vSwitchId: string }[]>>;
    /** How the connection is paid, with its bandwidth (steps 4–5); the peer fix needs it. */
    payment?: PaymentInput;
    /** How each VPC reaches its attachment (step 5): a route entry (the default) or the router publishing. */
    routes?: EnterpriseSetupInput['routes'];
  };
  /** progress-store's clientTokens: purpose → token, so a fix sends the token the step would. */
  clientTokens: Readonly<Record<string, string>>;
  /**
   * Makes and saves a token for a purpose that has none yet, before the fix is offered, so a retry after a lost
   * answer sends the same one (web/state/progress-store.ts clientTokenFor). Without it the fix carries no token.
   */
  ensureToken?: (purpose: string) => string;
}
