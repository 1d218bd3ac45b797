// Each setup call as one builder: the account, action, params, ClientToken purpose, output and wait of one tutorial
// write (docs/reference/cen-api.md §2, steps 1–5). The setup plan (setup-plan.ts) adds whether the call is done,
// pending or blocked; the steps (src/web/steps) send the same builders' calls, so what the preview shows is
// what a click sends.
import { buildCall, ref, type CallSpec } from './call-builder';
import { TOKEN_PURPOSE } from './client-token-purposes';
import type { PlannedCall } from './plan-types';
import type { LimitInput, NetworkInput, PackageInput } from './setup-input';
import { cenWait, childWait, limitWait, packageWait } from './waits';

/** What the plan adds to a call: its status (the steps send 'pending' calls), and the calls it needs first. */
export type CallState = Pick<CallSpec, 'status' | 'reason' | 'dependsOn'>;
const READY: CallState = { status: 'pending' };

type Tokens = Readonly<Record<string, string>>;
type Network = Pick<NetworkInput, 'owner' | 'type' | 'regionId' | 'instanceId'>;

export const attachCallId = (n: Pick<NetworkInput, 'instanceId'>) => `attach:${n.instanceId}`;
export const grantCallId = (n: Pick<NetworkInput, 'instanceId'>) => `grant:${n.instanceId}`;
/** Region pairs are unordered (TF's limit ID sorts them, docs/reference/cen-api.md §2 step 5). */
export const limitCallId = (a: string, b: string) => `limit:${[a, b].sort().join(':')}`;

const cenLabel = (cenId: string | undefined) => cenId ?? 'the new CEN';

/** Step 1 (A): create the CEN, wait until Active (TF's state wait, docs/reference/cen-api.md §3). */
export function createCenCall(
  cen: { name?: string | undefined; description?: string | undefined; id?: string | undefined },
  clientTokens: Tokens,
  state: CallState = READY,
): PlannedCall {
  return buildCall({
    id: 'create-cen',
    step: 1,
    product: 'Cbn',
    action: 'CreateCen',
    account: 'A',
    params: { Name: cen.name, Description: cen.description || undefined },
    produces: { output: 'cenId', field: 'CenId' },
    tokenPurpose: TOKEN_PURPOSE.createCen,
    clientTokens,
    waitFor: cenWait(ref('cenId', cen.id), ['Active']),
    ...state,
    summary: `Account A creates the CEN instance${cen.name ? ` "${cen.name}"` : ''}`,
  });
}

/**
 * Steps 1 and 3 (A): attach a network to the CEN — A's own in step 1, B's in step 3 with B's UID as
 * ChildInstanceOwnerId (required across accounts, docs/reference/cen-api.md §2 step 3).
 */
export function attachCall(
  n: Network,
  cenId: string | undefined,
  uidB: string | undefined,
  state: CallState = READY,
): PlannedCall {
  const crossAccount = n.owner === 'B';
  const cen = ref('cenId', cenId);
  return buildCall({
    id: attachCallId(n),
    step: crossAccount ? 3 : 1,
    product: 'Cbn',
    action: 'AttachCenChildInstance',
    account: 'A',
    params: {
      CenId: cen,
      ChildInstanceId: n.instanceId,
      ChildInstanceType: n.type,
      ChildInstanceRegionId: n.regionId,
      // The tutorial's "Owner Account" field.
      ChildInstanceOwnerId: crossAccount ? uidB : undefined,
    },
    waitFor: childWait(cen, n, ['Attached']),
    ...state,
    summary: `Account A attaches ${crossAccount ? "Account B's" : 'its'} ${n.type} ${n.instanceId} (${n.regionId}) to ${cenLabel(cenId)}`,
  });
}

/**
 * Step 2 (B): grant A's CEN the right to attach B's network, in the network's own region — a VPC action, so
 * RegionId is the network's (docs/reference/cen-api.md §2 step 2). CenOwnerId is A's UID, not a "CenUid".
 * Synchronous: TF does not poll after GrantInstanceToCen.
 */
export function grantCall(
  n: Pick<Network, 'type' | 'regionId' | 'instanceId'>,
  cenId: string | undefined,
  uidA: string | undefined,
  clientTokens: Tokens,
  state: CallState = READY,
): PlannedCall {
  return buildCall({
    id: grantCallId(n),
    step: 2,
    product: 'Vpc',
    action: 'GrantInstanceToCen',
    account: 'B',
    params: {
      RegionId: n.regionId,
      InstanceId: n.instanceId,
      InstanceType: n.type,
      CenId: ref('cenId', cenId),
      CenOwnerId: uidA,
    },
    tokenPurpose: TOKEN_PURPOSE.grant(cenId ?? '{{cenId}}', n.instanceId),
    clientTokens,
    ...state,
    summary: `Account B authorizes ${cenLabel(cenId)} (owner A) to attach its ${n.type} ${n.instanceId} (${n.regionId})`,
  });
}

type PackageOrder = Pick<
  PackageInput,
  'areaA' | 'areaB' | 'bandwidth' | 'name' | 'chargeType' | 'pricingCycle' | 'period'
>;

/**
 * A package's term as the plan can tell it: prepaid unless listed otherwise; a prepaid one bought elsewhere has a
 * period nobody can read back (DescribeCenBandwidthPackages does not list it, docs/reference/cen-api.md §2 step 4).
 */
export function packageTerm(pkg: PackageOrder | undefined): {
  prepaid: boolean;
  periodUnknown: boolean;
  term: string;
} {
  const prepaid = (pkg?.chargeType ?? 'PREPAY') === 'PREPAY';
  const periodUnknown = prepaid && (pkg?.period === undefined || pkg.pricingCycle === undefined);
  const term = !pkg
    ? ''
    : !prepaid
      ? 'pay-as-you-go'
      : periodUnknown
        ? 'purchase period unknown'
        : `${pkg.period} ${pkg.pricingCycle}`;
  return { prepaid, periodUnknown, term };
}

/**
 * Step 4 (A): buy the package, paid at once like Terraform (AutoPay=true, docs/reference/cen-api.md §2 step 4);
 * "successfully created when its status changes to Idle or InUse".
 */
export function createPackageCall(
  pkg: (PackageOrder & { id?: string | undefined }) | undefined,
  clientTokens: Tokens,
  state: CallState = READY,
): PlannedCall {
  const { prepaid, term } = packageTerm(pkg);
  return buildCall({
    id: 'create-package',
    step: 4,
    product: 'Cbn',
    action: 'CreateCenBandwidthPackage',
    account: 'A',
    params: pkg
      ? {
          Bandwidth: pkg.bandwidth,
          GeographicRegionAId: pkg.areaA,
          GeographicRegionBId: pkg.areaB,
          BandwidthPackageChargeType: pkg.chargeType ?? 'PREPAY',
          // Left out when unknown (materialize drops undefined): never a made-up period.
          PricingCycle: prepaid ? pkg.pricingCycle : undefined,
          Period: prepaid ? pkg.period : undefined,
          AutoPay: true,
          Name: pkg.name,
        }
      : {},
    produces: { output: 'bandwidthPackageId', field: 'CenBandwidthPackageId' },
    tokenPurpose: TOKEN_PURPOSE.createPackage,
    clientTokens,
    waitFor: packageWait(ref('bandwidthPackageId', pkg?.id), ['Idle', 'InUse']),
    dependsOn: [],
    ...state,
    summary: pkg
      ? `Account A buys the bandwidth package "${pkg.name}" (${pkg.bandwidth} Mbps, ${pkg.areaA}↔${pkg.areaB}, ${term})`
      : 'Account A buys a bandwidth package',
  });
}

/** Step 4 (A): associate the package with the CEN; TF waits for InUse with the CEN listed, at most 5 min. */
export function associatePackageCall(
  cenId: string | undefined,
  packageId: string | undefined,
  state: CallState = READY,
): PlannedCall {
  const pkg = ref('bandwidthPackageId', packageId);
  return buildCall({
    id: 'associate-package',
    step: 4,
    product: 'Cbn',
    action: 'AssociateCenBandwidthPackage',
    account: 'A',
    params: { CenId: ref('cenId', cenId), CenBandwidthPackageId: pkg },
    waitFor: packageWait(pkg, ['InUse'], 5 * 60_000),
    ...state,
    summary: `Account A associates the bandwidth package with ${cenLabel(cenId)}`,
  });
}

/** Step 5 (A): the bandwidth between two regions, out of the package's budget. */
export function limitCall(
  cenId: string | undefined,
  limit: Pick<LimitInput, 'localRegionId' | 'oppositeRegionId' | 'bandwidthLimit' | 'current'>,
  state: CallState = READY,
): PlannedCall {
  const { localRegionId: a, oppositeRegionId: b, bandwidthLimit, current } = limit;
  const cen = ref('cenId', cenId);
  return buildCall({
    id: limitCallId(a, b),
    step: 5,
    product: 'Cbn',
    action: 'SetCenInterRegionBandwidthLimit',
    account: 'A',
    params: {
      CenId: cen,
      LocalRegionId: a,
      OppositeRegionId: b,
      BandwidthLimit: bandwidthLimit,
      BandwidthType: 'BandwidthPackage',
    },
    waitFor: limitWait(cen, a, b, ['Active']),
    ...state,
    summary: `Account A sets ${bandwidthLimit} Mbps between ${a} and ${b}${current && current.bandwidthLimit !== bandwidthLimit ? ` (now ${current.bandwidthLimit} Mbps)` : ''}`,
  });
}
