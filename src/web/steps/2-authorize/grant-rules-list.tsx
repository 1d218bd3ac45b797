// Account B's existing grant rules for one network (Vpc DescribeGrantRulesToCen), as B's VPC console lists them.
import { useQuery } from '@tanstack/react-query';
import { Empty, Spin, Typography } from 'antd';
import { grantQueries, type NetworkType } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { ErrorPanel } from '../../components/error-panel';

export function GrantRulesList({
  regionId,
  instanceId,
  type,
}: {
  regionId: string;
  instanceId: string;
  type: NetworkType;
}) {
  const { t } = useI18n();
  const rules = useQuery(grantQueries.ofNetwork(regionId, instanceId, type));
  if (rules.isPending) return <Spin size="small" aria-label={t('loading')} />;
  if (rules.isError) return <ErrorPanel error={rules.error} onRetry={() => void rules.refetch()} />;
  return (
    <section aria-label={t('grantRules')}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('grantRules')}
      </Typography.Title>
      {rules.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noGrantRules')} />
      ) : (
        <ul className="plain-list">
          {rules.data.map((rule) => (
            <li key={`${rule.CenInstanceId}:${rule.CenOwnerId}`} data-testid="grant-rule">
              <span>
                {t('grantCen')}: <Typography.Text code>{rule.CenInstanceId}</Typography.Text>
              </span>
              <span>
                {t('grantOwner')}: {rule.CenOwnerId}
              </span>
              {rule.CreationTime ? (
                <span>
                  {t('grantTime')}: {rule.CreationTime}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
