// The trainee's side of training mode: join the class (a deliberate press — the BFF makes a sandbox on nothing
// else), pick a scenario (and a name for the trainer's list),
// read its title, goal and what goes wrong, and open the hints one level at a time — each opening is recorded by
// the BFF for the debrief (POST /api/training/hints). Everything in the current language, from the scenario file.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Input, Select, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { ErrorPanel } from '../components/error-panel';
import {
  joinTraining,
  revealHint,
  startSession,
  trainingQueries,
  type Scenario,
  type TrainingSession,
} from './training-api';
import { useRefreshOnSteps } from './refresh-on-steps';
import { useSandboxChanged } from './sandbox-changed';
import { PROGRESS_STEPS, useTrainingText } from './training-text';

export function TrainingPanel({ onDebrief }: { onDebrief: () => void }) {
  const { tt } = useTrainingText();
  const session = useQuery(trainingQueries.session());
  const scenarios = useQuery(trainingQueries.scenarios());
  if (session.error) return <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />;
  if (scenarios.error) return <ErrorPanel error={scenarios.error} onRetry={() => void scenarios.refetch()} />;
  const joined = session.data;
  if (joined === null) return <JoinForm />;
  if (!joined || !scenarios.data) return <p role="status">{tt('training.title')}…</p>;
  const list = scenarios.data.scenarios;
  const current = list.find((s) => s.name === joined.scenario);
  return (
    <Flex vertical gap="middle">
      <ScenarioPicker scenarios={list} session={joined} />
      {current ? (
        <ScenarioBrief scenario={current} session={joined} onDebrief={onDebrief} />
      ) : (
        <Tag>{joined.scenario}</Tag>
      )}
    </Flex>
  );
}

/** Before anything else in training mode: the sandbox is made by this press only (README "Training a class"). */
function JoinForm() {
  const { tt } = useTrainingText();
  const queryClient = useQueryClient();
  const sandboxChanged = useSandboxChanged();
  const traineeId = useId();
  const [trainee, setTrainee] = useState('');
  const join = useMutation({
    mutationFn: () => joinTraining(trainee.trim() ? { trainee: trainee.trim() } : {}),
    onSuccess: async (next) => {
      // Progress this browser saved before is of another sandbox (an earlier class, a restart): the steps, which
      // mount only now (cloud-gate.tsx), start from this one's start.
      await sandboxChanged();
      queryClient.setQueryData(trainingQueries.session().queryKey, next);
    },
  });
  return (
    <form
      aria-label={tt('join.title')}
      onSubmit={(e) => {
        e.preventDefault();
        join.mutate();
      }}
    >
      <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }}>
        {tt('join.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ marginTop: 8 }}>{tt('join.help')}</Typography.Paragraph>
      <Flex wrap gap="middle" align="end">
        <Flex vertical gap={4} style={{ minWidth: 200 }}>
          <label htmlFor={traineeId}>{tt('training.trainee')}</label>
          <Input id={traineeId} value={trainee} maxLength={60} onChange={(e) => setTrainee(e.target.value)} />
        </Flex>
        <Button type="primary" htmlType="submit" loading={join.isPending}>
          {tt('join.button')}
        </Button>
      </Flex>
      {join.error ? <ErrorPanel error={join.error} /> : null}
    </form>
  );
}

function ScenarioPicker({ scenarios, session }: { scenarios: Scenario[]; session: TrainingSession }) {
  const { tt, pick } = useTrainingText();
  const queryClient = useQueryClient();
  const sandboxChanged = useSandboxChanged();
  const scenarioId = useId();
  const traineeId = useId();
  const [scenario, setScenario] = useState(session.scenario);
  const [trainee, setTrainee] = useState(session.trainee ?? '');
  const [notice, setNotice] = useState('');
  const start = useMutation({
    mutationFn: () => startSession({ scenario, ...(trainee.trim() ? { trainee: trainee.trim() } : {}) }),
    onSuccess: async (next) => {
      await sandboxChanged();
      queryClient.setQueryData(trainingQueries.session().queryKey, next);
      const chosen = scenarios.find((s) => s.name === next.scenario);
      setNotice(tt('training.started', { scenario: chosen ? pick(chosen.title) : next.scenario }));
    },
  });
  return (
    <form
      aria-label={tt('training.title')}
      onSubmit={(e) => {
        e.preventDefault();
        start.mutate();
      }}
    >
      <Flex wrap gap="middle" align="end">
        <Flex vertical gap={4} style={{ minWidth: 280, flex: 1 }}>
          <label htmlFor={scenarioId}>{tt('training.scenario')}</label>
          <Select
            id={scenarioId}
            value={scenario}
            onChange={setScenario}
            showSearch={{ optionFilterProp: 'label' }}
            options={scenarios.map((s) => ({ value: s.name, label: pick(s.title) }))}
          />
        </Flex>
        <Flex vertical gap={4} style={{ minWidth: 200 }}>
          <label htmlFor={traineeId}>{tt('training.trainee')}</label>
          <Input id={traineeId} value={trainee} maxLength={60} onChange={(e) => setTrainee(e.target.value)} />
        </Flex>
        <Button type="primary" htmlType="submit" loading={start.isPending}>
          {tt('training.start')}
        </Button>
      </Flex>
      <div role="status" aria-live="polite">
        {notice}
      </div>
      {start.error ? <ErrorPanel error={start.error} /> : null}
    </form>
  );
}

function ScenarioBrief({
  scenario,
  session,
  onDebrief,
}: {
  scenario: Scenario;
  session: TrainingSession;
  onDebrief: () => void;
}) {
  const { tt, pick } = useTrainingText();
  const queryClient = useQueryClient();
  const progress = useQuery(trainingQueries.progress());
  useRefreshOnSteps(['progress']);
  const used = Math.min(session.hintsUsed ?? 0, scenario.hints.length);
  const reveal = useMutation({
    mutationFn: revealHint,
    onSuccess: (answer) => {
      const next: TrainingSession = { ...session, hintsUsed: answer.hintsUsed };
      queryClient.setQueryData(trainingQueries.session().queryKey, next);
    },
  });
  const next = used + 1;
  return (
    <section aria-labelledby="training-current">
      <Typography.Title level={3} id="training-current" style={{ fontSize: 18, margin: 0 }}>
        {tt('training.current', { title: pick(scenario.title) })}
      </Typography.Title>
      <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
        <Descriptions.Item label={tt('training.goal')}>{pick(scenario.goal)}</Descriptions.Item>
        <Descriptions.Item label={tt('training.whatGoesWrong')}>
          {pick(scenario.whatGoesWrong)}
        </Descriptions.Item>
      </Descriptions>
      {progress.data ? (
        <Flex wrap gap={4} aria-label={tt('trainer.progress')} role="list">
          {PROGRESS_STEPS.map((step) => (
            <Tag role="listitem" key={step} color={progress.data.steps[step] ? 'green' : undefined}>
              {progress.data.steps[step] ? '✓ ' : ''}
              {tt(`step.${step}`)}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {progress.data?.success ? (
        <Alert
          style={{ marginTop: 8 }}
          type="success"
          showIcon
          title={tt('training.done')}
          action={
            <Button size="small" onClick={onDebrief}>
              {tt('debrief.open')}
            </Button>
          }
        />
      ) : null}
      <Typography.Title level={4} style={{ fontSize: 16, marginTop: 12 }}>
        {tt('training.hints')} · {tt('training.hintsUsed', { n: used, total: scenario.hints.length })}
      </Typography.Title>
      <ol className="training-hints" aria-live="polite">
        {scenario.hints.slice(0, used).map((hint, i) => (
          <li key={i}>
            <strong>{tt('training.hintN', { n: i + 1 })}:</strong> {pick(hint)}
          </li>
        ))}
      </ol>
      {next <= scenario.hints.length ? (
        <Button loading={reveal.isPending} onClick={() => reveal.mutate(next)}>
          {tt('training.reveal', { n: next })}
        </Button>
      ) : (
        <Typography.Text type="secondary">{tt('training.noMoreHints')}</Typography.Text>
      )}
      {reveal.error ? <ErrorPanel error={reveal.error} /> : null}
    </section>
  );
}
