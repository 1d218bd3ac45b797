// What the cloud shows now of an Enterprise-Edition journey (state/enterprise-snapshot.ts) as
// planEnterpriseTeardown's input (domain/plan/enterprise-teardown-plan.ts). Pure; fed by the shared queries for the
// preview and by fresh reads (readEnterpriseSnapshot) during the run, so a half-finished teardown yields only what
// remains. The Basic journey's counterpart is teardown-input-from.ts.
import type { AccountName } from '../../domain/accounts';
import type { EnterpriseTeardownInput } from '../../domain/plan/enterprise-teardown-plan';
import type { EnterpriseSources } from '../state/enterprise-snapshot';
import { teardownPackagesFrom } from './teardown-input-from';

const SIDES: readonly AccountName[] = ['A', 'B'];

export function enterpriseTeardownInputFrom(s: EnterpriseSources): EnterpriseTeardownInput {
  const cenId = s.cenId;
  const live = Boolean(cenId && s.cen);
  const vpcAttachments = live ? (s.vpcAttachments ?? []) : [];
  const peerAttachments = live ? (s.peerAttachments ?? []) : [];
  const attachmentIds = new Set([
    ...vpcAttachments.map((a) => a.TransitRouterAttachmentId),
    ...peerAttachments.map((a) => a.TransitRouterAttachmentId),
  ]);
  // Only the routes whose next hop is one of this CEN's attachments: each VPC's table also lists its vSwitches'
  // System routes (next hop local), which are the VPC's own and stay (docs/reference/enterprise-edition.md §2 step 10 b).
  const routes = SIDES.flatMap((owner) => {
    const n = owner === 'A' ? s.ownNetwork : s.network;
    const table = s.vpcRoutes[owner];
    if (!n || n.type !== 'VPC' || !table) return [];
    return table.entries
      .filter((e) =>
        e.NextHops.NextHop.some((h) => h.NextHopType === 'Attachment' && attachmentIds.has(h.NextHopId)),
      )
      .map((e) => ({
        owner,
        regionId: n.regionId,
        routeTableId: e.RouteTableId,
        destination: e.DestinationCidrBlock,
        ...(e.RouteEntryId ? { routeEntryId: e.RouteEntryId } : {}),
        status: e.Status,
      }));
  });
  const routers = live ? (s.routers ?? []).filter((r) => r.Type !== 'Basic') : [];
  const links = routers.flatMap((r) => {
    const table = s.systemTables[r.TransitRouterId];
    const listed = table ? s.tableLinks[table] : undefined;
    if (!table || !listed) return [];
    // Per attachment, its association then its propagation: the preview reads as one attachment at a time.
    const ids = [
      ...new Set([...listed.associations, ...listed.propagations].map((l) => l.TransitRouterAttachmentId)),
    ];
    return ids.flatMap((attachmentId) =>
      (['association', 'propagation'] as const).flatMap((kind) =>
        (kind === 'association' ? listed.associations : listed.propagations)
          .filter((l) => l.TransitRouterAttachmentId === attachmentId)
          .map((l) => ({ kind, attachmentId, routeTableId: table, status: l.Status })),
      ),
    );
  });
  // A peer attachment may be listed once per router it joins: one entry, on both routers.
  const peers = [...new Map(peerAttachments.map((p) => [p.TransitRouterAttachmentId, p])).values()];
  const b = s.network;
  return {
    accounts: { A: s.uidA ? { uid: s.uidA } : {}, B: s.uidB ? { uid: s.uidB } : {} },
    ...(live && cenId && s.cen ? { cen: { id: cenId, status: s.cen.Status } } : {}),
    routes,
    links,
    attachments: [
      ...vpcAttachments.map((a) => ({
        kind: 'vpc' as const,
        id: a.TransitRouterAttachmentId,
        routerIds: [a.TransitRouterId],
        status: a.Status,
        vpcId: a.VpcId,
      })),
      ...peers.map((p) => ({
        kind: 'peer' as const,
        id: p.TransitRouterAttachmentId,
        routerIds: [p.TransitRouterId, p.PeerTransitRouterId],
        status: p.Status,
      })),
    ],
    routers: routers.map((r) => ({ id: r.TransitRouterId, regionId: r.RegionId, status: r.Status })),
    // B's grant outlives the CEN until revoked: listed by B's VPC, not by the CEN, so it is planned even then.
    grants:
      cenId && b?.type === 'VPC'
        ? (s.grants ?? [])
            .filter((g) => g.CenId === cenId)
            .slice(0, 1)
            .map(() => ({ cenId, vpcId: b.instanceId, regionId: b.regionId }))
        : [],
    bandwidthPackages: teardownPackagesFrom(s),
    clientTokens: s.clientTokens,
  };
}
