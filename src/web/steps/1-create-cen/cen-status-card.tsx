// After CreateCen: the new CEN ID and its status, polled with DescribeCens until Active.
// Reloading the page lands here again: the ID is in the progress store and the status comes from the cloud.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { cenQueries } from '../../api/cen';
import { useI18n } from '../../i18n/i18n';
import { progressStore, setCurrentStep, setStepState, useProgress } from '../../state/progress-store';
import { ErrorPanel } from '../../components/error-panel';
import { StatusTag } from '../../components/status-tag';
import { OwnNetworkAttach } from './own-network-attach';

export function CenStatusCard({ cenId }: { cenId: string }) {
  const { t } = useI18n();
  const cen = useQuery(cenQueries.detail(cenId));
  const status = cen.data?.Status;
  const ownNetwork = useProgress((p) => p.ownNetwork);

  useEffect(() => {
    if (cen.data === null) setStepState(1, { status: 'error', reason: 'InvalidCenInstanceId.NotFound' });
    else if (status === 'Active') setStepState(1, { status: 'finish' });
    else if (status) {
      const previous = progressStore.get().steps['1'];
      setStepState(1, { status: 'process', since: previous?.since ?? Date.now() });
    }
  }, [cen.data, status]);

  const startOver = () => progressStore.reset();

  return (
    <Flex vertical gap="middle">
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
      {ownNetwork && status === 'Active' ? <OwnNetworkAttach cenId={cenId} network={ownNetwork} /> : null}
      {cen.isError ? <ErrorPanel error={cen.error} onRetry={() => void cen.refetch()} /> : null}
      {cen.data === null ? (
        <Alert
          type="warning"
          showIcon
          title={t('cenNotFound', { id: cenId })}
          action={
            <Button size="small" onClick={startOver}>
              {t('startOver')}
            </Button>
          }
        />
      ) : null}
      {status === 'Active' ? (
        <Alert
          type="success"
          showIcon
          title={t('cenCreatedNext')}
          action={
            <Button type="primary" onClick={() => setCurrentStep(1)}>
              {t('next')}
            </Button>
          }
        />
      ) : null}
    </Flex>
  );
}
