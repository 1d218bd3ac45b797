// The fault drills of the training catalogue (docs/reference/peer-failures.md §6.3): each one is the demo
// world brought to the step where the trainee meets the problem, plus the state or fault rule that causes it.
import type { MockCloud } from '../cloud/mock-cloud';
import type { Vpc } from '../cloud/model';
import {
  attachVpc,
  buildDemo,
  grantVpcToCen,
  runTutorial,
  TUTORIAL,
  type DemoOptions,
  type DemoWorld,
} from './demo';
import { as, settled, UID } from './seed';

/** The demo world played through the tutorial's step `upTo` (1 or more): the CEN step 1 made. */
function cenAfterStep(cloud: MockCloud, world: DemoWorld, upTo: number): string {
  const { cenId } = runTutorial(cloud, world, upTo);
  if (cenId === undefined) throw new Error(`the tutorial up to step ${upTo} made no CEN`);
  return cenId;
}

/** A drill that is the demo world, built with `options`, played through the tutorial's step `upTo`. */
const demoAfterStep =
  (upTo: number, options: DemoOptions) =>
  (cloud: MockCloud): void =>
    void runTutorial(cloud, buildDemo(cloud, options), upTo);

/** A drill where, after step 1, Account B grants one of its VPCs to the CEN naming `cenOwnerUid` as its owner. */
const grantAfterStep1 =
  (vpcOf: (world: DemoWorld) => Vpc, cenOwnerUid: string) =>
  (cloud: MockCloud): void => {
    const world = buildDemo(cloud);
    const cenId = cenAfterStep(cloud, world, 1);
    settled(cloud, () => grantVpcToCen(cloud, vpcOf(world), cenId, cenOwnerUid));
  };

export interface Drill {
  name: string;
  title: string;
  /** What the trainee will see, and where. */
  description: string;
  build(cloud: MockCloud): void;
}

export const DRILLS: readonly Drill[] = [
  {
    name: 'missing-grant',
    title: 'Missing grant',
    description:
      'After step 1. Account B granted its *legacy* VPC, not B-Beijing-VPC, so attaching B-Beijing-VPC (step 3) fails with 409 Forbbiden.AttachChildInstanceAcrossUid.',
    build: grantAfterStep1((world) => world.b.duplicate, UID.A),
  },
  {
    name: 'wrong-owner-uid',
    title: 'Grant names the wrong owner UID',
    description:
      'After step 1. Account B granted B-Beijing-VPC to the right CEN ID but typed another account as the CEN owner, so step 3 fails with 409 Forbbiden.AttachChildInstanceAcrossUid; B’s grant list shows the wrong CenOwnerId.',
    build: grantAfterStep1((world) => world.b.vpc, UID.C),
  },
  {
    name: 'overlapping-cidr',
    title: 'Overlapping CIDR blocks',
    description:
      'After step 5. B-Beijing-VPC is 172.16.0.0/12 (overlaps A’s 172.16.0.0/16, allowed under REDUCED) and its vSwitch is 172.16.1.0/24 like A’s, so the learned routes are Rejected and the ping fails both ways.',
    build: demoAfterStep(5, { bCidr: '172.16.0.0/12', bVSwitch: '172.16.1.0/24', bIp: '172.16.1.20' }),
  },
  {
    name: 'identical-cidr',
    title: 'Identical CIDR blocks',
    description:
      'After step 2. B-Beijing-VPC has exactly A’s CIDR 172.16.0.0/16, so step 3 is refused under REDUCED protection (409 InvalidOperation.CidrBlockConflict).',
    build: demoAfterStep(2, { bCidr: '172.16.0.0/16', bVSwitch: '172.16.2.0/24', bIp: '172.16.2.20' }),
  },
  {
    name: 'sg-blocks-icmp',
    title: 'Security group blocks ICMP one way',
    description:
      'After step 5. B’s security group has no ICMP rule: ping from A to B loses every packet, ping from B to A works. Fix it with AuthorizeSecurityGroup on B’s group.',
    build: demoAfterStep(5, { bBlocksIcmp: true }),
  },
  {
    name: 'throttling-storm',
    title: 'Throttling storm',
    description:
      'After step 2. Four calls in ten answer 400 Throttling.User (seeded, so the same calls fail each run). Retries with backoff get through.',
    build(cloud) {
      runTutorial(cloud, buildDemo(cloud), 2);
      cloud.faults.add({ id: 'throttling-storm', probability: 0.4, code: 'Throttling.User' });
    },
  },
  {
    name: 'operation-blocking',
    title: 'Operation.Blocking',
    description:
      'After step 2. The next two AttachCenChildInstance calls and the next SetCenInterRegionBandwidthLimit answer Operation.Blocking (another task holds the CEN); retrying succeeds.',
    build(cloud) {
      runTutorial(cloud, buildDemo(cloud), 2);
      cloud.faults.add({
        id: 'blocking-attach',
        action: 'AttachCenChildInstance',
        count: 2,
        code: 'Operation.Blocking',
      });
      cloud.faults.add({
        id: 'blocking-limit',
        action: 'SetCenInterRegionBandwidthLimit',
        count: 1,
        code: 'Operation.Blocking',
      });
    },
  },
  {
    name: 'over-allocated-bandwidth',
    title: 'Over-allocated bandwidth package',
    description:
      'After step 4. A’s Hangzhou VPC is attached and Qingdao↔Hangzhou already uses 6 of the 8 Mbps, so step 5’s 5 Mbps is refused (InvalidOperation.BandwidthLimitExceeded, 2 Mbps left).',
    build(cloud) {
      const world = buildDemo(cloud);
      const cenId = cenAfterStep(cloud, world, 4);
      settled(cloud, () => {
        attachVpc(cloud, 'A', cenId, world.a.hangzhou);
        as(cloud, 'A', 'Cbn', 'SetCenInterRegionBandwidthLimit', {
          CenId: cenId,
          LocalRegionId: TUTORIAL.regionA,
          OppositeRegionId: 'cn-hangzhou',
          BandwidthLimit: 6,
        });
      });
    },
  },
  {
    name: 'wrong-area',
    title: 'Bandwidth package for the wrong areas',
    description:
      'After step 3. The package bought is Mainland China ↔ North America, so connecting Qingdao and Beijing (step 5) is refused (InvalidOperation.RegionNotInGeoSpan). Buy a Mainland China ↔ Mainland China package.',
    build(cloud) {
      const cenId = cenAfterStep(cloud, buildDemo(cloud), 3);
      settled(cloud, () => {
        const packageId = as(cloud, 'A', 'Cbn', 'CreateCenBandwidthPackage', {
          Bandwidth: TUTORIAL.packageMbps,
          GeographicRegionAId: 'China',
          GeographicRegionBId: 'North-America',
          Name: 'CrossBorderPackage',
          PricingCycle: 'Month',
          Period: 1,
        }).CenBandwidthPackageId;
        as(cloud, 'A', 'Cbn', 'AssociateCenBandwidthPackage', {
          CenId: cenId,
          CenBandwidthPackageId: packageId,
        });
      });
    },
  },
  {
    name: 'lost-response',
    title: 'Lost response after a write',
    description:
      'The demo world. The first CreateCen is applied but its answer never arrives (connection dropped). Retrying with the same ClientToken returns the same CenId instead of a second CEN.',
    build(cloud) {
      buildDemo(cloud);
      cloud.faults.add({ id: 'lost-create-cen', action: 'CreateCen', count: 1, dropResponse: true });
    },
  },
];
