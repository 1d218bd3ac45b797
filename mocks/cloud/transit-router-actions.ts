// Enterprise Edition, steps 0 and 2 (docs/reference/enterprise-edition.md §2): the transit-router service of each
// account, the routers (one per region per CEN, each with its System route table) and their listing, which also
// shows the Basic-Edition routers a CEN holds implicitly.
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { errors } from './cloud-error';
import { cbnTime, paginate, paginateCbnByToken } from './formats';
import {
  addRouter,
  basicRouters,
  checkNewRouter,
  ownRouter,
  requireService,
  stopIfDryRun,
  trCen,
} from './transit-router-lookups';
import { trErrors } from './transit-router-errors';
import { routerStatus } from './transit-router-lifecycle';
import type { TransitRouter } from './transit-router-model';
import { findRegion } from '../../src/domain/regions';

type RouterView = ItemOf<ReplyOf<'Cbn.ListTransitRouters'>['TransitRouters']>;

function routerView(r: TransitRouter, now: number): RouterView {
  return {
    TransitRouterId: r.id,
    TransitRouterName: r.name,
    TransitRouterDescription: r.description,
    CenId: r.cenId,
    RegionId: r.regionId,
    Status: routerStatus(r, now),
    Type: 'Enterprise',
    // A bare JSON number on the wire, like every UID (NUMERIC_UID_KEYS).
    AliUid: r.ownerUid,
    CreationTime: cbnTime(r.createdAt),
    SupportMulticast: r.supportMulticast,
    Tags: r.tags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
  };
}

/** Every router of the caller's CENs: its Enterprise ones, and a Basic one per region with Basic attachments. */
function routersOf(ctx: ActionContext): RouterView[] {
  const mine = ctx.world.cens.filter((c) => c.ownerUid === ctx.caller.uid);
  return mine.flatMap((cen) => [
    ...ctx.world.transit.routers.filter((r) => r.cenId === cen.id).map((r) => routerView(r, ctx.now)),
    ...basicRouters(ctx.world, cen).map((b) => ({
      TransitRouterId: b.id,
      TransitRouterName: '',
      TransitRouterDescription: '',
      CenId: cen.id,
      RegionId: b.regionId,
      Status: 'Active',
      Type: 'Basic',
      AliUid: cen.ownerUid,
      CreationTime: cbnTime(cen.createdAt),
      SupportMulticast: false,
      Tags: [],
    })),
  ]);
}

export const transitRouterActions = {
  CheckTransitRouterService(ctx) {
    // A 200 with "false" when off (mocks/FIDELITY.md §8); TF also accepts an error.
    return { Enabled: String(ctx.world.transit.serviceOpen.includes(ctx.caller.uid)) };
  },

  OpenTransitRouterService(ctx) {
    if (ctx.world.transit.serviceOpen.includes(ctx.caller.uid)) throw trErrors.alreadyOpen();
    ctx.world.transit.serviceOpen.push(ctx.caller.uid);
    return { OrderId: ctx.ids.digits(15) };
  },

  CreateTransitRouter(ctx, p) {
    requireService(ctx);
    const cen = trCen(ctx, p.CenId);
    checkNewRouter(ctx, cen, p.RegionId);
    stopIfDryRun(p);
    return { TransitRouterId: addRouter(ctx, cen, p.RegionId, p).id };
  },

  ListTransitRouters(ctx, p) {
    const list = routersOf(ctx).filter(
      (r) =>
        (p.CenId === undefined || r.CenId === p.CenId) &&
        (p.RegionId === undefined || r.RegionId === p.RegionId) &&
        (p.TransitRouterId === undefined || r.TransitRouterId === p.TransitRouterId),
    );
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      TransitRouters: page.items,
    };
  },

  ListTransitRouterAvailableResource(ctx, p) {
    if (!findRegion(p.RegionId)) throw errors.illegalRegion();
    // The zones of the region's vSwitches in this world, whoever owns them (mocks/FIDELITY.md §8: INVENTED list).
    const zones = [
      ...new Set(ctx.world.vSwitches.filter((s) => s.regionId === p.RegionId).map((s) => s.zoneId)),
    ].sort();
    return { AvailableZones: zones, MasterZones: zones, SlaveZones: zones, SupportMulticast: true };
  },

  DeleteTransitRouter(ctx, p) {
    const router = ownRouter(ctx, p.TransitRouterId);
    if (routerStatus(router, ctx.now) !== 'Active') throw trErrors.routerInstanceStatus();
    const t = ctx.world.transit;
    // Attachments first, even those still Detaching (§2 teardown: TF retries AttachedChildInstanceExist).
    if (
      t.vpcAttachments.some((a) => a.routerId === router.id) ||
      t.peerAttachments.some((a) => a.routerId === router.id || a.peerRouterId === router.id)
    )
      throw trErrors.routerHasAttachments();
    stopIfDryRun(p);
    router.goneAt = ctx.now + ctx.delayMs;
    return {};
  },

  ListTransitRouterRouteTables(ctx, p) {
    const router = ownRouter(ctx, p.TransitRouterId);
    const ids = p.TransitRouterRouteTableIds;
    const list = ctx.world.transit.routeTables.filter(
      (rt) =>
        rt.routerId === router.id &&
        (p.TransitRouterRouteTableType === undefined || rt.type === p.TransitRouterRouteTableType) &&
        (ids === undefined || ids.includes(rt.id)),
    );
    const page = paginateCbnByToken(list, p);
    return {
      ...page.head,
      TransitRouterRouteTables: page.items.map((rt) => ({
        TransitRouterRouteTableId: rt.id,
        TransitRouterRouteTableName: '',
        TransitRouterRouteTableType: rt.type,
        TransitRouterRouteTableStatus: 'Active',
        CreateTime: cbnTime(rt.createdAt),
        TransitRouterRouteTableDescription: '',
      })),
    };
  },
} satisfies HandlersOf<'Cbn'>;
