// The Enterprise-Edition part of the trainer's picture (snapshot.ts, GET /_mock/state): every record with its
// derived status (docs/reference/enterprise-edition.md §2).
import {
  associationStatus,
  propagationStatus,
  routerStatus,
  trAttachmentStatus,
  vpcRouteStatus,
} from './transit-router-lifecycle';
import type { TransitWorld } from './transit-router-model';

export function transitSnapshot(t: TransitWorld, now: number): Record<string, unknown> {
  return {
    serviceOpen: t.serviceOpen,
    basicRefused: t.basicRefused,
    routers: t.routers.map((r) => ({ ...r, status: routerStatus(r, now) })),
    routeTables: t.routeTables,
    grants: t.grants,
    vpcAttachments: t.vpcAttachments.map((a) => ({ ...a, status: trAttachmentStatus(a, now) })),
    peerAttachments: t.peerAttachments.map((a) => ({ ...a, status: trAttachmentStatus(a, now) })),
    associations: t.associations.map((l) => ({ ...l, status: associationStatus(l, now) })),
    propagations: t.propagations.map((l) => ({ ...l, status: propagationStatus(l, now) })),
    vpcRoutes: t.vpcRoutes.map((r) => ({ ...r, status: vpcRouteStatus(r, now) })),
  };
}
