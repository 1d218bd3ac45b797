// Honest about the cloud: in live mode, this tutorial is the CEN Basic Edition flow, which Alibaba no longer sells
// to new accounts; SetCenInterRegionBandwidthLimit works only there (docs/reference/cen-api.md §2 step 5, §8.8).
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { accountQueries } from '../api/accounts';
import { useI18n } from '../i18n/i18n';

export function LiveNotice() {
  const { t } = useI18n();
  const accounts = useQuery(accountQueries.all());
  if (accounts.data?.cloud !== 'live') return null;
  return <Alert type="warning" showIcon title={t('liveNotice')} style={{ marginBottom: 16 }} />;
}
