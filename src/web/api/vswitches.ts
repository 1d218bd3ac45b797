// The vSwitches a transit-router VPC attachment may map, with their free IPs (docs/reference/enterprise-edition.md
// §2 step 5): a VPC's own list read by its owner (Vpc DescribeVSwitches, AvailableIpAddressCount), and the zones
// the router of a region may use (ListTransitRouterAvailableResource, §2 step 2). B's attachable vSwitches as A sees
// them are transitQueries.vSwitches (ListGrantVSwitchesToCen, §2 step 4).
import { queryOptions } from '@tanstack/react-query';
import type { AccountName } from '../../domain/accounts';
import { callAction } from './client';
import { readAllPages } from './paging';

export const vSwitchQueries = {
  all: ['vswitches'] as const,
  /** A VPC's vSwitches as its owner sees them, with free IPs; read again each time the step is opened. */
  ofVpc: (account: AccountName, regionId: string, vpcId: string) =>
    queryOptions({
      queryKey: [...vSwitchQueries.all, 'of-vpc', account, regionId, vpcId] as const,
      queryFn: ({ signal }) =>
        readAllPages(async (PageNumber) => {
          const page = await callAction(
            'DescribeVSwitches',
            { account, regionId, params: { RegionId: regionId, VpcId: vpcId, PageNumber, PageSize: 50 } },
            signal,
          );
          return { totalCount: page.TotalCount, items: page.VSwitches.VSwitch };
        }),
    }),
  /** The zones a router of the region may use (AvailableZones). */
  routerZones: (regionId: string) =>
    queryOptions({
      queryKey: [...vSwitchQueries.all, 'router-zones', regionId] as const,
      queryFn: async ({ signal }) =>
        (
          await callAction(
            'ListTransitRouterAvailableResource',
            { account: 'A', params: { RegionId: regionId } },
            signal,
          )
        ).AvailableZones,
      staleTime: Infinity,
    }),
};
