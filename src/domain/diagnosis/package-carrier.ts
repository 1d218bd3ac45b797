// Which bandwidth package would carry a connection between two regions: one whose two areas the regions fit,
// associated with this CEN first, then a package about to be bought, then an idle one. Preflight checks the
// areas and limits against it; the path check names it in the fix for a region connection.
import { findArea, regionsFitAreas, type AreaId } from '../regions';
import type { BandwidthPackageItem } from '../openapi/response-items';

export interface PackageCandidate {
  id: string;
  areaA: AreaId;
  areaB: AreaId;
  total: number;
  associated: boolean;
  planned: boolean;
  limits: readonly { localRegionId: string; oppositeRegionId: string; bandwidthLimit: number }[];
}

/** The ID a package about to be bought stands under. */
export const PLANNED_PACKAGE_ID = '(planned)';

/** The packages of a listing whose areas are known, plus the planned one (areas in either spelling). */
export function packageCandidates(
  packages: readonly BandwidthPackageItem[],
  cenId: string,
  planned?: { areaA: string; areaB: string; bandwidth: number },
): PackageCandidate[] {
  const out: PackageCandidate[] = [];
  for (const p of packages) {
    const a = findArea(p.GeographicRegionAId)?.id;
    const b = findArea(p.GeographicRegionBId)?.id;
    if (!a || !b) continue;
    out.push({
      id: p.CenBandwidthPackageId,
      areaA: a,
      areaB: b,
      total: p.Bandwidth,
      associated: p.CenIds?.CenId.includes(cenId) ?? false,
      planned: false,
      limits: (p.OrginInterRegionBandwidthLimits?.OrginInterRegionBandwidthLimit ?? []).map((l) => ({
        localRegionId: l.LocalRegionId,
        oppositeRegionId: l.OppositeRegionId,
        // A string in this listing (docs/reference/cen-api.md §2 step 4).
        bandwidthLimit: Number(l.BandwidthLimit),
      })),
    });
  }
  const pa = planned && findArea(planned.areaA)?.id;
  const pb = planned && findArea(planned.areaB)?.id;
  if (planned && pa && pb)
    out.push({
      id: PLANNED_PACKAGE_ID,
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
export function carrier(
  candidates: readonly PackageCandidate[],
  local: string,
  opposite: string,
): PackageCandidate | undefined {
  const fit = candidates.filter((c) => regionsFitAreas(local, opposite, c.areaA, c.areaB));
  return (
    fit.find((c) => c.associated && !c.planned) ??
    fit.find((c) => c.planned) ??
    fit.find((c) => !c.associated)
  );
}
