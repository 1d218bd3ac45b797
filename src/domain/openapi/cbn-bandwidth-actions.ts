// Cbn (CEN, API version 2017-09-12): bandwidth packages, the areas they span, and the region connections drawn
// from them (docs/reference/cen-api.md §2 steps 4–5).
import { z } from 'zod';
import { cenDescriptionSchema } from '../cen';
import {
  PACKAGE_BANDWIDTH_MAX,
  PACKAGE_BANDWIDTH_MIN,
  isValidPeriod,
  PERIOD_RULE,
  packageNameSchema,
} from '../bandwidth';
import { areaIdSchema, areaRequestIdSchema } from '../regions';
import { clientToken, defineActions, list, ok, read, requestId, write } from './action-define';
import { id, regionId } from './param-limits';
import { filterSchema, pageParams, pagedResponse, wireBool, wireInt } from './wire-values';

const bandwidthPackage = z.looseObject({
  CenBandwidthPackageId: z.string(),
  Name: z.string().optional(),
  /** Idle (bought, not associated) or InUse (associated) — docs/reference/cen-api.md §3. */
  Status: z.string(),
  /** Mbit/s, a number here. */
  Bandwidth: z.number(),
  /** Lower case in responses: 'china', 'north-america', … (docs/reference/cen-api.md §2 step 4, §6.1). */
  GeographicRegionAId: areaIdSchema,
  GeographicRegionBId: areaIdSchema,
  GeographicSpanId: z.string().optional(),
  BandwidthPackageChargeType: z.string().optional(),
  BusinessStatus: z.string().optional(),
  CreationTime: z.string().optional(),
  ExpiredTime: z.string().optional(),
  CenIds: z.object({ CenId: z.array(z.string()) }).optional(),
  // The key is really spelled "Orgin…" and BandwidthLimit is a string here (docs/reference/cen-api.md §2 step 4).
  OrginInterRegionBandwidthLimits: z
    .object({
      OrginInterRegionBandwidthLimit: z.array(
        z.looseObject({
          LocalRegionId: z.string(),
          OppositeRegionId: z.string(),
          BandwidthLimit: z.string(),
        }),
      ),
    })
    .optional(),
});

const interRegionLimit = z.looseObject({
  CenId: z.string(),
  LocalRegionId: z.string(),
  OppositeRegionId: z.string(),
  /** Mbit/s, a number here (unlike the package listing). */
  BandwidthLimit: z.number(),
  /** Active or Modifying (docs/reference/cen-api.md §3). */
  Status: z.string(),
  GeographicSpanId: z.string().optional(),
  BandwidthPackageId: z.string().optional(),
});

// String limits: docs/reference/cen-api.md §5 "Parameter lengths".
const cenAndPackage = z.object({ CenId: id(), CenBandwidthPackageId: id() });

export const CBN_BANDWIDTH_ACTIONS = defineActions('Cbn', {
  // ── Step 4: bandwidth package ──────────────────────────────────────────────────────────────────────
  CreateCenBandwidthPackage: write({
    params: z
      .object({
        Bandwidth: wireInt(PACKAGE_BANDWIDTH_MIN, PACKAGE_BANDWIDTH_MAX),
        GeographicRegionAId: areaRequestIdSchema,
        GeographicRegionBId: areaRequestIdSchema,
        BandwidthPackageChargeType: z.enum(['PREPAY', 'POSTPAY']).optional(),
        PricingCycle: z.enum(['Month', 'Year']).optional(),
        Period: wireInt(1).optional(),
        AutoPay: wireBool.optional(),
        AutoRenew: wireBool.optional(),
        Name: packageNameSchema.optional(),
        Description: cenDescriptionSchema.optional(),
        ...clientToken,
      })
      .refine((p) => p.Period === undefined || isValidPeriod(p.PricingCycle ?? 'Month', p.Period), {
        error: PERIOD_RULE,
        path: ['Period'],
      }),
    response: z.looseObject({
      ...requestId,
      CenBandwidthPackageId: z.string(),
      CenBandwidthPackageOrderId: z.string().optional(),
    }),
  }),
  DescribeCenBandwidthPackages: read({
    params: z.object({ ...pageParams(50), Filter: filterSchema, IsOrKey: wireBool.optional() }),
    response: list('CenBandwidthPackages', 'CenBandwidthPackage', bandwidthPackage).extend(pagedResponse),
  }),
  AssociateCenBandwidthPackage: write({ params: cenAndPackage, response: ok }),
  UnassociateCenBandwidthPackage: write({ params: cenAndPackage, response: ok }),
  DescribeCenGeographicSpanRemainingBandwidth: read({
    params: z.object({
      CenId: id(),
      GeographicRegionAId: areaRequestIdSchema,
      GeographicRegionBId: areaRequestIdSchema,
      ...pageParams(50),
    }),
    response: z.looseObject({ ...requestId, RemainingBandwidth: z.number() }),
  }),
  DescribeGeographicRegionMembership: read({
    // Lower case here, unlike CreateCenBandwidthPackage (docs/reference/cen-api.md §2).
    params: z.object({ GeographicRegionId: areaIdSchema, ...pageParams(50) }),
    response: list('RegionIds', 'RegionId', z.object({ RegionId: z.string() })).extend(pagedResponse),
  }),
  // ── Step 5: region connections ─────────────────────────────────────────────────────────────────────
  SetCenInterRegionBandwidthLimit: write({
    params: z.object({
      CenId: id(),
      LocalRegionId: regionId(),
      OppositeRegionId: regionId(),
      BandwidthLimit: wireInt(0, PACKAGE_BANDWIDTH_MAX),
      BandwidthType: z.enum(['BandwidthPackage', 'DataTransfer']).optional(),
    }),
    response: ok,
  }),
  DescribeCenInterRegionBandwidthLimits: read({
    params: z.object({ CenId: id(), TrRegionId: regionId().optional(), ...pageParams(50) }),
    response: list('CenInterRegionBandwidthLimits', 'CenInterRegionBandwidthLimit', interRegionLimit).extend(
      pagedResponse,
    ),
  }),
});
