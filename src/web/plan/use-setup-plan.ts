// The setup plan the console runs, from the same progress and queries the steps use (the plan
// preview shows the same plan the console executes, not a description of it).
import { useMemo } from 'react';
import type { Plan, PlannedCall } from '../../domain/plan/plan-types';
import { limitCallId } from '../../domain/plan/setup-calls';
import { planSetup } from '../../domain/plan/setup-plan';
import { useCloudSnapshot, type CloudSnapshot } from '../state/cloud-snapshot';
import { usePlanDraft, type DraftPart, type PlanDraft } from './plan-draft';
import { setupInputFrom, UNCHOSEN_LIMIT } from './setup-input-from';

export const CHOOSE_BANDWIDTH = 'Choose the bandwidth of this region connection in step 5.';

/**
 * A call blocked because its step's form holds no valid value yet: when the user did type something, the field
 * rule it breaks says more than "enter the name" (plan-draft.ts publishes it instead of the invalid value).
 */
function withDraftProblem(call: PlannedCall, part: DraftPart, step: number, draft: PlanDraft): PlannedCall {
  const problem = draft.problems?.[part];
  return problem && call.status === 'blocked' ? { ...call, reason: `Step ${step}: ${problem}` } : call;
}

export function setupPlanFrom(
  snapshot: Omit<CloudSnapshot, 'loaded' | 'fetching' | 'vpcs'>,
  draft: PlanDraft,
): Plan {
  const input = setupInputFrom(snapshot, draft);
  const plan = planSetup(input);
  const unchosen = new Set(
    input.limits
      .filter((l) => l.bandwidthLimit === UNCHOSEN_LIMIT)
      .map((l) => limitCallId(l.localRegionId, l.oppositeRegionId)),
  );
  return {
    ...plan,
    calls: plan.calls.map((c) => {
      if (c.id === 'create-cen' && !input.cen.name) return withDraftProblem(c, 'cen', 1, draft);
      if (c.id === 'create-package' && !input.bandwidthPackage)
        return withDraftProblem(c, 'bandwidthPackage', 4, draft);
      if (!unchosen.has(c.id) || c.status !== 'blocked') return c;
      // planSetup reads 0 Mbps as "remove the connection"; here it only means nobody has chosen a bandwidth yet.
      const { LocalRegionId: a, OppositeRegionId: b } = c.params as Record<string, string>;
      const placeholder: PlannedCall = {
        ...c,
        // Shown, never sent (the call is blocked): the bandwidth is the user's choice in step 5.
        params: { ...c.params, BandwidthLimit: '{{bandwidthLimit}}' },
        summary: `Account A sets the bandwidth between ${a} and ${b} (chosen in step 5)`,
      };
      if (c.reason?.startsWith('Needs the bandwidth package')) return placeholder;
      return withDraftProblem({ ...placeholder, reason: CHOOSE_BANDWIDTH }, 'limit', 5, draft);
    }),
  };
}

export function useSetupPlan(): { plan: Plan; snapshot: CloudSnapshot } {
  const snapshot = useCloudSnapshot();
  const draft = usePlanDraft();
  const plan = useMemo(() => setupPlanFrom(snapshot, draft), [snapshot, draft]);
  return { plan, snapshot };
}
