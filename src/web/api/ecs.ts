// ECS instances for step 6 (docs/reference/cen-api.md §2 step 6): the private IPs to ping across the CEN.
import { queryOptions } from '@tanstack/react-query';
import type { InstanceItem } from '../../domain/openapi/response-items';
import type { AccountName } from '../../domain/accounts';
import { callAction } from './client';

export type EcsInstance = InstanceItem;

export const ecsQueries = {
  all: ['ecs'] as const,
  inVpc: (account: AccountName, regionId: string, vpcId: string) =>
    queryOptions({
      queryKey: [...ecsQueries.all, account, regionId, vpcId] as const,
      queryFn: async ({ signal }) => {
        const all: EcsInstance[] = [];
        let token: string | undefined;
        // NextToken paging (PageNumber is deprecated for DescribeInstances, docs/reference/cen-api.md §2 step 6).
        for (let i = 0; i < 100; i += 1) {
          const page = await callAction(
            'DescribeInstances',
            {
              account,
              regionId,
              params: {
                RegionId: regionId,
                VpcId: vpcId,
                MaxResults: 100,
                ...(token ? { NextToken: token } : {}),
              },
            },
            signal,
          );
          all.push(...page.Instances.Instance);
          token = page.NextToken;
          if (!token || page.Instances.Instance.length === 0) break;
        }
        return all;
      },
    }),
};
