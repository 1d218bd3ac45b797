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
import type { CidrRelation } from '../../cidr';
import type { ResponseOf } from '../../openapi/actions';
import type { IcmpDecision } from '../security-group';
import type { Evidence, Fix, HopVerdict } from '../verdicts';

type VpcRouteEntryItem = ResponseOf<'Vpc.DescribeRouteEntryList'>['RouteEntrys']['RouteEntry'][number];

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

/** The hops of the Basic-Edition path (path.ts HOP_ORDER). */
export type BasicHopId =
  | 'source-instance'
  | 'source-egress'
  | 'source-attachment'
  | 'route-out'
  | 'region-connection'
  | 'target-attachment'
  | 'target-ingress'
  | 'target-instance'
  | 'route-back';

/**
 * The hops only Enterprise Edition has (enterprise-path.ts ENTERPRISE_HOP_ORDER): the two VPCs' CIDR blocks, each
 * account's transit-router service, each region's router, B's grant, each attachment's association with and
 * propagation to its router's System table, and the peer attachment with its links on both tables
 * (docs/reference/enterprise-edition.md §2 steps 0–10). It reuses the Basic ids for the instances, the VPC
 * attachments, the VPC routes and the security groups.
 */
export type EnterpriseHopId =
  | 'cidr-overlap'
  | 'source-service'
  | 'target-service'
  | 'source-router'
  | 'target-router'
  | 'grant'
  | 'source-association'
  | 'source-propagation'
  | 'target-association'
  | 'target-propagation'
  | 'peer-attachment'
  | 'peer-source-association'
  | 'peer-source-propagation'
  | 'peer-target-association'
  | 'peer-target-propagation';

export type HopId = BasicHopId | EnterpriseHopId;

export type HopData =
  | { kind: 'instance'; instanceId?: string; status?: string; privateIp?: string; vpcId: string }
  | {
      kind: 'security-group';
      direction: 'ingress' | 'egress';
      groupIds: string[];
      peer: { ip?: string; cidr?: string };
      decision?: IcmpDecision;
    }
  | {
      kind: 'attachment';
      vpcId: string;
      status?: string;
      /** Enterprise Edition: the VPC attachment's tr-attach-… ID and the router it is on. */
      attachmentId?: string;
      routerId?: string;
    }
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
    }
  | EnterpriseHopData;

/** What the Enterprise-Edition hops show as their evidence's data (enterprise-path/). */
export type EnterpriseHopData =
  | {
      kind: 'cidr';
      a: { vpcId: string; cidr?: string };
      b: { vpcId: string; cidr?: string };
      relation?: CidrRelation;
    }
  | { kind: 'service'; account: AccountName; enabled?: boolean }
  | { kind: 'router'; regionId: string; routerId?: string; status?: string; type?: string }
  | {
      kind: 'grant';
      vpcId: string;
      cenId: string;
      /** Account A's UID: the CEN owner a grant must name. */
      cenOwnerUid?: string;
      /** The grants of B's VPC seen, as (CEN, owner UID, who pays). */
      rules: { cenId: string; cenOwnerId: string; orderType?: string }[];
      /** B's VPC is already attached: the grant was accepted then. */
      attached?: boolean;
    }
  | {
      kind: 'table-link';
      link: 'association' | 'propagation';
      attachmentId?: string;
      routeTableId?: string;
      status?: string;
    }
  | {
      kind: 'peer-attachment';
      routerIds: string[];
      attachmentId?: string;
      status?: string;
      bandwidth?: number;
      bandwidthType?: string;
    }
  | {
      kind: 'vpc-route';
      vpcId: string;
      routeTableId?: string;
      /** The other side's address (its instance's IP, else its VPC CIDR). */
      destination: string;
      /** The VPC's own attachment: where the route must point (NextHopType=Attachment). */
      expectedNextHop?: string;
      route?: VpcRouteEntryItem;
      /** Every entry whose destination covers the address, longest prefix first. */
      covering: VpcRouteEntryItem[];
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
