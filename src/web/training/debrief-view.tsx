// The debrief: time taken, errors met with their codes, hints used, and what a real cloud
// would have charged money for — from GET /api/training/debrief. Exportable as JSON (the BFF's ?download=1 answer,
// so the file is exactly what the server computed) and as a printable page: this view is the clean page, and
// training.css hides the console's chrome when printing.
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { ErrorPanel } from '../components/error-panel';
import { trainingQueries, type Debrief, type DebriefAttempt } from './training-api';
import { formatDuration, useTrainingText } from './training-text';
import './training.css';

export function DebriefView({ onBack }: { onBack?: () => void }) {
  const { tt } = useTrainingText();
  const debrief = useQuery(trainingQueries.debrief());
  const scenarios = useQuery(trainingQueries.scenarios());
  if (debrief.error) return <ErrorPanel error={debrief.error} onRetry={() => void debrief.refetch()} />;
  if (!debrief.data) return <p role="status">…</p>;
  const scenario = scenarios.data?.scenarios.find((s) => s.name === debrief.data.scenario);
  return (
    <article className="debrief" aria-labelledby="debrief-title">
      <Flex className="no-print" wrap gap="small" style={{ marginBottom: 16 }}>
        {onBack ? <Button onClick={onBack}>{tt('debrief.back')}</Button> : null}
        <Button onClick={() => void debrief.refetch()}>{tt('debrief.refresh')}</Button>
        <Button href="/api/training/debrief?download=1" download>
          {tt('debrief.exportJson')}
        </Button>
        <Button type="primary" onClick={() => window.print()}>
          {tt('debrief.printNow')}
        </Button>
      </Flex>
      <DebriefBody debrief={debrief.data} title={scenario?.title} />
    </article>
  );
}

export function DebriefBody({
  debrief,
  title,
}: {
  debrief: Debrief;
  title?: { en: string; zh: string } | undefined;
}) {
  const { tt, locale, pick } = useTrainingText();
  const criteria = debrief.evidence?.criteria ?? [];
  return (
    <>
      <Typography.Title level={2} id="debrief-title" style={{ fontSize: 22 }}>
        {tt('debrief.title', { title: title ? pick(title) : debrief.scenario })}
      </Typography.Title>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={tt('debrief.trainee')}>{debrief.trainee ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tt('debrief.scenario')}>
          <code>{debrief.scenario}</code> · {debrief.sandboxId}
        </Descriptions.Item>
        <Descriptions.Item label={tt('debrief.outcome')}>
          <Tag color={debrief.success ? 'green' : 'orange'} data-testid="debrief-outcome">
            {tt(debrief.success ? 'debrief.success' : 'debrief.notYet')}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={tt('debrief.time')}>
          <span data-testid="debrief-time">{formatDuration(debrief.durationMs, locale)}</span>
        </Descriptions.Item>
        {debrief.calls !== undefined ? (
          <Descriptions.Item label={tt('debrief.calls')}>{debrief.calls}</Descriptions.Item>
        ) : null}
        {debrief.attempt !== undefined ? (
          <Descriptions.Item label={tt('debrief.attempt')}>
            <span data-testid="debrief-attempt">
              {tt('debrief.attemptOf', { n: debrief.attempt, resets: debrief.resets ?? debrief.attempt - 1 })}
            </span>
          </Descriptions.Item>
        ) : debrief.resets !== undefined ? (
          <Descriptions.Item label={tt('debrief.resets')}>{debrief.resets}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={tt('debrief.hintsUsed')}>
          <span data-testid="debrief-hints">{debrief.hintsUsed}</span>
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={3} style={{ fontSize: 18, marginTop: 16 }}>
        {tt('debrief.errors')}
      </Typography.Title>
      {debrief.errors.length === 0 ? (
        <p>{tt('debrief.noErrors')}</p>
      ) : (
        <Table
          data-testid="debrief-errors"
          size="small"
          pagination={false}
          rowKey={(e) => `${e.code}|${e.action}`}
          dataSource={debrief.errors}
          columns={[
            { title: tt('debrief.code'), dataIndex: 'code', render: (code: string) => <code>{code}</code> },
            { title: tt('debrief.action'), dataIndex: 'action' },
            { title: tt('debrief.count'), dataIndex: 'count' },
          ]}
        />
      )}

      <Typography.Title level={3} style={{ fontSize: 18, marginTop: 16 }}>
        {tt('debrief.charged')}
      </Typography.Title>
      {debrief.charged.length === 0 ? (
        <p>{tt('debrief.nothingCharged')}</p>
      ) : (
        <ul data-testid="debrief-charged">
          {debrief.charged.map((c, i) => (
            <li key={i}>
              <strong>{c.action}</strong> ({c.account}, {c.time}) — {c.billing}{' '}
              <code>
                {Object.entries(c.details)
                  .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : String(v)}`)
                  .join(' ')}
              </code>
              {c.repeats ? <div>{tt('debrief.repeats', { n: c.repeats })}</div> : null}
            </li>
          ))}
        </ul>
      )}

      {debrief.attempts && debrief.attempts.length > 0 ? (
        <EarlierAttempts attempts={debrief.attempts} />
      ) : null}
      {debrief.totals && debrief.attempts && debrief.attempts.length > 0 ? (
        <p data-testid="debrief-totals">
          {tt('debrief.totals', {
            calls: debrief.totals.calls,
            errors: debrief.totals.errors,
            hints: debrief.totals.hintsUsed,
            charged: debrief.totals.charged,
          })}
        </p>
      ) : null}

      {criteria.length > 0 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 18, marginTop: 16 }}>
            {tt('debrief.criteria')}
          </Typography.Title>
          <ul>
            {criteria.map((c, i) => (
              <li key={i}>
                <Tag color={c.ok ? 'green' : 'red'}>{c.ok ? '✓' : '✗'}</Tag>
                {c.criterion}
                {c.detail ? <Typography.Text type="secondary"> — {c.detail}</Typography.Text> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** The attempts a reset ended: how long each took, how it ended, what it met and used, and what it bought. */
function EarlierAttempts({ attempts }: { attempts: DebriefAttempt[] }) {
  const { tt, locale } = useTrainingText();
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 18, marginTop: 16 }}>
        {tt('debrief.earlier')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{tt('debrief.earlierHelp')}</Typography.Paragraph>
      <Table
        data-testid="debrief-attempts"
        size="small"
        pagination={false}
        rowKey={(a) => a.attempt}
        dataSource={attempts}
        columns={[
          { title: tt('debrief.attempt'), dataIndex: 'attempt' },
          {
            title: tt('debrief.time'),
            dataIndex: 'durationMs',
            render: (ms: number) => formatDuration(ms, locale),
          },
          {
            title: tt('debrief.outcomeCol'),
            dataIndex: 'success',
            render: (ok: boolean) => tt(ok ? 'debrief.success' : 'debrief.resetBefore'),
          },
          {
            title: tt('debrief.errors'),
            dataIndex: 'errors',
            render: (errors: DebriefAttempt['errors']) =>
              errors.length === 0
                ? '—'
                : errors.map((e) => (
                    <div key={`${e.code}|${e.action}`}>
                      <code>{e.code}</code> ×{e.count}
                    </div>
                  )),
          },
          { title: tt('debrief.hintsUsed'), dataIndex: 'hintsUsed' },
          {
            title: tt('debrief.charged'),
            dataIndex: 'charged',
            render: (charged: DebriefAttempt['charged']) =>
              charged.length === 0 ? '—' : charged.map((c, i) => <div key={i}>{c.action}</div>),
          },
        ]}
      />
    </>
  );
}
