// The full schema of the saved progress (progress-store.ts). Loaded lazily with the reconcile step, which
// validates what the first paint read from localStorage and drops anything stale or hand-edited.
import { z } from 'zod';
import { routeChoiceSchema } from '../../domain/plan/enterprise-setup-input';

const stepStateSchema = z.object({
  status: z.enum(['wait', 'process', 'finish', 'error']),
  /** Epoch ms when the current asynchronous wait began (for "in progress, 12 s"). */
  since: z.number().optional(),
  reason: z.string().optional(),
});
export type StepState = z.infer<typeof stepStateSchema>;

const networkSchema = z.object({
  type: z.enum(['VPC', 'VBR']),
  regionId: z.string(),
  instanceId: z.string(),
});
export type NetworkRef = z.infer<typeof networkSchema>;

export const progressSchema = z.object({
  version: z.literal(1),
  /**
   * The mock cloud's world this progress was made in (GET /api/mock/world; mocks/control-api.ts): a restart or a
   * reset of the mock makes a new world whose IDs may repeat the old ones for other resources, so saved progress of
   * another world is never matched with it (app/reconcile.tsx). Absent in live mode and in progress saved before
   * worlds had names: then the saved CEN is looked up before the progress is taken as this world's.
   */
  worldId: z.string().optional(),
  current: z.number().int().min(0).max(5),
  cenId: z.string().optional(),
  /** Account B's network handed from step 1 or 2 to step 3. */
  network: networkSchema.optional(),
  /** Account A's own network chosen in step 1 ("Attach a network", Current Account), attached once the CEN is Active. */
  ownNetwork: networkSchema.optional(),
  /** The package bought in step 4, for step 5. */
  bandwidthPackageId: z.string().optional(),
  /**
   * The purchase period step 4 sent for the package it bought: DescribeCenBandwidthPackages does not list it
   * (docs/reference/cen-api.md §2 step 4), and the exports need the real one.
   */
  packageTerm: z
    .object({ id: z.string(), pricingCycle: z.enum(['Month', 'Year']), period: z.number().int() })
    .optional(),
  /**
   * Which CEN edition the journey runs on, decided in step 1 (api/edition.ts): Basic (the tutorial's calls) or
   * Enterprise (transit routers, docs/reference/enterprise-edition.md §1). Absent in progress saved before editions
   * were told apart, which was always Basic.
   */
  edition: z
    .object({
      name: z.enum(['Basic', 'Enterprise']),
      /** Why, as step 1 says it: the CEN's routers, the account's refusal of Basic (mock), or the live default. */
      reason: z.enum(['routers', 'basic-refused', 'basic-allowed', 'live']),
    })
    .optional(),
  /**
   * Step 2 on Enterprise: who pays for the connection of B's VPC, the OrderType B grants it with
   * (GrantInstanceToTransitRouter, docs/reference/enterprise-edition.md §2 step 3); the plan's grant.orderType.
   */
  grantOrderType: z.enum(['PayByCenOwner', 'PayByResourceOwner']).optional(),
  /** Step 4 on Enterprise: how the routers' inter-region connection is paid (§2 step 8). */
  interRegionPayBy: z.enum(['DataTransfer', 'BandwidthPackage']).optional(),
  /**
   * Step 5 on Enterprise: how each VPC reaches its attachment — a route entry made by the VPC's owner, or the
   * routers publishing their routes (docs/reference/enterprise-edition.md §2 step 10). Absent until chosen.
   */
  routes: routeChoiceSchema.optional(),
  clientTokens: z.record(z.string(), z.string()),
  steps: z.record(z.string(), stepStateSchema),
});
export type Progress = z.infer<typeof progressSchema>;
