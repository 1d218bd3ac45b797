// What the VPC and the peer attachments of Enterprise Edition do alike (docs/reference/enterprise-edition.md §2):
// the fields their Create calls fill alike, their List call (the caller's attachments, by router or CEN, one page)
// and their Delete.
import type { ActionContext } from './action-context';
import { paginateCbnByToken } from './formats';
import { attachmentInUse, ownAttachment, stopIfDryRun } from './transit-router-lookups';
import { trErrors } from './transit-router-errors';

/**
 * What a new VPC or peer attachment takes alike: a fresh ID, the caller (the CEN owner) as owner, name,
 * description and route auto-publishing as the Create call gave them, the time; called first, so the attachment's
 * ID is drawn before any other ID of the call.
 */
export function newAttachmentFields(
  ctx: ActionContext,
  p: {
    TransitRouterAttachmentName?: string | undefined;
    TransitRouterAttachmentDescription?: string | undefined;
    AutoPublishRouteEnabled?: boolean | undefined;
  },
) {
  return {
    id: ctx.ids.id('tr-attach-', 16),
    ownerUid: ctx.caller.uid,
    name: p.TransitRouterAttachmentName ?? '',
    description: p.TransitRouterAttachmentDescription ?? '',
    autoPublishRouteEnabled: p.AutoPublishRouteEnabled ?? false,
    createdAt: ctx.now,
  };
}

interface ListParams {
  TransitRouterId?: string | undefined;
  CenId?: string | undefined;
  TransitRouterAttachmentId?: string | undefined;
  NextToken?: string | undefined;
  MaxResults?: number | undefined;
}

/**
 * ListTransitRouter{Vpc,Peer}Attachments: TransitRouterId or CenId is required; the caller's attachments of that
 * CEN and ID that also match the kind's own filters (`matches`), a page of them as `view` shows them.
 */
export function listAttachments<A extends { id: string; ownerUid: string; cenId: string }, V>(
  ctx: ActionContext,
  all: readonly A[],
  p: ListParams,
  matches: (a: A) => boolean,
  view: (a: A, now: number) => V,
) {
  if (p.TransitRouterId === undefined && p.CenId === undefined) throw trErrors.missingRouter();
  const list = all.filter(
    (a) =>
      a.ownerUid === ctx.caller.uid &&
      (p.CenId === undefined || a.cenId === p.CenId) &&
      (p.TransitRouterAttachmentId === undefined || a.id === p.TransitRouterAttachmentId) &&
      matches(a),
  );
  const page = paginateCbnByToken(list, p);
  return { ...page.head, TransitRouterAttachments: page.items.map((a) => view(a, ctx.now)) };
}

/**
 * Delete one of the caller's attachments of this kind ('VPC' or 'TR'; the other kind's ID is not found): Attached
 * only; associations, propagations and routes first unless Force.
 */
export function deleteAttachment(
  ctx: ActionContext,
  kind: 'VPC' | 'TR',
  p: { TransitRouterAttachmentId: string; Force?: boolean | undefined; DryRun?: boolean | undefined },
): void {
  const found = ownAttachment(ctx, p.TransitRouterAttachmentId);
  if (found.kind !== kind) throw trErrors.attachmentNotFound();
  const a = found.attachment;
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
