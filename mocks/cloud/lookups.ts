// Finders shared by the action groups. Ownership is checked here: an account sees its own CENs, packages, VPCs;
// cross-account records (grants, attachments) are found by the IDs both sides know.
import type { ActionContext } from './action-context';
import { errors } from './cloud-error';
import { cenStatus } from './lifecycle';
import type { Cen } from './model';
import { findRegion } from '../../src/domain/regions';

export function ownCen(ctx: ActionContext, cenId: string): Cen {
  const cen = ctx.world.cens.find((c) => c.id === cenId && c.ownerUid === ctx.caller.uid);
  if (!cen) throw errors.cenNotFound();
  return cen;
}

/**
 * Writes need an Active CEN: Creating/Deleting answer 409 InvalidOperation.CenInstanceStatus
 * (docs/reference/cen-api.md §4).
 */
export function activeCen(ctx: ActionContext, cenId: string): Cen {
  const cen = ownCen(ctx, cenId);
  if (cenStatus(cen, ctx.now) !== 'Active') throw errors.cenStatus();
  return cen;
}

/** The region of a regional call must be one the area catalogue knows (docs/reference/cen-api.md §6.2). */
export function regionOf(ctx: ActionContext): string {
  const id = ctx.regionId;
  if (!id || !findRegion(id)) throw errors.invalidRegion();
  return id;
}
