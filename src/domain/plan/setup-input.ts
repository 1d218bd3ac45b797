// What planSetup needs: the user's choices so far and what the cloud already shows. A plain object the console
// builds from its progress store (cenId, network, bandwidthPackageId, clientTokens) and its Describe* queries.
// Everything the user has not chosen yet may be left out: the calls that need it come back 'blocked' with a reason,
// so the preview works from the first screen on.
import { z } from 'zod';
import { areaRequestIdSchema } from '../regions';
import { accountNameSchema } from '../accounts';

/** An account UID as the console keeps it: digits, as a string (openapi/wire-values.ts says why). */
export const accountUidSchema = z
  .string()
  .regex(/^\d{1,20}$/, { error: 'An account UID is a string of digits.' });

export const networkInputSchema = z.object({
  /** Who owns it: A's own network is attached in tutorial step 1, B's needs B's grant (steps 2 and 3). */
  owner: accountNameSchema,
  type: z.enum(['VPC', 'VBR']),
  regionId: z.string().min(1),
  instanceId: z.string().min(1),
  /** B's grant to this CEN is listed by Vpc.DescribeGrantRulesToCen. Ignored for A's own networks. */
  granted: z.boolean().optional(),
  /** Status in Cbn.DescribeCenAttachedChildInstances for this CEN; undefined when not listed. */
  attachment: z.string().optional(),
});
export type NetworkInput = z.infer<typeof networkInputSchema>;

export const packageInputSchema = z.object({
  areaA: areaRequestIdSchema,
  areaB: areaRequestIdSchema,
  bandwidth: z.number(),
  name: z.string(),
  /**
   * The purchase period (prepaid only). Undefined when unknown: DescribeCenBandwidthPackages lists a package's
   * charge type and ExpiredTime but not the period it was bought for (docs/reference/cen-api.md §2 step 4), so only the step that
   * bought it knows; for a package bought elsewhere and adopted the exports say "unknown" instead of guessing.
   */
  pricingCycle: z.enum(['Month', 'Year']).optional(),
  period: z.number().optional(),
  /** Set when bought (or an Idle package adopted). */
  id: z.string().optional(),
  /** Status in Cbn.DescribeCenBandwidthPackages: Idle, InUse (docs/reference/cen-api.md §3). */
  status: z.string().optional(),
  /** CenIds.CenId of that package. */
  cenIds: z.array(z.string()).optional(),
  /** BandwidthPackageChargeType as listed; the console buys PREPAY (docs/reference/cen-api.md §2 step 4). */
  chargeType: z.enum(['PREPAY', 'POSTPAY']).optional(),
  /** ExpiredTime as listed (minute-precision UTC, docs/reference/cen-api.md §2 step 4): what the cloud does say about the term. */
  expiredTime: z.string().optional(),
});
export type PackageInput = z.infer<typeof packageInputSchema>;

export const limitInputSchema = z.object({
  localRegionId: z.string().min(1),
  oppositeRegionId: z.string().min(1),
  bandwidthLimit: z.number(),
  /** As listed by Cbn.DescribeCenInterRegionBandwidthLimits (pair in either order), when it exists. */
  current: z.object({ bandwidthLimit: z.number(), status: z.string() }).optional(),
});
export type LimitInput = z.infer<typeof limitInputSchema>;

export const setupInputSchema = z.object({
  accounts: z.object({
    A: z.object({ uid: accountUidSchema.optional() }),
    B: z.object({ uid: accountUidSchema.optional() }),
  }),
  cen: z.object({
    name: z.string().optional(),
    description: z.string().optional(),
    /** Set once created (or adopted). */
    id: z.string().optional(),
    /** Status in Cbn.DescribeCens: Creating, Active… */
    status: z.string().optional(),
  }),
  networks: z.array(networkInputSchema),
  bandwidthPackage: packageInputSchema.optional(),
  limits: z.array(limitInputSchema),
  /** progress-store's clientTokens: purpose → token. */
  clientTokens: z.record(z.string(), z.string()),
});
export type SetupInput = z.infer<typeof setupInputSchema>;
