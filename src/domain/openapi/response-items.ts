// The items of the catalogue's Describe lists, named once for everyone who reads them: the console's fetchers
// (src/web/api), the diagnosis (src/domain/diagnosis) and their tests. Each is the catalogue's response schema's
// output (actions.ts ResponseOf), so a field the cloud answers is declared in one place — the product's
// *-actions.ts — and a field the schema does not name is a type error here and everywhere else.
import type { ResponseOf } from './actions';

// ── Cbn ───────────────────────────────────────────────────────────────────────────────────────────────

/** Cbn.DescribeCens → Cens.Cen[] */
export type CenItem = ResponseOf<'DescribeCens'>['Cens']['Cen'][number];

/** Cbn.DescribeCenAttachedChildInstances → ChildInstances.ChildInstance[] */
export type ChildInstanceItem =
  ResponseOf<'DescribeCenAttachedChildInstances'>['ChildInstances']['ChildInstance'][number];

/** Cbn.DescribeGrantRulesToCen (Account A's view of the grants to its CEN) → GrantRules.GrantRule[] */
export type CenGrantRuleItem = ResponseOf<'Cbn.DescribeGrantRulesToCen'>['GrantRules']['GrantRule'][number];

/** Cbn.DescribeCenChildInstanceRouteEntries → CenRouteEntries.CenRouteEntry[] (a child VPC's route table). */
export type RouteEntryItem =
  ResponseOf<'DescribeCenChildInstanceRouteEntries'>['CenRouteEntries']['CenRouteEntry'][number];

/** Cbn.DescribeCenBandwidthPackages → CenBandwidthPackages.CenBandwidthPackage[] */
export type BandwidthPackageItem =
  ResponseOf<'DescribeCenBandwidthPackages'>['CenBandwidthPackages']['CenBandwidthPackage'][number];

/** Cbn.DescribeCenInterRegionBandwidthLimits → CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit[] */
type Limits = ResponseOf<'DescribeCenInterRegionBandwidthLimits'>['CenInterRegionBandwidthLimits'];
export type InterRegionLimitItem = Limits['CenInterRegionBandwidthLimit'][number];

// ── Vpc ───────────────────────────────────────────────────────────────────────────────────────────────

/** Vpc.DescribeVpcs → Vpcs.Vpc[] */
export type VpcItem = ResponseOf<'DescribeVpcs'>['Vpcs']['Vpc'][number];

/** Vpc.DescribeVirtualBorderRouters → VirtualBorderRouterSet.VirtualBorderRouterType[] */
export type VbrItem =
  ResponseOf<'DescribeVirtualBorderRouters'>['VirtualBorderRouterSet']['VirtualBorderRouterType'][number];

/** Vpc.DescribeGrantRulesToCen (Account B's own record of its grants) → CenGrantRules.CbnGrantRule[] */
export type VpcGrantRuleItem =
  ResponseOf<'Vpc.DescribeGrantRulesToCen'>['CenGrantRules']['CbnGrantRule'][number];

// ── Ecs ───────────────────────────────────────────────────────────────────────────────────────────────

/** Ecs.DescribeInstances → Instances.Instance[] */
export type InstanceItem = ResponseOf<'DescribeInstances'>['Instances']['Instance'][number];

/** One security group with the rules of every page of Ecs.DescribeSecurityGroupAttribute (no page's own fields). */
export type SecurityGroupItem = Omit<ResponseOf<'DescribeSecurityGroupAttribute'>, 'RequestId' | 'NextToken'>;

/** Ecs.DescribeSecurityGroupAttribute → Permissions.Permission[] */
export type PermissionItem = SecurityGroupItem['Permissions']['Permission'][number];

/** Ecs.DescribeInvocationResults → Invocation.InvocationResults.InvocationResult[] */
export type InvocationResultItem =
  ResponseOf<'DescribeInvocationResults'>['Invocation']['InvocationResults']['InvocationResult'][number];
