// Gathers what the Enterprise-Edition path check reads (src/domain/diagnosis/enterprise-path.ts) from both
// accounts: the two ends as on Basic (gather-path.ts gatherEnd: CIDR, instance, security groups) and the
// transit-router reads of docs/reference/enterprise-edition.md §2 — each through the steps' own queries
// (api/transit-routers.ts, the keys state/enterprise-snapshot.ts reads), so a check right after a step reuses what
// it read, and each wrapped by describe.ts so a refused List is 'unknown', never a crash nor a pass. The choices the
// fixes need (who pays, the zones, how the connection is paid, how each VPC routes) are the plan's own, taken with
// the preview's mapping (plan/enterprise-setup-input-from.ts) from the same reads.
import type { AccountName } from '../../domain/accounts';
import { diagnoseEnterprisePath } from '../../domain/diagnosis/enterprise-path';
import type {
  EnterprisePathInput,
  RouterTable,
} from '../../domain/diagnosis/enterprise-path/enterprise-path-types';
import { known, mapInspected, notInspected, type Inspected } from '../../domain/diagnosis/inspection';
import { accountByName, accountQueries } from '../api/accounts';
import { packageQueries, packagesOfCen } from '../api/bandwidth';
import { transitQueries } from '../api/transit-routers';
import { enterpriseSetupInputFrom } from '../plan/enterprise-setup-input-from';
import type { EnterpriseSources } from '../state/enterprise-snapshot';
import { clientTokenFor, progressStore, type NetworkRef, type Progress } from '../state/progress-store';
import { inspectCall, withinCache, type DescribeCache } from './describe';
import { gatherEnd, type PathRun } from './gather-path';

export interface EnterprisePathRequest {
  cenId: string;
  /** A's VPC (side A) and B's (side B), as step 1 saved them (progress ownNetwork, network). */
  sides: Record<AccountName, NetworkRef>;
  /** Instances the user chose in step 6; otherwise the console picks (pickInstance). */
  chosen: { A?: string | undefined; B?: string | undefined };
}

/** The saved choices of steps 2, 4 and 5 and the tokens, read when the check runs (the fixes rebuild from them). */
export type Saved = Pick<
  Progress,
  'grantOrderType' | 'interRegionPayBy' | 'routes' | 'bandwidthPackageId' | 'clientTokens'
>;

const SIDES: readonly AccountName[] = ['A', 'B'];
/** What the preflight's hops read (enterprise-preflight.ts: cidrHop, routerHop, grantHop). */
const PREFLIGHT_READS = new Set([
  'Cbn.ListTransitRouters',
  'Cbn.ListTransitRouterVpcAttachments',
  'Cbn.DescribeGrantRulesToResource',
]);
const valueOf = <T>(i: Inspected<T>): T | undefined => (i.ok ? i.value : undefined);

/** A router's System table and its links, as the steps read them (systemTable, tableLinks). */
async function routerTable(cache: DescribeCache, routerId: string): Promise<Inspected<RouterTable>> {
  const tableId = await inspectCall('A', 'Cbn.ListTransitRouterRouteTables', () =>
    cache.client.fetchQuery({ ...transitQueries.systemTable(routerId), ...withinCache(cache) }),
  );
  if (!tableId.ok || !tableId.value)
    return mapInspected(tableId, (id) => ({ tableId: id, associations: [], propagations: [] }));
  const id = tableId.value;
  const links = await inspectCall('A', 'Cbn.ListTransitRouterRouteTableAssociations', () =>
    cache.client.fetchQuery({ ...transitQueries.tableLinks(id), ...withinCache(cache) }),
  );
  return mapInspected(links, (l) => ({ tableId: id, ...l }));
}

/**
 * 'path': everything the path check reads. 'preflight': only what step 3's preflight hops read (the routers, the VPC
 * attachments, B's grants; gather-enterprise-preflight.ts) — the services, the peer attachment, the router tables and
 * the VPC routes are not read for it (fewer API calls per run, bench/README.md (f)), and stand as not inspected.
 */
export type ReadScope = 'path' | 'preflight';

export async function gatherReads(
  cache: DescribeCache,
  req: Pick<EnterprisePathRequest, 'cenId' | 'sides'>,
  saved: Saved,
  scope: ReadScope = 'path',
) {
  const { cenId, sides } = req;
  const skip = scope === 'preflight';
  const cached = <T>(account: AccountName, action: string, fn: () => Promise<T>, regionId?: string) =>
    skip && !PREFLIGHT_READS.has(action)
      ? Promise.resolve(
          notInspected<T>({
            account,
            action,
            code: 'NotReadByPreflight',
            ...(regionId ? { regionId } : {}),
          }),
        )
      : inspectCall(account, action, fn, regionId);
  const q = cache.client;
  const w = withinCache(cache);
  const [serviceA, serviceB, routers, vpcAttachments, peerAttachments, grants, routesA, routesB] =
    await Promise.all([
      cached('A', 'Cbn.CheckTransitRouterService', () =>
        q.fetchQuery({ ...transitQueries.service('A'), ...w }),
      ),
      cached('B', 'Cbn.CheckTransitRouterService', () =>
        q.fetchQuery({ ...transitQueries.service('B'), ...w }),
      ),
      cached('A', 'Cbn.ListTransitRouters', () => q.fetchQuery({ ...transitQueries.routers(cenId), ...w })),
      cached('A', 'Cbn.ListTransitRouterVpcAttachments', () =>
        q.fetchQuery({ ...transitQueries.vpcAttachments(cenId), ...w }),
      ),
      cached('A', 'Cbn.ListTransitRouterPeerAttachments', () =>
        q.fetchQuery({ ...transitQueries.peerAttachments(cenId), ...w }),
      ),
      cached(
        'B',
        'Cbn.DescribeGrantRulesToResource',
        () => q.fetchQuery({ ...transitQueries.grants(sides.B.regionId, sides.B.instanceId), ...w }),
        sides.B.regionId,
      ),
      ...SIDES.map((s) =>
        cached(
          s,
          'Vpc.DescribeRouteEntryList',
          () =>
            q.fetchQuery({ ...transitQueries.vpcRoutes(s, sides[s].regionId, sides[s].instanceId), ...w }),
          sides[s].regionId,
        ),
      ),
    ]);
  // The bandwidth plan's packages only matter when the connection is paid out of one (docs/reference/enterprise-edition.md §2 step 7): the peer fix.
  const packages =
    saved.interRegionPayBy === 'BandwidthPackage'
      ? await cached('A', 'Cbn.DescribeCenBandwidthPackages', () =>
          q.fetchQuery({ ...packageQueries.ofAccount(), ...w }).then((all) => packagesOfCen(all, cenId)),
        )
      : known([]);
  const tables: EnterprisePathInput['tables'] = {};
  if (!skip)
    await Promise.all(
      SIDES.map(async (s) => {
        const r = valueOf(routers)?.find((x) => x.RegionId === sides[s].regionId && x.Type !== 'Basic');
        if (r) tables[s] = await routerTable(cache, r.TransitRouterId);
      }),
    );
  return {
    service: { A: serviceA, B: serviceB },
    routers,
    vpcAttachments,
    peerAttachments,
    grants,
    vpcRoutes: { A: routesA!, B: routesB! },
    packages,
    tables,
  };
}

export type Reads = Awaited<ReturnType<typeof gatherReads>>;

/** The reads as the preview's sources, so the fixes' choices are taken as the plan takes them. */
function sourcesOf(
  req: Pick<EnterprisePathRequest, 'cenId' | 'sides'>,
  saved: Saved,
  reads: Reads,
  cidr: Record<AccountName, string | undefined>,
): EnterpriseSources {
  const routers = valueOf(reads.routers);
  const systemTables: EnterpriseSources['systemTables'] = {};
  const tableLinks: EnterpriseSources['tableLinks'] = {};
  for (const s of SIDES) {
    const r = routers?.find((x) => x.RegionId === req.sides[s].regionId);
    const t = reads.tables[s];
    if (!r || !t?.ok) continue;
    systemTables[r.TransitRouterId] = t.value.tableId;
    if (t.value.tableId)
      tableLinks[t.value.tableId] = {
        associations: [...t.value.associations],
        propagations: [...t.value.propagations],
      };
  }
  const vpcs: EnterpriseSources['vpcs'] = {};
  const vpcRoutes: EnterpriseSources['vpcRoutes'] = {};
  for (const s of SIDES) {
    const n = req.sides[s];
    const c = cidr[s];
    if (c) vpcs[s] = { id: n.instanceId, type: 'VPC', regionId: n.regionId, cidr: c, status: 'Available' };
    const routes = valueOf(reads.vpcRoutes[s]);
    if (routes) vpcRoutes[s] = routes;
  }
  return {
    service: {},
    cenId: req.cenId,
    ownNetwork: req.sides.A,
    network: req.sides.B,
    vpcs,
    routers,
    systemTables,
    tableLinks,
    vpcAttachments: valueOf(reads.vpcAttachments),
    peerAttachments: valueOf(reads.peerAttachments),
    grants: valueOf(reads.grants),
    vpcRoutes,
    grantOrderType: saved.grantOrderType,
    interRegionPayBy: saved.interRegionPayBy,
    routes: saved.routes,
    bandwidthPackageId: saved.bandwidthPackageId,
    packages: valueOf(reads.packages),
    clientTokens: { ...saved.clientTokens },
  };
}

/** Everything the Enterprise checks read but the two ends, with the plan's choices the fixes rebuild from. */
export function enterpriseInputFrom(
  cenId: string,
  sides: Record<AccountName, NetworkRef>,
  saved: Saved,
  reads: Reads,
  accounts: Parameters<typeof accountByName>[0],
  cidr: Record<AccountName, string | undefined>,
): Omit<EnterprisePathInput, 'a' | 'b'> {
  const plan = enterpriseSetupInputFrom(sourcesOf({ cenId, sides }, saved, reads, cidr));
  const zonesOf = (s: AccountName) => plan.vpcs[s]?.zones ?? [];
  return {
    cenId,
    uids: { A: accountByName(accounts, 'A')?.uid, B: accountByName(accounts, 'B')?.uid },
    service: reads.service,
    routers: reads.routers,
    grants: reads.grants,
    vpcAttachments: reads.vpcAttachments,
    peerAttachments: reads.peerAttachments,
    tables: reads.tables,
    vpcRoutes: reads.vpcRoutes,
    choices: {
      ...(plan.grant.orderType ? { orderType: plan.grant.orderType } : {}),
      zones: { A: zonesOf('A'), B: zonesOf('B') },
      ...(plan.payment ? { payment: plan.payment } : {}),
      ...(plan.routes ? { routes: plan.routes } : {}),
    },
    clientTokens: saved.clientTokens,
    // Saved before the fix is offered, so a retry of it after a lost answer sends the same token.
    ensureToken: clientTokenFor,
  };
}

/** `cache`: what the steps read is reused while younger than cache.maxAgeMs (describe.ts DescribeCache). */
export async function gatherAndDiagnoseEnterprise(
  req: EnterprisePathRequest,
  cache: DescribeCache,
): Promise<PathRun> {
  const saved: Saved = progressStore.get();
  const [accounts, reads, a, b] = await Promise.all([
    // Every screen has read the accounts already (staleTime Infinity); without them nothing can be checked.
    cache.client.fetchQuery(accountQueries.all()),
    gatherReads(cache, req, saved),
    gatherEnd(cache, 'A', { regionId: req.sides.A.regionId, vpcId: req.sides.A.instanceId }, req.chosen.A),
    gatherEnd(cache, 'B', { regionId: req.sides.B.regionId, vpcId: req.sides.B.instanceId }, req.chosen.B),
  ]);
  if ('missing' in a) return { kind: 'no-instance', side: a.missing };
  if ('missing' in b) return { kind: 'no-instance', side: b.missing };
  const diagnosis = diagnoseEnterprisePath({
    ...enterpriseInputFrom(req.cenId, req.sides, saved, reads, accounts, {
      A: valueOf(a.end.vpcCidr),
      B: valueOf(b.end.vpcCidr),
    }),
    a: a.end,
    b: b.end,
  });
  return { kind: 'diagnosed', diagnosis, sides: { A: a.side, B: b.side } };
}
