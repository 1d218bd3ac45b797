// What the cloud shows now of an Enterprise-Edition journey (docs/reference/enterprise-edition.md §2), read through
// the SAME TanStack queries the steps use (api/transit-routers.ts: same keys, so the steps' polls and invalidations
// update the plan, the picture, the reload check and the teardown at once): both accounts' transit-router service,
// the CEN, its routers with their System route tables and what is associated with and propagating to them, the VPC
// and peer attachments, B's grants of its VPC, and each VPC's System route table with its entries. The Basic
// journey's counterpart is cloud-snapshot.ts. Two readers of the same sources: a hook for the views (live, polled)
// and fresh reads for the teardown's runner (readEnterpriseSnapshot: staleTime 0, never a cache).
import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import type { AccountName } from '../../domain/accounts';
import type { ResponseOf } from '../../domain/openapi/actions';
import { accountByName, accountQueries } from '../api/accounts';
import { isPackageReady, packageQueries, packagesOfCen, type BandwidthPackage } from '../api/bandwidth';
import { cenQueries, type Cen } from '../api/cen';
import { networkQueries, type Network } from '../api/networks';
import { transitQueries } from '../api/transit-routers';
import { useProgress, type NetworkRef, type Progress } from './progress-store';

export type TransitRouter = ResponseOf<'ListTransitRouters'>['TransitRouters'][number];
export type VpcAttachment = ResponseOf<'ListTransitRouterVpcAttachments'>['TransitRouterAttachments'][number];
export type PeerAttachment =
  ResponseOf<'ListTransitRouterPeerAttachments'>['TransitRouterAttachments'][number];
export type TransitGrantRule = ResponseOf<'DescribeGrantRulesToResource'>['GrantRules'][number];
type LinkItem = ResponseOf<'ListTransitRouterRouteTableAssociations'>['TransitRouterAssociations'][number];
export interface TableLinks {
  associations: LinkItem[];
  propagations: LinkItem[];
}
type RouteEntry = ResponseOf<'DescribeRouteEntryList'>['RouteEntrys']['RouteEntry'][number];
export interface VpcRoutes {
  tableId: string | null;
  entries: RouteEntry[];
}

export interface EnterpriseSources {
  uidA?: string | undefined;
  uidB?: string | undefined;
  /** CheckTransitRouterService per account; undefined until answered. */
  service: Partial<Record<AccountName, boolean>>;
  cenId?: string | undefined;
  /** undefined while unknown, null when DescribeCens no longer lists it. */
  cen?: Cen | null | undefined;
  /** A's VPC (side A) and B's (side B), as step 1 saved them. */
  ownNetwork?: NetworkRef | undefined;
  network?: NetworkRef | undefined;
  /** The two VPCs as DescribeVpcs lists them (their CIDR blocks), by owner. */
  vpcs: Partial<Record<AccountName, Network>>;
  routers?: TransitRouter[] | undefined;
  /** Router ID → its System route table ID (null: the router lists none). */
  systemTables: Record<string, string | null>;
  /** Route table ID → its associations and propagations. */
  tableLinks: Record<string, TableLinks>;
  vpcAttachments?: VpcAttachment[] | undefined;
  peerAttachments?: PeerAttachment[] | undefined;
  /** B's grants of its VPC to transit routers (DescribeGrantRulesToResource, read by B). */
  grants?: TransitGrantRule[] | undefined;
  /** Each VPC's System route table and entries, read by its owner. */
  vpcRoutes: Partial<Record<AccountName, VpcRoutes>>;
  /** Step 2's choice of who pays for B's VPC's connection, before B's grant lists it. */
  grantOrderType?: Progress['grantOrderType'];
  interRegionPayBy?: Progress['interRegionPayBy'];
  /** Step 5's choice of how each VPC reaches its attachment (route entries or automatic publication). */
  routes?: Progress['routes'];
  bandwidthPackageId?: string | undefined;
  packageTerm?: Progress['packageTerm'];
  packages?: BandwidthPackage[] | undefined;
  clientTokens: Record<string, string>;
}

export interface EnterpriseSnapshot extends EnterpriseSources {
  /** True once every query that is enabled has answered at least once. */
  loaded: boolean;
}

/** The resources to read; by default the progress store's. The teardown passes its own record instead. */
export type EnterpriseTarget = Pick<Progress, 'cenId' | 'network' | 'ownNetwork' | 'bandwidthPackageId'>;

const sideNetwork = (p: EnterpriseTarget, side: AccountName) => (side === 'A' ? p.ownNetwork : p.network);
const SIDES: readonly AccountName[] = ['A', 'B'];

/**
 * `enabled` false: no query is sent (the Basic journey's views call this hook too, and must not read routers).
 * `forPlan`: only what the plan uses — the CEN's packages once step 4 chose a bandwidth plan, as
 * enterprise-setup-input-from.ts reads them then only; the views (topology, teardown, reconcile) read them until a
 * DataTransfer choice says none is needed.
 */
export function useEnterpriseSnapshot(
  enabled: boolean,
  target?: EnterpriseTarget,
  forPlan = false,
): EnterpriseSnapshot {
  const saved = useProgress((p) => p);
  const progress = { ...saved, ...(target ? { ...target } : {}) };
  const cenId = progress.cenId ?? '';
  const accounts = useQuery({ ...accountQueries.all(), enabled });
  const service = useQueries({
    queries: SIDES.map((a) => ({ ...transitQueries.service(a), enabled })),
  });
  const cen = useQuery({ ...cenQueries.detail(cenId), enabled: enabled && Boolean(progress.cenId) });
  // The CEN's lists only while DescribeCens lists it: a deleted CEN's ID is refused.
  const live = enabled && Boolean(progress.cenId) && cen.data != null;
  const routers = useQuery({ ...transitQueries.routers(cenId), enabled: live });
  const vpcAtt = useQuery({ ...transitQueries.vpcAttachments(cenId), enabled: live });
  const peerAtt = useQuery({ ...transitQueries.peerAttachments(cenId), enabled: live });
  const routerIds = (routers.data ?? []).filter((r) => r.Type !== 'Basic').map((r) => r.TransitRouterId);
  const tables = useQueries({ queries: routerIds.map((id) => transitQueries.systemTable(id)) });
  const tableIds = tables.map((t) => t.data).filter((t): t is string => Boolean(t));
  const links = useQueries({ queries: tableIds.map((id) => transitQueries.tableLinks(id)) });
  const b = progress.network;
  const grants = useQuery({
    ...transitQueries.grants(b?.regionId ?? '', b?.instanceId ?? ''),
    enabled: enabled && b?.type === 'VPC',
  });
  const vpcLists = useQueries({
    queries: SIDES.map((side) => {
      const n = sideNetwork(progress, side);
      return { ...networkQueries.list(side, n?.regionId ?? '', 'VPC'), enabled: enabled && Boolean(n) };
    }),
  });
  const routes = useQueries({
    queries: SIDES.map((side) => {
      const n = sideNetwork(progress, side);
      return {
        ...transitQueries.vpcRoutes(side, n?.regionId ?? '', n?.instanceId ?? ''),
        enabled: enabled && n?.type === 'VPC',
      };
    }),
  });
  const pkgId = progress.bandwidthPackageId ?? '';
  const pkg = useQuery({
    ...packageQueries.detail(pkgId, isPackageReady),
    enabled: enabled && Boolean(pkgId),
  });
  // A plan's packages only matter when the connection is paid out of one (§2 step 7): not read on DataTransfer.
  const withPackages =
    live &&
    (forPlan
      ? progress.interRegionPayBy === 'BandwidthPackage'
      : progress.interRegionPayBy !== 'DataTransfer');
  const cenPackages = useQuery({ ...packageQueries.ofCen(cenId), enabled: withPackages });

  const packages = [...(withPackages ? (cenPackages.data ?? []) : [])];
  if (pkg.data && !packages.some((p) => p.CenBandwidthPackageId === pkg.data?.CenBandwidthPackageId))
    packages.push(pkg.data);
  const enabledQueries = [
    accounts,
    ...service,
    ...(progress.cenId ? [cen] : []),
    ...(live ? [routers, vpcAtt, peerAtt, ...tables, ...links] : []),
    ...(withPackages ? [cenPackages] : []),
    ...(b?.type === 'VPC' ? [grants] : []),
    ...SIDES.flatMap((side, i) => (sideNetwork(progress, side) ? [vpcLists[i]!, routes[i]!] : [])),
    ...(pkgId ? [pkg] : []),
  ];
  return {
    uidA: accountByName(accounts.data, 'A')?.uid,
    uidB: accountByName(accounts.data, 'B')?.uid,
    service: Object.fromEntries(
      SIDES.flatMap((a, i) => (service[i]?.data === undefined ? [] : [[a, service[i].data]])),
    ),
    cenId: progress.cenId,
    cen: progress.cenId ? cen.data : undefined,
    ownNetwork: progress.ownNetwork,
    network: b,
    vpcs: vpcsOf(progress, (i) => vpcLists[i]?.data),
    routers: live ? routers.data : undefined,
    systemTables: Object.fromEntries(
      routerIds.flatMap((id, i) => (tables[i]?.data === undefined ? [] : [[id, tables[i].data]])),
    ),
    tableLinks: Object.fromEntries(
      tableIds.flatMap((id, i) => (links[i]?.data ? [[id, links[i].data]] : [])),
    ),
    vpcAttachments: live ? vpcAtt.data : undefined,
    peerAttachments: live ? peerAtt.data : undefined,
    grants: grants.data,
    vpcRoutes: Object.fromEntries(SIDES.flatMap((s, i) => (routes[i]?.data ? [[s, routes[i].data]] : []))),
    grantOrderType: progress.grantOrderType,
    interRegionPayBy: progress.interRegionPayBy,
    routes: progress.routes,
    bandwidthPackageId: progress.bandwidthPackageId,
    packageTerm: progress.packageTerm,
    packages: live || pkgId ? packages : undefined,
    clientTokens: progress.clientTokens,
    loaded: enabled && enabledQueries.every((q) => q.isFetched),
  };
}

function vpcsOf(p: EnterpriseTarget, list: (i: number) => Network[] | undefined): EnterpriseSources['vpcs'] {
  const out: EnterpriseSources['vpcs'] = {};
  SIDES.forEach((side, i) => {
    const n = sideNetwork(p, side);
    const found = n && list(i)?.find((v) => v.id === n.instanceId);
    if (found) out[side] = found;
  });
  return out;
}

/** The same sources, read afresh (staleTime 0) through the shared cache: what the teardown decides on. */
export async function readEnterpriseSnapshot(
  client: QueryClient,
  target: EnterpriseTarget,
  progress: Pick<Progress, 'clientTokens' | 'interRegionPayBy' | 'packageTerm' | 'routes'>,
): Promise<EnterpriseSources> {
  const fresh = { staleTime: 0 } as const;
  const fetch: QueryClient['fetchQuery'] = (options) => client.fetchQuery(options);
  const { cenId } = target;
  const accounts = await fetch(accountQueries.all());
  const cen = cenId ? await fetch({ ...cenQueries.detail(cenId), ...fresh }) : undefined;
  const live = Boolean(cenId && cen);
  const id = cenId ?? '';
  const b = target.network;
  const [routers, vpcAttachments, peerAttachments, packages, grants, routes] = await Promise.all([
    live ? fetch({ ...transitQueries.routers(id), ...fresh }) : [],
    live ? fetch({ ...transitQueries.vpcAttachments(id), ...fresh }) : [],
    live ? fetch({ ...transitQueries.peerAttachments(id), ...fresh }) : [],
    // ofCen is a `select` view of every package of A; fetchQuery returns the whole list, so filter it here.
    live
      ? fetch({ ...packageQueries.ofAccount(), ...fresh }).then((all) => packagesOfCen(all, id))
      : ([] as BandwidthPackage[]),
    b?.type === 'VPC' ? fetch({ ...transitQueries.grants(b.regionId, b.instanceId), ...fresh }) : [],
    Promise.all(
      SIDES.map((side) => {
        const n = sideNetwork(target, side);
        return n?.type === 'VPC'
          ? fetch({ ...transitQueries.vpcRoutes(side, n.regionId, n.instanceId), ...fresh })
          : Promise.resolve(undefined);
      }),
    ),
  ]);
  const systemTables: Record<string, string | null> = {};
  const tableLinks: Record<string, TableLinks> = {};
  for (const r of routers.filter((x) => x.Type !== 'Basic' && x.Status !== 'Deleting')) {
    // The System table comes with the router and stays its own (§2 step 6): the cached one is as good as fresh.
    const table = await fetch(transitQueries.systemTable(r.TransitRouterId));
    systemTables[r.TransitRouterId] = table;
    if (table) tableLinks[table] = await fetch({ ...transitQueries.tableLinks(table), ...fresh });
  }
  const pkg = target.bandwidthPackageId
    ? await fetch({ ...packageQueries.detail(target.bandwidthPackageId, isPackageReady), ...fresh })
    : null;
  if (pkg && !packages.some((p) => p.CenBandwidthPackageId === pkg.CenBandwidthPackageId)) packages.push(pkg);
  return {
    uidA: accountByName(accounts, 'A')?.uid,
    uidB: accountByName(accounts, 'B')?.uid,
    service: {},
    cenId,
    cen,
    ownNetwork: target.ownNetwork,
    network: b,
    vpcs: {},
    routers,
    systemTables,
    tableLinks,
    vpcAttachments,
    peerAttachments,
    grants,
    vpcRoutes: Object.fromEntries(SIDES.flatMap((s, i) => (routes[i] ? [[s, routes[i]]] : []))),
    interRegionPayBy: progress.interRegionPayBy,
    routes: progress.routes,
    bandwidthPackageId: target.bandwidthPackageId,
    packageTerm: progress.packageTerm,
    packages,
    clientTokens: progress.clientTokens,
  };
}
