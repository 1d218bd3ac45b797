// A step's state in words (and elapsed seconds while it waits), for the panel and the Steps bar.
// Plain elements, not antd Typography: this renders in the shell, and Typography pulls in Input and Form.
import { useI18n } from '../i18n/i18n';
import type { StepState } from '../state/progress-store';
import { Elapsed } from './elapsed';

// Dark shades so the words pass WCAG AA contrast on the grey page (axe color-contrast).
const COLOR = { wait: undefined, process: '#0958d9', finish: '#237804', error: '#a8071a' } as const;

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
    <span
      data-step-state={status}
      style={{ color: COLOR[status], fontWeight: status === 'wait' ? undefined : 600 }}
    >
      {word}
      {status === 'process' && state?.since ? (
        <>
          {' · '}
          <Elapsed since={state.since} />
        </>
      ) : null}
      {status === 'error' && state?.reason ? ` · ${state.reason}` : null}
    </span>
  );
}
