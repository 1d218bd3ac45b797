// The Describe calls the diagnosis reads (issue 6), each wrapped with inspect() so a refusal — e.g. Forbidden.RAM
// with Account B's keys (cen-api.md §4) — becomes an 'unknown' input to the engine, never an exception and never
// a silent pass. Views are the api-items.ts shapes (src/domain/diagnosis), checked with zod after the catalogue.
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type {
  BandwidthPackageItem,
  CenGrantRuleItem,
  ChildInstanceItem,
  InstanceItem,
  InterRegionLimitItem,
  RouteEntryItem,
  SecurityGroupItem,
  VpcGrantRuleItem,
  VpcItem,
} from '../../domain/diagnosis/api-items';
import type { ApiCall } from '../../domain/diagnosis/api-call';
import { inspect, type Account, type Inspected } from '../../domain/diagnosis/inspection';
import { toApiError } from '../api/api-error';
import { limitQueries, packageQueries } from '../api/bandwidth';
import { callAction } from '../api/client';
import { ecsQueries } from '../api/ecs';
import { attachmentQueries, grantQueries, networkQueries } from '../api/networks';
import { readAllPages } from '../api/paging';

/**
 * Where the diagnosis reads lists the steps also read: the console's query cache, under the steps' own keys, so a
 * preflight or a path check right after a step reuses what that step read instead of calling the cloud again
 * (issue 9: API calls per run). maxAgeMs 0 reads the cloud now: a re-run the user asked for, and the check after a
 * fix. What only the diagnosis reads (security groups, route entries) is always read afresh.
 */
export interface DescribeCache {
  client: QueryClient;
  maxAgeMs: number;
}

/** fetchQuery options: the cached list when younger than maxAgeMs; no retry, since a refusal is an input here. */
const within = (cache: DescribeCache) => ({ staleTime: cache.maxAgeMs, retry: false }) as const;

const instancesView = z.object({
  NextToken: z.string().optional(),
  Instances: z.object({
    Instance: z.array(
      z.looseObject({
        InstanceId: z.string(),
        InstanceName: z.string().optional(),
        Status: z.string(),
        RegionId: z.string(),
        VpcAttributes: z.looseObject({
          VpcId: z.string(),
          PrivateIpAddress: z.object({ IpAddress: z.array(z.string()) }),
        }),
        SecurityGroupIds: z.object({ SecurityGroupId: z.array(z.string()) }),
      }),
    ),
  }),
});

const securityGroupView = z.looseObject({
  SecurityGroupId: z.string(),
  SecurityGroupName: z.string().optional(),
  VpcId: z.string().optional(),
  NextToken: z.string().optional(),
  Permissions: z.object({
    Permission: z.array(
      z.looseObject({
        SecurityGroupRuleId: z.string().optional(),
        Direction: z.string(),
        IpProtocol: z.string(),
        PortRange: z.string(),
        SourceCidrIp: z.string().optional(),
        SourceGroupId: z.string().optional(),
        DestCidrIp: z.string().optional(),
        DestGroupId: z.string().optional(),
        Policy: z.string(),
        Priority: z.string(),
        Description: z.string().optional(),
      }),
    ),
  }),
});

const routesView = z.object({
  TotalCount: z.number(),
  CenRouteEntries: z.object({
    CenRouteEntry: z.array(
      z.looseObject({
        DestinationCidrBlock: z.string(),
        Status: z.string().optional(),
        Type: z.string().optional(),
        NextHopType: z.string().optional(),
        NextHopInstanceId: z.string().optional(),
        NextHopRegionId: z.string().optional(),
        Conflicts: z
          .object({
            Conflict: z.array(
              z.looseObject({ DestinationCidrBlock: z.string().optional(), Status: z.string().optional() }),
            ),
          })
          .optional(),
      }),
    ),
  }),
});

const childrenView = z.object({
  TotalCount: z.number(),
  ChildInstances: z.object({
    ChildInstance: z.array(
      z.looseObject({
        CenId: z.string(),
        ChildInstanceId: z.string(),
        ChildInstanceType: z.string(),
        ChildInstanceRegionId: z.string(),
        ChildInstanceOwnerId: z.string(),
        Status: z.string(),
      }),
    ),
  }),
});

const limitsView = z.object({
  TotalCount: z.number(),
  CenInterRegionBandwidthLimits: z.object({
    CenInterRegionBandwidthLimit: z.array(
      z.looseObject({
        CenId: z.string(),
        LocalRegionId: z.string(),
        OppositeRegionId: z.string(),
        BandwidthLimit: z.number(),
        Status: z.string(),
        BandwidthPackageId: z.string().optional(),
      }),
    ),
  }),
});

const packagesView = z.object({
  TotalCount: z.number(),
  CenBandwidthPackages: z.object({
    CenBandwidthPackage: z.array(
      z.looseObject({
        CenBandwidthPackageId: z.string(),
        Name: z.string().optional(),
        Status: z.string(),
        Bandwidth: z.number(),
        GeographicRegionAId: z.string(),
        GeographicRegionBId: z.string(),
        CenIds: z.object({ CenId: z.array(z.string()) }).optional(),
        OrginInterRegionBandwidthLimits: z
          .object({
            OrginInterRegionBandwidthLimit: z.array(
              z.looseObject({
                LocalRegionId: z.string(),
                OppositeRegionId: z.string(),
                BandwidthLimit: z.string(),
              }),
            ),
          })
          .optional(),
      }),
    ),
  }),
});

const vpcGrantsView = z.object({
  TotalCount: z.number(),
  CenGrantRules: z.object({
    CbnGrantRule: z.array(
      z.looseObject({
        CenInstanceId: z.string(),
        CenOwnerId: z.string(),
        CreationTime: z.string().optional(),
      }),
    ),
  }),
});

const cenGrantsView = z.object({
  NextToken: z.string().optional(),
  GrantRules: z.object({
    GrantRule: z.array(
      z.looseObject({
        CenId: z.string(),
        CenOwnerId: z.string(),
        ChildInstanceId: z.string(),
        ChildInstanceOwnerId: z.string(),
        ChildInstanceRegionId: z.string(),
        ChildInstanceType: z.string(),
      }),
    ),
  }),
});

// The item views of the lists read through the cache (the steps' queries keep every field: looseObject).
const instanceItems = instancesView.shape.Instances.shape.Instance;
const childItems = childrenView.shape.ChildInstances.shape.ChildInstance;
const limitItems = limitsView.shape.CenInterRegionBandwidthLimits.shape.CenInterRegionBandwidthLimit;
const packageItems = packagesView.shape.CenBandwidthPackages.shape.CenBandwidthPackage;
const vpcGrantItems = vpcGrantsView.shape.CenGrantRules.shape.CbnGrantRule;
const cenGrantItems = cenGrantsView.shape.GrantRules.shape.GrantRule;

const run = <T>(account: Account, action: string, fn: () => Promise<T>, regionId?: string) =>
  inspect(account, action, fn, toApiError, regionId);

/**
 * One VPC from Vpc.DescribeVpcs of its region — the list the network pickers read (networkQueries.list) — so
 * checking the networks of a region costs one list, not a call per VPC. One that is not listed is reported as
 * InvalidVpcId.NotFound.
 */
export function inspectVpc(
  cache: DescribeCache,
  account: Account,
  regionId: string,
  vpcId: string,
): Promise<Inspected<VpcItem>> {
  return run(
    account,
    'Vpc.DescribeVpcs',
    async () => {
      const list = await cache.client.fetchQuery({
        ...networkQueries.list(account, regionId, 'VPC'),
        ...within(cache),
      });
      const vpc = list.find((v) => v.id === vpcId);
      if (!vpc?.cidr) throw new Error(`InvalidVpcId.NotFound: ${vpcId} is not in ${regionId}.`);
      return {
        VpcId: vpc.id,
        ...(vpc.name ? { VpcName: vpc.name } : {}),
        RegionId: vpc.regionId,
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
  account: Account,
  regionId: string,
  vpcId: string,
): Promise<Inspected<InstanceItem[]>> {
  return run(
    account,
    'Ecs.DescribeInstances',
    async () =>
      instanceItems.parse(
        await cache.client.fetchQuery({ ...ecsQueries.inVpc(account, regionId, vpcId), ...within(cache) }),
      ),
    regionId,
  );
}

/** Ecs.DescribeSecurityGroupAttribute for each group of an instance; one refusal makes the whole set unknown. */
export async function inspectSecurityGroups(
  account: Account,
  regionId: string,
  groupIds: readonly string[],
): Promise<Inspected<SecurityGroupItem[]>> {
  return run(
    account,
    'Ecs.DescribeSecurityGroupAttribute',
    () =>
      Promise.all(
        groupIds.map(async (SecurityGroupId) => {
          const rules: SecurityGroupItem['Permissions']['Permission'] = [];
          let first: z.infer<typeof securityGroupView> | undefined;
          let token: string | undefined;
          for (let i = 0; i < 20; i += 1) {
            const page = await callAction(
              'DescribeSecurityGroupAttribute',
              {
                account,
                regionId,
                params: {
                  RegionId: regionId,
                  SecurityGroupId,
                  Direction: 'all',
                  MaxResults: 1000,
                  ...(token ? { NextToken: token } : {}),
                },
              },
              securityGroupView,
            );
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
  return run('A', 'Cbn.DescribeCenChildInstanceRouteEntries', () =>
    readAllPages(async (PageNumber) => {
      const page = await callAction(
        'DescribeCenChildInstanceRouteEntries',
        {
          account: 'A',
          params: {
            CenId: cenId,
            ChildInstanceId: vpcId,
            ChildInstanceType: 'VPC',
            ChildInstanceRegionId: regionId,
            PageNumber,
            PageSize: 500,
          },
        },
        routesView,
      );
      return { totalCount: page.TotalCount, items: page.CenRouteEntries.CenRouteEntry };
    }),
  );
}

export function inspectAttachments(
  cache: DescribeCache,
  cenId: string,
): Promise<Inspected<ChildInstanceItem[]>> {
  return run('A', 'Cbn.DescribeCenAttachedChildInstances', async () =>
    childItems.parse(await cache.client.fetchQuery({ ...attachmentQueries.ofCen(cenId), ...within(cache) })),
  );
}

export function inspectLimits(
  cache: DescribeCache,
  cenId: string,
): Promise<Inspected<InterRegionLimitItem[]>> {
  return run('A', 'Cbn.DescribeCenInterRegionBandwidthLimits', async () =>
    limitItems.parse(await cache.client.fetchQuery({ ...limitQueries.ofCen(cenId), ...within(cache) })),
  );
}

/** Every package of Account A: associated ones list the CEN in CenIds; idle ones may be adopted. */
export function inspectPackages(cache: DescribeCache): Promise<Inspected<BandwidthPackageItem[]>> {
  return run('A', 'Cbn.DescribeCenBandwidthPackages', async () =>
    packageItems.parse(await cache.client.fetchQuery({ ...packageQueries.ofAccount(), ...within(cache) })),
  );
}

/** Account B's own record of what it granted (Vpc.DescribeGrantRulesToCen, B's keys) — step 2's list. */
export function inspectGrantsFromOwner(
  cache: DescribeCache,
  account: Account,
  regionId: string,
  vpcId: string,
): Promise<Inspected<VpcGrantRuleItem[]>> {
  return run(
    account,
    'Vpc.DescribeGrantRulesToCen',
    async () => {
      // The steps' query is Account B's view; any other owner is read directly.
      if (account === 'B')
        return vpcGrantItems.parse(
          await cache.client.fetchQuery({
            ...grantQueries.ofNetwork(regionId, vpcId, 'VPC'),
            ...within(cache),
          }),
        );
      return readAllPages(async (PageNumber) => {
        const page = await callAction(
          'Vpc.DescribeGrantRulesToCen',
          {
            account,
            regionId,
            params: { RegionId: regionId, InstanceId: vpcId, InstanceType: 'VPC', PageNumber, PageSize: 50 },
          },
          vpcGrantsView,
        );
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
  return run('A', 'Cbn.DescribeGrantRulesToCen', async () =>
    cenGrantItems.parse(
      await cache.client.fetchQuery({ ...grantQueries.toCen(cenId, 'VPC'), ...within(cache) }),
    ),
  );
}

/** Sends an offered ApiCall (a fix, or the ping) exactly as shown to the user. */
export async function sendApiCall(call: ApiCall): Promise<Record<string, unknown>> {
  return callAction(
    call.key,
    { account: call.account, ...(call.regionId ? { regionId: call.regionId } : {}), params: call.params },
    z.looseObject({}),
  );
}
