// Enterprise Edition, step 5 (docs/reference/enterprise-edition.md §2): a VPC of A or of B on the router of its
// region, with its zone mappings (one vSwitch per zone, where the router puts a network interface). A VPC of
// another account needs VpcOwnerId, that account's service on, and its grant to the CEN for transit routers.
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { cbnTime } from './formats';
import { deleteAttachment, listAttachments, newAttachmentFields } from './transit-router-attachments';
import { grantFor } from './transit-router-grant-actions';
import {
  addRouter,
  checkNewRouter,
  namedRouter,
  requireService,
  stopIfDryRun,
} from './transit-router-lookups';
import { trErrors } from './transit-router-errors';
import { routerStatus, trAttachmentStatus } from './transit-router-lifecycle';
import type { TransitRouter, TrVpcAttachment } from './transit-router-model';
import { vSwitchFreeIps } from './vswitch-free-ips';

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
  return found.router ?? addRouter(ctx, found.cen, found.regionId, {});
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
      // The router puts a network interface in each mapped vSwitch (§2 step 5).
      if (vSwitchFreeIps(ctx.world, vsw) === 0) throw trErrors.noFreeIp();
      return { zoneId: m.ZoneId, vSwitchId: vsw.id };
    });
    // A VPC is in one CEN at a time, the Basic way or the Enterprise way.
    if (
      ctx.world.attachments.some((a) => a.childId === vpc.id) ||
      ctx.world.transit.vpcAttachments.some((a) => a.vpcId === vpc.id)
    )
      throw trErrors.vpcAttached();
    if (!found.router) checkNewRouter(ctx, cen, found.regionId);
    // Before the dry run, which answers only once every check passed (docs/reference/enterprise-edition.md §2).
    else if (routerStatus(found.router, ctx.now) !== 'Active') throw trErrors.routerStatus();
    stopIfDryRun(p);
    const router = routerForAttach(ctx, found);
    const attachment: TrVpcAttachment = {
      ...newAttachmentFields(ctx, p),
      routerId: router.id,
      cenId: cen.id,
      vpcId: vpc.id,
      vpcOwnerUid: ownerUid,
      regionId: vpc.regionId,
      zoneMappings: mappings.map((m) => ({ ...m, networkInterfaceId: ctx.ids.id('eni-', 20) })),
      chargeType: p.ChargeType ?? 'POSTPAY',
      orderType,
      readyAt: Math.max(router.readyAt, ctx.now) + ctx.delayMs,
    };
    ctx.world.transit.vpcAttachments.push(attachment);
    return { TransitRouterAttachmentId: attachment.id };
  },

  ListTransitRouterVpcAttachments(ctx, p) {
    return listAttachments(
      ctx,
      ctx.world.transit.vpcAttachments,
      p,
      (a) =>
        (p.TransitRouterId === undefined || a.routerId === p.TransitRouterId) &&
        (p.RegionId === undefined || a.regionId === p.RegionId) &&
        (p.VpcId === undefined || a.vpcId === p.VpcId),
      view,
    );
  },

  DeleteTransitRouterVpcAttachment(ctx, p) {
    deleteAttachment(ctx, 'VPC', p);
    return {};
  },
} satisfies HandlersOf<'Cbn'>;
