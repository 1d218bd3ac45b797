// The console's progress and the cloud's answers as planSetup's input (domain/plan/setup-input.ts). Pure, so the
// preview, the exports and the tests compute the same plan from the same snapshot.
import { samePair } from '../../domain/bandwidth';
import { findArea } from '../../domain/regions';
import type { LimitInput, NetworkInput, PackageInput, SetupInput } from '../../domain/plan/setup-input';
import type { Cen } from '../api/cen';
import type { CloudSnapshot } from '../state/cloud-snapshot';
import type { PlanDraft } from './plan-draft';
import type { AccountName } from '../../domain/accounts';

type Sources = Omit<CloudSnapshot, 'loaded' | 'fetching' | 'vpcs'>;
/** What the package's input is read from: the same on both editions (the Enterprise plan's, enterprise-setup-input-from.ts). */
type PackageSources = Pick<Sources, 'packages' | 'bandwidthPackageId' | 'cenId' | 'packageTerm'>;

/** The package the run uses: the one saved in progress, else one associated with the CEN. */
export function runPackage(s: PackageSources) {
  const list = s.packages ?? [];
  return (
    list.find((p) => p.CenBandwidthPackageId === s.bandwidthPackageId) ??
    list.find((p) => s.cenId !== undefined && p.CenIds?.CenId.includes(s.cenId))
  );
}

function networks(s: Sources): NetworkInput[] {
  const out: NetworkInput[] = [];
  const childOf = (id: string) => s.attachments?.find((c) => c.ChildInstanceId === id);
  const add = (owner: AccountName, n: { type: 'VPC' | 'VBR'; regionId: string; instanceId: string }) => {
    if (out.some((x) => x.instanceId === n.instanceId)) return;
    const child = childOf(n.instanceId);
    out.push({
      owner,
      type: n.type,
      regionId: n.regionId,
      instanceId: n.instanceId,
      ...(owner === 'B'
        ? { granted: Boolean(s.cenId && s.grants?.some((g) => g.CenInstanceId === s.cenId)) }
        : {}),
      ...(child ? { attachment: child.Status } : {}),
    });
  };
  if (s.ownNetwork) add('A', s.ownNetwork);
  if (s.network) add('B', s.network);
  // Networks attached some other way (adopted CEN, another tab) still belong to the run.
  for (const c of s.attachments ?? []) {
    if (c.ChildInstanceType !== 'VPC' && c.ChildInstanceType !== 'VBR') continue;
    add(c.ChildInstanceOwnerId === s.uidB ? 'B' : 'A', {
      type: c.ChildInstanceType,
      regionId: c.ChildInstanceRegionId,
      instanceId: c.ChildInstanceId,
    });
  }
  return out;
}

/**
 * The CEN as both editions' plans read it: the listed name and description, else what step 1's form holds (its
 * draft); the id while the CEN is not known to be gone (null: DescribeCens no longer lists it); the listed status.
 */
export function cenInputFrom(
  s: { cen?: Cen | null | undefined; cenId?: string | undefined },
  draft: PlanDraft,
): SetupInput['cen'] {
  const cen = s.cen ?? undefined;
  return {
    ...(cen?.Name || draft.cen?.name ? { name: cen?.Name || draft.cen?.name } : {}),
    ...(cen?.Description || draft.cen?.description
      ? { description: cen?.Description || draft.cen?.description }
      : {}),
    ...(s.cenId && s.cen !== null ? { id: s.cenId } : {}),
    ...(cen ? { status: cen.Status } : {}),
  };
}

export function packageInputFrom(s: PackageSources, draft: PlanDraft): PackageInput | undefined {
  const pkg = runPackage(s);
  if (pkg) {
    const areaA = findArea(pkg.GeographicRegionAId)?.requestId;
    const areaB = findArea(pkg.GeographicRegionBId)?.requestId;
    // DescribeCenBandwidthPackages does not list the purchase period (docs/reference/cen-api.md §2 step 4): only step
    // 4 knows it, for the package it bought. Any other (adopted) package's period stays unknown — never a guessed
    // month.
    const term = s.packageTerm?.id === pkg.CenBandwidthPackageId ? s.packageTerm : undefined;
    if (areaA && areaB)
      return {
        areaA,
        areaB,
        bandwidth: pkg.Bandwidth,
        name: pkg.Name ?? '',
        ...(term ? { pricingCycle: term.pricingCycle, period: term.period } : {}),
        id: pkg.CenBandwidthPackageId,
        status: pkg.Status,
        cenIds: pkg.CenIds?.CenId ?? [],
        ...(pkg.BandwidthPackageChargeType === 'PREPAY' || pkg.BandwidthPackageChargeType === 'POSTPAY'
          ? { chargeType: pkg.BandwidthPackageChargeType }
          : {}),
        ...(pkg.ExpiredTime ? { expiredTime: pkg.ExpiredTime } : {}),
      };
  }
  return draft.bandwidthPackage ? { ...draft.bandwidthPackage } : undefined;
}

/** Marks a region connection whose bandwidth nobody has chosen yet (the UI says "choose it in step 5"). */
export const UNCHOSEN_LIMIT = 0;

function limits(s: Sources, draft: PlanDraft, nets: NetworkInput[]): LimitInput[] {
  const out: LimitInput[] = (s.limits ?? [])
    .filter((l) => l.BandwidthLimit > 0)
    .map((l) => {
      const chosen =
        draft.limit &&
        [draft.limit.localRegionId, draft.limit.oppositeRegionId].sort().join() ===
          [l.LocalRegionId, l.OppositeRegionId].sort().join()
          ? draft.limit.bandwidthLimit
          : l.BandwidthLimit;
      return {
        localRegionId: l.LocalRegionId,
        oppositeRegionId: l.OppositeRegionId,
        bandwidthLimit: chosen,
        current: { bandwidthLimit: l.BandwidthLimit, status: l.Status },
      };
    });
  const typed = draft.limit;
  // A connection typed in step 5 that does not exist yet comes after the existing ones.
  if (
    typed &&
    !out.some((l) =>
      samePair(l.localRegionId, l.oppositeRegionId, typed.localRegionId, typed.oppositeRegionId),
    )
  )
    out.push({ ...typed });
  if (out.length > 0) return out;
  // The tutorial connects the two accounts' regions (step 5): show that call even before its bandwidth is chosen.
  const a = nets.find((n) => n.owner === 'A')?.regionId;
  const b = nets.find((n) => n.owner === 'B')?.regionId;
  return a && b && a !== b ? [{ localRegionId: a, oppositeRegionId: b, bandwidthLimit: UNCHOSEN_LIMIT }] : [];
}

export function setupInputFrom(s: Sources, draft: PlanDraft = {}): SetupInput {
  const nets = networks(s);
  const pkg = packageInputFrom(s, draft);
  return {
    accounts: { A: s.uidA ? { uid: s.uidA } : {}, B: s.uidB ? { uid: s.uidB } : {} },
    cen: cenInputFrom(s, draft),
    networks: nets,
    ...(pkg ? { bandwidthPackage: pkg } : {}),
    limits: limits(s, draft, nets),
    clientTokens: s.clientTokens,
  };
}
