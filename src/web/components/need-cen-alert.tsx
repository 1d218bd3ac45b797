// Shown by the steps that act on step 1's CEN while there is none yet: what is missing and a way back to step 1.
import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../i18n/i18n';
import { setCurrentStep } from '../state/progress-store';

export function NeedCenAlert({ style }: { style?: CSSProperties }) {
  const { t } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      title={t('needCen')}
      action={<Button onClick={() => setCurrentStep(0)}>{t('goToStep', { n: 1 })}</Button>}
      {...(style ? { style } : {})}
    />
  );
}
