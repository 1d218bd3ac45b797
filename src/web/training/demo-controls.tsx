// Demo presenter controls (issue 8 "Demo"): how fast the mock cloud's asynchronous transitions run
// (PUT /api/mock/delays { ms }), and a reset to the scenario's start (POST /api/mock/reset { scenario }).
// Mock cloud only: the dock does not mount this in live mode, and the BFF has no /api/mock routes there.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Flex, Popconfirm, Radio, Typography } from 'antd';
import { useId, useState } from 'react';
import { ErrorPanel } from '../components/error-panel';
import { resetCloud, setDelay, trainingQueries } from './training-api';
import { useSandboxChanged } from './sandbox-changed';
import { useTrainingText, type TrainingTextKey } from './training-text';

/** Instant for rehearsals, 2 s as the mock's own default (mocks/README.md "Standalone"), slow to talk over. */
export const SPEEDS: readonly { key: TrainingTextKey; ms: number }[] = [
  { key: 'demo.instant', ms: 0 },
  { key: 'demo.fast', ms: 500 },
  { key: 'demo.normal', ms: 2000 },
  { key: 'demo.slow', ms: 8000 },
];

export function DemoControls({ scenario }: { scenario?: string | undefined }) {
  const { tt } = useTrainingText();
  const labelId = useId();
  const state = useQuery(trainingQueries.cloudState());
  const sandboxChanged = useSandboxChanged();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const speed = useMutation({
    mutationFn: setDelay,
    onSuccess: (answer, ms) => {
      setChosen(answer.delayMs ?? ms);
      setNotice(tt('demo.speedSet', { ms: answer.delayMs ?? ms }));
    },
  });
  const reset = useMutation({
    mutationFn: () => resetCloud(scenario),
    onSuccess: async (answer) => {
      await sandboxChanged();
      setNotice(tt('demo.resetDone', { scenario: answer.scenario ?? scenario ?? '' }));
    },
  });
  const current = chosen ?? state.data?.delayMs;
  const scenarioName = scenario ?? 'demo';

  return (
    <Flex vertical gap="small">
      <Flex wrap gap="middle" align="center">
        <span id={labelId}>{tt('demo.speed')}</span>
        <Radio.Group
          aria-labelledby={labelId}
          optionType="button"
          value={SPEEDS.some((s) => s.ms === current) ? current : undefined}
          disabled={speed.isPending}
          onChange={(e) => speed.mutate(Number(e.target.value))}
          options={SPEEDS.map((s) => ({ value: s.ms, label: tt(s.key) }))}
        />
        <Popconfirm
          title={tt('demo.resetConfirm', { scenario: scenarioName })}
          okText={tt('demo.resetOk')}
          cancelText={tt('demo.cancel')}
          onConfirm={() => reset.mutate()}
        >
          <Button loading={reset.isPending}>{tt('demo.reset')}</Button>
        </Popconfirm>
      </Flex>
      <Typography.Text type="secondary">{tt('demo.speedHelp')}</Typography.Text>
      <div role="status" aria-live="polite">
        {notice}
      </div>
      {speed.error ? <ErrorPanel error={speed.error} /> : null}
      {reset.error ? <ErrorPanel error={reset.error} /> : null}
    </Flex>
  );
}
