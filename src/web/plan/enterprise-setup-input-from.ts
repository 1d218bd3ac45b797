// The console's progress and the cloud's Enterprise-Edition answers (state/enterprise-snapshot.ts) as
// planEnterpriseSetup's input (domain/plan/enterprise-setup-input.ts). Pure, so the preview, the reload check and
// the tests compute the same plan from the same sources. The Basic journey's counterpart is setup-input-from.ts.
import type { AccountName } from '../../domain/accounts';
import type {
  EnterpriseSetupInput,
  PaymentInput,
  RouterInput,
  VpcSide,
} from '../../domain/plan/enterprise-setup-input';
import type { EnterpriseSources } from '../state/enterprise-snapshot';
import type { PlanDraft } from './plan-draft';
import { cenInputFrom, packageInputFrom } from './setup-input-from';

/** Marks a peer bandwidth nobody has chosen yet (use-enterprise-setup-plan.ts says "choose it in step 5"). */
export const UNCHOSEN_BANDWIDTH = 0;

const otherSide = (s: AccountName): AccountName => (s === 'A' ? 'B' : 'A');

function routerOf(s: EnterpriseSources, regionId: string): RouterInput {
  const r = s.routers?.find((x) => x.RegionId === regionId);
  if (!r) return {};
  const table = s.systemTables[r.TransitRouterId];
  return {
    id: r.TransitRouterId,
    status: r.Status,
    type: r.Type,
    ...(table ? { routeTableId: table } : {}),
  };
}

/** Status of the link of `attachmentId` on `tableId`, as ListTransitRouterRouteTable{Associations,Propagations} list it. */
function linkStatus(
  s: EnterpriseSources,
  tableId: string | undefined,
  attachmentId: string | undefined,
  kind: 'associations' | 'propagations',
): string | undefined {
  if (!tableId || !attachmentId) return undefined;
  return s.tableLinks[tableId]?.[kind].find((l) => l.TransitRouterAttachmentId === attachmentId)?.Status;
}

function side(s: EnterpriseSources, owner: AccountName, draft: PlanDraft): VpcSide | undefined {
  const n = owner === 'A' ? s.ownNetwork : s.network;
  if (!n || n.type !== 'VPC') return undefined;
  const router = routerOf(s, n.regionId);
  const att = s.vpcAttachments?.find((a) => a.VpcId === n.instanceId);
  const routes = s.vpcRoutes[owner];
  const destination = s.vpcs[otherSide(owner)]?.cidr;
  const entry = destination
    ? routes?.entries.find(
        (e) =>
          e.DestinationCidrBlock === destination &&
          e.NextHops.NextHop.some((h) => h.NextHopType === 'Attachment'),
      )
    : undefined;
  const cidr = s.vpcs[owner]?.cidr;
  return {
    vpcId: n.instanceId,
    regionId: n.regionId,
    ...(cidr ? { cidrBlock: cidr } : {}),
    // Once attached, the zones are the attachment's own; before, the ones step 3's form holds (its draft).
    zones: att
      ? att.ZoneMappings.map((z) => ({ zoneId: z.ZoneId, vSwitchId: z.VSwitchId }))
      : ((owner === 'A' ? draft.zonesA : draft.zonesB) ?? []),
    ...(routes?.tableId ? { routeTableId: routes.tableId } : {}),
    router,
    attachment: att
      ? {
          id: att.TransitRouterAttachmentId,
          status: att.Status,
          association: linkStatus(s, router.routeTableId, att.TransitRouterAttachmentId, 'associations'),
          propagation: linkStatus(s, router.routeTableId, att.TransitRouterAttachmentId, 'propagations'),
        }
      : {},
    ...(entry
      ? {
          route: {
            status: entry.Status,
            nextHopId: entry.NextHops.NextHop.find((h) => h.NextHopType === 'Attachment')?.NextHopId,
          },
        }
      : {}),
  };
}

/** The peer attachment between the journey's two routers (either way round). */
function peerOf(s: EnterpriseSources, a: VpcSide | undefined, b: VpcSide | undefined) {
  const ids = [a?.router.id, b?.router.id];
  return s.peerAttachments?.find(
    (p) => ids.includes(p.TransitRouterId) && ids.includes(p.PeerTransitRouterId),
  );
}

function payment(
  s: EnterpriseSources,
  draft: PlanDraft,
  peerBandwidth: number | undefined,
): PaymentInput | undefined {
  // The peer's own bandwidth once it exists; before, the one step 5's form holds (its draft), else unchosen.
  const bandwidth = peerBandwidth ?? draft.limit?.bandwidthLimit ?? UNCHOSEN_BANDWIDTH;
  if (s.interRegionPayBy === 'DataTransfer') return { type: 'DataTransfer', bandwidth };
  if (s.interRegionPayBy !== 'BandwidthPackage') return undefined;
  const pkg = packageInputFrom(s, draft);
  return pkg ? { type: 'BandwidthPackage', bandwidth, package: pkg } : undefined;
}

export function enterpriseSetupInputFrom(s: EnterpriseSources, draft: PlanDraft = {}): EnterpriseSetupInput {
  const a = side(s, 'A', draft);
  const b = side(s, 'B', draft);
  const peer = peerOf(s, a, b);
  const service = (account: AccountName) =>
    s.service[account] === undefined
      ? {}
      : { service: s.service[account] ? ('on' as const) : ('off' as const) };
  const peerLink = (sideVpc: VpcSide | undefined, kind: 'associations' | 'propagations') =>
    linkStatus(s, sideVpc?.router.routeTableId, peer?.TransitRouterAttachmentId, kind);
  // The grant's own OrderType once B has granted; before, step 2's choice.
  const orderType = s.grants?.find((g) => g.CenId === s.cenId)?.OrderType ?? s.grantOrderType;
  return {
    accounts: {
      A: { ...(s.uidA ? { uid: s.uidA } : {}), ...service('A') },
      B: { ...(s.uidB ? { uid: s.uidB } : {}), ...service('B') },
    },
    cen: cenInputFrom(s, draft),
    vpcs: { ...(a ? { A: a } : {}), ...(b ? { B: b } : {}) },
    grant: {
      ...(orderType === 'PayByCenOwner' || orderType === 'PayByResourceOwner' ? { orderType } : {}),
      rules: (s.grants ?? []).map((g) => ({
        cenId: g.CenId,
        cenOwnerId: String(g.CenOwnerId),
        ...(g.OrderType ? { orderType: g.OrderType } : {}),
      })),
    },
    ...(() => {
      const p = payment(s, draft, peer?.Bandwidth);
      return p ? { payment: p } : {};
    })(),
    ...(s.routes ? { routes: s.routes } : {}),
    peer: {
      ...(peer ? { id: peer.TransitRouterAttachmentId, status: peer.Status } : {}),
      association: { A: peerLink(a, 'associations'), B: peerLink(b, 'associations') },
      propagation: { A: peerLink(a, 'propagations'), B: peerLink(b, 'propagations') },
    },
    clientTokens: s.clientTokens,
  };
}
