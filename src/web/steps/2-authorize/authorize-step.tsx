// Placeholder until this step is built (issue 5); the Steps bar and the account badge already work.
import { Alert } from 'antd';
import { StepPanel } from '../../components/step-panel';
import { useI18n } from '../../app/i18n';

export function AuthorizeStep() {
  const { t } = useI18n();
  return (
    <StepPanel step={2} account="B">
      <Alert type="info" title={t('comingSoon')} />
    </StepPanel>
  );
}
