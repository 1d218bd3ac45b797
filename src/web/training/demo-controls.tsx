// Demo presenter controls: how fast the mock cloud's asynchronous transitions run
// (PUT /api/mock/delays { ms }), and a reset to the scenario's start (POST /api/mock/reset { scenario }).
// The speed is the presenter's, not the scenario's: the mock keeps it across a reset (mocks/sandboxes.ts), and this
// panel sends it again to the new sandbox when another scenario is started (README "Training a class").
// Outside training mode it also offers the world to start from (start-world.tsx): a trainee's world is the scenario's.
// Mock cloud only: the dock does not mount this in live mode, and the BFF has no /api/mock routes there.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Flex, Popconfirm, Radio, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorPanel } from '../components/error-panel';
import { resetCloud, setDelay, trainingQueries } from './training-api';
import { useSandboxChanged } from './sandbox-changed';
import { StartWorld } from './start-world';
import { useTrainingText, type TrainingTextKey } from './training-text';

/** Instant for rehearsals, 2 s as the mock's own default (mocks/README.md "Standalone"), slow to talk over. */
export const SPEEDS: readonly { key: TrainingTextKey; ms: number }[] = [
  { key: 'demo.instant', ms: 0 },
  { key: 'demo.fast', ms: 500 },
  { key: 'demo.normal', ms: 2000 },
  { key: 'demo.slow', ms: 8000 },
];

/** The presenter's choice outlives this panel (the debrief page replaces it) for the life of the tab. */
const SPEED_KEY = 'cen-connect.demo-speed';

function storedSpeed(): number | undefined {
  try {
    const n = Number(sessionStorage.getItem(SPEED_KEY) ?? NaN);
    return Number.isInteger(n) && n >= 0 ? n : undefined;
  } catch {
    return undefined; // storage refused (privacy mode): the choice lives as long as the panel
  }
}

function storeSpeed(ms: number): void {
  try {
    sessionStorage.setItem(SPEED_KEY, String(ms));
  } catch {
    // as above
  }
}

export function DemoControls({
  scenario,
  sandboxId,
  chooseWorld = false,
}: {
  scenario?: string | undefined;
  /** Outside training mode: the world to start from can be chosen too (start-world.tsx). */
  chooseWorld?: boolean;
  /** The training session's sandbox; a new one (another scenario started) gets the chosen speed too. */
  sandboxId?: string | undefined;
}) {
  const { tt } = useTrainingText();
  const labelId = useId();
  const state = useQuery(trainingQueries.cloudState());
  const sandboxChanged = useSandboxChanged();
  const [chosen, setChosen] = useState<number | undefined>(storedSpeed);
  const [notice, setNotice] = useState('');
  const speed = useMutation({
    mutationFn: setDelay,
    onSuccess: (answer, ms) => {
      setChosen(answer.delayMs ?? ms);
      storeSpeed(answer.delayMs ?? ms);
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
  // The last sandbox seen: a reset refetches the session (undefined for a moment) but keeps the sandbox, and the
  // mock already kept the speed there; only a different sandbox needs it sent.
  const seen = useRef(sandboxId);
  useEffect(() => {
    if (sandboxId === undefined || sandboxId === seen.current) return;
    const first = seen.current === undefined;
    seen.current = sandboxId;
    if (!first && chosen !== undefined) speed.mutate(chosen);
  }, [sandboxId, chosen, speed]);
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
      {chooseWorld ? <StartWorld /> : null}
    </Flex>
  );
}
