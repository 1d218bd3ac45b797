// An ordered list of planned calls as the console will send them: action, acting account, region, status (words
// plus a glyph, never colour alone), the exact parameters including the ClientToken, and what it waits for.
import type { CallStatus, PlannedCall } from '../../domain/plan/plan-types';
import { useI18n } from '../i18n/i18n';
import { useFeatureText, type TextFn } from '../i18n/feature-text';
import { PLAN_TEXT, ZH_ACTION, type PlanTextKey } from './plan-text';
import './plan.css';

const STATUS: Record<CallStatus, [PlanTextKey, string]> = {
  done: ['statusDone', '✓'],
  waiting: ['statusWaiting', '⟳'],
  pending: ['statusPending', '→'],
  // Glyphs that Chromium's default fonts have (an emoji like ⛔ shows as an empty box without an emoji font).
  blocked: ['statusBlocked', '✕'],
};

function waitLine(call: PlannedCall, t: TextFn<PlanTextKey>): string | undefined {
  const w = call.waitFor;
  if (!w) return undefined;
  return w.until === 'gone'
    ? t('waitsGone', { poll: w.poll })
    : t('waitsFor', { poll: w.poll, field: w.field, until: w.until.join(' / ') });
}

export function PlanCallItem({ call, index }: { call: PlannedCall; index: number }) {
  const t = useFeatureText(PLAN_TEXT);
  const { t: app, locale } = useI18n();
  const [label, glyph] = STATUS[call.status];
  const params = JSON.stringify(call.params, null, 2);
  const headingId = `plan-call-${call.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  return (
    <li
      className={`plan-call plan-call-${call.status}`}
      data-testid="plan-call"
      data-action={call.key}
      data-status={call.status}
      aria-labelledby={headingId}
    >
      <div className="plan-call-head" id={headingId}>
        <span className="plan-call-index">{index}.</span>
        <code className="plan-call-action">{call.key}</code>
        <span className={`plan-account plan-account-${call.account}`} data-testid="plan-call-account">
          {app(call.account === 'A' ? 'accountA' : 'accountB')}
        </span>
        <span className="plan-call-region">
          {t('region')}: {call.regionId ?? t('central')}
        </span>
        <span className="plan-call-status" data-testid="plan-call-status">
          <span aria-hidden="true">{glyph} </span>
          {t(label)}
        </span>
      </div>
      <p className="plan-call-summary">
        {locale === 'zh' ? (ZH_ACTION[call.key] ?? call.summary) : call.summary}
      </p>
      {call.status === 'blocked' && call.reason ? (
        <p className="plan-call-reason">{t('blockedBecause', { reason: call.reason })}</p>
      ) : null}
      {Object.keys(call.params).length > 0 ? (
        <pre
          className="plan-call-params"
          aria-label={`${t('params')} ${call.key}`}
          data-testid="plan-call-params"
        >
          {params}
        </pre>
      ) : null}
      {call.clientToken && !call.clientToken.value ? (
        <p className="plan-call-note">
          {t('clientToken')}: {t('tokenLater')}
        </p>
      ) : null}
      {waitLine(call, t) ? <p className="plan-call-note">{waitLine(call, t)}</p> : null}
    </li>
  );
}

/** `all`: the whole plan, so each call keeps its number in the run wherever it is listed. */
export function PlanCallList({
  calls,
  all,
}: {
  calls: readonly PlannedCall[];
  all?: readonly PlannedCall[];
}) {
  return (
    <ol className="plan-calls">
      {calls.map((call, i) => (
        <PlanCallItem key={call.id} call={call} index={(all ? all.indexOf(call) : i) + 1} />
      ))}
    </ol>
  );
}
