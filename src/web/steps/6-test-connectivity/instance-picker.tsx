// One side of the connectivity test: an ECS instance in an attached VPC (Ecs DescribeInstances) and its private IP.
import { useQuery } from '@tanstack/react-query';
import { Form, Select, Typography } from 'antd';
import { regionLabel } from '../../../domain/regions';
import type { AccountName } from '../../../domain/accounts';
import { ecsQueries, type EcsInstance } from '../../api/ecs';
import { useI18n } from '../../i18n/i18n';
import { AccountBadge } from '../../components/account-badge';
import { ErrorPanel } from '../../components/error-panel';

export interface InstancePickerProps {
  side: AccountName;
  regionId: string;
  vpcId: string;
  value: string | undefined;
  onChange: (instance: EcsInstance | undefined) => void;
}

export function privateIp(instance: EcsInstance | undefined): string | undefined {
  return instance?.VpcAttributes.PrivateIpAddress.IpAddress[0];
}

export function InstancePicker({ side, regionId, vpcId, value, onChange }: InstancePickerProps) {
  const { t, locale } = useI18n();
  const instances = useQuery(ecsQueries.inVpc(side, regionId, vpcId));
  const id = `ecs-${side}`;
  const label = t('ecsSide', { network: vpcId, region: regionLabel(regionId, locale) });
  const chosen = instances.data?.find((i) => i.InstanceId === value);
  return (
    <div style={{ flex: '1 1 300px' }}>
      <AccountBadge account={side} />
      <Form.Item label={label} htmlFor={id} style={{ marginTop: 8 }}>
        <Select
          id={id}
          value={value}
          onChange={(next: string) => onChange(instances.data?.find((i) => i.InstanceId === next))}
          virtual={false}
          loading={instances.isFetching}
          placeholder={t('chooseInstance')}
          notFoundContent={t('noInstances')}
          options={(instances.data ?? []).map((i) => ({
            value: i.InstanceId,
            label: `${i.InstanceName ?? i.InstanceId} (${i.InstanceId}) · ${privateIp(i) ?? '—'} · ${i.Status}`,
          }))}
        />
      </Form.Item>
      {instances.isError ? (
        <ErrorPanel error={instances.error} onRetry={() => void instances.refetch()} />
      ) : null}
      {chosen ? (
        <Typography.Paragraph>
          {t('privateIp')}:{' '}
          <Typography.Text code data-testid={`private-ip-${side}`}>
            {privateIp(chosen) ?? '—'}
          </Typography.Text>
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
