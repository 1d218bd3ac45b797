// ECS instances for step 6 (cen-api.md §2 step 6): the private IPs to ping across the CEN.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { AccountName } from './client';
import { callAction } from './client';

const instancesView = z.object({
  TotalCount: z.number(),
  NextToken: z.string().optional(),
  Instances: z.object({
    // Loose: the path diagnosis reads the same cached list with its own, wider view (diagnosis/describe.ts).
    Instance: z.array(
      z.looseObject({
        InstanceId: z.string(),
        InstanceName: z.string().optional(),
        Status: z.string(),
        RegionId: z.string(),
        VpcAttributes: z.object({
          VpcId: z.string(),
          PrivateIpAddress: z.object({ IpAddress: z.array(z.string()) }),
        }),
        SecurityGroupIds: z.object({ SecurityGroupId: z.array(z.string()) }),
      }),
    ),
  }),
});
export type EcsInstance = z.infer<typeof instancesView>['Instances']['Instance'][number];

export const ecsQueries = {
  all: ['ecs'] as const,
  inVpc: (account: AccountName, regionId: string, vpcId: string) =>
    queryOptions({
      queryKey: [...ecsQueries.all, account, regionId, vpcId] as const,
      queryFn: async ({ signal }) => {
        const all: EcsInstance[] = [];
        let token: string | undefined;
        // NextToken paging (PageNumber is deprecated for DescribeInstances, cen-api.md §2 step 6).
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
            instancesView,
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
