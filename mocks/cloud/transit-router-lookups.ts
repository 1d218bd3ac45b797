// Finders and checks the Enterprise-Edition handlers share (docs/reference/enterprise-edition.md §2): the caller's
// service, its CENs and routers, the router an attachment call names (TransitRouterId, or CenId + RegionId), and
// the Basic-Edition routers a CEN has implicitly wherever it holds Basic attachments.
import type { ActionContext } from './action-context';
import { errors } from './cloud-error';
import type { ParsedParamsOf } from '../../src/domain/openapi/actions';
import { findRegion } from '../../src/domain/regions';
import { cenStatus } from './lifecycle';
import type { Cen, World } from './model';
import { trErrors } from './transit-router-errors';
import { routerStatus } from './transit-router-lifecycle';
import type { TransitRouter, TrPeerAttachment, TrVpcAttachment } from './transit-router-model';

/** The create calls need the caller's service on (§2 step 0). */
export function requireService(ctx: ActionContext): void {
  if (!ctx.world.transit.serviceOpen.includes(ctx.caller.uid)) throw trErrors.serviceNotOpen();
}

/** DryRun=true: every check passed, nothing is done (§2, "Every Cbn call…"). */
export function stopIfDryRun(p: { DryRun?: boolean | undefined }): void {
  if (p.DryRun === true) throw trErrors.dryRun();
}

/** The caller's CEN, Active, for a router call; unknown or another account's: InvalidCenId.NotFound. */
export function trCen(ctx: ActionContext, cenId: string): Cen {
  const cen = ctx.world.cens.find((c) => c.id === cenId && c.ownerUid === ctx.caller.uid);
  if (!cen) throw trErrors.cenNotFound();
  if (cenStatus(cen, ctx.now) !== 'Active') throw errors.cenStatus();
  if (cen.protectionLevel === 'FULL') throw trErrors.cenFullLevel();
  return cen;
}

/** One of the caller's Enterprise routers, whatever its status. */
export function ownRouter(ctx: ActionContext, routerId: string): TransitRouter {
  const r = ctx.world.transit.routers.find((x) => x.id === routerId && x.ownerUid === ctx.caller.uid);
  if (!r) {
    if (isBasicRouterId(ctx.world, routerId, ctx.caller.uid)) throw trErrors.routerType();
    throw trErrors.routerNotFound();
  }
  return r;
}

export function activeRouter(ctx: ActionContext, routerId: string): TransitRouter {
  const r = ownRouter(ctx, routerId);
  if (routerStatus(r, ctx.now) !== 'Active') throw trErrors.routerStatus();
  return r;
}

export function routerIn(world: World, cenId: string, regionId: string): TransitRouter | undefined {
  return world.transit.routers.find((r) => r.cenId === cenId && r.regionId === regionId);
}

/** The router an attachment call names: TransitRouterId, else the CEN's router in RegionId (§2 step 5). */
export function namedRouter(
  ctx: ActionContext,
  p: { TransitRouterId?: string | undefined; CenId?: string | undefined; RegionId?: string | undefined },
): { cen: Cen; router: TransitRouter | undefined; regionId: string } {
  if (p.TransitRouterId !== undefined) {
    const router = ownRouter(ctx, p.TransitRouterId);
    if (p.CenId !== undefined && p.CenId !== router.cenId) throw trErrors.routerNotFound();
    return { cen: trCen(ctx, router.cenId), router, regionId: router.regionId };
  }
  if (p.CenId === undefined || p.RegionId === undefined) throw trErrors.missingRouter();
  const cen = trCen(ctx, p.CenId);
  return { cen, router: routerIn(ctx.world, cen.id, p.RegionId), regionId: p.RegionId };
}

/** A new router must be in a known region, where the CEN has no router yet, Enterprise or Basic (§2 step 2). */
export function checkNewRouter(ctx: ActionContext, cen: Cen, regionId: string): void {
  if (!findRegion(regionId)) throw errors.illegalRegion();
  if (
    routerIn(ctx.world, cen.id, regionId) ||
    basicRouters(ctx.world, cen).some((b) => b.regionId === regionId)
  )
    throw trErrors.routerExists();
}

type RouterFields = Partial<
  Pick<
    ParsedParamsOf<'Cbn.CreateTransitRouter'>,
    'TransitRouterName' | 'TransitRouterDescription' | 'SupportMulticast' | 'Tag'
  >
>;

/** Adds a router, Creating for the current delay, with its System route table (§2 step 6). */
export function addRouter(ctx: ActionContext, cen: Cen, regionId: string, p: RouterFields): TransitRouter {
  const router: TransitRouter = {
    id: ctx.ids.id('tr-', 21),
    cenId: cen.id,
    ownerUid: cen.ownerUid,
    regionId,
    name: p.TransitRouterName ?? '',
    description: p.TransitRouterDescription ?? '',
    supportMulticast: p.SupportMulticast ?? false,
    tags: p.Tag ?? [],
    createdAt: ctx.now,
    readyAt: ctx.now + ctx.delayMs,
  };
  ctx.world.transit.routers.push(router);
  ctx.world.transit.routeTables.push({
    id: ctx.ids.id('vtb-', 21),
    routerId: router.id,
    type: 'System',
    createdAt: ctx.now,
  });
  return router;
}

/** Basic-Edition routers: one per region where the CEN holds a child attached the Basic way. */
export function basicRouters(world: World, cen: Cen): { id: string; regionId: string }[] {
  const regions = [
    ...new Set(world.attachments.filter((a) => a.cenId === cen.id).map((a) => a.childRegionId)),
  ];
  return regions.map((regionId) => ({ id: basicRouterId(cen.id, regionId), regionId }));
}

/** A stable ID for an implicit Basic router (FNV-1a of CEN and region), so it draws nothing from the seed. */
export function basicRouterId(cenId: string, regionId: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 3; round++) {
    for (const ch of `${round}|${cenId}|${regionId}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(36).padStart(7, '0').slice(-7);
  }
  return `tr-${out}`;
}

/** One of the Basic-Edition routers of the owner's CENs (basicRouters). */
export function isBasicRouterId(world: World, routerId: string, ownerUid: string): boolean {
  return world.cens
    .filter((c) => c.ownerUid === ownerUid)
    .some((c) => basicRouters(world, c).some((b) => b.id === routerId));
}

export type AnyAttachment =
  | { kind: 'VPC'; attachment: TrVpcAttachment; routerIds: string[] }
  | { kind: 'TR'; attachment: TrPeerAttachment; routerIds: string[] };

/** One of the caller's VPC or peer attachments; a peer attachment belongs to both its routers. */
export function ownAttachment(ctx: ActionContext, attachmentId: string): AnyAttachment {
  const t = ctx.world.transit;
  const vpc = t.vpcAttachments.find((a) => a.id === attachmentId && a.ownerUid === ctx.caller.uid);
  if (vpc) return { kind: 'VPC', attachment: vpc, routerIds: [vpc.routerId] };
  const peer = t.peerAttachments.find((a) => a.id === attachmentId && a.ownerUid === ctx.caller.uid);
  if (peer) return { kind: 'TR', attachment: peer, routerIds: [peer.routerId, peer.peerRouterId] };
  throw trErrors.attachmentNotFound();
}

/**
 * Associated or propagating anywhere, or the next hop of a VPC route: what deleting it must wait for, unless Force
 * (§2 teardown).
 */
export function attachmentInUse(world: World, attachmentId: string): boolean {
  const t = world.transit;
  return [...t.associations, ...t.propagations, ...t.vpcRoutes].some((l) => l.attachmentId === attachmentId);
}

/**
 * The Basic-Edition calls (AttachCenChildInstance, SetCenInterRegionBandwidthLimit) on a CEN whose owner can no
 * longer use Basic Edition (the scenario knob of transit-router-model.ts), or in a region where the CEN has an
 * Enterprise router (docs/reference/cen-api.md §8.8): refused, code INVENTED.
 */
export function refuseBasic(ctx: ActionContext, cen: Cen, regionIds: readonly string[]): void {
  if (ctx.world.transit.basicRefused.includes(cen.ownerUid)) throw trErrors.basicRefused();
  if (regionIds.some((r) => routerIn(ctx.world, cen.id, r))) throw trErrors.basicRefused();
}
