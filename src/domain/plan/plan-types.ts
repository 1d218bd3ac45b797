// The shape of a plan: the ordered OpenAPI calls the console will make, each with the account that makes it,
// the exact parameters it POSTs to /api/openapi/:action, what it waits for afterwards and whether it is already
// done. The console executes these calls; the preview shows them; the exports (src/domain/export) render them.
// One plan, three readers — so the preview can never drift from what runs.
import type { AccountName } from '../accounts';
import type { Product } from '../openapi/products';

/** Tutorial steps for setup (docs/reference/tutorial.md, Steps 1–6); teardown phases 1–5 for teardown. */
export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Values a call produces that later calls need: CreateCen answers CenId, CreateCenBandwidthPackage the package ID.
 * On Enterprise Edition (enterprise-setup-plan.ts) a side is the VPC's owner — A's VPC in its region, B's in its
 * own — and each side has its transit router, that router's System route table (listed once the router exists,
 * ListTransitRouterRouteTables) and the VPC's attachment; the peer attachment joins the two routers.
 */
export type OutputName =
  | 'cenId'
  | 'bandwidthPackageId'
  | 'transitRouterIdA'
  | 'transitRouterIdB'
  | 'trRouteTableIdA'
  | 'trRouteTableIdB'
  | 'vpcAttachmentIdA'
  | 'vpcAttachmentIdB'
  | 'peerAttachmentId';

/**
 * Stands in for an output not produced yet, inside params of later calls (the preview shows it; the runner never
 * sends it — nextAction only returns a call whose producers are done, and by then the plan holds the real value).
 */
export const PLACEHOLDER: Readonly<Record<OutputName, string>> = {
  cenId: '{{cenId}}',
  bandwidthPackageId: '{{bandwidthPackageId}}',
  transitRouterIdA: '{{transitRouterIdA}}',
  transitRouterIdB: '{{transitRouterIdB}}',
  trRouteTableIdA: '{{trRouteTableIdA}}',
  trRouteTableIdB: '{{trRouteTableIdB}}',
  vpcAttachmentIdA: '{{vpcAttachmentIdA}}',
  vpcAttachmentIdB: '{{vpcAttachmentIdB}}',
  peerAttachmentId: '{{peerAttachmentId}}',
};

/**
 * 'done': the cloud already shows the result in its final status. 'waiting': the write was accepted, the resource
 * has not reached its final status yet (poll waitFor). 'pending': to be called. 'blocked': cannot be called as
 * planned (input missing or invalid, or the cloud is in a state that refuses it) — see reason.
 */
export type CallStatus = 'done' | 'waiting' | 'pending' | 'blocked';

/**
 * How to tell that a write has settled: poll `poll` with `params`, find our item in the list at `list` by `match`
 * (any of the alternatives), and compare its `field` with `until` — or, for until 'gone', wait until no item matches.
 * Lists and statuses: docs/reference/cen-api.md §3 and §7. Intervals and timeouts follow terraform-provider-alicloud's state
 * waits (docs/reference/cen-api.md §3: delay 5 s, min poll 3 s; timeouts per resource).
 */
export interface WaitFor {
  poll: `${Product}.${string}`;
  account: AccountName;
  /** A regional poll names its region in params.RegionId (the BFF body's rule, openapi/bff-request.ts). */
  params: Record<string, unknown>;
  list: readonly string[];
  match: readonly Readonly<Record<string, string>>[];
  field: string;
  until: readonly string[] | 'gone';
  intervalMs: number;
  timeoutMs: number;
  /**
   * Where outputs sit, as flattened keys over { params, match } (flattenParams rules), e.g.
   * { 'params.Filter.1.Value.1': 'cenId', 'match.1.CenId': 'cenId' }.
   */
  refs: Readonly<Record<string, OutputName>>;
}

export interface PlannedCall {
  /** Stable within a plan and across recomputations: 'create-cen', 'grant:vpc-…', 'limit:cn-beijing:cn-qingdao'. */
  id: string;
  step: StepNumber;
  /** Catalogue key, 'Cbn.CreateCen' (findAction(product, action) in openapi/actions.ts). */
  key: `${Product}.${string}`;
  product: Product;
  action: string;
  account: AccountName;
  /**
   * Set for regional actions (VPC): the region of the network the call acts on — params.RegionId, by the BFF body's
   * rule (openapi/bff-request.ts bodyRegion).
   */
  regionId?: string;
  /** Exactly the params the console POSTs (nested, as in the catalogue). Never a secret. */
  params: Record<string, unknown>;
  /** Flattened parameter keys whose value is an output of an earlier call (or its placeholder). */
  refs: Readonly<Record<string, OutputName>>;
  /** The output this call produces and where it is in the answer (a dotted path; numbers index lists). */
  produces?: { output: OutputName; field: string };
  /** Writes the BFF only accepts with a ClientToken: the console makes one per purpose and keeps it (progress-store). */
  clientToken?: { purpose: string; value?: string };
  dependsOn: readonly string[];
  waitFor?: WaitFor;
  status: CallStatus;
  reason?: string;
  /** One line for the preview, in English; the console may localise by id/key instead. */
  summary: string;
}

export interface PlanWarning {
  code:
    | 'prepaid-package-not-deletable'
    | 'package-left-behind'
    | 'legacy-basic-edition'
    | 'package-period-unknown'
    | 'service-open-irreversible'
    | 'auto-publish-unconfirmed';
  message: string;
  resourceId?: string;
}

export interface Plan {
  kind: 'setup' | 'teardown';
  /** Which CEN edition the calls are for; left out on the Basic-Edition plans (the tutorial's). */
  edition?: 'Enterprise';
  calls: PlannedCall[];
  warnings: PlanWarning[];
  /** Outputs already known (created or adopted), for the exports' import lines and variables. */
  known: Partial<Record<OutputName, string>>;
  accounts: { A: { uid?: string }; B: { uid?: string } };
}
