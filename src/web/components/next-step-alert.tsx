// The line that ends a step: what is done, and the button that opens the next step (progress-store.ts
// setCurrentStep takes the step's index, 0-based).
import { Alert, Button } from 'antd';
import { useI18n } from '../i18n/i18n';
import { setCurrentStep } from '../state/progress-store';

export function NextStepAlert({ title, nextIndex }: { title: string; nextIndex: number }) {
  const { t } = useI18n();
  return (
    <Alert
      type="success"
      showIcon
      title={title}
      action={
        <Button type="primary" onClick={() => setCurrentStep(nextIndex)}>
          {t('next')}
        </Button>
      }
    />
  );
}
