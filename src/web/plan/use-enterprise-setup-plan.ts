// The Enterprise-Edition setup plan the console runs (domain/plan/enterprise-setup-plan.ts), from the same progress
// and queries the steps use (state/enterprise-snapshot.ts): the preview shows the plan the steps send, not a
// description of it. The Basic journey's counterpart is use-setup-plan.ts.
import { useMemo } from 'react';
import { ENTERPRISE_CALL_ID } from '../../domain/plan/enterprise-setup-calls';
import { planEnterpriseSetup } from '../../domain/plan/enterprise-setup-plan';
import type { Plan, PlannedCall } from '../../domain/plan/plan-types';
import { useEnterpriseSnapshot, type EnterpriseSources } from '../state/enterprise-snapshot';
import { enterpriseSetupInputFrom, UNCHOSEN_BANDWIDTH } from './enterprise-setup-input-from';
import { usePlanDraft, type PlanDraft } from './plan-draft';

export const CHOOSE_PEER_BANDWIDTH = 'Choose the bandwidth of the connection between the regions in step 5.';
export const CHOOSE_PLAN = 'Choose the bandwidth plan in step 4.';

export function enterpriseSetupPlanFrom(sources: EnterpriseSources, draft: PlanDraft): Plan {
  const input = enterpriseSetupInputFrom(sources, draft);
  const plan = planEnterpriseSetup(input);
  const fix = (c: PlannedCall): PlannedCall => {
    if (c.status !== 'blocked') return c;
    if (c.id === 'create-cen' && !input.cen.name && draft.problems?.cen)
      return { ...c, reason: `Step 1: ${draft.problems.cen}` };
    for (const side of ['A', 'B'] as const) {
      const problem = draft.problems?.[side === 'A' ? 'zonesA' : 'zonesB'];
      if (c.id === ENTERPRISE_CALL_ID.attach(side) && problem) return { ...c, reason: `Step 3: ${problem}` };
    }
    if (c.id !== ENTERPRISE_CALL_ID.peer || input.peer.id) return c;
    // The plan reads "no payment" as "choose how it is paid"; with a bandwidth plan chosen, it is the plan to buy.
    if (!input.payment && sources.interRegionPayBy === 'BandwidthPackage')
      return { ...c, reason: CHOOSE_PLAN };
    // planEnterpriseSetup reads 0 Mbps as too little; here it only means nobody has chosen a bandwidth yet.
    if (input.payment?.bandwidth === UNCHOSEN_BANDWIDTH && c.reason?.includes('at least 1 Mbps'))
      return {
        ...c,
        // Shown, never sent (the call is blocked): the bandwidth is the user's choice in step 5.
        params: { ...c.params, Bandwidth: '{{bandwidth}}' },
        reason: CHOOSE_PEER_BANDWIDTH,
      };
    return c;
  };
  return { ...plan, calls: plan.calls.map(fix) };
}

/** `enabled` false (the Basic journey): no query is sent and the plan is of nothing. */
export function useEnterpriseSetupPlan(enabled = true): { plan: Plan; loaded: boolean } {
  // The preview reads only what the plan uses (no packages before a bandwidth plan is chosen).
  const snapshot = useEnterpriseSnapshot(enabled, undefined, true);
  const draft = usePlanDraft();
  const plan = useMemo(() => enterpriseSetupPlanFrom(snapshot, draft), [snapshot, draft]);
  return { plan, loaded: snapshot.loaded };
}
