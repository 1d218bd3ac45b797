// Enterprise-Edition statuses, derived from timestamps and the clock like lifecycle.ts
// (docs/reference/enterprise-edition.md §2): routers Creating → Active → Deleting, attachments Attaching →
// Attached → Detaching, associations Associating → Active → Dissociating, propagations Enabling → Active →
// Disabling. Each transition takes the delay in force when its call was made.
import type {
  TransitRouter,
  TransitWorld,
  TrPeerAttachment,
  TrTableLink,
  TrVpcAttachment,
  VpcAttachmentRoute,
} from './transit-router-model';

export function routerStatus(r: TransitRouter, now: number): 'Creating' | 'Active' | 'Deleting' {
  if (r.goneAt !== undefined) return 'Deleting';
  return now < r.readyAt ? 'Creating' : 'Active';
}

export function trAttachmentStatus(
  a: TrVpcAttachment | TrPeerAttachment,
  now: number,
): 'Attaching' | 'Attached' | 'Detaching' {
  if (a.goneAt !== undefined) return 'Detaching';
  return now < a.readyAt ? 'Attaching' : 'Attached';
}

export function associationStatus(l: TrTableLink, now: number): 'Associating' | 'Active' | 'Dissociating' {
  if (l.goneAt !== undefined) return 'Dissociating';
  return now < l.readyAt ? 'Associating' : 'Active';
}

export function propagationStatus(l: TrTableLink, now: number): 'Enabling' | 'Active' | 'Disabling' {
  if (l.goneAt !== undefined) return 'Disabling';
  return now < l.readyAt ? 'Enabling' : 'Active';
}

/** Drops what has finished disappearing; a router takes its route tables with it. */
export function sweepTransit(t: TransitWorld, now: number): void {
  const gone = (x: { goneAt?: number }) => x.goneAt !== undefined && now >= x.goneAt;
  t.routers = t.routers.filter((r) => !gone(r));
  t.routeTables = t.routeTables.filter((rt) => t.routers.some((r) => r.id === rt.routerId));
  t.vpcAttachments = t.vpcAttachments.filter((a) => !gone(a));
  t.peerAttachments = t.peerAttachments.filter((a) => !gone(a));
  t.associations = t.associations.filter((l) => !gone(l));
  t.propagations = t.propagations.filter((l) => !gone(l));
  t.vpcRoutes = t.vpcRoutes.filter((r) => !gone(r));
}

/** Pending → Available; Deleting until gone (INVENTED: the API documents Pending, Available, Modifying). */
export function vpcRouteStatus(r: VpcAttachmentRoute, now: number): 'Pending' | 'Available' | 'Deleting' {
  if (r.goneAt !== undefined) return 'Deleting';
  return now < r.readyAt ? 'Pending' : 'Available';
}
