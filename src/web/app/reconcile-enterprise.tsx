// The reload check of an Enterprise-Edition journey (reconcile.tsx hands it the saved progress whose edition is
// Enterprise): the saved CEN, its routers, the VPC attachments and their links, the peer attachment and the VPC
// routes are read once through the Enterprise queries (state/enterprise-snapshot.ts), each step's state is
// recomputed from them (enterprise-step-states.ts; step 6's ping kept only while steps 1–5 are done), and the console opens the first step not done yet — as the
// Basic check does from its Describe* calls.
import { useEffect, useRef } from 'react';
import { enterpriseSetupPlanFrom } from '../plan/use-enterprise-setup-plan';
import { useEnterpriseSnapshot } from '../state/enterprise-snapshot';
import {
  progressStore,
  proposeCurrentStep,
  setStepState,
  type Progress,
  type StepState,
} from '../state/progress-store';
import { enterpriseStep6State, enterpriseStepStates } from './enterprise-step-states';

export function ReconcileEnterprise({
  saved,
  goneMeansOtherWorld,
  onGone,
  onDone,
}: {
  saved: Progress & { cenId: string };
  /** The world of the progress is unknown: a missing CEN says it is of another world (nothing is changed then). */
  goneMeansOtherWorld: boolean;
  onGone: () => void;
  onDone: () => void;
}) {
  const snapshot = useEnterpriseSnapshot(true, {
    cenId: saved.cenId,
    network: saved.network,
    ownNetwork: saved.ownNetwork,
    bandwidthPackageId: saved.bandwidthPackageId,
  });
  const done = useRef(false);
  useEffect(() => {
    if (!snapshot.loaded || done.current) return;
    done.current = true;
    if (goneMeansOtherWorld && snapshot.cen === null) {
      onGone();
      return;
    }
    const previous = progressStore.get().steps;
    const plan = enterpriseSetupPlanFrom(snapshot, {});
    const states = enterpriseStepStates(
      plan,
      snapshot.interRegionPayBy,
      snapshot.cen === null,
      previous,
      Date.now(),
    ).map((fallback, i): StepState => {
      const kept = previous[String(i + 1)];
      // An error the user has not retried yet stays visible; everything else follows the cloud.
      return kept?.status === 'error' && fallback.status !== 'finish' ? kept : fallback;
    });
    states.forEach((s, i) => setStepState((i + 1) as 1 | 2 | 3 | 4 | 5, s));
    const step6 = enterpriseStep6State(states, previous['6']);
    if (step6) setStepState(6, step6);
    const firstOpen = states.findIndex((s) => s.status !== 'finish');
    proposeCurrentStep(firstOpen === -1 ? 5 : firstOpen);
    onDone();
  }, [snapshot, goneMeansOtherWorld, onGone, onDone]);
  return null;
}
