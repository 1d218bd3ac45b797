// Choices a step's form holds before it sends anything (the CEN name, the package, the bandwidth of a region
// connection). The progress store only keeps what was sent, so without these the preview shows those calls as
// blocked ("Enter the CEN name in step 1"). Steps 1, 4 and 5 publish their form's values here as the user types
// (usePublishDraft; step 3 on Enterprise Edition its zones), so the preview shows the exact parameters before the click; nothing here is ever sent by
// itself. Only values that pass the form's rules are published: an invalid field is published as its rule's
// message instead, which the preview shows as the reason the call is blocked.
import { useEffect, useSyncExternalStore } from 'react';
import type { ZoneChoice } from '../../domain/plan/enterprise-zones';
import type { AreaRequestId } from '../../domain/regions';

export interface PlanDraft {
  cen?: { name: string; description?: string };
  bandwidthPackage?: {
    areaA: AreaRequestId;
    areaB: AreaRequestId;
    bandwidth: number;
    name: string;
    pricingCycle: 'Month' | 'Year';
    period: number;
  };
  limit?: { localRegionId: string; oppositeRegionId: string; bandwidthLimit: number };
  /** Step 3 on Enterprise Edition: the zone → vSwitch mappings chosen for A's and for B's VPC attachment. */
  zonesA?: ZoneChoice[];
  zonesB?: ZoneChoice[];
  /** Why a part is missing although the user typed something: the first broken field rule, in the form's words. */
  problems?: Partial<Record<DraftPart, string>>;
}

export type DraftPart = 'cen' | 'bandwidthPackage' | 'limit' | 'zonesA' | 'zonesB';

/** A form's state for the preview: valid values, the rule a typed value breaks, or nothing chosen yet. */
export type DraftState<K extends DraftPart> =
  { value: NonNullable<PlanDraft[K]> } | { problem: string } | undefined;

let draft: PlanDraft = {};
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

export function publishPlanDraft(change: Partial<PlanDraft>): void {
  draft = { ...draft, ...change };
  emit();
}

/** Replaces one part (and its problem); no render when nothing changed, since forms publish on every keystroke. */
export function publishDraftPart<K extends DraftPart>(part: K, state: DraftState<K>): void {
  const value = state && 'value' in state ? state.value : undefined;
  const problem = state && 'problem' in state ? state.problem : undefined;
  if (JSON.stringify(draft[part]) === JSON.stringify(value) && draft.problems?.[part] === problem) return;
  const { [part]: _oldProblem, ...otherProblems } = draft.problems ?? {};
  const { [part]: _oldValue, problems: _problems, ...rest } = draft;
  draft = {
    ...rest,
    ...(value ? { [part]: value } : {}),
    ...(problem || Object.keys(otherProblems).length > 0
      ? { problems: { ...otherProblems, ...(problem ? { [part]: problem } : {}) } }
      : {}),
  };
  emit();
}

export function clearPlanDraft(): void {
  draft = {};
  emit();
}

export function usePlanDraft(): PlanDraft {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => draft,
    () => draft,
  );
}

/**
 * A step's form feeds one part of the draft while it is on screen: on every change of `state`, and cleared when
 * the form goes away (its values go with it: another step opened, the write succeeded, a reset or a teardown).
 */
export function usePublishDraft<K extends DraftPart>(part: K, state: DraftState<K>): void {
  // Compared by content: the caller builds a new object on every render.
  const key = JSON.stringify(state ?? null);
  useEffect(() => {
    publishDraftPart(part, (JSON.parse(key) as DraftState<K> | null) ?? undefined);
  }, [part, key]);
  useEffect(() => () => publishDraftPart(part, undefined), [part]);
}
