// Bandwidth packages and region connections (docs/reference/cen-api.md §2 steps 4–5).
import { queryOptions } from '@tanstack/react-query';
import type { BandwidthPackageItem, InterRegionLimitItem } from '../../domain/openapi/response-items';
import { callAction } from './client';
import { readAllPages } from './paging';
import { pollEvery } from './cen';

export type BandwidthPackage = BandwidthPackageItem;

/** Idle (bought, not associated) or InUse (associated) — docs/reference/cen-api.md §3. */
export function isPackageReady(p: BandwidthPackage | undefined): boolean {
  return p?.Status === 'Idle' || p?.Status === 'InUse';
}

export function isAssociatedWith(p: BandwidthPackage | undefined, cenId: string): boolean {
  return p?.Status === 'InUse' && (p.CenIds?.CenId.includes(cenId) ?? false);
}

/** The packages associated with this CEN (what Filter CenId answers, docs/reference/cen-api.md §2 step 4). */
export function packagesOfCen(packages: readonly BandwidthPackage[], cenId: string): BandwidthPackage[] {
  return packages.filter((p) => p.CenIds?.CenId.includes(cenId) ?? false);
}

function listPackages(filter: { Key: string; Value: string[] }[], signal: AbortSignal) {
  return readAllPages(async (PageNumber) => {
    const page = await callAction(
      'DescribeCenBandwidthPackages',
      {
        account: 'A',
        params: { ...(filter.length > 0 ? { Filter: filter } : {}), PageNumber, PageSize: 50 },
      },
      signal,
    );
    return { totalCount: page.TotalCount, items: page.CenBandwidthPackages.CenBandwidthPackage };
  });
}

export const packageQueries = {
  all: ['bandwidth-packages'] as const,
  /**
   * Every package of Account A, read once for all the views below and the diagnosis (fewer API calls per run:
   * step 4, the plan, the preflight and the path check each filtered their own DescribeCenBandwidthPackages).
   */
  ofAccount: () =>
    queryOptions({
      queryKey: [...packageQueries.all, 'account'] as const,
      queryFn: ({ signal }) => listPackages([], signal),
    }),
  /**
   * Account A's packages that are not associated with any CEN yet (they can be adopted). A view of ofAccount:
   * `select` applies to useQuery only — fetchQuery callers get the whole list and filter it themselves.
   */
  idle: () =>
    queryOptions({
      ...packageQueries.ofAccount(),
      select: (packages) => packages.filter((p) => p.Status === 'Idle'),
    }),
  /** The packages associated with this CEN; a view of ofAccount (fetchQuery callers: packagesOfCen). */
  ofCen: (cenId: string) =>
    queryOptions({
      ...packageQueries.ofAccount(),
      select: (packages) => packagesOfCen(packages, cenId),
    }),
  /** One package, polled until it is ready (after buying) or associated with the CEN (after associating). */
  detail: (packageId: string, until: (p: BandwidthPackage | undefined) => boolean) =>
    queryOptions({
      queryKey: [...packageQueries.all, 'detail', packageId] as const,
      queryFn: async ({ signal, client }) => {
        const found =
          (await listPackages([{ Key: 'CenBandwidthPackageId', Value: [packageId] }], signal))[0] ?? null;
        // This read is the newest word on one package of ofAccount's list: put it there too, so the views of that
        // list (step 5's package, the plan) follow a buy or an association without reading the whole list again.
        const key = packageQueries.ofAccount().queryKey;
        client.setQueryData(
          key,
          (list) =>
            list && [...list.filter((p) => p.CenBandwidthPackageId !== packageId), ...(found ? [found] : [])],
          // The rest of the list is no newer than before.
          { updatedAt: client.getQueryState(key)?.dataUpdatedAt },
        );
        return found;
      },
      refetchInterval: (query) => pollEvery(query, query.state.data !== null && !until(query.state.data)),
    }),
};

// ── Region connections (inter-region bandwidth limits) ───────────────────────────────────────────────

export type InterRegionLimit = InterRegionLimitItem;

export const limitQueries = {
  all: ['inter-region-limits'] as const,
  ofCen: (cenId: string) =>
    queryOptions({
      queryKey: [...limitQueries.all, cenId] as const,
      queryFn: ({ signal }) =>
        readAllPages(async (PageNumber) => {
          const page = await callAction(
            'DescribeCenInterRegionBandwidthLimits',
            { account: 'A', params: { CenId: cenId, PageNumber, PageSize: 50 } },
            signal,
          );
          return {
            totalCount: page.TotalCount,
            items: page.CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit,
          };
        }),
      // Modifying → Active (docs/reference/cen-api.md §3).
      refetchInterval: (query) =>
        pollEvery(query, query.state.data?.some((l) => l.Status !== 'Active') ?? false),
    }),
};
