// Preflight before steps 3–5 (issue 6 "Preflight, before any write"): CIDR blocks, regions against the package's
// areas, one package per area pair, the sum of limits against the package, bandwidth range, and the grant before
// a cross-account attach. Pure: the web gathers the Describe answers (or their failures) in both accounts and
// renders the items. No peer checks overlap before attaching (peers.md §0 item 3) — this is that check.
import {
  checkInterRegionLimit,
  describeLimitProblem,
  packageBandwidthSchema,
  PACKAGE_BANDWIDTH_MAX,
  PACKAGE_BANDWIDTH_MIN,
  type LimitProblem,
  type PackageBudget,
} from '../bandwidth';
import { compareCidrs, parseCidr, type CidrRelation } from '../cidr';
import { findArea, geographicSpanId, regionsFitAreas, areaOf, type AreaId } from '../regions';
import { deterministicClientToken, type ApiCall } from './api-call';
import type { BandwidthPackageItem, CenGrantRuleItem, VpcGrantRuleItem, VpcItem } from './api-items';
import type { Account, InspectionFailure, Inspected } from './inspection';
import { inspectionFix, notInspectedMessage } from './inspection-messages';
import type { Message, MessageKey, MessageParam } from './messages';
import { worstPreflight, type Evidence, type Fix, type PreflightVerdict } from './verdicts';

export interface NetworkRef {
  account: Account;
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
  /** Either spelling: request ('China') or response ('china'); cen-api.md §6.1. */
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

export type PreflightCheck = 'cidr' | 'grant' | 'areas' | 'package-per-span' | 'package-bandwidth' | 'limit';

export type PreflightData =
  | {
      check: 'cidr';
      a: { vpcId: string; account: Account; cidrBlocks?: string[] };
      b: { vpcId: string; account?: Account; cidrBlocks?: string[]; alreadyInCen: boolean };
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
      rules: { cenId: string; cenOwnerUid: string }[];
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

const PLANNED_ID = '(planned)';

export function cidrBlocksOf(vpc: VpcItem): string[] {
  return [vpc.CidrBlock, ...(vpc.SecondaryCidrBlocks?.SecondaryCidrBlock ?? [])];
}

const m = (key: MessageKey, params?: Message['params']): Message => (params ? { key, params } : { key });
const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);
const RELATION_ORDER: CidrRelation[] = ['identical', 'overlapping', 'disjoint'];

// ── CIDR blocks ──────────────────────────────────────────────────────────────────────────────────────────
function cidrItem(
  x: NetworkRef,
  y: NetworkRef,
  alreadyInCen: boolean,
  protectionLevel: string,
): PreflightItem {
  const id = `cidr:${x.vpcId}:${y.vpcId}`;
  const title = m('preflight.cidr.title', { a: x.vpcId, b: y.vpcId });
  const base = {
    check: 'cidr' as const,
    a: { vpcId: x.vpcId, account: x.account, ...(x.cidrBlocks.ok ? { cidrBlocks: x.cidrBlocks.value } : {}) },
    b: {
      vpcId: y.vpcId,
      account: y.account,
      alreadyInCen,
      ...(y.cidrBlocks.ok ? { cidrBlocks: y.cidrBlocks.value } : {}),
    },
    collisions: [],
    protectionLevel,
  };
  if (!x.cidrBlocks.ok || !y.cidrBlocks.ok) {
    const failures = [x.cidrBlocks, y.cidrBlocks].flatMap((c) => (c.ok ? [] : [c.failure]));
    const first = failures[0]!;
    return {
      id,
      check: 'cidr',
      title,
      verdict: 'unknown',
      evidence: { message: notInspectedMessage(first), data: base },
      fix: inspectionFix(first),
      failures,
    };
  }
  // A block we cannot parse could collide with anything: unknown, not a silent pass.
  const unparsed = [...x.cidrBlocks.value, ...y.cidrBlocks.value].find((c) => parseCidr(c) === null);
  if (unparsed !== undefined)
    return {
      id,
      check: 'cidr',
      title,
      verdict: 'unknown',
      evidence: { message: m('preflight.cidr.unparsed', { cidr: unparsed || '""' }), data: base },
    };
  const collisions: { a: string; b: string; relation: CidrRelation }[] = [];
  for (const a of x.cidrBlocks.value)
    for (const b of y.cidrBlocks.value) {
      const ca = parseCidr(a);
      const cb = parseCidr(b);
      if (!ca || !cb) continue;
      const relation = compareCidrs(ca, cb);
      if (relation !== 'disjoint') collisions.push({ a, b, relation });
    }
  collisions.sort((p, q) => RELATION_ORDER.indexOf(p.relation) - RELATION_ORDER.indexOf(q.relation));
  const worst = collisions[0];
  const relation: CidrRelation = worst?.relation ?? 'disjoint';
  const data = { ...base, relation, collisions };
  const params = {
    a: x.vpcId,
    aCidr: worst?.a ?? x.cidrBlocks.value.join(', '),
    b: y.vpcId,
    bCidr: worst?.b ?? y.cidrBlocks.value.join(', '),
  };
  if (relation === 'identical')
    // cen-api.md §2 step 1: under REDUCED "CIDR blocks may overlap but not be identical" — the attach is refused.
    return {
      id,
      check: 'cidr',
      title,
      verdict: 'blocking',
      evidence: { message: m('preflight.cidr.identical', { ...params, level: protectionLevel }), data },
      fix: { message: m('preflight.cidr.identical.fix', { b: y.vpcId, cidr: params.bCidr }) },
    };
  if (relation === 'overlapping')
    // Allowed under REDUCED, but the CEN rejects the conflicting learned routes after the attach
    // (DescribePublishedRouteEntries "conflict", peers.md §0 item 3).
    return {
      id,
      check: 'cidr',
      title,
      verdict: 'warning',
      evidence: { message: m('preflight.cidr.overlapping', params), data },
      fix: { message: m('preflight.cidr.overlapping.fix', params) },
    };
  return {
    id,
    check: 'cidr',
    title,
    verdict: 'pass',
    evidence: { message: m('preflight.cidr.disjoint', params), data },
  };
}

function cidrItems(input: PreflightInput, level: string): PreflightItem[] {
  const items: PreflightItem[] = [];
  const list = input.toAttach;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) items.push(cidrItem(list[i]!, list[j]!, false, level));
  if (!input.inCen.ok) {
    const f = input.inCen.failure;
    items.push({
      id: 'cidr:in-cen',
      check: 'cidr',
      title: m('preflight.cidr.inCen.title', { cen: input.cen.cenId }),
      verdict: 'unknown',
      evidence: {
        message: notInspectedMessage(f),
        data: {
          check: 'cidr',
          a: { vpcId: list.map((n) => n.vpcId).join(','), account: list[0]?.account ?? 'A' },
          b: { vpcId: '*', alreadyInCen: true },
          collisions: [],
          protectionLevel: level,
        },
      },
      fix: inspectionFix(f),
      failures: [f],
    });
    return items;
  }
  for (const x of list)
    for (const y of input.inCen.value) if (y.vpcId !== x.vpcId) items.push(cidrItem(x, y, true, level));
  return items;
}

// ── Grants ───────────────────────────────────────────────────────────────────────────────────────────────
function grantItem(input: PreflightInput, x: NetworkToAttach): PreflightItem {
  const { cenId, ownerUid: cenOwnerUid } = input.cen;
  const id = `grant:${x.vpcId}`;
  const title = m('preflight.grant.title', { vpc: x.vpcId, account: x.account });
  const crossAccount = x.ownerUid !== cenOwnerUid;
  const data = {
    check: 'grant' as const,
    vpcId: x.vpcId,
    ownerUid: x.ownerUid,
    cenId,
    cenOwnerUid,
    crossAccount,
    rules: [] as { cenId: string; cenOwnerUid: string }[],
  };
  if (!crossAccount)
    return {
      id,
      check: 'grant',
      title,
      verdict: 'pass',
      evidence: { message: m('preflight.grant.sameAccount', { vpc: x.vpcId }), data },
    };

  // The grant is one call in B's account (cen-api.md §2 step 2): offer it with the exact parameters.
  const grantCall: ApiCall = {
    key: 'Vpc.GrantInstanceToCen',
    account: x.account,
    regionId: x.regionId,
    params: {
      RegionId: x.regionId,
      InstanceId: x.vpcId,
      InstanceType: 'VPC',
      CenId: cenId,
      CenOwnerId: cenOwnerUid,
      ClientToken: (input.clientToken ?? deterministicClientToken)(`grant-${x.vpcId}-${cenId}`),
    },
  };
  // A grant cannot be edited (cen-api.md §2): the wrong one is revoked, in B's account, before granting again.
  const revokeCall = (granted: string): ApiCall => ({
    key: 'Vpc.RevokeInstanceFromCen',
    account: x.account,
    regionId: x.regionId,
    params: {
      RegionId: x.regionId,
      InstanceId: x.vpcId,
      InstanceType: 'VPC',
      CenId: cenId,
      CenOwnerId: granted,
      ClientToken: (input.clientToken ?? deterministicClientToken)(`revoke-${x.vpcId}-${cenId}-${granted}`),
    },
  });
  const missingFix: Fix = {
    message: m('preflight.grant.missing.fix', {
      account: x.account,
      vpc: x.vpcId,
      cen: cenId,
      uid: cenOwnerUid,
    }),
    call: grantCall,
  };

  // Account B's own record is the authority on what B granted (Vpc.DescribeGrantRulesToCen).
  if (x.grantsFromOwner?.ok) {
    const rules = x.grantsFromOwner.value.map((r) => ({
      cenId: r.CenInstanceId,
      cenOwnerUid: String(r.CenOwnerId),
    }));
    const d = { ...data, source: 'owner' as const, rules };
    const forThisCen = rules.find((r) => r.cenId === cenId);
    if (forThisCen && forThisCen.cenOwnerUid === cenOwnerUid)
      return {
        id,
        check: 'grant',
        title,
        verdict: 'pass',
        evidence: {
          message: m('preflight.grant.ok', { vpc: x.vpcId, cen: cenId, uid: cenOwnerUid }),
          data: d,
        },
      };
    if (forThisCen)
      return {
        id,
        check: 'grant',
        title,
        verdict: 'blocking',
        evidence: {
          message: m('preflight.grant.wrongOwner', {
            vpc: x.vpcId,
            cen: cenId,
            granted: forThisCen.cenOwnerUid,
            uid: cenOwnerUid,
          }),
          data: d,
        },
        fix: {
          message: m('preflight.grant.wrongOwner.fix', {
            account: x.account,
            vpc: x.vpcId,
            cen: cenId,
            granted: forThisCen.cenOwnerUid,
            uid: cenOwnerUid,
          }),
          call: revokeCall(forThisCen.cenOwnerUid),
        },
      };
    if (rules.length > 0)
      return {
        id,
        check: 'grant',
        title,
        verdict: 'blocking',
        evidence: {
          message: m('preflight.grant.otherCen', {
            vpc: x.vpcId,
            cen: cenId,
            others: { list: rules.map((r) => `${r.cenId} (${r.cenOwnerUid})`) },
          }),
          data: d,
        },
        fix: missingFix,
      };
    return {
      id,
      check: 'grant',
      title,
      verdict: 'blocking',
      evidence: {
        message: m('preflight.grant.missing', { vpc: x.vpcId, cen: cenId, account: x.account }),
        data: d,
      },
      fix: missingFix,
    };
  }

  // Otherwise Account A's view of grants to this CEN (Cbn.DescribeGrantRulesToCen).
  if (input.grantsToCen?.ok) {
    const mine = input.grantsToCen.value.filter((r) => r.ChildInstanceId === x.vpcId && r.CenId === cenId);
    const rules = mine.map((r) => ({ cenId: r.CenId, cenOwnerUid: String(r.CenOwnerId) }));
    const d = { ...data, source: 'cen' as const, rules };
    const rule = rules[0];
    if (rule && rule.cenOwnerUid === cenOwnerUid)
      return {
        id,
        check: 'grant',
        title,
        verdict: 'pass',
        evidence: {
          message: m('preflight.grant.ok', { vpc: x.vpcId, cen: cenId, uid: cenOwnerUid }),
          data: d,
        },
      };
    if (rule)
      return {
        id,
        check: 'grant',
        title,
        verdict: 'blocking',
        evidence: {
          message: m('preflight.grant.wrongOwner', {
            vpc: x.vpcId,
            cen: cenId,
            granted: rule.cenOwnerUid,
            uid: cenOwnerUid,
          }),
          data: d,
        },
        fix: {
          message: m('preflight.grant.wrongOwner.fix', {
            account: x.account,
            vpc: x.vpcId,
            cen: cenId,
            granted: rule.cenOwnerUid,
            uid: cenOwnerUid,
          }),
          call: revokeCall(rule.cenOwnerUid),
        },
      };
    return {
      id,
      check: 'grant',
      title,
      verdict: 'blocking',
      evidence: {
        message: m('preflight.grant.missingSeenFromCen', { vpc: x.vpcId, cen: cenId, account: x.account }),
        data: d,
      },
      fix: missingFix,
    };
  }

  const failures = [x.grantsFromOwner, input.grantsToCen].flatMap((g) => (g && !g.ok ? [g.failure] : []));
  const first = failures[0];
  return {
    id,
    check: 'grant',
    title,
    verdict: 'unknown',
    evidence: {
      message: first ? notInspectedMessage(first) : m('preflight.grant.notRead', { vpc: x.vpcId }),
      data,
    },
    ...(first ? { fix: inspectionFix(first) } : {}),
    ...(failures.length ? { failures } : {}),
  };
}

// ── Packages, areas and limits ───────────────────────────────────────────────────────────────────────────
interface Candidate {
  id: string;
  areaA: AreaId;
  areaB: AreaId;
  total: number;
  associated: boolean;
  planned: boolean;
  limits: PackageBudget['limits'];
}

function candidates(input: PreflightInput): Candidate[] {
  const out: Candidate[] = [];
  if (input.packages.ok)
    for (const p of input.packages.value) {
      const a = findArea(p.GeographicRegionAId)?.id;
      const b = findArea(p.GeographicRegionBId)?.id;
      if (!a || !b) continue;
      out.push({
        id: p.CenBandwidthPackageId,
        areaA: a,
        areaB: b,
        total: p.Bandwidth,
        associated: p.CenIds?.CenId.includes(input.cen.cenId) ?? false,
        planned: false,
        limits: (p.OrginInterRegionBandwidthLimits?.OrginInterRegionBandwidthLimit ?? []).map((l) => ({
          localRegionId: l.LocalRegionId,
          oppositeRegionId: l.OppositeRegionId,
          // A string in this listing (cen-api.md §2 step 4).
          bandwidthLimit: Number(l.BandwidthLimit),
        })),
      });
    }
  const planned = input.plannedPackage;
  const pa = planned && findArea(planned.areaA)?.id;
  const pb = planned && findArea(planned.areaB)?.id;
  if (planned && pa && pb)
    out.push({
      id: PLANNED_ID,
      areaA: pa,
      areaB: pb,
      total: planned.bandwidth,
      associated: true,
      planned: true,
      limits: [],
    });
  return out;
}

/** The package that would carry a connection: associated first, then the planned one, then an idle one. */
function carrier(cands: readonly Candidate[], local: string, opposite: string): Candidate | undefined {
  const fit = cands.filter((c) => regionsFitAreas(local, opposite, c.areaA, c.areaB));
  return (
    fit.find((c) => c.associated && !c.planned) ??
    fit.find((c) => c.planned) ??
    fit.find((c) => !c.associated)
  );
}

function regionPairs(input: PreflightInput): { local: string; opposite: string; explicit: boolean }[] {
  const seen = new Map<string, { local: string; opposite: string; explicit: boolean }>();
  for (const c of input.connections)
    seen.set(pairKey(c.localRegionId, c.oppositeRegionId), {
      local: c.localRegionId,
      opposite: c.oppositeRegionId,
      explicit: true,
    });
  const others = [...input.toAttach, ...(input.inCen.ok ? input.inCen.value : [])];
  for (const x of input.toAttach)
    for (const y of others) {
      if (x.regionId === y.regionId) continue;
      const k = pairKey(x.regionId, y.regionId);
      if (!seen.has(k)) seen.set(k, { local: x.regionId, opposite: y.regionId, explicit: false });
    }
  return [...seen.values()].filter((p) => p.local !== p.opposite);
}

function packageParam(c: Candidate): MessageParam {
  const areas = { areaA: { area: c.areaA }, areaB: { area: c.areaB } };
  return {
    message: c.planned
      ? m('preflight.package.planned', areas)
      : m('preflight.package', { pkg: c.id, ...areas }),
  };
}

function areaItems(input: PreflightInput, cands: readonly Candidate[]): PreflightItem[] {
  const items: PreflightItem[] = [];
  for (const { local, opposite, explicit } of regionPairs(input)) {
    const id = `areas:${pairKey(local, opposite)}`;
    const title = m('preflight.areas.title', { local: { region: local }, opposite: { region: opposite } });
    const la = areaOf(local);
    const oa = areaOf(opposite);
    const data = {
      check: 'areas' as const,
      localRegionId: local,
      oppositeRegionId: opposite,
      ...(la ? { localArea: la } : {}),
      ...(oa ? { oppositeArea: oa } : {}),
      planned: false,
    };
    if (!la || !oa) {
      const region = la ? opposite : local;
      items.push({
        id,
        check: 'areas',
        title,
        verdict: 'blocking',
        evidence: { message: m('preflight.areas.unknownRegion', { region }), data },
        fix: { message: m('preflight.areas.unknownRegion.fix', { region }) },
      });
      continue;
    }
    const areas = { localArea: { area: la }, oppositeArea: { area: oa } };
    const pkg = carrier(cands, local, opposite);
    // Existing packages unreadable: a package we cannot see might cover the pair, so say so rather than block.
    if (!pkg && !input.packages.ok) {
      const f = input.packages.failure;
      items.push({
        id,
        check: 'areas',
        title,
        verdict: 'unknown',
        evidence: { message: notInspectedMessage(f), data },
        fix: inspectionFix(f),
        failures: [f],
      });
      continue;
    }
    if (!pkg) {
      const none = cands.length === 0;
      items.push({
        id,
        check: 'areas',
        title,
        // A connection cannot be set without a package for its areas (cen-api.md §2 step 5); a network pair
        // without one only has the 1 Kbps test bandwidth (TF alicloud_cen_bandwidth_limit doc) — a warning.
        verdict: explicit ? 'blocking' : 'warning',
        evidence: {
          message: m(none ? 'preflight.areas.noPackage' : 'preflight.areas.notCovered', {
            local: { region: local },
            opposite: { region: opposite },
            ...areas,
            packages: { list: cands.map(packageParam) },
          }),
          data,
        },
        fix: { message: m('preflight.areas.buy.fix', areas) },
      });
      continue;
    }
    const d = { ...data, packageId: pkg.id, planned: pkg.planned, associated: pkg.associated };
    if (!pkg.associated) {
      // Associating is one call in Account A (cen-api.md §2 step 4 AssociateCenBandwidthPackage).
      items.push({
        id,
        check: 'areas',
        title,
        verdict: 'warning',
        evidence: { message: m('preflight.areas.notAssociated', { pkg: pkg.id, ...areas }), data: d },
        fix: {
          message: m('preflight.areas.associate.fix', { pkg: pkg.id, cen: input.cen.cenId }),
          call: {
            key: 'Cbn.AssociateCenBandwidthPackage',
            account: 'A',
            params: { CenId: input.cen.cenId, CenBandwidthPackageId: pkg.id },
          },
        },
      });
      continue;
    }
    items.push({
      id,
      check: 'areas',
      title,
      verdict: 'pass',
      evidence: {
        message: m(pkg.planned ? 'preflight.areas.plannedCovers' : 'preflight.areas.covered', {
          pkg: pkg.id,
          local: { region: local },
          opposite: { region: opposite },
          ...areas,
        }),
        data: d,
      },
    });
  }
  return items;
}

function spanItem(input: PreflightInput, cands: readonly Candidate[]): PreflightItem | undefined {
  const title = m('preflight.span.title');
  if (!input.packages.ok) {
    const f = input.packages.failure;
    return {
      id: 'package-per-span',
      check: 'package-per-span',
      title,
      verdict: 'unknown',
      evidence: { message: notInspectedMessage(f), data: { check: 'package-per-span', spans: [] } },
      fix: inspectionFix(f),
      failures: [f],
    };
  }
  const bySpan = new Map<string, string[]>();
  for (const c of cands.filter((x) => x.associated)) {
    const span = geographicSpanId(c.areaA, c.areaB);
    bySpan.set(span, [...(bySpan.get(span) ?? []), c.id]);
  }
  if (bySpan.size === 0) return undefined;
  const spans = [...bySpan].map(([spanId, packageIds]) => ({ spanId, packageIds }));
  const data = { check: 'package-per-span' as const, spans };
  const dup = spans.find((s) => s.packageIds.length > 1);
  if (!dup)
    return {
      id: 'package-per-span',
      check: 'package-per-span',
      title,
      verdict: 'pass',
      evidence: { message: m('preflight.span.ok', { spans: { list: spans.map((s) => s.spanId) } }), data },
    };
  // One plan per area pair per CEN: AssociateCenBandwidthPackage answers
  // InvalidOperation.BwpForGeoSpanAlreadyAssociated (cen-api.md §4).
  const existing = dup.packageIds.filter((p) => p !== PLANNED_ID);
  const planned = dup.packageIds.includes(PLANNED_ID);
  return {
    id: 'package-per-span',
    check: 'package-per-span',
    title,
    verdict: 'blocking',
    evidence: {
      message: planned
        ? m('preflight.span.plannedDuplicate', { span: dup.spanId, existing: { list: existing } })
        : m('preflight.span.duplicate', { span: dup.spanId, existing: { list: existing } }),
      data,
    },
    fix: {
      message: planned
        ? m('preflight.span.plannedDuplicate.fix', { existing: existing[0] ?? '' })
        : m('preflight.span.duplicate.fix', { span: dup.spanId }),
    },
  };
}

function packageBandwidthItem(planned: PlannedPackage): PreflightItem {
  const data = {
    check: 'package-bandwidth' as const,
    bandwidth: planned.bandwidth,
    min: PACKAGE_BANDWIDTH_MIN,
    max: PACKAGE_BANDWIDTH_MAX,
  };
  const ok = packageBandwidthSchema.safeParse(planned.bandwidth).success;
  const params = { value: planned.bandwidth, min: PACKAGE_BANDWIDTH_MIN, max: PACKAGE_BANDWIDTH_MAX };
  return {
    id: 'package-bandwidth',
    check: 'package-bandwidth',
    title: m('preflight.packageBandwidth.title'),
    verdict: ok ? 'pass' : 'blocking',
    evidence: {
      message: m(ok ? 'preflight.packageBandwidth.ok' : 'preflight.packageBandwidth.range', params),
      data,
    },
    ...(ok ? {} : { fix: { message: m('preflight.packageBandwidth.range.fix', params) } }),
  };
}

const LIMIT_PROBLEM_KEYS: Record<LimitProblem['kind'], MessageKey> = {
  'same-region': 'preflight.limit.sameRegion',
  'unknown-region': 'preflight.limit.unknownRegion',
  'outside-areas': 'preflight.limit.outsideAreas',
  range: 'preflight.limit.range',
  'over-budget': 'preflight.limit.overBudget',
};

function limitItems(input: PreflightInput, cands: readonly Candidate[]): PreflightItem[] {
  const items: PreflightItem[] = [];
  // Connections set in the same run share their package's budget, so each sees the ones before it.
  const added = new Map<string, PackageBudget['limits'][number][]>();
  for (const c of input.connections) {
    const { localRegionId: local, oppositeRegionId: opposite, bandwidthLimit } = c;
    const id = `limit:${pairKey(local, opposite)}`;
    const title = m('preflight.limit.title', { local: { region: local }, opposite: { region: opposite } });
    const base = {
      check: 'limit' as const,
      localRegionId: local,
      oppositeRegionId: opposite,
      bandwidthLimit,
    };
    const pkg = carrier(cands, local, opposite);
    if (!pkg) {
      if (!input.packages.ok) {
        const f = input.packages.failure;
        items.push({
          id,
          check: 'limit',
          title,
          verdict: 'unknown',
          evidence: { message: notInspectedMessage(f), data: base },
          fix: inspectionFix(f),
          failures: [f],
        });
      }
      // Otherwise the areas item for this pair already says which package is missing.
      continue;
    }
    const budget: PackageBudget = {
      areaA: pkg.areaA,
      areaB: pkg.areaB,
      total: pkg.total,
      limits: [...pkg.limits, ...(added.get(pkg.id) ?? [])],
    };
    // bandwidth.ts owns the rule; this only turns its answer into an item.
    const problem = checkInterRegionLimit(budget, local, opposite, bandwidthLimit);
    const allocated = budget.limits
      .filter((l) => pairKey(l.localRegionId, l.oppositeRegionId) !== pairKey(local, opposite))
      .reduce((s, l) => s + l.bandwidthLimit, 0);
    const data = { ...base, packageId: pkg.id, total: pkg.total, allocated };
    const regions = { local: { region: local }, opposite: { region: opposite } };
    if (problem) {
      items.push({
        id,
        check: 'limit',
        title,
        verdict: 'blocking',
        evidence: {
          message: m(LIMIT_PROBLEM_KEYS[problem.kind], {
            ...regions,
            limit: bandwidthLimit,
            ...limitProblemParams(problem),
          }),
          data: { ...data, problem, detail: describeLimitProblem(problem) },
        },
        fix: {
          message:
            problem.kind === 'over-budget' || problem.kind === 'range'
              ? m('preflight.limit.lower.fix', {
                  max: problem.kind === 'range' ? problem.max : problem.remaining,
                })
              : m('preflight.limit.regions.fix'),
        },
      });
      continue;
    }
    added.set(pkg.id, [
      ...(added.get(pkg.id) ?? []),
      { localRegionId: local, oppositeRegionId: opposite, bandwidthLimit },
    ]);
    items.push({
      id,
      check: 'limit',
      title,
      // 0 deletes the connection (cen-api.md §2 step 5): ping would then ride on the 1 Kbps test bandwidth only.
      verdict: bandwidthLimit === 0 ? 'warning' : 'pass',
      evidence: {
        message: m(bandwidthLimit === 0 ? 'preflight.limit.zero' : 'preflight.limit.ok', {
          ...regions,
          limit: bandwidthLimit,
          allocated,
          total: pkg.total,
          pkg: packageParam(pkg),
        }),
        data,
      },
    });
  }
  return items;
}

function limitProblemParams(problem: LimitProblem): Message['params'] {
  switch (problem.kind) {
    case 'same-region':
      return {};
    case 'unknown-region':
      return { region: problem.regionId };
    case 'outside-areas':
      return {};
    case 'range':
      return { min: problem.min, max: problem.max };
    case 'over-budget':
      return {
        requested: problem.requested,
        allocated: problem.allocated,
        total: problem.total,
        remaining: problem.remaining,
      };
  }
}

export function runPreflight(input: PreflightInput): PreflightReport {
  // REDUCED is the default protection level (cen-api.md §2 step 1).
  const level = input.cen.protectionLevel ?? 'REDUCED';
  const cands = candidates(input);
  const span = spanItem(input, cands);
  const items: PreflightItem[] = [
    ...cidrItems(input, level),
    ...input.toAttach.map((x) => grantItem(input, x)),
    ...areaItems(input, cands),
    ...(span ? [span] : []),
    ...(input.plannedPackage ? [packageBandwidthItem(input.plannedPackage)] : []),
    ...limitItems(input, cands),
  ];
  const counts: Record<PreflightVerdict, number> = { pass: 0, warning: 0, blocking: 0, unknown: 0 };
  for (const i of items) counts[i.verdict] += 1;
  return { verdict: worstPreflight(items.map((i) => i.verdict)), counts, items };
}
