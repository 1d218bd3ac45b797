// The Bandwidth of the Enterprise-Edition connection between the two regions' transit routers
// (CreateTransitRouterPeerAttachment, docs/reference/enterprise-edition.md §2 step 8): the cap under DataTransfer,
// the share of the bandwidth plan under BandwidthPackage — where the plan's budget rule of Basic Edition applies
// (bandwidth.ts checkInterRegionLimit: regions inside the plan's areas, the sum of its connections ≤ its total).
import { z } from 'zod';
import { checkInterRegionLimit, LIMIT_MIN, type LimitProblem, type PackageBudget } from './bandwidth';

/**
 * The catalogue's bound for the peer attachment's Bandwidth (openapi/cbn-transit-attachment-actions.ts). The real
 * maximum under DataTransfer is not in the reference (UNCONFIRMED); the cloud may refuse less with
 * IllegalParam.Bandwidth or QuotaExceeded.Bandwidth (§2 step 8), which the console shows as it comes.
 */
export const PEER_BANDWIDTH_MAX = 100_000;
export const PEER_BANDWIDTH_RULE = `Bandwidth must be a whole number of Mbps from ${LIMIT_MIN} to ${PEER_BANDWIDTH_MAX}.`;

export const peerBandwidthSchema = z
  .number({ error: 'Enter the bandwidth in Mbps.' })
  .int({ error: PEER_BANDWIDTH_RULE })
  .min(LIMIT_MIN, { error: PEER_BANDWIDTH_RULE })
  .max(PEER_BANDWIDTH_MAX, { error: PEER_BANDWIDTH_RULE });

export type PeerPayBy = 'DataTransfer' | 'BandwidthPackage';

/**
 * What is wrong with `bandwidth` for the connection between `regionA` and `regionB`, or null. Under
 * BandwidthPackage the plan's budget is required: without it the share cannot be checked ('no-package').
 */
export function checkPeerBandwidth(
  payBy: PeerPayBy,
  bandwidth: number,
  regionA: string,
  regionB: string,
  budget?: PackageBudget,
): LimitProblem | { kind: 'no-package' } | { kind: 'rule'; message: string } | null {
  const parsed = peerBandwidthSchema.safeParse(bandwidth);
  if (!parsed.success)
    return { kind: 'rule', message: parsed.error.issues[0]?.message ?? PEER_BANDWIDTH_RULE };
  if (payBy === 'DataTransfer') return null;
  if (!budget) return { kind: 'no-package' };
  return checkInterRegionLimit(budget, regionA, regionB, bandwidth);
}
