// What each write waits for, and how to see it: the Describe* call, the list our item is in, and the status that
// ends the wait. Statuses and lists: docs/reference/cen-api.md §3 and §7. Timeouts are terraform-provider-alicloud's defaults for
// the matching resource (docs/reference/cen-api.md §3 / docs/reference/peer-failures.md §1.1); the poll interval is its 5 s state-wait delay.
import { materialize, type Ref } from './call-builder';
import type { WaitFor } from './plan-types';

const INTERVAL_MS = 5_000;
export const MIN = 60_000;

/** A wait as its builders write it: outputs (Refs) may stand in params and match; the poll interval is fixed. */
export type WaitSpec = Omit<WaitFor, 'refs' | 'params' | 'match' | 'intervalMs'> & {
  params: Record<string, unknown>;
  match: Record<string, string | Ref>[];
};

export function wait(spec: WaitSpec): WaitFor {
  const { params: both, refs } = materialize({ params: spec.params, match: spec.match });
  return {
    ...spec,
    params: both.params as Record<string, unknown>,
    match: both.match as Record<string, string>[],
    refs,
    intervalMs: INTERVAL_MS,
  };
}

/** CEN: Creating → Active; gone after DeleteCen (DescribeCens with a CenId filter answers an empty list). */
export const cenWait = (cen: Ref, until: WaitFor['until']): WaitFor =>
  wait({
    poll: 'Cbn.DescribeCens',
    account: 'A',
    params: { Filter: [{ Key: 'CenId', Value: [cen] }] },
    list: ['Cens', 'Cen'],
    match: [{ CenId: cen }],
    field: 'Status',
    until,
    timeoutMs: 5 * MIN,
  });

/**
 * Child instance: Attaching → Attached; gone after detach. The list action rather than
 * DescribeCenAttachedChildInstanceAttribute (which TF polls) because the list answers "gone" with an empty page
 * instead of a 404 ParameterError (docs/reference/cen-api.md §2 step 3).
 */
export const childWait = (
  cen: Ref,
  child: { instanceId: string; regionId: string; type: string },
  until: WaitFor['until'],
): WaitFor =>
  wait({
    poll: 'Cbn.DescribeCenAttachedChildInstances',
    account: 'A',
    params: { CenId: cen, ChildInstanceRegionId: child.regionId, PageSize: 50 },
    list: ['ChildInstances', 'ChildInstance'],
    match: [{ ChildInstanceId: child.instanceId }],
    field: 'Status',
    until,
    timeoutMs: 10 * MIN,
  });

/** Bandwidth package: Idle after purchase, InUse once associated, Idle again after unassociating. */
export const packageWait = (pkg: Ref | string, until: WaitFor['until'], timeoutMs = 11 * MIN): WaitFor =>
  wait({
    poll: 'Cbn.DescribeCenBandwidthPackages',
    account: 'A',
    params: { Filter: [{ Key: 'CenBandwidthPackageId', Value: [pkg] }] },
    list: ['CenBandwidthPackages', 'CenBandwidthPackage'],
    match: [{ CenBandwidthPackageId: pkg }],
    field: 'Status',
    until,
    timeoutMs,
  });

/** Region connection: Modifying → Active; gone after setting 0. The API may list the pair either way round. */
export const limitWait = (cen: Ref, a: string, b: string, until: WaitFor['until']): WaitFor =>
  wait({
    poll: 'Cbn.DescribeCenInterRegionBandwidthLimits',
    account: 'A',
    params: { CenId: cen, PageSize: 50 },
    list: ['CenInterRegionBandwidthLimits', 'CenInterRegionBandwidthLimit'],
    match: [
      { LocalRegionId: a, OppositeRegionId: b },
      { LocalRegionId: b, OppositeRegionId: a },
    ],
    field: 'Status',
    until,
    timeoutMs: 10 * MIN,
  });

/** B's grant has no status; after revoking, wait until B's grant list no longer names the CEN (TF waits 60 s). */
export const grantGoneWait = (
  cenId: string,
  network: { instanceId: string; regionId: string; type: string },
): WaitFor =>
  wait({
    poll: 'Vpc.DescribeGrantRulesToCen',
    account: 'B',
    params: {
      RegionId: network.regionId,
      InstanceId: network.instanceId,
      InstanceType: network.type,
      PageSize: 50,
    },
    list: ['CenGrantRules', 'CbnGrantRule'],
    match: [{ CenInstanceId: cenId }],
    field: 'CenInstanceId',
    until: 'gone',
    timeoutMs: 1 * MIN,
  });
