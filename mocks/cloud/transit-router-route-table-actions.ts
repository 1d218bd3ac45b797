// Enterprise Edition, steps 6 and 9 (docs/reference/enterprise-edition.md §2): an attachment neither learns nor
// forwards routes until it is associated with a route table of its router and propagates to it. Associating/
// Enabling → Active; Dissociating/Disabling → gone. A peer attachment belongs to both its routers, so it may be
// associated on each (Alibaba's QOS module does so, §2 step 9): one association per attachment per router.
import type { ActionContext, HandlersOf } from './action-context';
import { paginateCbnByToken } from './formats';
import { ownAttachment, ownRouter, stopIfDryRun } from './transit-router-lookups';
import { trErrors } from './transit-router-errors';
import { associationStatus, propagationStatus, trAttachmentStatus } from './transit-router-lifecycle';
import type { TrRouteTable, TrTableLink } from './transit-router-model';
import type { ParsedParamsOf } from '../../src/domain/openapi/actions';

type LinkParams = ParsedParamsOf<'Cbn.AssociateTransitRouterAttachmentWithRouteTable'>;

/** The attachment (Attached) and a route table of one of its routers. */
function linkable(ctx: ActionContext, p: LinkParams) {
  const found = ownAttachment(ctx, p.TransitRouterAttachmentId);
  const table = ctx.world.transit.routeTables.find((rt) => rt.id === p.TransitRouterRouteTableId);
  if (!table) throw trErrors.routeTableNotFound();
  ownRouter(ctx, table.routerId);
  if (!found.routerIds.includes(table.routerId)) throw trErrors.otherRouterTable();
  if (trAttachmentStatus(found.attachment, ctx.now) !== 'Attached') throw trErrors.attachmentStatus();
  return { found, table };
}

const tableOf = (ctx: ActionContext, l: TrTableLink): TrRouteTable | undefined =>
  ctx.world.transit.routeTables.find((rt) => rt.id === l.routeTableId);

function newLink(ctx: ActionContext, p: LinkParams): TrTableLink {
  return {
    attachmentId: p.TransitRouterAttachmentId,
    routeTableId: p.TransitRouterRouteTableId,
    createdAt: ctx.now,
    readyAt: ctx.now + ctx.delayMs,
  };
}

/** Ends a link that is Active; one still changing is IncorrectStatus.AttachmentOrRouteTable (TF retries it). */
function endLink(
  ctx: ActionContext,
  link: TrTableLink | undefined,
  missing: () => Error,
  p: LinkParams,
): void {
  if (!link) throw missing();
  if (link.goneAt !== undefined || ctx.now < link.readyAt) throw trErrors.attachmentStatus();
  stopIfDryRun(p);
  link.goneAt = ctx.now + ctx.delayMs;
}

const linkNamed = (links: TrTableLink[], p: LinkParams) =>
  links.find(
    (l) => l.attachmentId === p.TransitRouterAttachmentId && l.routeTableId === p.TransitRouterRouteTableId,
  );

function listLinks(
  ctx: ActionContext,
  links: TrTableLink[],
  p: ParsedParamsOf<'Cbn.ListTransitRouterRouteTableAssociations'>,
  status: (l: TrTableLink, now: number) => string,
) {
  const table = ctx.world.transit.routeTables.find((rt) => rt.id === p.TransitRouterRouteTableId);
  if (!table) throw trErrors.routeTableNotFound();
  ownRouter(ctx, table.routerId);
  const list = links.filter(
    (l) =>
      l.routeTableId === table.id &&
      (p.TransitRouterAttachmentId === undefined || l.attachmentId === p.TransitRouterAttachmentId) &&
      (p.Status === undefined || status(l, ctx.now) === p.Status),
  );
  const page = paginateCbnByToken(list, p);
  const t = ctx.world.transit;
  const items = page.items.map((l) => {
    const vpc = t.vpcAttachments.find((a) => a.id === l.attachmentId);
    const peer = t.peerAttachments.find((a) => a.id === l.attachmentId);
    return {
      TransitRouterAttachmentId: l.attachmentId,
      TransitRouterRouteTableId: l.routeTableId,
      ResourceId:
        vpc?.vpcId ?? (peer && (peer.routerId === table.routerId ? peer.peerRouterId : peer.routerId)),
      ResourceType: vpc ? 'VPC' : 'TR',
      Status: status(l, ctx.now),
    };
  });
  return { ...page.head, items };
}

export const transitRouterRouteTableActions = {
  AssociateTransitRouterAttachmentWithRouteTable(ctx, p) {
    const { table } = linkable(ctx, p);
    const t = ctx.world.transit;
    // One route table per router for an attachment (the SDK: "only one route table", §4 item 8).
    const onThisRouter = t.associations.find(
      (l) => l.attachmentId === p.TransitRouterAttachmentId && tableOf(ctx, l)?.routerId === table.routerId,
    );
    if (onThisRouter) throw trErrors.associationExists();
    stopIfDryRun(p);
    t.associations.push(newLink(ctx, p));
    return {};
  },

  DissociateTransitRouterAttachmentFromRouteTable(ctx, p) {
    ownAttachment(ctx, p.TransitRouterAttachmentId);
    endLink(ctx, linkNamed(ctx.world.transit.associations, p), trErrors.associationNotFound, p);
    return {};
  },

  ListTransitRouterRouteTableAssociations(ctx, p) {
    const { items, ...page } = listLinks(ctx, ctx.world.transit.associations, p, associationStatus);
    return { ...page, TransitRouterAssociations: items };
  },

  EnableTransitRouterRouteTablePropagation(ctx, p) {
    linkable(ctx, p);
    if (linkNamed(ctx.world.transit.propagations, p)) throw trErrors.propagationExists();
    stopIfDryRun(p);
    ctx.world.transit.propagations.push(newLink(ctx, p));
    return {};
  },

  DisableTransitRouterRouteTablePropagation(ctx, p) {
    ownAttachment(ctx, p.TransitRouterAttachmentId);
    endLink(ctx, linkNamed(ctx.world.transit.propagations, p), trErrors.propagationNotFound, p);
    return {};
  },

  ListTransitRouterRouteTablePropagations(ctx, p) {
    const { items, ...page } = listLinks(ctx, ctx.world.transit.propagations, p, propagationStatus);
    return { ...page, TransitRouterPropagations: items };
  },
} satisfies HandlersOf<'Cbn'>;
