// The region-connection hop: between two regions a limit above 0 on this CEN carries the traffic; without one,
// only the free 1 Kbps test bandwidth does, so ping can pass while real traffic cannot.
import { samePair } from '../../bandwidth';
import { areaOf, findArea, regionsFitAreas } from '../../regions';
import type { BandwidthPackageItem } from '../../openapi/response-items';
import { msg } from '../message-builder';
import { hopResult } from './hop-result';
import type { Hop, PathEnd, PathInput } from './path-types';

/** A package of this CEN whose two areas hold the two regions: then step 5 is missing, not step 4. */
function fittingPackage(input: PathInput, local: string, opposite: string): BandwidthPackageItem | undefined {
  if (!input.packages?.ok || !areaOf(local) || !areaOf(opposite)) return undefined;
  return input.packages.value.find((p) => {
    const a = findArea(p.GeographicRegionAId)?.id;
    const b = findArea(p.GeographicRegionBId)?.id;
    return a && b && p.CenIds?.CenId.includes(input.cenId) && regionsFitAreas(local, opposite, a, b);
  });
}

export function regionHop(input: PathInput, src: PathEnd, dst: PathEnd): Hop {
  const local = src.regionId;
  const opposite = dst.regionId;
  const regions = { local: { region: local }, opposite: { region: opposite } };
  // Limits and packages are Account A's (the CEN owner's).
  const result = hopResult('region-connection', msg('path.hop.regionConnection', regions), 'A');
  const base = {
    kind: 'region-connection' as const,
    localRegionId: local,
    oppositeRegionId: opposite,
    sameRegion: local === opposite,
    testBandwidthOnly: false,
  };
  // Traffic inside one region needs no region connection.
  if (local === opposite) return result('pass', msg('path.region.sameRegion', regions), base);
  if (!input.limits.ok) return result.notInspected(base, input.limits.failure);
  const limit = input.limits.value.find(
    (l) =>
      (l.CenId === undefined || l.CenId === input.cenId) &&
      l.BandwidthLimit > 0 &&
      samePair(l.LocalRegionId, l.OppositeRegionId, local, opposite),
  );
  if (limit) {
    const data = { ...base, limit };
    const params = { ...regions, limit: limit.BandwidthLimit, status: limit.Status };
    // Limit statuses: Active, Modifying (docs/reference/cen-api.md §3).
    if (limit.Status === 'Active') return result('pass', msg('path.region.ok', params), data);
    return result('warning', msg('path.region.notActive', params), data, {
      message: msg('path.region.notActive.fix'),
    });
  }
  // "By default, 1 Kbps bandwidth is provided for connectivity test. To run normal business, you must buy a
  // bandwidth package and set a proper interconnection bandwidth." (TF alicloud_cen_bandwidth_limit doc;
  // docs/reference/cen-api.md §2 step 5.) Four 84-byte echoes a second apart fit in 1 Kbps.
  const data = { ...base, testBandwidthOnly: true };
  const la = areaOf(local);
  const oa = areaOf(opposite);
  const pkg = fittingPackage(input, local, opposite);
  const areas = { localArea: la ? { area: la } : local, oppositeArea: oa ? { area: oa } : opposite };
  return result('warning', msg('path.region.testOnly', regions), data, {
    message: pkg
      ? msg('path.region.setLimit.fix', { ...regions, pkg: pkg.CenBandwidthPackageId })
      : msg('path.region.buyPackage.fix', { ...regions, ...areas }),
  });
}
