// The tutorial's world and the default seed (docs/reference/tutorial.md): Account A with a VPC in
// China North 1 (cn-qingdao, 172.16.0.0/16), Account B with a VPC in China North 2 (cn-beijing, 192.168.0.0/16),
// an ECS instance in each whose security group accepts ICMP from the peer — plus networks in other regions and
// areas so that wrong choices are possible (one of B's VPCs has exactly A's CIDR; one is already on another
// tenant's CEN; Hong Kong sits in Asia Pacific, not Mainland China).
import type { MockCloud } from '../cloud/mock-cloud';
import type { EcsInstance, SecurityGroup, Vpc } from '../cloud/model';
import { addAccounts, addInstance, addSecurityGroup, addVbr, addVpc, as, settled, UID } from './seed';

export interface DemoOptions {
  /** CIDR of B's tutorial VPC (the overlapping/identical-CIDR drills change it). */
  bCidr?: string;
  bVSwitch?: string;
  bIp?: string;
  /** Drop B's ICMP rule (the one-way security-group drill). */
  bBlocksIcmp?: boolean;
}

export interface DemoWorld {
  a: { vpc: Vpc; sg: SecurityGroup; ecs: EcsInstance; hangzhou: Vpc };
  b: { vpc: Vpc; sg: SecurityGroup; ecs: EcsInstance; duplicate: Vpc; shanghai: Vpc };
}

export const TUTORIAL = {
  cenName: 'DifferentAccountDifferentRegion',
  packageName: 'MainlandBandwidthPackage',
  packageMbps: 8,
  limitMbps: 5,
  regionA: 'cn-qingdao',
  regionB: 'cn-beijing',
} as const;

export function buildDemo(cloud: MockCloud, options: DemoOptions = {}): DemoWorld {
  addAccounts(cloud);
  const bCidr = options.bCidr ?? '192.168.0.0/16';
  const bVSwitch = options.bVSwitch ?? '192.168.1.0/24';
  const bIp = options.bIp ?? '192.168.1.20';

  // ── Account A ──
  const aVpc = addVpc(cloud, {
    owner: UID.A,
    region: 'cn-qingdao',
    name: 'A-Qingdao-VPC',
    cidr: '172.16.0.0/16',
    vSwitches: ['172.16.1.0/24'],
  });
  const aSg = addSecurityGroup(cloud, aVpc, 'sg-a-qingdao', [
    { ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '0.0.0.0/0', description: 'SSH' },
    { ipProtocol: 'ICMP', sourceCidrIp: '192.168.0.0/16', description: 'ping from Account B' },
  ]);
  const aEcs = addInstance(cloud, aVpc, 'a-qingdao-ecs', '172.16.1.10', aSg);
  const hangzhou = addVpc(cloud, {
    owner: UID.A,
    region: 'cn-hangzhou',
    name: 'A-Hangzhou-VPC',
    cidr: '10.0.0.0/16',
    vSwitches: ['10.0.1.0/24'],
  });
  addVpc(cloud, {
    owner: UID.A,
    region: 'us-west-1',
    name: 'A-SiliconValley-VPC',
    cidr: '10.1.0.0/16',
    vSwitches: ['10.1.1.0/24'],
  });
  addVbr(cloud, UID.A, 'cn-qingdao', 'A-Qingdao-VBR', 100);

  // ── Account B ──
  const bVpc = addVpc(cloud, {
    owner: UID.B,
    region: 'cn-beijing',
    name: 'B-Beijing-VPC',
    cidr: bCidr,
    vSwitches: [bVSwitch],
  });
  const bSg = addSecurityGroup(cloud, bVpc, 'sg-b-beijing', [
    { ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '0.0.0.0/0', description: 'SSH' },
    ...(options.bBlocksIcmp
      ? []
      : [{ ipProtocol: 'ICMP' as const, sourceCidrIp: '172.16.0.0/16', description: 'ping from Account A' }]),
  ]);
  const bEcs = addInstance(cloud, bVpc, 'b-beijing-ecs', bIp, bSg);
  // Same CIDR as A's VPC: attaching it next to A's is refused under REDUCED protection.
  const duplicate = addVpc(cloud, {
    owner: UID.B,
    region: 'cn-beijing',
    name: 'B-Beijing-Legacy-VPC',
    cidr: '172.16.0.0/16',
    vSwitches: ['172.16.8.0/24'],
  });
  const shanghai = addVpc(cloud, {
    owner: UID.B,
    region: 'cn-shanghai',
    name: 'B-Shanghai-VPC',
    cidr: '10.20.0.0/16',
    vSwitches: ['10.20.1.0/24'],
  });
  addVpc(cloud, {
    owner: UID.B,
    region: 'cn-hongkong',
    name: 'B-HongKong-VPC',
    cidr: '10.50.0.0/16',
    vSwitches: ['10.50.1.0/24'],
  });
  addVpc(cloud, {
    owner: UID.B,
    region: 'ap-southeast-1',
    name: 'B-Singapore-VPC',
    cidr: '10.40.0.0/16',
    vSwitches: ['10.40.1.0/24'],
  });
  addVpc(cloud, {
    owner: UID.B,
    region: 'eu-central-1',
    name: 'B-Frankfurt-VPC',
    cidr: '10.30.0.0/16',
    vSwitches: ['10.30.1.0/24'],
  });
  addVbr(cloud, UID.B, 'cn-beijing', 'B-Beijing-VBR', 200);

  // ── Another tenant's CEN already holds B's Shanghai VPC ("attached elsewhere"). ──
  settled(cloud, () => {
    const other = String(as(cloud, 'C', 'Cbn', 'CreateCen', { Name: 'OtherTeamCen' }).CenId);
    grantVpcToCen(cloud, shanghai, other, UID.C);
    attachVpc(cloud, 'C', other, shanghai);
  });

  return {
    a: { vpc: aVpc, sg: aSg, ecs: aEcs, hangzhou },
    b: { vpc: bVpc, sg: bSg, ecs: bEcs, duplicate, shanghai },
  };
}

export interface TutorialState {
  cenId?: string;
  packageId?: string;
}

/** Runs the tutorial's steps 1…upTo through the API, as the console would, with final statuses. */
export function runTutorial(cloud: MockCloud, world: DemoWorld, upTo: number): TutorialState {
  const state: TutorialState = {};
  settled(cloud, () => {
    if (upTo < 1) return;
    const cenId = String(as(cloud, 'A', 'Cbn', 'CreateCen', { Name: TUTORIAL.cenName }).CenId);
    state.cenId = cenId;
    // Step 1's "attach a network": A's own VPC in China North 1.
    attachVpc(cloud, 'A', cenId, world.a.vpc);
    if (upTo < 2) return;
    grantVpcToCen(cloud, world.b.vpc, cenId, UID.A);
    if (upTo < 3) return;
    attachVpc(cloud, 'A', cenId, world.b.vpc);
    if (upTo < 4) return;
    const packageId = String(
      as(cloud, 'A', 'Cbn', 'CreateCenBandwidthPackage', {
        Bandwidth: TUTORIAL.packageMbps,
        GeographicRegionAId: 'China',
        GeographicRegionBId: 'China',
        Name: TUTORIAL.packageName,
        PricingCycle: 'Month',
        Period: 1,
        AutoPay: true,
      }).CenBandwidthPackageId,
    );
    state.packageId = packageId;
    as(cloud, 'A', 'Cbn', 'AssociateCenBandwidthPackage', { CenId: cenId, CenBandwidthPackageId: packageId });
    if (upTo < 5) return;
    as(cloud, 'A', 'Cbn', 'SetCenInterRegionBandwidthLimit', {
      CenId: cenId,
      LocalRegionId: TUTORIAL.regionA,
      OppositeRegionId: TUTORIAL.regionB,
      BandwidthLimit: TUTORIAL.limitMbps,
    });
  });
  return state;
}

/** The VPC's owner grants it to a CEN, naming that CEN's owner by UID (the tutorial's step 2; a drill names another). */
export function grantVpcToCen(cloud: MockCloud, vpc: Vpc, cenId: string, cenOwnerUid: string): void {
  as(cloud, ownerName(cloud, vpc), 'Vpc', 'GrantInstanceToCen', {
    RegionId: vpc.regionId,
    InstanceId: vpc.id,
    InstanceType: 'VPC',
    CenId: cenId,
    CenOwnerId: cenOwnerUid,
  });
}

/** The CEN's owner attaches a VPC; another account's VPC is named with its owner's UID, as the API wants it. */
export function attachVpc(cloud: MockCloud, cenOwner: string, cenId: string, vpc: Vpc): void {
  as(cloud, cenOwner, 'Cbn', 'AttachCenChildInstance', {
    CenId: cenId,
    ChildInstanceId: vpc.id,
    ChildInstanceType: 'VPC',
    ChildInstanceRegionId: vpc.regionId,
    ...(vpc.ownerUid === cloud.account(cenOwner)?.uid ? {} : { ChildInstanceOwnerId: vpc.ownerUid }),
  });
}

function ownerName(cloud: MockCloud, vpc: Vpc): string {
  const owner = cloud.world.accounts.find((a) => a.uid === vpc.ownerUid);
  if (!owner) throw new Error(`${vpc.name} belongs to ${vpc.ownerUid}, an account this world does not have`);
  return owner.name;
}
