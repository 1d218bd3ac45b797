// Networks and grants (docs/reference/cen-api.md §2 steps 2–3): both accounts' VPCs and VBRs, B's grant rules
// (VPC side), the CEN-side grant view, and the CEN's attached child instances.
import { queryOptions } from '@tanstack/react-query';
import type {
  CenGrantRuleItem,
  ChildInstanceItem,
  VpcGrantRuleItem,
} from '../../domain/openapi/response-items';
import type { AccountName } from '../../domain/accounts';
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
  /** A VPC's vRouter (VRouterId): the Terraform export's route-entry import lines name it. */
  vRouterId?: string | undefined;
  status: string;
}

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
          vRouterId: v.VRouterId,
          status: v.Status,
        })),
      };
    });
  }
  return readAllPages(async (PageNumber) => {
    const page = await callAction(
      'DescribeVirtualBorderRouters',
      { account, regionId, params: { RegionId: regionId, PageNumber, PageSize: 50 } },
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

export type VpcGrantRule = VpcGrantRuleItem;
export type CenGrantRule = CenGrantRuleItem;

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
            signal,
          );
          return { items: page.GrantRules.GrantRule, nextToken: page.NextToken };
        }),
    }),
};

// ── Attachments ───────────────────────────────────────────────────────────────────────────────────────

export type Attachment = ChildInstanceItem;

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
            signal,
          );
          return { totalCount: page.TotalCount, items: page.ChildInstances.ChildInstance };
        }),
      // Attaching → Attached (docs/reference/cen-api.md §3): poll while anything is still changing.
      refetchInterval: (query) =>
        pollEvery(query, query.state.data?.some((child) => child.Status !== 'Attached') ?? false),
    }),
};
