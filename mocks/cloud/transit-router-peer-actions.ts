// Enterprise Edition, step 8 (docs/reference/enterprise-edition.md §2): the inter-region connection, one router
// of the CEN to the router of another region. BandwidthPackage draws Bandwidth from a plan associated with the CEN
// whose areas cover both regions; DataTransfer needs no plan (billed by CDT, Enterprise Edition only).
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { cbnTime } from './formats';
import { deleteAttachment, listAttachments, newAttachmentFields } from './transit-router-attachments';
import { isBasicRouterId, namedRouter, requireService } from './transit-router-lookups';
import { trErrors } from './transit-router-errors';
import { routerStatus, trAttachmentStatus } from './transit-router-lifecycle';
import type { TrPeerAttachment } from './transit-router-model';
import type { ParsedParamsOf } from '../../src/domain/openapi/actions';
import { areaOf, geographicSpanId, regionsFitAreas } from '../../src/domain/regions';

type PeerView = ItemOf<ReplyOf<'Cbn.ListTransitRouterPeerAttachments'>['TransitRouterAttachments']>;

function view(a: TrPeerAttachment, now: number): PeerView {
  const areaA = areaOf(a.regionId);
  const areaB = areaOf(a.peerRegionId);
  return {
    TransitRouterAttachmentId: a.id,
    TransitRouterAttachmentName: a.name,
    TransitRouterAttachmentDescription: a.description,
    TransitRouterId: a.routerId,
    CenId: a.cenId,
    Status: trAttachmentStatus(a, now),
    Bandwidth: a.bandwidth,
    BandwidthType: a.bandwidthType,
    CenBandwidthPackageId: a.packageId ?? '',
    GeographicSpanId: areaA && areaB ? geographicSpanId(areaA, areaB) : '',
    PeerTransitRouterId: a.peerRouterId,
    PeerTransitRouterRegionId: a.peerRegionId,
    PeerTransitRouterOwnerId: a.ownerUid,
    DefaultLinkType: a.defaultLinkType,
    AutoPublishRouteEnabled: a.autoPublishRouteEnabled,
    ResourceType: 'TR',
    CreationTime: cbnTime(a.createdAt),
  };
}

type PeerParams = ParsedParamsOf<'Cbn.CreateTransitRouterPeerAttachment'>;

/** What the connection may draw from its plan: the plan's bandwidth less the other connections drawn from it. */
function checkPackage(
  ctx: ActionContext,
  p: PeerParams,
  cenId: string,
  local: string,
  peer: string,
  mbps: number,
) {
  if (p.CenBandwidthPackageId === undefined) throw trErrors.illegalPackage();
  const pkg = ctx.world.packages.find(
    (b) => b.id === p.CenBandwidthPackageId && b.ownerUid === ctx.caller.uid,
  );
  if (!pkg) throw trErrors.illegalPackage();
  if (pkg.cenId !== cenId || !regionsFitAreas(local, peer, pkg.areaA, pkg.areaB))
    throw trErrors.packageNotAssociated();
  const used =
    ctx.world.transit.peerAttachments
      .filter((a) => a.packageId === pkg.id)
      .reduce((sum, a) => sum + a.bandwidth, 0) +
    ctx.world.limits.filter((l) => l.packageId === pkg.id).reduce((sum, l) => sum + l.bandwidthLimit, 0);
  if (used + mbps > pkg.bandwidth) throw trErrors.packageExceeded(Math.max(0, pkg.bandwidth - used));
  return pkg.id;
}

export const transitRouterPeerActions = {
  CreateTransitRouterPeerAttachment(ctx, p) {
    requireService(ctx);
    // A Basic-Edition router on either side: the connection's own code (docs/reference/enterprise-edition.md §2
    // step 8), not the generic router-type refusal of the other calls.
    const basic = (id: string | undefined) =>
      id !== undefined && isBasicRouterId(ctx.world, id, ctx.caller.uid);
    if (basic(p.TransitRouterId) || basic(p.PeerTransitRouterId)) throw trErrors.peerRouterType();
    const { cen, router } = namedRouter(ctx, p);
    if (!router) throw trErrors.routerNotFound();
    const peer = ctx.world.transit.routers.find((r) => r.id === p.PeerTransitRouterId);
    if (!peer) throw trErrors.peerNotFound();
    if (peer.cenId !== cen.id || peer.id === router.id) throw trErrors.illegalPeer();
    if (p.PeerTransitRouterRegionId !== undefined && p.PeerTransitRouterRegionId !== peer.regionId)
      throw trErrors.illegalPeerRegion();
    if (routerStatus(router, ctx.now) !== 'Active' || routerStatus(peer, ctx.now) !== 'Active')
      throw trErrors.routerStatus();
    const connected = ctx.world.transit.peerAttachments.some(
      (a) =>
        (a.routerId === router.id && a.peerRouterId === peer.id) ||
        (a.routerId === peer.id && a.peerRouterId === router.id),
    );
    if (connected) throw trErrors.peerExists();
    // BandwidthType left out: BandwidthPackage (docs/reference/enterprise-edition.md §4 item 7; mocks/FIDELITY.md §8).
    const bandwidthType = p.BandwidthType ?? 'BandwidthPackage';
    if (p.Bandwidth === undefined) throw trErrors.missingBandwidth();
    if (p.Bandwidth < 1) throw trErrors.illegalBandwidth();
    const linkType = p.DefaultLinkType ?? 'Gold';
    let packageId: string | undefined;
    if (bandwidthType === 'BandwidthPackage') {
      if (linkType !== 'Gold') throw trErrors.goldOnly();
      packageId = checkPackage(ctx, p, cen.id, router.regionId, peer.regionId, p.Bandwidth);
    } else if (p.CenBandwidthPackageId !== undefined) throw trErrors.illegalPackage();
    // A passing dry run answers only a RequestId here, unlike the other calls (§2 step 8).
    if (p.DryRun === true) return {};
    const attachment: TrPeerAttachment = {
      ...newAttachmentFields(ctx, p),
      routerId: router.id,
      peerRouterId: peer.id,
      cenId: cen.id,
      regionId: router.regionId,
      peerRegionId: peer.regionId,
      bandwidthType,
      bandwidth: p.Bandwidth,
      ...(packageId === undefined ? {} : { packageId }),
      defaultLinkType: linkType,
      readyAt: ctx.now + ctx.delayMs,
    };
    ctx.world.transit.peerAttachments.push(attachment);
    return { TransitRouterAttachmentId: attachment.id };
  },

  ListTransitRouterPeerAttachments(ctx, p) {
    // A connection shows on both of its routers.
    return listAttachments(
      ctx,
      ctx.world.transit.peerAttachments,
      p,
      (a) =>
        (p.TransitRouterId === undefined ||
          a.routerId === p.TransitRouterId ||
          a.peerRouterId === p.TransitRouterId) &&
        (p.RegionId === undefined || a.regionId === p.RegionId || a.peerRegionId === p.RegionId),
      view,
    );
  },

  DeleteTransitRouterPeerAttachment(ctx, p) {
    deleteAttachment(ctx, 'TR', p);
    return {};
  },
} satisfies HandlersOf<'Cbn'>;
