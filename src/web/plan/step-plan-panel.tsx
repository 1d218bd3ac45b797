// "What will be sent" under each step: the calls of that step still to make, from the same plan the whole-run view
// shows. A native <details>, so it opens with Enter/Space and screen readers announce it as expandable.
// On Enterprise Edition, the transit routers' plan (use-enterprise-setup-plan.ts).
import { remainingCalls } from '../../domain/plan/plan-runner';
import type { Plan } from '../../domain/plan/plan-types';
import { useEditionName } from '../api/edition';
import { useFeatureText } from '../i18n/feature-text';
import { PlanCallList } from './plan-call-list';
import { PLAN_TEXT } from './plan-text';
import { useEnterpriseSetupPlan } from './use-enterprise-setup-plan';
import { useSetupPlan } from './use-setup-plan';

export function StepPlanPanel({ step }: { step: number }) {
  return useEditionName() === 'Enterprise' ? (
    <EnterpriseStepPlan step={step} />
  ) : (
    <BasicStepPlan step={step} />
  );
}

function BasicStepPlan({ step }: { step: number }) {
  return <StepPlan step={step} plan={useSetupPlan().plan} />;
}

function EnterpriseStepPlan({ step }: { step: number }) {
  return <StepPlan step={step} plan={useEnterpriseSetupPlan().plan} />;
}

function StepPlan({ step, plan }: { step: number; plan: Plan }) {
  const t = useFeatureText(PLAN_TEXT);
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
