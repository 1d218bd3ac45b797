// The packages preflight weighs (package-carrier.ts) and how an item names one of them.
import { packageCandidates, type PackageCandidate } from '../package-carrier';
import { msg } from '../message-builder';
import type { MessageParam } from '../messages';
import type { PreflightInput } from './preflight-types';

/** Account A's packages (none when they could not be read) plus the one step 4 is about to buy. */
export function candidatesOf(input: PreflightInput): PackageCandidate[] {
  return packageCandidates(
    input.packages.ok ? input.packages.value : [],
    input.cen.cenId,
    input.plannedPackage,
  );
}

export function packageParam(c: PackageCandidate): MessageParam {
  const areas = { areaA: { area: c.areaA }, areaB: { area: c.areaB } };
  return {
    message: c.planned
      ? msg('preflight.package.planned', areas)
      : msg('preflight.package', { pkg: c.id, ...areas }),
  };
}
