// Enterprise Edition reads (docs/reference/enterprise-edition.md §2): each account's transit-router service, a
// CEN's routers, its VPC and peer attachments, the routers' System route tables with their associations and
// propagations, B's grants to routers, the vSwitches A may attach, and the VPC route tables. Every list is read to
// its end (flat arrays paged by PageNumber or NextToken, §1) and polled while something in it is still changing.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { AccountName } from '../../domain/accounts';
import { callAction } from './client';
import { pollEvery } from './cen';
import { readAllPages, readAllTokens } from './paging';

/** Statuses that end a wait (§2 steps 2, 5, 6, 8, 10 b); anything else is still changing. */
const SETTLED = new Set(['Active', 'Attached', 'Available']);
const anyChanging = (items: readonly { Status?: string | undefined }[] | undefined) =>
  (items ?? []).some((i) => i.Status !== undefined && !SETTLED.has(i.Status));

/** The service answers Enabled as "true" (SDK) or true (TF): both mean on (§2 step 0). */
export const serviceEnabled = (enabled: string | boolean) => enabled === true || enabled === 'true';

export const transitQueries = {
  all: ['transit'] as const,
  service: (account: AccountName) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'service', account] as const,
      queryFn: async ({ signal }) =>
        serviceEnabled(
          (await callAction('CheckTransitRouterService', { account, params: {} }, signal)).Enabled,
        ),
    }),
  routers: (cenId: string) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'routers', cenId] as const,
      queryFn: ({ signal }) =>
        readAllPages(async (PageNumber) => {
          const page = await callAction(
            'ListTransitRouters',
            { account: 'A', params: { CenId: cenId, PageNumber, PageSize: 50 } },
            signal,
          );
          return { totalCount: page.TotalCount, items: page.TransitRouters };
        }),
      refetchInterval: (query) => pollEvery(query, anyChanging(query.state.data)),
    }),
  vpcAttachments: (cenId: string) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'vpc-attachments', cenId] as const,
      queryFn: ({ signal }) =>
        readAllTokens(async (NextToken) => {
          const page = await callAction(
            'ListTransitRouterVpcAttachments',
            { account: 'A', params: { CenId: cenId, MaxResults: 100, ...(NextToken ? { NextToken } : {}) } },
            signal,
          );
          return { items: page.TransitRouterAttachments, nextToken: page.NextToken };
        }),
      refetchInterval: (query) => pollEvery(query, anyChanging(query.state.data)),
    }),
  peerAttachments: (cenId: string) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'peer-attachments', cenId] as const,
      queryFn: ({ signal }) =>
        readAllTokens(async (NextToken) => {
          const page = await callAction(
            'ListTransitRouterPeerAttachments',
            { account: 'A', params: { CenId: cenId, MaxResults: 100, ...(NextToken ? { NextToken } : {}) } },
            signal,
          );
          return { items: page.TransitRouterAttachments, nextToken: page.NextToken };
        }),
      refetchInterval: (query) => pollEvery(query, anyChanging(query.state.data)),
    }),
  /** The router's System route table, where the console associates and propagates (§2 step 6). */
  systemTable: (transitRouterId: string) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'system-table', transitRouterId] as const,
      queryFn: async ({ signal, client }) => {
        const page = await callAction(
          'ListTransitRouterRouteTables',
          {
            account: 'A',
            params: { TransitRouterId: transitRouterId, TransitRouterRouteTableType: 'System' },
          },
          signal,
        );
        const tableId = page.TransitRouterRouteTables[0]?.TransitRouterRouteTableId ?? null;
        if (tableId) seedNewRouterLinks(client, transitRouterId, tableId);
        return tableId;
      },
      staleTime: Infinity,
    }),
  /** What is associated with and propagating to one route table (§2 step 6). */
  tableLinks: (tableId: string) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'table-links', tableId] as const,
      queryFn: async ({ signal }) => {
        const params = { TransitRouterRouteTableId: tableId, MaxResults: 100 };
        const [associations, propagations] = await Promise.all([
          callAction('ListTransitRouterRouteTableAssociations', { account: 'A', params }, signal),
          callAction('ListTransitRouterRouteTablePropagations', { account: 'A', params }, signal),
        ]);
        return {
          associations: associations.TransitRouterAssociations,
          propagations: propagations.TransitRouterPropagations,
        };
      },
      refetchInterval: (query) =>
        pollEvery(
          query,
          anyChanging(query.state.data?.associations) || anyChanging(query.state.data?.propagations),
        ),
    }),
  /** B's grants of one VPC to routers (§2 step 3), read by B. */
  grants: (regionId: string, vpcId: string) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'grants', regionId, vpcId] as const,
      queryFn: ({ signal }) =>
        readAllTokens(async (NextToken) => {
          const page = await callAction(
            'DescribeGrantRulesToResource',
            {
              account: 'B',
              params: {
                RegionId: regionId,
                ResourceId: vpcId,
                ProductType: 'VPC',
                MaxResults: 100,
                ...(NextToken ? { NextToken } : {}),
              },
            },
            signal,
          );
          return { items: page.GrantRules, nextToken: page.NextToken };
        }),
    }),
  /** The vSwitches A may attach: its own VPC's, or a VPC granted to this CEN (§2 step 4). */
  vSwitches: (cenId: string, regionId: string, vpcId: string) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'vswitches', cenId, regionId, vpcId] as const,
      queryFn: ({ signal }) =>
        readAllPages(async (PageNumber) => {
          const page = await callAction(
            'ListGrantVSwitchesToCen',
            {
              account: 'A',
              params: { CenId: cenId, RegionId: regionId, VpcId: vpcId, PageNumber, PageSize: 50 },
            },
            signal,
          );
          return { totalCount: page.TotalCount, items: page.VSwitches };
        }),
    }),
  /** A VPC's System route table and its entries, read by the VPC's owner (§2 step 10 b). */
  vpcRoutes: (account: AccountName, regionId: string, vpcId: string) =>
    queryOptions({
      queryKey: [...transitQueries.all, 'vpc-routes', account, regionId, vpcId] as const,
      queryFn: async ({ signal, client, queryKey }) => {
        // A VPC keeps its System route table for its whole life, so the table read once is not read again with
        // every poll of its entries (the route's Pending → Available): one DescribeRouteTableList per VPC.
        const known = client.getQueryData<{ tableId: string | null }>(queryKey)?.tableId;
        const tableId =
          known ??
          (
            await callAction(
              'DescribeRouteTableList',
              { account, regionId, params: { RegionId: regionId, VpcId: vpcId, RouteTableType: 'System' } },
              signal,
            )
          ).RouterTableList.RouterTableListType[0]?.RouteTableId;
        if (!tableId) return { tableId: null, entries: [] };
        const entries = await callAction(
          'DescribeRouteEntryList',
          { account, regionId, params: { RegionId: regionId, RouteTableId: tableId, MaxResult: 100 } },
          signal,
        );
        return { tableId, entries: entries.RouteEntrys.RouteEntry };
      },
      refetchInterval: (query) => pollEvery(query, anyChanging(query.state.data?.entries)),
    }),
};

const madeHere = new WeakMap<QueryClient, Set<string>>();

/** CreateTransitRouter answered this ID: the router is new, nothing is attached to it yet
 * (docs/reference/enterprise-edition.md §2 step 2). */
export function rememberNewRouter(client: QueryClient, transitRouterId: string): void {
  const made = madeHere.get(client) ?? new Set<string>();
  made.add(transitRouterId);
  madeHere.set(client, made);
}

const onRouter = (id: string) => (a: { TransitRouterId?: string; PeerTransitRouterId?: string }) =>
  a.TransitRouterId === id || a.PeerTransitRouterId === id;

/**
 * A router this console just made has nothing associated with or propagating to its System table: links are made
 * per attachment (docs/reference/enterprise-edition.md §2 step 6) and the router has none. So the table's links
 * start as empty lists in the cache instead of a first read of both (bench/README.md (f)) — only while no
 * attachment on the router is known and nothing was read for that table; every link call still invalidates the
 * table's links, and a reload reads them from the cloud.
 */
function seedNewRouterLinks(client: QueryClient, transitRouterId: string, tableId: string): void {
  const made = madeHere.get(client);
  if (!made?.delete(transitRouterId)) return;
  const attached = [
    ...client.getQueriesData<{ TransitRouterId?: string; PeerTransitRouterId?: string }[]>({
      queryKey: [...transitQueries.all, 'vpc-attachments'],
    }),
    ...client.getQueriesData<{ TransitRouterId?: string; PeerTransitRouterId?: string }[]>({
      queryKey: [...transitQueries.all, 'peer-attachments'],
    }),
  ].some(([, list]) => list?.some(onRouter(transitRouterId)));
  const key = transitQueries.tableLinks(tableId).queryKey;
  if (attached || client.getQueryData(key)) return;
  client.setQueryData(key, { associations: [], propagations: [] });
}
