// A step's state in words (and elapsed seconds while it waits), for the panel and the Steps bar.
import { Typography } from 'antd';
import { useI18n } from '../app/i18n';
import type { StepState } from '../app/progress-store';
import { Elapsed } from './elapsed';

export function StepStateText({ state }: { state: StepState | undefined }) {
  const { t } = useI18n();
  const status = state?.status ?? 'wait';
  const word = {
    wait: t('stateWait'),
    process: t('stateProcess'),
    finish: t('stateFinish'),
    error: t('stateError'),
  }[status];
  return (
    <Typography.Text type={status === 'error' ? 'danger' : status === 'finish' ? 'success' : undefined}>
      {word}
      {status === 'process' && state?.since ? (
        <>
          {' · '}
          <Elapsed since={state.since} />
        </>
      ) : null}
      {status === 'error' && state?.reason ? ` · ${state.reason}` : null}
    </Typography.Text>
  );
}
