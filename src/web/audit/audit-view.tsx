// The BFF's audit log in the console: a table with time, account, action (its OpenAPI name and plain words,
// i18n/action-names.ts), region,
// RequestId, result and duration; filters by account and result (applied by the BFF); download as JSON lines
// with the same filters.
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useId, useState } from 'react';
import { ErrorPanel } from '../components/error-panel';
import { ACTION_NAMES, isCatalogueAction } from '../i18n/action-names';
import { useFeatureText } from '../i18n/feature-text';
import { auditPath, auditQueries, type AuditFilter } from './audit-api';
import { AUDIT_TEXT } from './audit-text';
import './audit.css';

export function AuditView() {
  const t = useFeatureText(AUDIT_TEXT);
  const actionName = useFeatureText(ACTION_NAMES);
  const [filter, setFilter] = useState<AuditFilter>({});
  const audit = useQuery(auditQueries.list(filter));
  const entries = audit.data?.entries ?? [];
  return (
    <section aria-labelledby="audit-title" data-testid="audit-view">
      <h2 id="audit-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <div className="audit-filters">
        <FilterSelect
          label={t('filterAccount')}
          all={t('all')}
          value={filter.account}
          options={[
            { value: 'A', label: t('accountA') },
            { value: 'B', label: t('accountB') },
          ]}
          onChange={(account) => setFilter((f) => ({ ...f, account }))}
        />
        <FilterSelect
          label={t('filterResult')}
          all={t('all')}
          value={filter.outcome}
          options={[
            { value: 'ok', label: t('ok') },
            { value: 'error', label: t('error') },
          ]}
          onChange={(outcome) => setFilter((f) => ({ ...f, outcome }))}
        />
        <a className="audit-download" href={auditPath(filter, 'jsonl')} download data-testid="audit-download">
          {t('download')}
        </a>
        <Button onClick={() => void audit.refetch()}>{t('refresh')}</Button>
        <span role="status" aria-live="polite">
          {audit.isPending ? t('loading') : t('count', { n: entries.length })}
        </span>
      </div>
      {audit.error ? <ErrorPanel error={audit.error} /> : null}
      <div className="audit-scroll">
        <table className="audit-table" data-testid="audit-table">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('time')}</th>
              <th scope="col">{t('account')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('requestId')}</th>
              <th scope="col">{t('result')}</th>
              <th scope="col">{t('duration')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 && !audit.isPending ? (
              <tr>
                <td colSpan={7}>{t('empty')}</td>
              </tr>
            ) : null}
            {entries.map((e, i) => (
              <tr key={`${e.time}-${e.requestId ?? i}`} data-testid="audit-row" data-outcome={e.outcome}>
                <td>
                  <time dateTime={e.time}>{e.time}</time>
                </td>
                <td>{e.account === 'A' ? t('accountA') : e.account === 'B' ? t('accountB') : e.account}</td>
                <td>
                  <code>{e.product ? `${e.product}.${e.action}` : e.action}</code>
                  {isCatalogueAction(e.action) ? (
                    <span className="audit-action-name" data-testid="audit-action-name">
                      {actionName(e.action)}
                    </span>
                  ) : null}
                </td>
                <td>{e.regionId ?? t('central')}</td>
                <td>
                  <code>{e.requestId ?? '—'}</code>
                </td>
                <td>
                  <span aria-hidden="true">{e.outcome === 'ok' ? '✓ ' : '✕ '}</span>
                  {e.outcome === 'ok' ? t('ok') : t('error')}
                  {e.code ? ` · ${e.code}` : ''} · HTTP {e.httpStatus}
                  {e.attempts && e.attempts > 1 ? ` · ${t('attempts', { n: e.attempts })}` : ''}
                </td>
                <td>{e.durationMs} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A labelled native <select> over one filter's choices, with "All" first: no choice is undefined (no filter). */
function FilterSelect<V extends string>({
  label,
  all,
  value,
  options,
  onChange,
}: {
  label: string;
  all: string;
  value: V | undefined;
  options: { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as V | undefined)}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
