// After CreateCen: the new CEN ID and its status, polled with DescribeCens until Active.
// Reloading the page lands here again: the ID is in the progress store and the status comes from the cloud.
import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useEffect } from 'react';
import { cenQueries } from '../../api/cen';
import { useI18n } from '../../i18n/i18n';
import { progressStore, setStepState, useProgress } from '../../state/progress-store';
import { NextStepAlert } from '../../components/next-step-alert';
import { CenSummary } from './cen-summary';
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

  return (
    <Flex vertical gap="middle">
      <CenSummary cenId={cenId} cen={cen} />
      {ownNetwork && status === 'Active' ? <OwnNetworkAttach cenId={cenId} network={ownNetwork} /> : null}
      {status === 'Active' ? <NextStepAlert title={t('cenCreatedNext')} nextIndex={1} /> : null}
    </Flex>
  );
}
