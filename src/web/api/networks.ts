// Networks and grants (cen-api.md §2 steps 2–3): both accounts' VPCs and VBRs, B's grant rules (VPC side),
// the CEN-side grant view, and the CEN's attached child instances.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { AccountName } from './client';
import { callAction } from './client';
import { readAllPages, readAllTokens } from './paging';
import { pollEvery } from './cen';

export type NetworkType = 'VPC' | 'VBR';

export interface Network {
  id: string;
  name?: string | undefined;
  type: NetworkType;
  regionId: string;
  cidr?: string | undefined;
  /** A VPC's secondary CIDR blocks: the diagnosis reads them from this same list (diagnosis/describe.ts). */
  secondaryCidrs?: string[] | undefined;
  status: string;
}

const paged = { TotalCount: z.number() };

const vpcsView = z.object({
  ...paged,
  Vpcs: z.object({
    Vpc: z.array(
      z.object({
        VpcId: z.string(),
        VpcName: z.string().optional(),
        RegionId: z.string(),
        Status: z.string(),
        CidrBlock: z.string(),
        SecondaryCidrBlocks: z.object({ SecondaryCidrBlock: z.array(z.string()) }).optional(),
      }),
    ),
  }),
});

const vbrsView = z.object({
  ...paged,
  VirtualBorderRouterSet: z.object({
    VirtualBorderRouterType: z.array(
      z.object({ VbrId: z.string(), Name: z.string().optional(), Status: z.string() }),
    ),
  }),
});

async function listNetworks(
  account: AccountName,
  regionId: string,
  type: NetworkType,
  signal: AbortSignal,
): Promise<Network[]> {
  if (type === 'VPC') {
    return readAllPages(async (PageNumber) => {
      const page = await callAction(
        'DescribeVpcs',
        { account, regionId, params: { RegionId: regionId, PageNumber, PageSize: 50 } },
        vpcsView,
        signal,
      );
      return {
        totalCount: page.TotalCount,
        items: page.Vpcs.Vpc.map((v) => ({
          id: v.VpcId,
          name: v.VpcName,
          type: 'VPC' as const,
          regionId: v.RegionId,
          cidr: v.CidrBlock,
          secondaryCidrs: v.SecondaryCidrBlocks?.SecondaryCidrBlock,
          status: v.Status,
        })),
      };
    });
  }
  return readAllPages(async (PageNumber) => {
    const page = await callAction(
      'DescribeVirtualBorderRouters',
      { account, regionId, params: { RegionId: regionId, PageNumber, PageSize: 50 } },
      vbrsView,
      signal,
    );
    return {
      totalCount: page.TotalCount,
      items: page.VirtualBorderRouterSet.VirtualBorderRouterType.map((v) => ({
        id: v.VbrId,
        name: v.Name,
        type: 'VBR' as const,
        regionId,
        status: v.Status,
      })),
    };
  });
}

export const networkQueries = {
  all: ['networks'] as const,
  list: (account: AccountName, regionId: string, type: NetworkType) =>
    queryOptions({
      queryKey: [...networkQueries.all, account, regionId, type] as const,
      queryFn: ({ signal }) => listNetworks(account, regionId, type, signal),
      staleTime: 30_000,
    }),
};

// ── Grants ────────────────────────────────────────────────────────────────────────────────────────────

const vpcGrantsView = z.object({
  ...paged,
  CenGrantRules: z.object({
    CbnGrantRule: z.array(
      z.object({ CenInstanceId: z.string(), CenOwnerId: z.string(), CreationTime: z.string().optional() }),
    ),
  }),
});
export type VpcGrantRule = z.infer<typeof vpcGrantsView>['CenGrantRules']['CbnGrantRule'][number];

const cenGrantsView = z.object({
  NextToken: z.string().optional(),
  GrantRules: z.object({
    // Loose: the diagnosis reads the same cached list and needs the fields this view does not name.
    GrantRule: z.array(
      z.looseObject({
        CenId: z.string(),
        ChildInstanceId: z.string(),
        ChildInstanceOwnerId: z.string(),
        ChildInstanceRegionId: z.string(),
        ChildInstanceType: z.string(),
      }),
    ),
  }),
});
export type CenGrantRule = z.infer<typeof cenGrantsView>['GrantRules']['GrantRule'][number];

export const grantQueries = {
  all: ['grants'] as const,
  /** Account B's view of one network's grants (VPC console "CEN Cross Account Authorization"). */
  ofNetwork: (regionId: string, instanceId: string, type: NetworkType) =>
    queryOptions({
      queryKey: [...grantQueries.all, 'network', regionId, instanceId, type] as const,
      queryFn: ({ signal }) =>
        readAllPages(async (PageNumber) => {
          const page = await callAction(
            'Vpc.DescribeGrantRulesToCen',
            {
              account: 'B',
              regionId,
              params: {
                RegionId: regionId,
                InstanceId: instanceId,
                InstanceType: type,
                PageNumber,
                PageSize: 50,
              },
            },
            vpcGrantsView,
            signal,
          );
          return { totalCount: page.TotalCount, items: page.CenGrantRules.CbnGrantRule };
        }),
    }),
  /** Account A's view: every network of another account granted to this CEN. */
  toCen: (cenId: string, type: NetworkType) =>
    queryOptions({
      queryKey: [...grantQueries.all, 'cen', cenId, type] as const,
      queryFn: ({ signal }) =>
        readAllTokens(async (NextToken) => {
          const page = await callAction(
            'Cbn.DescribeGrantRulesToCen',
            {
              account: 'A',
              params: {
                CenId: cenId,
                ProductType: type,
                MaxResults: 100,
                ...(NextToken ? { NextToken } : {}),
              },
            },
            cenGrantsView,
            signal,
          );
          return { items: page.GrantRules.GrantRule, nextToken: page.NextToken };
        }),
    }),
};

export interface GrantRequest {
  regionId: string;
  instanceId: string;
  type: NetworkType;
  cenId: string;
  cenOwnerId: string;
  clientToken: string;
}

export async function grantInstanceToCen(r: GrantRequest): Promise<void> {
  await callAction(
    'Vpc.GrantInstanceToCen',
    {
      account: 'B',
      regionId: r.regionId,
      params: {
        RegionId: r.regionId,
        InstanceId: r.instanceId,
        InstanceType: r.type,
        CenId: r.cenId,
        CenOwnerId: r.cenOwnerId,
        ClientToken: r.clientToken,
      },
    },
    z.object({ RequestId: z.string() }),
  );
}

// ── Attachments ───────────────────────────────────────────────────────────────────────────────────────

const childrenView = z.object({
  ...paged,
  ChildInstances: z.object({
    // Loose: the diagnosis reads the same cached list and needs CenId (diagnosis/describe.ts).
    ChildInstance: z.array(
      z.looseObject({
        ChildInstanceId: z.string(),
        ChildInstanceType: z.string(),
        ChildInstanceRegionId: z.string(),
        ChildInstanceOwnerId: z.string(),
        Status: z.string(),
      }),
    ),
  }),
});
export type Attachment = z.infer<typeof childrenView>['ChildInstances']['ChildInstance'][number];

export const attachmentQueries = {
  all: ['attachments'] as const,
  ofCen: (cenId: string) =>
    queryOptions({
      queryKey: [...attachmentQueries.all, cenId] as const,
      queryFn: ({ signal }) =>
        readAllPages(async (PageNumber) => {
          const page = await callAction(
            'DescribeCenAttachedChildInstances',
            { account: 'A', params: { CenId: cenId, PageNumber, PageSize: 50 } },
            childrenView,
            signal,
          );
          return { totalCount: page.TotalCount, items: page.ChildInstances.ChildInstance };
        }),
      // Attaching → Attached (cen-api.md §3): poll while anything is still changing.
      refetchInterval: (query) =>
        pollEvery(query, query.state.data?.some((child) => child.Status !== 'Attached') ?? false),
    }),
};

export interface AttachRequest {
  cenId: string;
  instanceId: string;
  type: NetworkType;
  regionId: string;
  /** Only for another account's network (cen-api.md §2 step 3: required across accounts). */
  ownerId?: string | undefined;
}

export async function attachChildInstance(r: AttachRequest): Promise<void> {
  await callAction(
    'AttachCenChildInstance',
    {
      account: 'A',
      params: {
        CenId: r.cenId,
        ChildInstanceId: r.instanceId,
        ChildInstanceType: r.type,
        ChildInstanceRegionId: r.regionId,
        ...(r.ownerId ? { ChildInstanceOwnerId: r.ownerId } : {}),
      },
    },
    z.object({ RequestId: z.string() }),
  );
}
