// The Describe calls the diagnosis reads, each wrapped with inspect() so a refusal — e.g. Forbidden.RAM with
// Account B's keys (docs/reference/cen-api.md §4) — becomes an 'unknown' input to the engine, never an exception
// and never a silent pass. What they hand over is the catalogue's answer as the client parsed it
// (src/domain/openapi/response-items.ts), the same items the steps' queries cache.
import type { QueryClient } from '@tanstack/react-query';
import type { ApiCall } from '../../domain/diagnosis/api-call';
import { inspect, type Inspected } from '../../domain/diagnosis/inspection';
import type {
  BandwidthPackageItem,
  CenGrantRuleItem,
  ChildInstanceItem,
  InstanceItem,
  InterRegionLimitItem,
  PermissionItem,
  RouteEntryItem,
  SecurityGroupItem,
  VpcGrantRuleItem,
  VpcItem,
} from '../../domain/openapi/response-items';
import { toApiError } from '../api/api-error';
import { limitQueries, packageQueries } from '../api/bandwidth';
import { callAction, callNamedAction } from '../api/client';
import { ecsQueries } from '../api/ecs';
import { attachmentQueries, grantQueries, networkQueries } from '../api/networks';
import { readAllPages } from '../api/paging';
import type { AccountName } from '../../domain/accounts';

/**
 * Where the diagnosis reads lists the steps also read: the console's query cache, under the steps' own keys, so a
 * preflight or a path check right after a step reuses what that step read instead of calling the cloud again
 * (fewer API calls per run). maxAgeMs 0 reads the cloud now: a re-run the user asked for, and the check after a
 * fix. What only the diagnosis reads (security groups, route entries) is always read afresh.
 */
export interface DescribeCache {
  client: QueryClient;
  maxAgeMs: number;
}

/** fetchQuery options: the cached list when younger than maxAgeMs; no retry, since a refusal is an input here. */
export const withinCache = (cache: DescribeCache) => ({ staleTime: cache.maxAgeMs, retry: false }) as const;

export const inspectCall = <T>(
  account: AccountName,
  action: string,
  fn: () => Promise<T>,
  regionId?: string,
) => inspect(account, action, fn, toApiError, regionId);

/**
 * One VPC from Vpc.DescribeVpcs of its region — the list the network pickers read (networkQueries.list) — so
 * checking the networks of a region costs one list, not a call per VPC. One that is not listed is reported as
 * InvalidVpcId.NotFound.
 */
export function inspectVpc(
  cache: DescribeCache,
  account: AccountName,
  regionId: string,
  vpcId: string,
): Promise<Inspected<VpcItem>> {
  return inspectCall(
    account,
    'Vpc.DescribeVpcs',
    async () => {
      const list = await cache.client.fetchQuery({
        ...networkQueries.list(account, regionId, 'VPC'),
        ...withinCache(cache),
      });
      const vpc = list.find((v) => v.id === vpcId);
      if (!vpc?.cidr) throw new Error(`InvalidVpcId.NotFound: ${vpcId} is not in ${regionId}.`);
      return {
        VpcId: vpc.id,
        ...(vpc.name ? { VpcName: vpc.name } : {}),
        RegionId: vpc.regionId,
        Status: vpc.status,
        CidrBlock: vpc.cidr,
        ...(vpc.secondaryCidrs ? { SecondaryCidrBlocks: { SecondaryCidrBlock: vpc.secondaryCidrs } } : {}),
      };
    },
    regionId,
  );
}

/** Ecs.DescribeInstances in one VPC, every page — the list step 6's instance pickers read (ecsQueries.inVpc). */
export function inspectInstances(
  cache: DescribeCache,
  account: AccountName,
  regionId: string,
  vpcId: string,
): Promise<Inspected<InstanceItem[]>> {
  return inspectCall(
    account,
    'Ecs.DescribeInstances',
    () => cache.client.fetchQuery({ ...ecsQueries.inVpc(account, regionId, vpcId), ...withinCache(cache) }),
    regionId,
  );
}

/** Ecs.DescribeSecurityGroupAttribute for each group of an instance; one refusal makes the whole set unknown. */
export async function inspectSecurityGroups(
  account: AccountName,
  regionId: string,
  groupIds: readonly string[],
): Promise<Inspected<SecurityGroupItem[]>> {
  return inspectCall(
    account,
    'Ecs.DescribeSecurityGroupAttribute',
    () =>
      Promise.all(
        groupIds.map(async (SecurityGroupId) => {
          const rules: PermissionItem[] = [];
          let first: SecurityGroupItem | undefined;
          let token: string | undefined;
          for (let i = 0; i < 20; i += 1) {
            const page = await callAction('DescribeSecurityGroupAttribute', {
              account,
              regionId,
              params: {
                RegionId: regionId,
                SecurityGroupId,
                Direction: 'all',
                MaxResults: 1000,
                ...(token ? { NextToken: token } : {}),
              },
            });
            first ??= page;
            rules.push(...page.Permissions.Permission);
            token = page.NextToken || undefined;
            if (!token) break;
          }
          return { ...first!, Permissions: { Permission: rules } };
        }),
      ),
    regionId,
  );
}

/** Cbn.DescribeCenChildInstanceRouteEntries for one attached VPC, read with the CEN owner's (A's) keys. */
export function inspectRoutes(
  cenId: string,
  regionId: string,
  vpcId: string,
): Promise<Inspected<RouteEntryItem[]>> {
  return inspectCall('A', 'Cbn.DescribeCenChildInstanceRouteEntries', () =>
    readAllPages(async (PageNumber) => {
      const page = await callAction('DescribeCenChildInstanceRouteEntries', {
        account: 'A',
        params: {
          CenId: cenId,
          ChildInstanceId: vpcId,
          ChildInstanceType: 'VPC',
          ChildInstanceRegionId: regionId,
          PageNumber,
          PageSize: 500,
        },
      });
      return { totalCount: page.TotalCount, items: page.CenRouteEntries.CenRouteEntry };
    }),
  );
}

export function inspectAttachments(
  cache: DescribeCache,
  cenId: string,
): Promise<Inspected<ChildInstanceItem[]>> {
  return inspectCall('A', 'Cbn.DescribeCenAttachedChildInstances', () =>
    cache.client.fetchQuery({ ...attachmentQueries.ofCen(cenId), ...withinCache(cache) }),
  );
}

export function inspectLimits(
  cache: DescribeCache,
  cenId: string,
): Promise<Inspected<InterRegionLimitItem[]>> {
  return inspectCall('A', 'Cbn.DescribeCenInterRegionBandwidthLimits', () =>
    cache.client.fetchQuery({ ...limitQueries.ofCen(cenId), ...withinCache(cache) }),
  );
}

/** Every package of Account A: associated ones list the CEN in CenIds; idle ones may be adopted. */
export function inspectPackages(cache: DescribeCache): Promise<Inspected<BandwidthPackageItem[]>> {
  return inspectCall('A', 'Cbn.DescribeCenBandwidthPackages', () =>
    cache.client.fetchQuery({ ...packageQueries.ofAccount(), ...withinCache(cache) }),
  );
}

/** Account B's own record of what it granted (Vpc.DescribeGrantRulesToCen, B's keys) — step 2's list. */
export function inspectGrantsFromOwner(
  cache: DescribeCache,
  account: AccountName,
  regionId: string,
  vpcId: string,
): Promise<Inspected<VpcGrantRuleItem[]>> {
  return inspectCall(
    account,
    'Vpc.DescribeGrantRulesToCen',
    async () => {
      // The steps' query is Account B's view; any other owner is read directly.
      if (account === 'B')
        return cache.client.fetchQuery({
          ...grantQueries.ofNetwork(regionId, vpcId, 'VPC'),
          ...withinCache(cache),
        });
      return readAllPages(async (PageNumber) => {
        const page = await callAction('Vpc.DescribeGrantRulesToCen', {
          account,
          regionId,
          params: { RegionId: regionId, InstanceId: vpcId, InstanceType: 'VPC', PageNumber, PageSize: 50 },
        });
        return { totalCount: page.TotalCount, items: page.CenGrantRules.CbnGrantRule };
      });
    },
    regionId,
  );
}

/** Account A's view of every network granted to this CEN (Cbn.DescribeGrantRulesToCen, A's keys) — step 3's. */
export function inspectGrantsToCen(
  cache: DescribeCache,
  cenId: string,
): Promise<Inspected<CenGrantRuleItem[]>> {
  return inspectCall('A', 'Cbn.DescribeGrantRulesToCen', () =>
    cache.client.fetchQuery({ ...grantQueries.toCen(cenId, 'VPC'), ...withinCache(cache) }),
  );
}

/** Sends an offered ApiCall (a fix, or the ping) exactly as shown to the user. */
export async function sendApiCall(call: ApiCall): Promise<Record<string, unknown>> {
  return callNamedAction(call.key, {
    account: call.account,
    ...(call.regionId ? { regionId: call.regionId } : {}),
    params: call.params,
  });
}
