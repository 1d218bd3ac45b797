// Preflight's areas check: each region pair needs a bandwidth package whose two areas the regions fit, and that
// package associated with this CEN.
import { areaOf } from '../../regions';
import { msg } from '../message-builder';
import { carrier, type PackageCandidate } from '../package-carrier';
import { checkResult } from './check-result';
import { packageParam } from './preflight-packages';
import type { PreflightInput, PreflightItem } from './preflight-types';
import { pairKey, regionPairs, type RegionPair } from './region-pairs';

function areaItem(
  input: PreflightInput,
  cands: readonly PackageCandidate[],
  pair: RegionPair,
): PreflightItem {
  const { local, opposite, explicit } = pair;
  const regions = { local: { region: local }, opposite: { region: opposite } };
  const result = checkResult(
    'areas',
    `areas:${pairKey(local, opposite)}`,
    msg('preflight.areas.title', regions),
  );
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
    return result('blocking', msg('preflight.areas.unknownRegion', { region }), data, {
      message: msg('preflight.areas.unknownRegion.fix', { region }),
    });
  }
  const areas = { localArea: { area: la }, oppositeArea: { area: oa } };
  const pkg = carrier(cands, local, opposite);
  // Existing packages unreadable: a package we cannot see might cover the pair, so say so rather than block.
  if (!pkg && !input.packages.ok) return result.notInspected(data, [input.packages.failure]);
  if (!pkg) {
    const none = cands.length === 0;
    // A connection cannot be set without a package for its areas (docs/reference/cen-api.md §2 step 5); a
    // network pair without one only has the 1 Kbps test bandwidth
    // (https://github.com/aliyun/terraform-provider-alicloud/blob/master/website/docs/r/cen_bandwidth_limit.html.markdown)
    // — a warning.
    return result(
      explicit ? 'blocking' : 'warning',
      msg(none ? 'preflight.areas.noPackage' : 'preflight.areas.notCovered', {
        ...regions,
        ...areas,
        packages: { list: cands.map(packageParam) },
      }),
      data,
      { message: msg('preflight.areas.buy.fix', areas) },
    );
  }
  const d = { ...data, packageId: pkg.id, planned: pkg.planned, associated: pkg.associated };
  if (!pkg.associated)
    // Associating is one call in Account A (docs/reference/cen-api.md §2 step 4 AssociateCenBandwidthPackage).
    return result('warning', msg('preflight.areas.notAssociated', { pkg: pkg.id, ...areas }), d, {
      message: msg('preflight.areas.associate.fix', { pkg: pkg.id, cen: input.cen.cenId }),
      call: {
        key: 'Cbn.AssociateCenBandwidthPackage',
        account: 'A',
        params: { CenId: input.cen.cenId, CenBandwidthPackageId: pkg.id },
      },
    });
  return result(
    'pass',
    msg(pkg.planned ? 'preflight.areas.plannedCovers' : 'preflight.areas.covered', {
      pkg: pkg.id,
      ...regions,
      ...areas,
    }),
    d,
  );
}

export function areaItems(input: PreflightInput, cands: readonly PackageCandidate[]): PreflightItem[] {
  return regionPairs(input).map((pair) => areaItem(input, cands, pair));
}
