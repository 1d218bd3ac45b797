// Enterprise Edition, step 5 (docs/reference/enterprise-edition.md §2): a VPC of A or of B on the router of its
// region, with its zone mappings (one vSwitch per zone, where the router puts a network interface). A VPC of
// another account needs VpcOwnerId, that account's service on, and its grant to the CEN for transit routers.
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { cbnTime, paginateCbnByToken } from './formats';
import { grantFor } from './transit-router-grant-actions';
import {
  addRouter,
  attachmentInUse,
  checkNewRouter,
  namedRouter,
  ownAttachment,
  requireService,
  stopIfDryRun,
} from './transit-router-lookups';
import { trErrors } from './transit-router-errors';
import { routerStatus, trAttachmentStatus } from './transit-router-lifecycle';
import type { TransitRouter, TrVpcAttachment } from './transit-router-model';

type VpcAttachmentView = ItemOf<ReplyOf<'Cbn.ListTransitRouterVpcAttachments'>['TransitRouterAttachments']>;

function view(a: TrVpcAttachment, now: number): VpcAttachmentView {
  return {
    TransitRouterAttachmentId: a.id,
    TransitRouterAttachmentName: a.name,
    TransitRouterAttachmentDescription: a.description,
    TransitRouterId: a.routerId,
    CenId: a.cenId,
    Status: trAttachmentStatus(a, now),
    VpcId: a.vpcId,
    VpcOwnerId: a.vpcOwnerUid,
    VpcRegionId: a.regionId,
    ResourceType: 'VPC',
    OrderType: a.orderType,
    ChargeType: a.chargeType,
    AutoPublishRouteEnabled: a.autoPublishRouteEnabled,
    ZoneMappings: a.zoneMappings.map((z) => ({
      ZoneId: z.zoneId,
      VSwitchId: z.vSwitchId,
      NetworkInterfaceId: z.networkInterfaceId,
    })),
    CreationTime: cbnTime(a.createdAt),
  };
}

/** The CEN's router in the region, created on the spot when the call named CenId + RegionId (§2 step 2 shortcut). */
function routerForAttach(ctx: ActionContext, found: ReturnType<typeof namedRouter>): TransitRouter {
  if (!found.router) return addRouter(ctx, found.cen, found.regionId, {});
  if (routerStatus(found.router, ctx.now) !== 'Active') throw trErrors.routerStatus();
  return found.router;
}

export const transitRouterVpcActions = {
  CreateTransitRouterVpcAttachment(ctx, p) {
    requireService(ctx);
    const found = namedRouter(ctx, p);
    const { cen } = found;
    const ownerUid = p.VpcOwnerId ?? ctx.caller.uid;
    const vpc = ctx.world.vpcs.find(
      (v) => v.id === p.VpcId && v.ownerUid === ownerUid && v.regionId === found.regionId,
    );
    if (!vpc) throw trErrors.vpcNotFound();
    let orderType: TrVpcAttachment['orderType'] = 'PayByCenOwner';
    if (ownerUid !== cen.ownerUid) {
      // The owner's service too (docs/reference/enterprise-edition.md §2 step 0, §4 item 5: enforced here).
      if (!ctx.world.transit.serviceOpen.includes(ownerUid)) throw trErrors.ownerServiceNotOpen();
      const grant = grantFor(ctx, cen, vpc);
      if (!grant) throw trErrors.notGranted();
      orderType = grant.orderType;
    }
    const seenZones = new Set<string>();
    const mappings = p.ZoneMappings.map((m) => {
      if (seenZones.has(m.ZoneId)) throw trErrors.duplicatedZone();
      seenZones.add(m.ZoneId);
      const vsw = ctx.world.vSwitches.find((s) => s.id === m.VSwitchId && s.vpcId === vpc.id);
      if (!vsw) throw trErrors.vSwitchNotFound();
      if (vsw.zoneId !== m.ZoneId) throw trErrors.zoneMismatch();
      return { zoneId: m.ZoneId, vSwitchId: vsw.id };
    });
    // A VPC is in one CEN at a time, the Basic way or the Enterprise way.
    if (
      ctx.world.attachments.some((a) => a.childId === vpc.id) ||
      ctx.world.transit.vpcAttachments.some((a) => a.vpcId === vpc.id)
    )
      throw trErrors.vpcAttached();
    if (!found.router) checkNewRouter(ctx, cen, found.regionId);
    stopIfDryRun(p);
    const router = routerForAttach(ctx, found);
    const attachment: TrVpcAttachment = {
      id: ctx.ids.id('tr-attach-', 16),
      routerId: router.id,
      cenId: cen.id,
      ownerUid: ctx.caller.uid,
      vpcId: vpc.id,
      vpcOwnerUid: ownerUid,
      regionId: vpc.regionId,
      zoneMappings: mappings.map((m) => ({ ...m, networkInterfaceId: ctx.ids.id('eni-', 20) })),
      name: p.TransitRouterAttachmentName ?? '',
      description: p.TransitRouterAttachmentDescription ?? '',
      autoPublishRouteEnabled: p.AutoPublishRouteEnabled ?? false,
      chargeType: p.ChargeType ?? 'POSTPAY',
      orderType,
      createdAt: ctx.now,
      readyAt: Math.max(router.readyAt, ctx.now) + ctx.delayMs,
    };
    ctx.world.transit.vpcAttachments.push(attachment);
    return { TransitRouterAttachmentId: attachment.id };
  },

  ListTransitRouterVpcAttachments(ctx, p) {
    if (p.TransitRouterId === undefined && p.CenId === undefined) throw trErrors.missingRouter();
    const list = ctx.world.transit.vpcAttachments.filter(
      (a) =>
        a.ownerUid === ctx.caller.uid &&
        (p.TransitRouterId === undefined || a.routerId === p.TransitRouterId) &&
        (p.CenId === undefined || a.cenId === p.CenId) &&
        (p.RegionId === undefined || a.regionId === p.RegionId) &&
        (p.VpcId === undefined || a.vpcId === p.VpcId) &&
        (p.TransitRouterAttachmentId === undefined || a.id === p.TransitRouterAttachmentId),
    );
    const page = paginateCbnByToken(list, p);
    return {
      ...page.head,
      TransitRouterAttachments: page.items.map((a) => view(a, ctx.now)),
    };
  },

  DeleteTransitRouterVpcAttachment(ctx, p) {
    const found = ownAttachment(ctx, p.TransitRouterAttachmentId);
    if (found.kind !== 'VPC') throw trErrors.attachmentNotFound();
    deleteAttachment(ctx, found.attachment, p);
    return {};
  },
} satisfies HandlersOf<'Cbn'>;

/** Shared by the VPC and peer deletes: Attached only; associations, propagations and routes first unless Force. */
export function deleteAttachment(
  ctx: ActionContext,
  a: { id: string; readyAt: number; goneAt?: number },
  p: { Force?: boolean | undefined; DryRun?: boolean | undefined },
): void {
  if (a.goneAt !== undefined || ctx.now < a.readyAt) throw trErrors.attachmentStatus();
  if (p.Force !== true && attachmentInUse(ctx.world, a.id)) throw trErrors.attachmentInUse();
  stopIfDryRun(p);
  const goneAt = ctx.now + ctx.delayMs;
  const t = ctx.world.transit;
  // Force takes the links and the VPC routes down with it (TF force_delete, §2 teardown).
  for (const l of [...t.associations, ...t.propagations, ...t.vpcRoutes])
    if (l.attachmentId === a.id && l.goneAt === undefined) l.goneAt = goneAt;
  a.goneAt = goneAt;
}
