// The data plane over Enterprise-Edition transit routers (docs/reference/enterprise-edition.md §2 steps 6, 9 and
// 10): a packet leaves a VPC only by one of its routes to its attachment (NextHopType=Attachment); the router looks
// the destination up in the route table that attachment is associated with, which has learned the vSwitch routes
// of the VPC attachments propagating to it, and — through a peer attachment propagating to it — the routes the
// other router learned from its own VPC attachments. Nothing is learned, and nothing forwarded, without the
// association and the propagation (§1: "a VPC attachment neither learns nor forwards routes until told").
import type { Vpc, World } from './model';
import {
  associationStatus,
  propagationStatus,
  trAttachmentStatus,
  vpcRouteStatus,
} from './transit-router-lifecycle';
import type { TrPeerAttachment, TrVpcAttachment } from './transit-router-model';
import { cidrContainsIp, parseCidr } from '../../src/domain/cidr';

interface Learned {
  destination: string;
  /** A VPC attachment (deliver there) or a peer attachment (cross to the other router). */
  via: { kind: 'VPC'; attachment: TrVpcAttachment } | { kind: 'TR'; attachment: TrPeerAttachment };
}

/** The longest-prefix entry of `entries` covering ip. */
function longest<T extends { destination: string }>(entries: T[], ip: string): T | undefined {
  let best: T | undefined;
  let bestPrefix = -1;
  for (const e of entries) {
    const c = parseCidr(e.destination);
    if (c && cidrContainsIp(c, ip) && c.prefix > bestPrefix) {
      best = e;
      bestPrefix = c.prefix;
    }
  }
  return best;
}

/** The Active association of an attachment on a router: the table its traffic is looked up in there. */
function tableOf(world: World, attachmentId: string, routerId: string, now: number): string | undefined {
  const t = world.transit;
  return t.associations.find(
    (l) =>
      l.attachmentId === attachmentId &&
      associationStatus(l, now) === 'Active' &&
      t.routeTables.some((rt) => rt.id === l.routeTableId && rt.routerId === routerId),
  )?.routeTableId;
}

const propagating = (world: World, tableId: string, now: number): string[] =>
  world.transit.propagations
    .filter((l) => l.routeTableId === tableId && propagationStatus(l, now) === 'Active')
    .map((l) => l.attachmentId);

/** The routes a table learned from the VPC attachments propagating to it. */
function vpcRoutesOf(world: World, tableId: string, now: number): Learned[] {
  const ids = propagating(world, tableId, now);
  return world.transit.vpcAttachments
    .filter((a) => ids.includes(a.id) && trAttachmentStatus(a, now) === 'Attached')
    .flatMap((a) =>
      world.vSwitches
        .filter((s) => s.vpcId === a.vpcId)
        .map((s): Learned => ({ destination: s.cidr, via: { kind: 'VPC', attachment: a } })),
    );
}

/** A table's routes: its VPC attachments', and the far router's for each peer attachment propagating to it. */
function learnedRoutes(world: World, tableId: string, routerId: string, now: number): Learned[] {
  const ids = propagating(world, tableId, now);
  const far = world.transit.peerAttachments
    .filter((p) => ids.includes(p.id) && trAttachmentStatus(p, now) === 'Attached')
    .flatMap((p) => {
      const other = p.routerId === routerId ? p.peerRouterId : p.routerId;
      const farTable = tableOf(world, p.id, other, now);
      return farTable
        ? vpcRoutesOf(world, farTable, now).map((r): Learned => ({
            ...r,
            via: { kind: 'TR', attachment: p },
          }))
        : [];
    });
  return [...vpcRoutesOf(world, tableId, now), ...far];
}

/** The VPC a packet for ip reaches over the transit routers, or undefined when no route carries it. */
export function transitHop(world: World, from: Vpc, ip: string, now: number): Vpc | undefined {
  const t = world.transit;
  const routes = t.vpcRoutes.filter(
    (r) => r.routeTableId === from.routeTableId && vpcRouteStatus(r, now) === 'Available',
  );
  const out = longest(routes, ip);
  const att = out && t.vpcAttachments.find((a) => a.id === out.attachmentId);
  if (!att || trAttachmentStatus(att, now) !== 'Attached') return undefined;
  const table = tableOf(world, att.id, att.routerId, now);
  const next = table && longest(learnedRoutes(world, table, att.routerId, now), ip);
  if (!next) return undefined;
  let target: TrVpcAttachment | undefined = next.via.kind === 'VPC' ? next.via.attachment : undefined;
  if (next.via.kind === 'TR') {
    // Across the connection: the other router looks ip up in the table the peer attachment is associated with.
    const p = next.via.attachment;
    const other = p.routerId === att.routerId ? p.peerRouterId : p.routerId;
    const farTable = tableOf(world, p.id, other, now);
    const farHop = farTable && longest(vpcRoutesOf(world, farTable, now), ip);
    target = farHop && farHop.via.kind === 'VPC' ? farHop.via.attachment : undefined;
  }
  return target && world.vpcs.find((v) => v.id === target.vpcId);
}
