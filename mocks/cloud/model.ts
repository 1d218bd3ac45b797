// The simulator's state. Every object carries its owner UID and region, so "state per (account, region)" is a
// filter, and cross-account objects (grants, attachments) are single records both sides see (moto's model,
// docs/reference/peer-failures.md §4.2). UIDs are strings internally; they become bare JSON numbers only on
// the wire.
import { emptyTransit, type TransitWorld } from './transit-router-model';
import type { AreaId } from '../../src/domain/regions';

export interface RamRole {
  name: string;
  /** Accounts allowed to assume it (the role's trust policy, reduced to UIDs). */
  trustedUids: string[];
}

export interface Account {
  name: string;
  uid: string;
  accessKeyId: string;
  accessKeySecret: string;
  roles: RamRole[];
}

export interface StsSession {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
  /** The role's account: calls signed with this key act as this UID. */
  uid: string;
  roleArn: string;
  sessionName: string;
  expiresAt: number;
}

export interface Vpc {
  id: string;
  ownerUid: string;
  regionId: string;
  name: string;
  description: string;
  cidr: string;
  isDefault: boolean;
  vRouterId: string;
  routeTableId: string;
  createdAt: number;
}

export interface VSwitch {
  id: string;
  vpcId: string;
  ownerUid: string;
  regionId: string;
  zoneId: string;
  cidr: string;
  name: string;
  /**
   * Addresses taken by what the mock does not model (other services' interfaces): a scenario sets it to fill a
   * vSwitch, so that its AvailableIpAddressCount is 0 (vswitch-free-ips.ts).
   */
  otherUsedIps?: number;
}

export interface Vbr {
  id: string;
  ownerUid: string;
  regionId: string;
  name: string;
  vlanId: number;
  localGatewayIp: string;
  peerGatewayIp: string;
  createdAt: number;
}

export type IpProtocol = 'TCP' | 'UDP' | 'ICMP' | 'ICMPv6' | 'GRE' | 'ALL';

export interface SecurityGroupRule {
  id: string;
  direction: 'ingress' | 'egress';
  ipProtocol: IpProtocol;
  portRange: string;
  sourceCidrIp: string;
  destCidrIp: string;
  policy: 'Accept' | 'Drop';
  /** 1 (highest) … 100; the wire shows it as a string (docs/reference/cen-api.md §8.6). */
  priority: number;
  nicType: 'intranet' | 'internet';
  description: string;
  createdAt: number;
}

export interface SecurityGroup {
  id: string;
  ownerUid: string;
  regionId: string;
  vpcId: string;
  name: string;
  description: string;
  rules: SecurityGroupRule[];
}

export interface EcsInstance {
  id: string;
  ownerUid: string;
  regionId: string;
  zoneId: string;
  vpcId: string;
  vSwitchId: string;
  name: string;
  privateIp: string;
  securityGroupIds: string[];
  status: 'Running' | 'Stopped';
  instanceType: string;
  osName: string;
  createdAt: number;
}

export interface Cen {
  id: string;
  ownerUid: string;
  name: string;
  description: string;
  protectionLevel: 'REDUCED' | 'FULL';
  tags: { Key: string; Value?: string | undefined }[];
  createdAt: number;
  /** Creating until then (docs/reference/cen-api.md §3). */
  readyAt: number;
  /** Set by DeleteCen: Deleting until goneAt, then the record disappears. */
  goneAt?: number;
}

export type ChildType = 'VPC' | 'VBR' | 'CCN';

export interface Grant {
  cenId: string;
  cenOwnerUid: string;
  instanceId: string;
  instanceType: 'VPC' | 'VBR';
  instanceOwnerUid: string;
  regionId: string;
  createdAt: number;
}

export interface Attachment {
  cenId: string;
  childId: string;
  childType: ChildType;
  childRegionId: string;
  childOwnerUid: string;
  attachedAt: number;
  /** Attaching until then. */
  readyAt: number;
  /** Set by DetachCenChildInstance: Detaching until then, then gone. */
  goneAt?: number;
}

export interface BandwidthPackage {
  id: string;
  ownerUid: string;
  name: string;
  description: string;
  bandwidth: number;
  areaA: AreaId;
  areaB: AreaId;
  chargeType: 'PREPAY' | 'POSTPAY';
  pricingCycle: 'Month' | 'Year';
  period: number;
  autoRenew: boolean;
  orderId: string;
  createdAt: number;
  expiresAt: number;
  cenId?: string;
}

export interface InterRegionLimit {
  cenId: string;
  localRegionId: string;
  oppositeRegionId: string;
  bandwidthLimit: number;
  packageId: string;
  setAt: number;
  /** Modifying until then. */
  readyAt: number;
  /**
   * Set to 0: Modifying until goneAt, then the pair disappears (TF waits for that, docs/reference/cen-api.md
   * §3).
   */
  goneAt?: number;
}

export interface InvocationResult {
  instanceId: string;
  output: string;
  exitCode: number;
}

export interface Invocation {
  invokeId: string;
  commandId: string;
  ownerUid: string;
  regionId: string;
  commandContent: string;
  createdAt: number;
  readyAt: number;
  results: InvocationResult[];
}

export interface IdempotentRecord {
  paramsKey: string;
  status: number;
  body: Record<string, unknown>;
}

export interface World {
  accounts: Account[];
  sessions: StsSession[];
  vpcs: Vpc[];
  vSwitches: VSwitch[];
  vbrs: Vbr[];
  securityGroups: SecurityGroup[];
  instances: EcsInstance[];
  cens: Cen[];
  grants: Grant[];
  attachments: Attachment[];
  packages: BandwidthPackage[];
  limits: InterRegionLimit[];
  invocations: Invocation[];
  /** Enterprise Edition: transit routers and what hangs off them (transit-router-model.ts). */
  transit: TransitWorld;
  /** "callerUid|Product.Action|ClientToken" → the first answer. */
  idempotency: Map<string, IdempotentRecord>;
}

export function emptyWorld(): World {
  return {
    accounts: [],
    sessions: [],
    vpcs: [],
    vSwitches: [],
    vbrs: [],
    securityGroups: [],
    instances: [],
    cens: [],
    grants: [],
    attachments: [],
    packages: [],
    limits: [],
    invocations: [],
    transit: emptyTransit(),
    idempotency: new Map(),
  };
}
