// The plan preview, the whole remaining run: every call still to make, in order, then what is done, then
// the plan's notes (e.g. Basic Edition calls). The plan is the saved edition's: the tutorial's Basic calls, or the
// transit routers' (docs/reference/enterprise-edition.md §2).
import { remainingCalls } from '../../domain/plan/plan-runner';
import type { Plan } from '../../domain/plan/plan-types';
import { useEditionName } from '../api/edition';
import { useFeatureText } from '../i18n/feature-text';
import { PlanCallList } from './plan-call-list';
import { PLAN_TEXT } from './plan-text';
import { useEnterpriseSetupPlan } from './use-enterprise-setup-plan';
import { useSetupPlan } from './use-setup-plan';

export function PlanView() {
  return useEditionName() === 'Enterprise' ? <EnterprisePlanView /> : <BasicPlanView />;
}

function BasicPlanView() {
  const { plan, snapshot } = useSetupPlan();
  return <WholePlan plan={plan} loaded={snapshot.loaded} />;
}

function EnterprisePlanView() {
  const { plan, loaded } = useEnterpriseSetupPlan();
  return <WholePlan plan={plan} loaded={loaded} />;
}

function WholePlan({ plan, loaded }: { plan: Plan; loaded: boolean }) {
  const t = useFeatureText(PLAN_TEXT);
  const remaining = remainingCalls(plan);
  const done = plan.calls.filter((c) => c.status === 'done');
  return (
    <section aria-labelledby="plan-view-title" data-testid="plan-view">
      <h2 id="plan-view-title">{t('fullRun')}</h2>
      <p>{t('fullRunIntro')}</p>
      {!loaded ? <p role="status">{t('loading')}</p> : null}
      <h3>{t('remaining', { n: remaining.length })}</h3>
      {remaining.length === 0 ? (
        <p>{t('noRemaining')}</p>
      ) : (
        <PlanCallList calls={remaining} all={plan.calls} />
      )}
      {done.length > 0 ? (
        <details className="plan-details">
          <summary>{t('done', { n: done.length })}</summary>
          <PlanCallList calls={done} all={plan.calls} />
        </details>
      ) : null}
      {plan.warnings.length > 0 ? (
        <>
          <h3>{t('warnings')}</h3>
          {plan.warnings.map((w) => (
            <p key={w.code} className="plan-warning" role="note">
              {w.message}
            </p>
          ))}
        </>
      ) : null}
    </section>
  );
}
