// Which zones and vSwitches a transit-router VPC attachment maps (ZoneMappings.N, docs/reference/enterprise-edition.md
// §2 step 5): two zones where the router's region has several, so that one zone's failure does not cut the VPC off
// the router; one where it has one (§4 item 4: the API takes one, the tutorials ask for two). Each mapped vSwitch
// needs a free IP address, for the network interface the router puts in it. Written once here for the step 3 screen,
// its preview and its tests.

/** A vSwitch the attachment may map: from the VPC's own list (A) or ListGrantVSwitchesToCen (B's, §2 step 4). */
export interface VSwitchOption {
  vSwitchId: string;
  zoneId: string;
  name?: string | undefined;
  cidrBlock?: string | undefined;
  /** Vpc DescribeVSwitches AvailableIpAddressCount, read by the VPC's owner; undefined while unknown. */
  freeIps?: number | undefined;
}

export interface ZoneChoice {
  zoneId: string;
  vSwitchId: string;
}

/** Why a choice cannot be sent; `index` is the choice's place (0-based), absent for the set as a whole. */
export type ZoneProblem =
  | { kind: 'none-chosen' }
  | { kind: 'unknown-vswitch'; index: number; vSwitchId: string }
  | { kind: 'no-free-ip'; index: number; vSwitchId: string }
  | { kind: 'zone-unavailable'; index: number; zoneId: string }
  | { kind: 'same-zone'; index: number; zoneId: string }
  | { kind: 'second-zone-needed'; zoneIds: string[] }
  | { kind: 'too-many'; count: number };

/** The API takes 1–10 mappings (§2 step 5). */
export const MAX_ZONE_MAPPINGS = 10;

const usable = (s: VSwitchOption) => s.freeIps === undefined || s.freeIps > 0;

/**
 * The zones the router may use: ListTransitRouterAvailableResource's AvailableZones when read, else the zones of
 * the VPC's vSwitches (the router of an optimised region takes any zone, §2 step 2).
 */
export function routerZones(
  vSwitches: readonly VSwitchOption[],
  availableZones: readonly string[] | undefined,
): string[] {
  return [...new Set(availableZones ?? vSwitches.map((s) => s.zoneId))].sort();
}

/** Two zones where the region has several, one where it has one. */
export function zonesWanted(regionZones: readonly string[]): 1 | 2 {
  return regionZones.length >= 2 ? 2 : 1;
}

/** The zones of the router's region in which the VPC has a vSwitch with a free IP (or one not yet counted). */
export function usableZones(vSwitches: readonly VSwitchOption[], regionZones: readonly string[]): string[] {
  const inRegion = new Set(regionZones);
  return [
    ...new Set(vSwitches.filter((s) => usable(s) && inRegion.has(s.zoneId)).map((s) => s.zoneId)),
  ].sort();
}

/** The vSwitch of a zone with the most free IPs: the default in that zone. */
function bestIn(vSwitches: readonly VSwitchOption[], zoneId: string): VSwitchOption | undefined {
  return vSwitches
    .filter((s) => s.zoneId === zoneId && usable(s))
    .sort((a, b) => (b.freeIps ?? 0) - (a.freeIps ?? 0) || a.vSwitchId.localeCompare(b.vSwitchId))[0];
}

/**
 * The defaults, so that no ID is typed: as many zones as wanted (fewer if the VPC has fewer usable ones), those
 * whose best vSwitch has the most free IPs first, each with that vSwitch.
 */
export function defaultZoneChoices(
  vSwitches: readonly VSwitchOption[],
  regionZones: readonly string[],
): ZoneChoice[] {
  return usableZones(vSwitches, regionZones)
    .map((zoneId) => bestIn(vSwitches, zoneId))
    .filter((s): s is VSwitchOption => s !== undefined)
    .sort((a, b) => (b.freeIps ?? 0) - (a.freeIps ?? 0) || a.zoneId.localeCompare(b.zoneId))
    .slice(0, zonesWanted(regionZones))
    .map((s) => ({ zoneId: s.zoneId, vSwitchId: s.vSwitchId }));
}

/**
 * Everything that stops the choices from being sent, each naming the choice it is about. A region with several
 * zones needs a second zone only where the VPC has a usable vSwitch in another zone; otherwise
 * `singleZoneRisk` says the attachment rests on one zone (the screen says so and why).
 */
export function checkZoneChoices(
  choices: readonly ZoneChoice[],
  vSwitches: readonly VSwitchOption[],
  regionZones: readonly string[],
): ZoneProblem[] {
  const problems: ZoneProblem[] = [];
  if (choices.length === 0) problems.push({ kind: 'none-chosen' });
  if (choices.length > MAX_ZONE_MAPPINGS) problems.push({ kind: 'too-many', count: choices.length });
  const seen = new Set<string>();
  choices.forEach((c, index) => {
    const vsw = vSwitches.find((s) => s.vSwitchId === c.vSwitchId);
    if (!vsw) problems.push({ kind: 'unknown-vswitch', index, vSwitchId: c.vSwitchId });
    else if (!usable(vsw)) problems.push({ kind: 'no-free-ip', index, vSwitchId: c.vSwitchId });
    const zoneId = vsw?.zoneId ?? c.zoneId;
    if (!regionZones.includes(zoneId)) problems.push({ kind: 'zone-unavailable', index, zoneId });
    if (seen.has(zoneId)) problems.push({ kind: 'same-zone', index, zoneId });
    seen.add(zoneId);
  });
  const others = usableZones(vSwitches, regionZones).filter((z) => !seen.has(z));
  if (zonesWanted(regionZones) === 2 && seen.size === 1 && choices.length === 1 && others.length > 0)
    problems.push({ kind: 'second-zone-needed', zoneIds: others });
  return problems;
}

/** The region has several zones but the VPC can be mapped in one only: one zone's failure would cut it off. */
export function singleZoneRisk(
  choices: readonly ZoneChoice[],
  vSwitches: readonly VSwitchOption[],
  regionZones: readonly string[],
): boolean {
  return (
    zonesWanted(regionZones) === 2 &&
    new Set(choices.map((c) => c.zoneId)).size === 1 &&
    usableZones(vSwitches, regionZones).length <= 1
  );
}
