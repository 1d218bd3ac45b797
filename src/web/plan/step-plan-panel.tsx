// "What will be sent" under each step: the calls of that step still to make, from the same plan the whole-run view
// shows. A native <details>, so it opens with Enter/Space and screen readers announce it as expandable.
import { remainingCalls } from '../../domain/plan/plan-runner';
import { useFeatureText } from '../i18n/feature-text';
import { PlanCallList } from './plan-call-list';
import { PLAN_TEXT } from './plan-text';
import { useSetupPlan } from './use-setup-plan';

export function StepPlanPanel({ step }: { step: number }) {
  const t = useFeatureText(PLAN_TEXT);
  const { plan } = useSetupPlan();
  const ofStep = plan.calls.filter((c) => c.step === step);
  // Step 6 has no API call (the ping runs on the instances); nothing to preview.
  if (ofStep.length === 0) return null;
  const remaining = remainingCalls({ ...plan, calls: ofStep });
  return (
    <details className="plan-details" data-testid="step-plan-panel" style={{ marginTop: 16 }}>
      <summary>{t('whatWillBeSentCount', { n: remaining.length })}</summary>
      {remaining.length === 0 ? (
        <p>{t('nothingToSend')}</p>
      ) : (
        <PlanCallList calls={remaining} all={plan.calls} />
      )}
    </details>
  );
}
