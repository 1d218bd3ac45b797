// The parts of Describe responses the diagnosis reads, typed as the API spells them, so the web can pass list
// items straight from the catalogue's responses (actions.ts) without renaming. Field facts: cen-api.md §2
// (steps 2–6) and §7. UIDs are strings (the BFF's lossless parse; wire-values.ts uidOut).

/** Vpc.DescribeVpcs → Vpcs.Vpc[] */
export interface VpcItem {
  VpcId: string;
  VpcName?: string;
  RegionId: string;
  CidrBlock: string;
  SecondaryCidrBlocks?: { SecondaryCidrBlock: string[] };
}

/** Cbn.DescribeCenAttachedChildInstances → ChildInstances.ChildInstance[] */
export interface ChildInstanceItem {
  CenId: string;
  ChildInstanceId: string;
  ChildInstanceType: string;
  ChildInstanceRegionId: string;
  ChildInstanceOwnerId: string;
  /** Attaching → Attached; Detaching (cen-api.md §3). */
  Status: string;
}

/** Vpc.DescribeGrantRulesToCen (Account B's view) → CenGrantRules.CbnGrantRule[] */
export interface VpcGrantRuleItem {
  CenInstanceId: string;
  CenOwnerId: string;
  CreationTime?: string;
}

/** Cbn.DescribeGrantRulesToCen (Account A's view) → GrantRules.GrantRule[] */
export interface CenGrantRuleItem {
  CenId: string;
  CenOwnerId: string;
  ChildInstanceId: string;
  ChildInstanceOwnerId: string;
  ChildInstanceRegionId: string;
  ChildInstanceType: string;
}

/** Cbn.DescribeCenBandwidthPackages → CenBandwidthPackages.CenBandwidthPackage[] */
export interface BandwidthPackageItem {
  CenBandwidthPackageId: string;
  Name?: string;
  Status: string;
  /** Mbit/s, a number here. */
  Bandwidth: number;
  /** Lower case in responses: 'china', 'north-america', … (cen-api.md §2 step 4, §6.1). */
  GeographicRegionAId: string;
  GeographicRegionBId: string;
  CenIds?: { CenId: string[] };
  /** Spelled "Orgin…" by the API; BandwidthLimit is a string here (cen-api.md §2 step 4). */
  OrginInterRegionBandwidthLimits?: {
    OrginInterRegionBandwidthLimit: {
      LocalRegionId: string;
      OppositeRegionId: string;
      BandwidthLimit: string;
    }[];
  };
}

/** Cbn.DescribeCenInterRegionBandwidthLimits → CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit[] */
export interface InterRegionLimitItem {
  CenId: string;
  LocalRegionId: string;
  OppositeRegionId: string;
  /** Mbit/s, a number here (unlike the package listing). */
  BandwidthLimit: number;
  /** Active or Modifying (cen-api.md §3). */
  Status: string;
  BandwidthPackageId?: string;
}

/** Cbn.DescribeCenChildInstanceRouteEntries → CenRouteEntries.CenRouteEntry[] (a child VPC's route table). */
export interface RouteEntryItem {
  DestinationCidrBlock: string;
  /** Active, Candidate, Rejected or Prohibited (cen-api.md §2 "Route visibility"). */
  Status?: string;
  /** System (the VPC's own vSwitch route) or CEN (learned from the CEN). */
  Type?: string;
  NextHopType?: string;
  NextHopInstanceId?: string;
  NextHopRegionId?: string;
  Conflicts?: { Conflict: { DestinationCidrBlock?: string; Status?: string }[] };
}

/** Ecs.DescribeInstances → Instances.Instance[] */
export interface InstanceItem {
  InstanceId: string;
  InstanceName?: string;
  /** Pending, Running, Starting, Stopping, Stopped (cen-api.md §2 step 6). */
  Status: string;
  RegionId: string;
  VpcAttributes: { VpcId: string; PrivateIpAddress: { IpAddress: string[] } };
  SecurityGroupIds: { SecurityGroupId: string[] };
}

/** Ecs.DescribeSecurityGroupAttribute → Permissions.Permission[] */
export interface PermissionItem {
  SecurityGroupRuleId?: string;
  /** ingress or egress */
  Direction: string;
  /** TCP, UDP, ICMP, GRE, ALL (any case; the API answers upper case). */
  IpProtocol: string;
  /** '-1/-1' for ICMP and ALL. */
  PortRange: string;
  SourceCidrIp?: string;
  SourceGroupId?: string;
  DestCidrIp?: string;
  DestGroupId?: string;
  /** Accept or Drop (any case). */
  Policy: string;
  /** 1–100 as a string; lower wins (ECS AuthorizeSecurityGroup doc). */
  Priority: string;
  Description?: string;
}

/** Ecs.DescribeSecurityGroupAttribute response (one group). */
export interface SecurityGroupItem {
  SecurityGroupId: string;
  SecurityGroupName?: string;
  VpcId?: string;
  Permissions: { Permission: PermissionItem[] };
}
