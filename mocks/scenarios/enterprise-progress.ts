// Where a trainee stands on the Enterprise path (docs/reference/enterprise-edition.md §2), for the progress of an
// Enterprise training scenario (progress.ts): the console's six Enterprise steps judged from the sandbox's state,
// and the zone criterion. Read-only, like progress.ts; the CEN is the one progress.ts found.
import type { MockCloud } from '../cloud/mock-cloud';
import type { Account, Cen, Vpc, World } from '../cloud/model';
import {
  associationStatus,
  propagationStatus,
  routerStatus,
  trAttachmentStatus,
  vpcRouteStatus,
} from '../cloud/transit-router-lifecycle';
import type { TrVpcAttachment } from '../cloud/transit-router-model';
import type { CriterionResult } from './progress';
import { cenStatus } from '../cloud/lifecycle';
import { cidrContains, parseCidr } from '../../src/domain/cidr';
import { zonesWanted } from '../../src/domain/plan/enterprise-zones';

export const ENTERPRISE_STEP_NAMES = [
  'service',
  'cen',
  'grant',
  'attach',
  'link',
  'connection',
  'routes',
  'ping',
] as const;
export type EnterpriseStepName = (typeof ENTERPRISE_STEP_NAMES)[number];

/** The live VPC attachments of a CEN for an owner's VPCs. */
export function trAttachmentsOf(world: World, cen: Cen, owner: Account | undefined): TrVpcAttachment[] {
  return world.transit.vpcAttachments.filter(
    (a) => a.cenId === cen.id && a.vpcOwnerUid === owner?.uid && a.goneAt === undefined,
  );
}

/** The zones ListTransitRouterAvailableResource offers in a region: those of its vSwitches in this world. */
export function zonesOfRegion(world: World, regionId: string): string[] {
  return [...new Set(world.vSwitches.filter((s) => s.regionId === regionId).map((s) => s.zoneId))];
}

export function zonesOfVpc(world: World, vpc: Vpc): string[] {
  return [...new Set(world.vSwitches.filter((s) => s.vpcId === vpc.id).map((s) => s.zoneId))];
}

const systemTableOf = (world: World, routerId: string) =>
  world.transit.routeTables.find((rt) => rt.routerId === routerId)?.id;

const active = (
  links: World['transit']['associations'],
  attachmentId: string,
  tableId: string | undefined,
  status: (l: (typeof links)[number], now: number) => string,
  now: number,
) =>
  links.some(
    (l) => l.attachmentId === attachmentId && l.routeTableId === tableId && status(l, now) === 'Active',
  );

export function enterpriseStepsOf(
  cloud: MockCloud,
  cen: Cen | undefined,
  pinged: boolean,
): Record<EnterpriseStepName, boolean> {
  const w = cloud.world;
  const now = cloud.now();
  const A = cloud.account('A');
  const B = cloud.account('B');
  const t = w.transit;
  const attached = (owner: Account | undefined) =>
    cen ? trAttachmentsOf(w, cen, owner).filter((a) => trAttachmentStatus(a, now) === 'Attached') : [];
  const vpcAttachments = [...attached(A), ...attached(B)];
  const linked = (attachmentId: string, routerId: string) => {
    const table = systemTableOf(w, routerId);
    return (
      active(t.associations, attachmentId, table, associationStatus, now) &&
      active(t.propagations, attachmentId, table, propagationStatus, now)
    );
  };
  const peers = cen
    ? t.peerAttachments.filter(
        (p) => p.cenId === cen.id && p.goneAt === undefined && trAttachmentStatus(p, now) === 'Attached',
      )
    : [];
  // Each attached VPC routes some other attached VPC's CIDR to its own attachment, Available.
  const routesOut = (a: TrVpcAttachment) => {
    const others = vpcAttachments
      .filter((x) => x.vpcId !== a.vpcId)
      .map((x) => w.vpcs.find((v) => v.id === x.vpcId)?.cidr);
    return t.vpcRoutes.some(
      (r) =>
        r.vpcId === a.vpcId &&
        r.attachmentId === a.id &&
        vpcRouteStatus(r, now) === 'Available' &&
        others.some((c) => {
          const block = c ? parseCidr(c) : null;
          const dest = parseCidr(r.destination);
          return block !== null && dest !== null && cidrContains(dest, block);
        }),
    );
  };
  const routers = cen ? t.routers.filter((r) => r.cenId === cen.id && routerStatus(r, now) === 'Active') : [];
  return {
    service: [A, B].every((x) => x !== undefined && t.serviceOpen.includes(x.uid)),
    cen:
      cen !== undefined &&
      cenStatus(cen, now) === 'Active' &&
      new Set(routers.map((r) => r.regionId)).size >= 2,
    grant:
      cen !== undefined &&
      t.grants.some((g) => g.cenId === cen.id && g.cenOwnerUid === A?.uid && g.instanceOwnerUid === B?.uid),
    attach: attached(A).length > 0 && attached(B).length > 0,
    link: vpcAttachments.length >= 2 && vpcAttachments.every((a) => linked(a.id, a.routerId)),
    connection: peers.some((p) => linked(p.id, p.routerId) && linked(p.id, p.peerRouterId)),
    routes: vpcAttachments.length >= 2 && vpcAttachments.every(routesOut),
    ping: pinged,
  };
}

/** The twoZones criterion: every VPC attachment of the CEN maps two zones where its region has several. */
export function twoZonesResult(world: World, cen: Cen | undefined): CriterionResult {
  const atts = cen
    ? world.transit.vpcAttachments.filter((a) => a.cenId === cen.id && a.goneAt === undefined)
    : [];
  const short = atts.filter(
    (a) => zonesWanted(zonesOfRegion(world, a.regionId)) === 2 && a.zoneMappings.length < 2,
  );
  const name = (vpcId: string) => world.vpcs.find((v) => v.id === vpcId)?.name ?? vpcId;
  return {
    criterion: 'two zones per attachment',
    ok: atts.length > 0 && short.length === 0,
    detail:
      atts.length === 0
        ? 'no VPC attachment yet'
        : short.length === 0
          ? atts.map((a) => `${name(a.vpcId)}: ${a.zoneMappings.map((z) => z.zoneId).join(', ')}`).join('; ')
          : short
              .map(
                (a) =>
                  `${name(a.vpcId)} maps ${a.zoneMappings.map((z) => z.zoneId).join(', ')} of ${zonesOfRegion(world, a.regionId).join(', ')}`,
              )
              .join('; '),
  };
}
