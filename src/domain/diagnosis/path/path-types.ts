// What the path check reads (both ends' Describe answers, or why they could not be read) and what it returns: for
// each direction the hops a ping crosses, each with a verdict, the evidence (a sentence and the data behind it) and
// the fix.
import type { ApiCall } from '../api-call';
import type {
  BandwidthPackageItem,
  ChildInstanceItem,
  InstanceItem,
  InterRegionLimitItem,
  RouteEntryItem,
  SecurityGroupItem,
} from '../../openapi/response-items';
import type { AccountName } from '../../accounts';
import type { InspectionFailure, Inspected } from '../inspection';
import type { Message } from '../messages';
import type { IcmpDecision } from '../security-group';
import type { Evidence, Fix, HopVerdict } from '../verdicts';

export interface PathEnd {
  account: AccountName;
  regionId: string;
  vpcId: string;
  /** The VPC's primary CIDR (DescribeVpcs CidrBlock): the source a fix rule should allow. */
  vpcCidr: Inspected<string>;
  /** The chosen ECS instance (DescribeInstances). */
  instance: Inspected<InstanceItem>;
  /** DescribeSecurityGroupAttribute of each of the instance's groups. */
  securityGroups: Inspected<readonly SecurityGroupItem[]>;
  /** DescribeCenChildInstanceRouteEntries for this VPC; leave out when not read (the hop is then 'unknown'). */
  routes?: Inspected<readonly RouteEntryItem[]>;
}

export interface PathInput {
  cenId: string;
  /** Account A's side (the source of A→B). */
  a: PathEnd;
  /** Account B's side. */
  b: PathEnd;
  /** DescribeCenAttachedChildInstances (Account A). */
  attachments: Inspected<readonly ChildInstanceItem[]>;
  /** DescribeCenInterRegionBandwidthLimits (Account A). */
  limits: Inspected<readonly InterRegionLimitItem[]>;
  /** DescribeCenBandwidthPackages (Account A), to say whether step 4 or step 5 is missing. */
  packages?: Inspected<readonly BandwidthPackageItem[]>;
  /** ClientToken for an offered write; defaults to a deterministic token per fix. */
  clientToken?: (fixId: string) => string;
}

export type HopId =
  | 'source-instance'
  | 'source-egress'
  | 'source-attachment'
  | 'route-out'
  | 'region-connection'
  | 'target-attachment'
  | 'target-ingress'
  | 'target-instance'
  | 'route-back';

export type HopData =
  | { kind: 'instance'; instanceId?: string; status?: string; privateIp?: string; vpcId: string }
  | {
      kind: 'security-group';
      direction: 'ingress' | 'egress';
      groupIds: string[];
      peer: { ip?: string; cidr?: string };
      decision?: IcmpDecision;
    }
  | { kind: 'attachment'; vpcId: string; status?: string }
  | {
      kind: 'route';
      /** The VPC whose route table is read. */
      vpcId: string;
      destination: string;
      expectedNextHop: string;
      route?: RouteEntryItem;
      /** Every entry whose destination covers the address, any status. */
      covering: RouteEntryItem[];
    }
  | {
      kind: 'region-connection';
      localRegionId: string;
      oppositeRegionId: string;
      sameRegion: boolean;
      limit?: InterRegionLimitItem;
      /** True when no limit > 0 exists: only the free 1 Kbps test bandwidth. */
      testBandwidthOnly: boolean;
    };

export interface Hop {
  id: HopId;
  title: Message;
  verdict: HopVerdict;
  /** Whose resource the hop is about (the one to act in). */
  account: AccountName;
  evidence: Evidence<HopData>;
  fix?: Fix;
  failure?: InspectionFailure;
}

/** reachable: every hop passes. limited: ping can pass but only on test bandwidth. */
export type PathVerdict = 'reachable' | 'limited' | 'blocked' | 'unknown';

export interface DirectionDiagnosis {
  from: AccountName;
  to: AccountName;
  sourceIp?: string;
  targetIp?: string;
  verdict: PathVerdict;
  /** The first hop (packet order) that decides the verdict: blocked, else unknown, else warning. */
  decidingHop?: HopId;
  summary: Message;
  hops: Hop[];
  /** The command to run by hand on the source instance, when the target IP is known. */
  manualPing?: { command: string; message: Message };
}

export interface PathDiagnosis {
  verdict: PathVerdict;
  /** The hop that decides the overall verdict: A→B's when it has that verdict, else B→A's. */
  deciding?: { direction: 'aToB' | 'bToA'; hop: HopId };
  summary: Message;
  aToB: DirectionDiagnosis;
  bToA: DirectionDiagnosis;
  /** Every single-call fix offered by a hop, once each (e.g. one AuthorizeSecurityGroup per group and CIDR). */
  fixes: ApiCall[];
}
