// Choices a step's form holds before it sends anything (the CEN name, the package, the bandwidth of a region
// connection). The progress store only keeps what was sent, so without these the preview shows those calls as
// blocked ("Enter the CEN name in step 1"). A step may publish its form's values here (publishPlanDraft) so the
// preview shows the exact parameters before the click; nothing here is ever sent by itself.
import { useSyncExternalStore } from 'react';
import type { AreaRequestId } from '../../domain/regions';

export interface PlanDraft {
  cen?: { name?: string; description?: string };
  bandwidthPackage?: {
    areaA: AreaRequestId;
    areaB: AreaRequestId;
    bandwidth: number;
    name: string;
    pricingCycle: 'Month' | 'Year';
    period: number;
  };
  limit?: { localRegionId: string; oppositeRegionId: string; bandwidthLimit: number };
}

let draft: PlanDraft = {};
const listeners = new Set<() => void>();

export function publishPlanDraft(change: Partial<PlanDraft>): void {
  draft = { ...draft, ...change };
  for (const l of listeners) l();
}

export function clearPlanDraft(): void {
  draft = {};
  for (const l of listeners) l();
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
