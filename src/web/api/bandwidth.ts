// Bandwidth packages and region connections (cen-api.md §2 steps 4–5).
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { areaIdSchema, type AreaRequestId } from '../../domain/regions';
import { callAction } from './client';
import { readAllPages } from './paging';
import { POLL_MS } from './cen';

const packageView = z.object({
  CenBandwidthPackageId: z.string(),
  Name: z.string().optional(),
  Status: z.string(),
  Bandwidth: z.number(),
  GeographicRegionAId: areaIdSchema,
  GeographicRegionBId: areaIdSchema,
  BandwidthPackageChargeType: z.string().optional(),
  ExpiredTime: z.string().optional(),
  CenIds: z.object({ CenId: z.array(z.string()) }).optional(),
});
export type BandwidthPackage = z.infer<typeof packageView>;

const packagesView = z.object({
  TotalCount: z.number(),
  CenBandwidthPackages: z.object({ CenBandwidthPackage: z.array(packageView) }),
});

/** Idle (bought, not associated) or InUse (associated) — cen-api.md §3. */
export function isPackageReady(p: BandwidthPackage | undefined): boolean {
  return p?.Status === 'Idle' || p?.Status === 'InUse';
}

export function isAssociatedWith(p: BandwidthPackage | undefined, cenId: string): boolean {
  return p?.Status === 'InUse' && (p.CenIds?.CenId.includes(cenId) ?? false);
}

function listPackages(filter: { Key: string; Value: string[] }[], signal: AbortSignal) {
  return readAllPages(async (PageNumber) => {
    const page = await callAction(
      'DescribeCenBandwidthPackages',
      { account: 'A', params: { Filter: filter, PageNumber, PageSize: 50 } },
      packagesView,
      signal,
    );
    return { totalCount: page.TotalCount, items: page.CenBandwidthPackages.CenBandwidthPackage };
  });
}

export const packageQueries = {
  all: ['bandwidth-packages'] as const,
  /** Account A's packages that are not associated with any CEN yet (they can be adopted). */
  idle: () =>
    queryOptions({
      queryKey: [...packageQueries.all, 'idle'] as const,
      queryFn: ({ signal }) => listPackages([{ Key: 'Status', Value: ['Idle'] }], signal),
    }),
  ofCen: (cenId: string) =>
    queryOptions({
      queryKey: [...packageQueries.all, 'cen', cenId] as const,
      queryFn: ({ signal }) => listPackages([{ Key: 'CenId', Value: [cenId] }], signal),
    }),
  /** One package, polled until it is ready (after buying) or associated with the CEN (after associating). */
  detail: (packageId: string, until: (p: BandwidthPackage | undefined) => boolean) =>
    queryOptions({
      queryKey: [...packageQueries.all, 'detail', packageId] as const,
      queryFn: async ({ signal }) =>
        (await listPackages([{ Key: 'CenBandwidthPackageId', Value: [packageId] }], signal))[0] ?? null,
      refetchInterval: (query) => (query.state.data === null || until(query.state.data) ? false : POLL_MS),
    }),
};

export interface BuyPackageRequest {
  areaA: AreaRequestId;
  areaB: AreaRequestId;
  bandwidth: number;
  name: string;
  pricingCycle: 'Month' | 'Year';
  period: number;
  clientToken: string;
}

export async function buyPackage(r: BuyPackageRequest): Promise<string> {
  const result = await callAction(
    'CreateCenBandwidthPackage',
    {
      account: 'A',
      params: {
        Bandwidth: r.bandwidth,
        GeographicRegionAId: r.areaA,
        GeographicRegionBId: r.areaB,
        // Subscription, paid at once (AutoPay like Terraform, cen-api.md §2 step 4) so the package exists.
        BandwidthPackageChargeType: 'PREPAY',
        PricingCycle: r.pricingCycle,
        Period: r.period,
        AutoPay: true,
        Name: r.name,
        ClientToken: r.clientToken,
      },
    },
    z.object({ CenBandwidthPackageId: z.string() }),
  );
  return result.CenBandwidthPackageId;
}

export async function associatePackage(cenId: string, packageId: string): Promise<void> {
  await callAction(
    'AssociateCenBandwidthPackage',
    { account: 'A', params: { CenId: cenId, CenBandwidthPackageId: packageId } },
    z.object({ RequestId: z.string() }),
  );
}

// ── Region connections (inter-region bandwidth limits) ───────────────────────────────────────────────

const limitView = z.object({
  LocalRegionId: z.string(),
  OppositeRegionId: z.string(),
  BandwidthLimit: z.number(),
  Status: z.string(),
  BandwidthPackageId: z.string().optional(),
  GeographicSpanId: z.string().optional(),
});
export type InterRegionLimit = z.infer<typeof limitView>;

const limitsView = z.object({
  TotalCount: z.number(),
  CenInterRegionBandwidthLimits: z.object({ CenInterRegionBandwidthLimit: z.array(limitView) }),
});

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
            limitsView,
            signal,
          );
          return {
            totalCount: page.TotalCount,
            items: page.CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit,
          };
        }),
      // Modifying → Active (cen-api.md §3).
      refetchInterval: (query) => (query.state.data?.some((l) => l.Status !== 'Active') ? POLL_MS : false),
    }),
};

export interface SetLimitRequest {
  cenId: string;
  localRegionId: string;
  oppositeRegionId: string;
  bandwidthLimit: number;
}

export async function setInterRegionLimit(r: SetLimitRequest): Promise<void> {
  await callAction(
    'SetCenInterRegionBandwidthLimit',
    {
      account: 'A',
      params: {
        CenId: r.cenId,
        LocalRegionId: r.localRegionId,
        OppositeRegionId: r.oppositeRegionId,
        BandwidthLimit: r.bandwidthLimit,
        BandwidthType: 'BandwidthPackage',
      },
    },
    z.object({ RequestId: z.string() }),
  );
}
