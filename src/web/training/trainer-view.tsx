// The trainer view (the sandboxes on the server, with each trainee's progress):
// GET /api/training/sandboxes, re-read every few seconds. When the server sets CEN_CONNECT_TRAINER_TOKEN the list
// needs it in X-Trainer-Token; the token typed here stays in this tab (sessionStorage), never in the address.
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Table, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { ErrorPanel } from '../components/error-panel';
import { TRAINER_REFRESH_MS, trainingQueries, type TrainerList } from './training-api';
import { PROGRESS_STEPS, useTrainingText } from './training-text';

const TOKEN_KEY = 'cen-connect.trainer-token';

type Row = TrainerList['sandboxes'][number];

export function TrainerView({ onBack }: { onBack?: () => void }) {
  const { tt } = useTrainingText();
  const tokenId = useId();
  const [draft, setDraft] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [token, setToken] = useState(draft);
  const list = useQuery(trainingQueries.sandboxes(token));
  const needsToken = list.error && /TrainerToken/.test(String(list.error));
  return (
    <section aria-labelledby="trainer-title">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} id="trainer-title" style={{ fontSize: 22, margin: 0 }}>
          {tt('trainer.title')}
        </Typography.Title>
        {onBack ? <Button onClick={onBack}>{tt('trainer.back')}</Button> : null}
      </Flex>
      <form
        style={{ margin: '12px 0' }}
        onSubmit={(e) => {
          e.preventDefault();
          sessionStorage.setItem(TOKEN_KEY, draft);
          setToken(draft);
        }}
      >
        <Flex wrap gap="small" align="center">
          <label htmlFor={tokenId}>{tt('trainer.token')}</label>
          <Input.Password
            id={tokenId}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            style={{ maxWidth: 320 }}
            autoComplete="off"
            status={needsToken ? 'error' : ''}
          />
          <Button htmlType="submit">{tt('trainer.apply')}</Button>
          <Typography.Text type="secondary">{tt('trainer.tokenHelp')}</Typography.Text>
        </Flex>
      </form>
      {list.error ? <ErrorPanel error={list.error} /> : null}
      {list.data ? (
        <>
          <p role="status">
            {tt('trainer.count', { n: list.data.sandboxes.length, s: TRAINER_REFRESH_MS / 1000 })}
          </p>
          {list.data.sandboxes.length === 0 ? (
            <p>{tt('trainer.empty')}</p>
          ) : (
            <Table<Row>
              data-testid="trainer-table"
              size="small"
              pagination={false}
              rowKey="id"
              dataSource={list.data.sandboxes}
              columns={[
                {
                  title: tt('trainer.trainee'),
                  dataIndex: 'trainee',
                  render: (name: string | null) => name ?? tt('trainer.anonymous'),
                },
                {
                  title: tt('debrief.scenario'),
                  dataIndex: 'scenario',
                  render: (s: string) => <code>{s}</code>,
                },
                {
                  title: tt('trainer.progress'),
                  key: 'progress',
                  render: (_, row) => <Progress row={row} />,
                },
                // Errors and hints are the current attempt's; a reset to the scenario start begins a new one.
                { title: tt('debrief.attempt'), dataIndex: 'attempt', render: (n?: number) => n ?? 1 },
                { title: tt('trainer.errors'), dataIndex: 'errors' },
                { title: tt('trainer.hints'), dataIndex: 'hintsUsed' },
                { title: tt('trainer.calls'), dataIndex: 'calls' },
                {
                  title: tt('trainer.lastUsed'),
                  dataIndex: 'lastUsedAt',
                  render: (t: string | null | undefined) => (t ? new Date(t).toLocaleTimeString() : '—'),
                },
                { title: tt('trainer.sandbox'), dataIndex: 'id', render: (id: string) => <code>{id}</code> },
              ]}
            />
          )}
        </>
      ) : null}
    </section>
  );
}

function Progress({ row }: { row: Row }) {
  const { tt } = useTrainingText();
  const steps = row.progress?.steps ?? {};
  const done = PROGRESS_STEPS.filter((s) => steps[s]).length;
  if (row.progress?.success) return <Tag color="green">{tt('debrief.success')}</Tag>;
  return (
    <span title={PROGRESS_STEPS.map((s) => `${tt(`step.${s}`)}: ${steps[s] ? '✓' : '·'}`).join('  ')}>
      {done}/{PROGRESS_STEPS.length}{' '}
      {PROGRESS_STEPS.filter((s) => steps[s])
        .map((s) => tt(`step.${s}`))
        .join(', ')}
    </span>
  );
}
