// The CEN step 1 made or adopted, on both editions: its ID, name and live status (DescribeCens, polled until
// Active), a read error with Retry, and Start over when the saved CEN is gone.
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Spin, Typography } from 'antd';
import type { Cen } from '../../api/cen';
import { ErrorPanel } from '../../components/error-panel';
import { StatusTag } from '../../components/status-tag';
import { useI18n } from '../../i18n/i18n';
import { progressStore } from '../../state/progress-store';

export function CenSummary({ cenId, cen }: { cenId: string; cen: UseQueryResult<Cen | null> }) {
  const { t } = useI18n();
  const status = cen.data?.Status;
  return (
    <>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('cenId')}>
          <Typography.Text code data-testid="cen-id">
            {cenId}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('name')}>{cen.data?.Name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('status')}>
          {status ? (
            <StatusTag status={status} testId="cen-status" />
          ) : (
            <Spin size="small" aria-label={t('loading')} />
          )}
        </Descriptions.Item>
      </Descriptions>
      {cen.isError ? <ErrorPanel error={cen.error} onRetry={() => void cen.refetch()} /> : null}
      {cen.data === null ? (
        <Alert
          type="warning"
          showIcon
          title={t('cenNotFound', { id: cenId })}
          action={
            <Button size="small" onClick={() => progressStore.reset()}>
              {t('startOver')}
            </Button>
          }
        />
      ) : null}
    </>
  );
}
