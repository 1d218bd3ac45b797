// The region pairs preflight checks: every connection step 5 is about to set, and every pair of regions between
// a network to attach and another network of the CEN (those need a package too, or they ride on the test bandwidth).
import type { PreflightInput } from './preflight-types';

/** The same key for a region pair in either order, so A→B and B→A are one connection. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

export interface RegionPair {
  local: string;
  opposite: string;
  /** True for a connection the user is about to set, false for a pair only implied by the networks. */
  explicit: boolean;
}

export function regionPairs(input: PreflightInput): RegionPair[] {
  const seen = new Map<string, RegionPair>();
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
