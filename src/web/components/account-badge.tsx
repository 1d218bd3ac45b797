// Which account acts, everywhere: a letter badge plus the words, so it reads without colour.
import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n';
import type { AccountName } from '../../domain/accounts';

export function AccountBadge({ account, uid }: { account: AccountName; uid?: string | undefined }) {
  const { t } = useI18n();
  return (
    <Tag color={account === 'A' ? 'blue' : 'purple'} data-testid={`account-badge-${account}`}>
      {t(account === 'A' ? 'accountA' : 'accountB')}
      {uid ? ` · ${t('uid')} ${uid}` : ''}
    </Tag>
  );
}
