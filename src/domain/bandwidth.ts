// Bandwidth package (plan) and inter-region limit rules. docs/reference/cen-api.md §5:
// plan bandwidth 2–10000 Mbit/s; Period Month 1, 2, 3, 6 or Year 1, 2, 3; a limit is ≥1 (0 deletes it),
// ≤ the plan, and the sum of the plan's limits ≤ the plan (the "budget").
import { z } from 'zod';
import { areaRequestIdSchema, areaOf, regionsFitAreas, type AreaId } from './regions';

export const PACKAGE_BANDWIDTH_MIN = 2;
export const PACKAGE_BANDWIDTH_MAX = 10000;

export const PACKAGE_BANDWIDTH_RULE = `Bandwidth must be a whole number of Mbps from ${PACKAGE_BANDWIDTH_MIN} to ${PACKAGE_BANDWIDTH_MAX}.`;

export const packageBandwidthSchema = z
  .number({ error: PACKAGE_BANDWIDTH_RULE })
  .int({ error: PACKAGE_BANDWIDTH_RULE })
  .min(PACKAGE_BANDWIDTH_MIN, { error: PACKAGE_BANDWIDTH_RULE })
  .max(PACKAGE_BANDWIDTH_MAX, { error: PACKAGE_BANDWIDTH_RULE });

// Bandwidth package name (META, current en-US): 2–128, letters/digits/_/-, starting with a letter.
export const PACKAGE_NAME_RULE =
  'The package name must be 2–128 characters: English letters, digits, hyphens or underscores, starting with a letter.';
export const packageNameSchema = z
  .string()
  .min(2, { error: PACKAGE_NAME_RULE })
  .max(128, { error: PACKAGE_NAME_RULE })
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { error: PACKAGE_NAME_RULE });

/** The tutorial's Purchase Period choices: 1, 2, 3, 6 months; 1, 2, 3 years. */
export const PURCHASE_PERIODS = [
  { pricingCycle: 'Month', period: 1 },
  { pricingCycle: 'Month', period: 2 },
  { pricingCycle: 'Month', period: 3 },
  { pricingCycle: 'Month', period: 6 },
  { pricingCycle: 'Year', period: 1 },
  { pricingCycle: 'Year', period: 2 },
  { pricingCycle: 'Year', period: 3 },
] as const;

export const pricingCycleSchema = z.enum(['Month', 'Year']);
export const PERIOD_RULE = 'Purchase period must be 1, 2, 3 or 6 months, or 1, 2 or 3 years.';

export function isValidPeriod(pricingCycle: 'Month' | 'Year', period: number): boolean {
  return PURCHASE_PERIODS.some((p) => p.pricingCycle === pricingCycle && p.period === period);
}

export const bandwidthPackageInputSchema = z
  .object({
    cenId: z.string().min(1, { error: 'Choose the CEN instance.' }),
    areaA: areaRequestIdSchema,
    areaB: areaRequestIdSchema,
    bandwidth: packageBandwidthSchema,
    name: packageNameSchema,
    pricingCycle: pricingCycleSchema,
    period: z.number().int(),
  })
  .refine((v) => isValidPeriod(v.pricingCycle, v.period), { error: PERIOD_RULE, path: ['period'] });
export type BandwidthPackageInput = z.infer<typeof bandwidthPackageInputSchema>;

export const LIMIT_MIN = 1;

export interface PackageBudget {
  areaA: AreaId;
  areaB: AreaId;
  /** Mbit/s */
  total: number;
  /** Existing limits carried by this package; the pair being set is excluded by the caller or matched here. */
  limits: readonly { localRegionId: string; oppositeRegionId: string; bandwidthLimit: number }[];
}

export function samePair(a1: string, b1: string, a2: string, b2: string): boolean {
  return (a1 === a2 && b1 === b2) || (a1 === b2 && b1 === a2);
}

/** Mbit/s already allocated by other connections than the pair (local, opposite). */
export function allocatedExcluding(budget: PackageBudget, local: string, opposite: string): number {
  return budget.limits
    .filter((l) => !samePair(l.localRegionId, l.oppositeRegionId, local, opposite))
    .reduce((sum, l) => sum + l.bandwidthLimit, 0);
}

export type LimitProblem =
  | { kind: 'same-region' }
  | { kind: 'unknown-region'; regionId: string }
  | { kind: 'outside-areas'; local: string; opposite: string }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'over-budget'; requested: number; allocated: number; total: number; remaining: number };

/**
 * Checks one inter-region limit against its package: regions inside the package's two areas, 1 ≤ limit ≤ total,
 * and the sum of the package's limits ≤ total (docs/reference/cen-api.md §2 step 5, §5).
 * A limit of 0 deletes the connection and is always within budget.
 */
export function checkInterRegionLimit(
  budget: PackageBudget,
  local: string,
  opposite: string,
  bandwidthLimit: number,
): LimitProblem | null {
  if (local === opposite) return { kind: 'same-region' };
  for (const id of [local, opposite]) if (!areaOf(id)) return { kind: 'unknown-region', regionId: id };
  if (!regionsFitAreas(local, opposite, budget.areaA, budget.areaB))
    return { kind: 'outside-areas', local, opposite };
  if (bandwidthLimit === 0) return null;
  if (!Number.isInteger(bandwidthLimit) || bandwidthLimit < LIMIT_MIN || bandwidthLimit > budget.total)
    return { kind: 'range', min: LIMIT_MIN, max: budget.total };
  const allocated = allocatedExcluding(budget, local, opposite);
  if (allocated + bandwidthLimit > budget.total)
    return {
      kind: 'over-budget',
      requested: bandwidthLimit,
      allocated,
      total: budget.total,
      remaining: budget.total - allocated,
    };
  return null;
}

export function describeLimitProblem(problem: LimitProblem): string {
  switch (problem.kind) {
    case 'same-region':
      return 'Choose two different regions.';
    case 'unknown-region':
      return `Region ${problem.regionId} is not in the CEN area catalogue.`;
    case 'outside-areas':
      return `The regions ${problem.local} and ${problem.opposite} do not belong to the bandwidth package's interconnected areas.`;
    case 'range':
      return `Bandwidth must be a whole number from ${problem.min} to ${problem.max} Mbps (the package's total).`;
    case 'over-budget':
      return `Only ${problem.remaining} Mbps of the package's ${problem.total} Mbps is left (${problem.allocated} Mbps is allocated to other region connections); ${problem.requested} Mbps is too much.`;
  }
}
