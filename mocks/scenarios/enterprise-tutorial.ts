// The tutorial's world on Enterprise Edition (docs/reference/enterprise-edition.md §2), for the training seeds
// enterprise-after-step-N: the demo world with Basic Edition refused to A and B (docs/reference/cen-api.md §8.8),
// then the console's six Enterprise steps played through the API with final statuses, as runTutorial does for
// Basic. Step 1: both accounts' transit-router service, the CEN, one router per region. Step 2: B's grant to the
// router (GrantInstanceToTransitRouter, PayByCenOwner). Step 3: both VPCs attached, each associated with and
// propagating to its router's System table. Step 4: pay by data transfer — no call (§2 step 7 is only for a plan).
// Step 5: the DataTransfer peer attachment, linked on both tables, and each VPC's route to the other side's CIDR
// over its own attachment (§2 step 10 b).
import type { MockCloud } from '../cloud/mock-cloud';
import { buildDemo, TUTORIAL, type DemoWorld } from './demo';
import { as, settled, UID } from './seed';
import type { Vpc } from '../cloud/model';
import type { AccountName } from '../../src/domain/accounts';

/** Mbit/s of the seeded DataTransfer connection (its cap; nothing is bought). */
export const ENTERPRISE_PEER_MBPS = 2;

export interface EnterpriseTutorialState {
  cenId?: string;
  routers?: { a: string; b: string };
  tables?: { a: string; b: string };
  attachments?: { a: string; b: string };
  peerAttachment?: string;
}

function systemTable(cloud: MockCloud, routerId: string): string {
  const body = as(cloud, 'A', 'Cbn', 'ListTransitRouterRouteTables', {
    TransitRouterId: routerId,
    TransitRouterRouteTableType: 'System',
  });
  const tables = body.TransitRouterRouteTables as { TransitRouterRouteTableId: string }[];
  const id = tables[0]?.TransitRouterRouteTableId;
  if (!id) throw new Error(`router ${routerId} has no System route table`);
  return id;
}

function link(cloud: MockCloud, attachmentId: string, tableId: string): void {
  const p = { TransitRouterAttachmentId: attachmentId, TransitRouterRouteTableId: tableId };
  as(cloud, 'A', 'Cbn', 'AssociateTransitRouterAttachmentWithRouteTable', p);
  as(cloud, 'A', 'Cbn', 'EnableTransitRouterRouteTablePropagation', p);
}

/** Every zone of the VPC's vSwitches, one vSwitch each, at most two (the tutorials ask for two, §2 step 5). */
function zoneMappings(cloud: MockCloud, vpc: Vpc) {
  const byZone = new Map<string, string>();
  for (const s of cloud.world.vSwitches.filter((x) => x.vpcId === vpc.id))
    if (!byZone.has(s.zoneId)) byZone.set(s.zoneId, s.id);
  return [...byZone].slice(0, 2).map(([ZoneId, VSwitchId]) => ({ ZoneId, VSwitchId }));
}

/** Runs the Enterprise steps 1…upTo through the API, as the console would, with final statuses. */
export function runEnterpriseTutorial(
  cloud: MockCloud,
  world: DemoWorld,
  upTo: number,
): EnterpriseTutorialState {
  const state: EnterpriseTutorialState = {};
  const a = world.a.vpc;
  const b = world.b.vpc;
  settled(cloud, () => {
    if (upTo < 1) return;
    as(cloud, 'A', 'Cbn', 'OpenTransitRouterService', {});
    as(cloud, 'B', 'Cbn', 'OpenTransitRouterService', {});
    const cenId = String(as(cloud, 'A', 'Cbn', 'CreateCen', { Name: TUTORIAL.cenName }).CenId);
    state.cenId = cenId;
    const router = (regionId: string) =>
      String(
        as(cloud, 'A', 'Cbn', 'CreateTransitRouter', { CenId: cenId, RegionId: regionId }).TransitRouterId,
      );
    const routers = { a: router(TUTORIAL.regionA), b: router(TUTORIAL.regionB) };
    const tables = { a: systemTable(cloud, routers.a), b: systemTable(cloud, routers.b) };
    state.routers = routers;
    state.tables = tables;
    if (upTo < 2) return;
    as(cloud, 'B', 'Cbn', 'GrantInstanceToTransitRouter', {
      CenId: cenId,
      CenOwnerId: UID.A,
      InstanceId: b.id,
      InstanceType: 'VPC',
      RegionId: TUTORIAL.regionB,
      OrderType: 'PayByCenOwner',
    });
    if (upTo < 3) return;
    const attach = (vpc: Vpc, routerId: string) =>
      String(
        as(cloud, 'A', 'Cbn', 'CreateTransitRouterVpcAttachment', {
          TransitRouterId: routerId,
          RegionId: vpc.regionId,
          VpcId: vpc.id,
          ...(vpc.ownerUid === UID.A ? {} : { VpcOwnerId: vpc.ownerUid }),
          ZoneMappings: zoneMappings(cloud, vpc),
        }).TransitRouterAttachmentId,
      );
    const attachments = { a: attach(a, routers.a), b: attach(b, routers.b) };
    state.attachments = attachments;
    link(cloud, attachments.a, tables.a);
    link(cloud, attachments.b, tables.b);
    if (upTo < 5) return;
    const peer = String(
      as(cloud, 'A', 'Cbn', 'CreateTransitRouterPeerAttachment', {
        TransitRouterId: routers.a,
        RegionId: TUTORIAL.regionA,
        PeerTransitRouterId: routers.b,
        PeerTransitRouterRegionId: TUTORIAL.regionB,
        CenId: cenId,
        BandwidthType: 'DataTransfer',
        Bandwidth: ENTERPRISE_PEER_MBPS,
      }).TransitRouterAttachmentId,
    );
    state.peerAttachment = peer;
    link(cloud, peer, tables.a);
    link(cloud, peer, tables.b);
    const route = (owner: AccountName, vpc: Vpc, destination: string, attachmentId: string) =>
      as(cloud, owner, 'Vpc', 'CreateRouteEntry', {
        RegionId: vpc.regionId,
        RouteTableId: vpc.routeTableId,
        DestinationCidrBlock: destination,
        NextHopType: 'Attachment',
        NextHopId: attachmentId,
      });
    route('A', a, b.cidr, attachments.a);
    route('B', b, a.cidr, attachments.b);
  });
  return state;
}

/** The demo world with Basic Edition refused to both accounts (the enterprise-edition seed). */
export function buildEnterpriseDemo(cloud: MockCloud): DemoWorld {
  const world = buildDemo(cloud);
  cloud.world.transit.basicRefused.push(UID.A, UID.B);
  return world;
}
