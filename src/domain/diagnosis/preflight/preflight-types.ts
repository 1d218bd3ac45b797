// What preflight reads (both accounts' Describe answers, or why they could not be read) and what it returns: one
// item per check, each with a verdict, the evidence (a sentence and the data behind it) and the fix.
import type { LimitProblem } from '../../bandwidth';
import type { CidrRelation } from '../../cidr';
import type { GrantRef } from '../../grant';
import type { AreaId } from '../../regions';
import type { BandwidthPackageItem, CenGrantRuleItem, VpcGrantRuleItem } from '../../openapi/response-items';
import type { AccountName } from '../../accounts';
import type { InspectionFailure, Inspected } from '../inspection';
import type { Message } from '../messages';
import type { HopData } from '../path/path-types';
import type { Evidence, Fix, PreflightVerdict } from '../verdicts';

export interface NetworkRef {
  account: AccountName;
  ownerUid: string;
  regionId: string;
  vpcId: string;
  name?: string;
  /** DescribeVpcs CidrBlock plus SecondaryCidrBlocks (see cidrBlocksOf), or why they could not be read. */
  cidrBlocks: Inspected<string[]>;
}

export interface NetworkToAttach extends NetworkRef {
  /** The owner's view of its grants (Vpc.DescribeGrantRulesToCen, called with Account B's keys). */
  grantsFromOwner?: Inspected<VpcGrantRuleItem[]>;
}

export interface PlannedPackage {
  /** Either spelling: request ('China') or response ('china'); docs/reference/cen-api.md §6.1. */
  areaA: string;
  areaB: string;
  bandwidth: number;
}

export interface PlannedConnection {
  localRegionId: string;
  oppositeRegionId: string;
  bandwidthLimit: number;
}

export interface PreflightInput {
  cen: { cenId: string; ownerUid: string; protectionLevel?: string };
  toAttach: readonly NetworkToAttach[];
  /** Networks already attached to the CEN, with their CIDR blocks. */
  inCen: Inspected<readonly NetworkRef[]>;
  /** Account A's view of grants to this CEN (Cbn.DescribeGrantRulesToCen); used when B's view is missing. */
  grantsToCen?: Inspected<readonly CenGrantRuleItem[]>;
  /** Bandwidth packages from DescribeCenBandwidthPackages (associated ones list this CEN in CenIds). */
  packages: Inspected<readonly BandwidthPackageItem[]>;
  /** A package the user is about to buy in step 4. */
  plannedPackage?: PlannedPackage;
  /** Region connections the user is about to set in step 5. */
  connections: readonly PlannedConnection[];
  /** ClientToken for an offered write; defaults to a deterministic token per fix. */
  clientToken?: (fixId: string) => string;
}

export type PreflightCheck =
  | 'cidr'
  | 'grant'
  | 'areas'
  | 'package-per-span'
  | 'package-bandwidth'
  | 'limit'
  /** An Enterprise-Edition hop checked before the write (enterprise-preflight.ts). */
  | 'enterprise';

export type PreflightData =
  | { check: 'enterprise'; hop: HopData }
  | {
      check: 'cidr';
      a: { vpcId: string; account: AccountName; cidrBlocks?: string[] };
      b: { vpcId: string; account?: AccountName; cidrBlocks?: string[]; alreadyInCen: boolean };
      relation?: CidrRelation;
      /** Every pair of blocks that is not disjoint. */
      collisions: { a: string; b: string; relation: CidrRelation }[];
      protectionLevel: string;
    }
  | {
      check: 'grant';
      vpcId: string;
      ownerUid: string;
      cenId: string;
      cenOwnerUid: string;
      crossAccount: boolean;
      source?: 'owner' | 'cen';
      /** The grant rules seen, as (CEN, owner UID). */
      rules: GrantRef[];
    }
  | {
      check: 'areas';
      localRegionId: string;
      oppositeRegionId: string;
      localArea?: AreaId;
      oppositeArea?: AreaId;
      packageId?: string;
      planned: boolean;
      associated?: boolean;
    }
  | { check: 'package-per-span'; spans: { spanId: string; packageIds: string[] }[] }
  | { check: 'package-bandwidth'; bandwidth: number; min: number; max: number }
  | {
      check: 'limit';
      localRegionId: string;
      oppositeRegionId: string;
      bandwidthLimit: number;
      packageId?: string;
      total?: number;
      allocated?: number;
      problem?: LimitProblem;
      /** describeLimitProblem's English sentence (bandwidth.ts), kept for logs and the audit. */
      detail?: string;
    };

export interface PreflightItem {
  /** Stable across runs, e.g. 'cidr:vpc-a:vpc-b', 'grant:vpc-b', 'limit:cn-beijing:cn-qingdao'. */
  id: string;
  check: PreflightCheck;
  title: Message;
  verdict: PreflightVerdict;
  evidence: Evidence<PreflightData>;
  fix?: Fix;
  /** Why the verdict is 'unknown': the Describe calls that were refused. */
  failures?: InspectionFailure[];
}

export interface PreflightReport {
  verdict: PreflightVerdict;
  counts: Record<PreflightVerdict, number>;
  items: PreflightItem[];
}
