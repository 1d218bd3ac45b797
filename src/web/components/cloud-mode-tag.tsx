// "Mock cloud" or "Live cloud", from GET /api/accounts, so nobody mistakes a demo for a real purchase.
import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { accountQueries } from '../api/accounts';
import { useI18n } from '../i18n/i18n';

export function CloudModeTag() {
  const { t } = useI18n();
  const accounts = useQuery(accountQueries.all());
  if (!accounts.data) return null;
  return <Tag data-testid="cloud-mode">{t(accounts.data.cloud === 'mock' ? 'mockMode' : 'liveMode')}</Tag>;
}
