// The plan preview, the whole remaining run: every call still to make, in order, then what is done, then
// the plan's notes (e.g. Basic Edition calls).
import { remainingCalls } from '../../domain/plan/plan-runner';
import { useFeatureText } from '../i18n/feature-text';
import { PlanCallList } from './plan-call-list';
import { PLAN_TEXT } from './plan-text';
import { useSetupPlan } from './use-setup-plan';

export function PlanView() {
  const t = useFeatureText(PLAN_TEXT);
  const { plan, snapshot } = useSetupPlan();
  const remaining = remainingCalls(plan);
  const done = plan.calls.filter((c) => c.status === 'done');
  return (
    <section aria-labelledby="plan-view-title" data-testid="plan-view">
      <h2 id="plan-view-title">{t('fullRun')}</h2>
      <p>{t('fullRunIntro')}</p>
      {!snapshot.loaded ? <p role="status">{t('loading')}</p> : null}
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
