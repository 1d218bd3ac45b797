// Building blocks for scenario seeds: the demo accounts and helpers that put networks, instances and security
// groups straight into a MockCloud's world. Tutorial steps, by contrast, go through cloud.call() so a
// seeded "after step N" is exactly what the API would have produced.
import type { MockCloud } from '../cloud/mock-cloud';
import type { Account, EcsInstance, SecurityGroup, SecurityGroupRule, Vbr, Vpc, World } from '../cloud/model';
import type { Product } from '../../src/domain/openapi/products';

export const UID = { A: '1262302482727553', B: '9263584710374521', C: '1388512460097734' } as const;

/**
 * Demo keys, published in the repo and good for nothing but the mock. B's UID is above 2^53 on purpose, so a
 * lossy JSON parse shows up.
 */
export const DEMO_ACCOUNTS: readonly Account[] = [
  {
    name: 'A',
    uid: UID.A,
    accessKeyId: 'LTAI5tDemoAccountA00000001',
    accessKeySecret: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b',
    roles: [],
  },
  {
    name: 'B',
    uid: UID.B,
    accessKeyId: 'LTAI5tDemoAccountB00000002',
    accessKeySecret: 'demoSecretB-2a8d4f6c1e3b5a7d9c0e',
    // For a B reached by role from A (STS AssumeRole): acs:ram::9263584710374521:role/cen-connect-operator.
    roles: [{ name: 'cen-connect-operator', trustedUids: [UID.A] }],
  },
  {
    // Another tenant whose CEN already holds one of B's VPCs ("attached elsewhere"); no keys are handed out.
    name: 'C',
    uid: UID.C,
    accessKeyId: 'LTAI5tOtherTenantC0000003',
    accessKeySecret: 'otherTenantC-0c4e8a2f6b1d3e5f7a9b',
    roles: [],
  },
];

export function addAccounts(cloud: MockCloud): void {
  cloud.world.accounts.push(...DEMO_ACCOUNTS.map((a) => ({ ...a, roles: a.roles.map((r) => ({ ...r })) })));
}

const DAY = 86_400_000;
/** Seeded resources were made before the trainee arrived: this many days before the cloud's now. */
const daysAgo = (cloud: MockCloud, days: number) => cloud.now() - days * DAY;

type SeededList = 'vpcs' | 'securityGroups' | 'instances' | 'vbrs';

/** Puts a seeded record straight into its list of the world (no API call, no transition) and hands it back. */
function put<K extends SeededList>(cloud: MockCloud, list: K, record: World[K][number]): World[K][number] {
  (cloud.world[list] as World[K][number][]).push(record);
  return record;
}

/** A resource inside a VPC belongs to the VPC's owner and stands in its region. */
const inVpc = (vpc: Vpc) => ({ ownerUid: vpc.ownerUid, regionId: vpc.regionId, vpcId: vpc.id });

export function addVpc(
  cloud: MockCloud,
  v: {
    owner: string;
    region: string;
    name: string;
    cidr: string;
    vSwitches?: string[];
    description?: string;
  },
): Vpc {
  const ids = cloud.idFactory();
  const vpc = put(cloud, 'vpcs', {
    id: ids.id('vpc-', 21),
    ownerUid: v.owner,
    regionId: v.region,
    name: v.name,
    description: v.description ?? '',
    cidr: v.cidr,
    isDefault: false,
    vRouterId: ids.id('vrt-', 21),
    routeTableId: ids.id('vtb-', 21),
    createdAt: daysAgo(cloud, 30),
  });
  (v.vSwitches ?? []).forEach((cidr, n) =>
    cloud.world.vSwitches.push({
      id: ids.id('vsw-', 21),
      ...inVpc(vpc),
      zoneId: `${v.region}-${'bcdefg'[n % 6] ?? 'b'}`,
      cidr,
      name: `${v.name}-vsw-${n + 1}`,
    }),
  );
  return vpc;
}

type RuleSpec = Partial<Omit<SecurityGroupRule, 'id' | 'createdAt'>> & Pick<SecurityGroupRule, 'ipProtocol'>;

export function addSecurityGroup(cloud: MockCloud, vpc: Vpc, name: string, rules: RuleSpec[]): SecurityGroup {
  const ids = cloud.idFactory();
  return put(cloud, 'securityGroups', {
    id: ids.id('sg-', 20),
    ...inVpc(vpc),
    name,
    description: '',
    rules: rules.map((r) => ({
      id: ids.id('sgr-', 20),
      direction: r.direction ?? 'ingress',
      ipProtocol: r.ipProtocol,
      portRange: r.portRange ?? (r.ipProtocol === 'TCP' || r.ipProtocol === 'UDP' ? '22/22' : '-1/-1'),
      sourceCidrIp: r.sourceCidrIp ?? '',
      destCidrIp: r.destCidrIp ?? '',
      policy: r.policy ?? 'Accept',
      priority: r.priority ?? 1,
      nicType: 'intranet',
      description: r.description ?? '',
      createdAt: daysAgo(cloud, 29),
    })),
  });
}

export function addInstance(
  cloud: MockCloud,
  vpc: Vpc,
  name: string,
  ip: string,
  sg: SecurityGroup,
): EcsInstance {
  const ids = cloud.idFactory();
  const vsw = cloud.world.vSwitches.find((s) => s.vpcId === vpc.id);
  if (!vsw) throw new Error(`${vpc.name} has no vSwitch for ${name}`);
  return put(cloud, 'instances', {
    id: ids.id('i-', 20),
    ...inVpc(vpc),
    zoneId: vsw.zoneId,
    vSwitchId: vsw.id,
    name,
    privateIp: ip,
    securityGroupIds: [sg.id],
    status: 'Running',
    instanceType: 'ecs.t6-c1m1.large',
    osName: 'Alibaba Cloud Linux 3.2104 LTS 64位',
    createdAt: daysAgo(cloud, 29),
  });
}

export function addVbr(cloud: MockCloud, owner: string, region: string, name: string, vlanId: number): Vbr {
  return put(cloud, 'vbrs', {
    id: cloud.idFactory().id('vbr-', 21),
    ownerUid: owner,
    regionId: region,
    name,
    vlanId,
    localGatewayIp: `10.255.${vlanId % 256}.1`,
    peerGatewayIp: `10.255.${vlanId % 256}.2`,
    createdAt: daysAgo(cloud, 60),
  });
}

/** Calls the simulator as a demo account and insists on success: a seed that fails is a bug in the seed. */
export function as(
  cloud: MockCloud,
  accountName: string,
  product: Product,
  action: string,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const account = cloud.account(accountName);
  if (!account) throw new Error(`no account ${accountName}`);
  const r = cloud.call({ product, action, callerUid: account.uid, params });
  if (r.status !== 200) throw new Error(`seed ${action} as ${accountName} failed: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Runs a seed with instant transitions, so every status it leaves behind is final. */
export function settled(cloud: MockCloud, build: () => void): void {
  const delay = cloud.delayMs;
  cloud.delayMs = 0;
  try {
    build();
  } finally {
    cloud.delayMs = delay;
  }
}
