// Statuses derived from timestamps and the clock (docs/reference/cen-api.md §3): nothing runs in the
// background, so advancing the clock is all it takes for Creating to become Active.
import type { Attachment, BandwidthPackage, Cen, InterRegionLimit, World } from './model';
import { sweepTransit } from './transit-router-lifecycle';

export function cenStatus(cen: Cen, now: number): 'Creating' | 'Active' | 'Deleting' {
  if (cen.goneAt !== undefined) return 'Deleting';
  return now < cen.readyAt ? 'Creating' : 'Active';
}

export function attachmentStatus(a: Attachment, now: number): 'Attaching' | 'Attached' | 'Detaching' {
  if (a.goneAt !== undefined) return 'Detaching';
  return now < a.readyAt ? 'Attaching' : 'Attached';
}

export function limitStatus(l: InterRegionLimit, now: number): 'Modifying' | 'Active' {
  return l.goneAt !== undefined || now < l.readyAt ? 'Modifying' : 'Active';
}

/** Idle until associated, InUse while associated (docs/reference/cen-api.md §3). */
export function packageStatus(p: BandwidthPackage): 'Idle' | 'InUse' {
  return p.cenId ? 'InUse' : 'Idle';
}

/**
 * Drops what has finished disappearing (deleted CENs, detached children, limits set to 0, and the Enterprise-Edition
 * records of transit-router-lifecycle.ts).
 */
export function sweep(world: World, now: number): void {
  const gone = (x: { goneAt?: number }) => x.goneAt !== undefined && now >= x.goneAt;
  world.cens = world.cens.filter((c) => !gone(c));
  world.attachments = world.attachments.filter((a) => !gone(a));
  world.limits = world.limits.filter((l) => !gone(l));
  sweepTransit(world.transit, now);
}
