// The setup plan the console runs, from the same progress and queries the steps use (issue 7 "Plan preview":
// "the same plan the console executes, not a description of it").
import { useMemo } from 'react';
import type { Plan } from '../../domain/plan/plan-types';
import { planSetup } from '../../domain/plan/setup-plan';
import { useCloudSnapshot, type CloudSnapshot } from './cloud-snapshot';
import { usePlanDraft, type PlanDraft } from './plan-draft';
import { setupInputFrom, UNCHOSEN_LIMIT } from './setup-input-from';

export const CHOOSE_BANDWIDTH = 'Choose the bandwidth of this region connection in step 5.';

export function setupPlanFrom(
  snapshot: Omit<CloudSnapshot, 'loaded' | 'fetching' | 'vpcs'>,
  draft: PlanDraft,
): Plan {
  const input = setupInputFrom(snapshot, draft);
  const plan = planSetup(input);
  const unchosen = new Set(
    input.limits
      .filter((l) => l.bandwidthLimit === UNCHOSEN_LIMIT)
      .map((l) => `limit:${[l.localRegionId, l.oppositeRegionId].sort().join(':')}`),
  );
  if (unchosen.size === 0) return plan;
  // planSetup reads 0 Mbps as "remove the connection"; here it only means nobody has chosen a bandwidth yet.
  return {
    ...plan,
    calls: plan.calls.map((c) => {
      if (!unchosen.has(c.id) || c.status !== 'blocked') return c;
      const { LocalRegionId: a, OppositeRegionId: b } = c.params as Record<string, string>;
      return {
        ...c,
        // Shown, never sent (the call is blocked): the bandwidth is the user's choice in step 5.
        params: { ...c.params, BandwidthLimit: '{{bandwidthLimit}}' },
        summary: `Account A sets the bandwidth between ${a} and ${b} (chosen in step 5)`,
        ...(c.reason?.startsWith('Needs the bandwidth package') ? {} : { reason: CHOOSE_BANDWIDTH }),
      };
    }),
  };
}

export function useSetupPlan(): { plan: Plan; snapshot: CloudSnapshot } {
  const snapshot = useCloudSnapshot();
  const draft = usePlanDraft();
  const plan = useMemo(() => setupPlanFrom(snapshot, draft), [snapshot, draft]);
  return { plan, snapshot };
}
