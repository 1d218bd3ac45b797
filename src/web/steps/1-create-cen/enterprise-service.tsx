// Step 1 on Enterprise Edition, step 0 of docs/reference/enterprise-edition.md §2: each account's transit-router
// service (CheckTransitRouterService), and a button to turn it on in the account that lacks it. Turning it on is
// free but cannot be undone, so it is sent only after the user confirms, and only in that account. ORDER.OPEND
// (already on, e.g. from another tab) counts as done.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Popconfirm, Spin, Typography } from 'antd';
import type { AccountName } from '../../../domain/accounts';
import { ENTERPRISE_TOKEN_PURPOSE } from '../../../domain/plan/client-token-purposes';
import { openServiceCall } from '../../../domain/plan/enterprise-setup-calls';
import { toApiError } from '../../api/api-error';
import { transitQueries } from '../../api/transit-routers';
import { ErrorPanel } from '../../components/error-panel';
import { StatusTag } from '../../components/status-tag';
import { useI18n } from '../../i18n/i18n';
import { callWithClientToken, sendPlannedCall } from '../../plan/send-planned-call';
import { forgetClientToken } from '../../state/progress-store';
import { useEnterpriseText } from './enterprise-text';

// The plan's own call (enterprise-setup-calls.ts openServiceCall), so it carries the ClientToken the BFF requires of
// a write that can take one (src/server/routes/openapi.ts), kept per account: a retry after a lost answer sends the
// same token.
async function openService(account: AccountName): Promise<void> {
  const purpose = ENTERPRISE_TOKEN_PURPOSE.openService(account);
  try {
    await sendPlannedCall(
      callWithClientToken((tokens) => openServiceCall(account, tokens, { status: 'pending' })),
    );
  } catch (error) {
    if (toApiError(error).code !== 'ORDER.OPEND') throw error;
  }
  forgetClientToken(purpose);
}

function ServiceRow({ account }: { account: AccountName }) {
  const et = useEnterpriseText();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const service = useQuery(transitQueries.service(account));
  const open = useMutation({
    mutationFn: () => openService(account),
    onSettled: () => queryClient.invalidateQueries({ queryKey: transitQueries.service(account).queryKey }),
  });
  return (
    <Flex vertical gap="small">
      <Flex gap="small" align="center" wrap>
        {service.data === undefined ? (
          service.isError ? null : (
            <Spin size="small" aria-label={t('loading')} />
          )
        ) : (
          <StatusTag
            status={service.data ? et('service.on') : et('service.off')}
            testId={`tr-service-${account}`}
          />
        )}
        {service.data === false ? (
          <Popconfirm
            title={et('service.confirm', { account })}
            okText={et('service.confirmOk')}
            cancelText={et('service.cancel')}
            onConfirm={() => open.mutate()}
          >
            <Button loading={open.isPending}>{et('service.open', { account })}</Button>
          </Popconfirm>
        ) : null}
      </Flex>
      {service.isError ? <ErrorPanel error={service.error} onRetry={() => void service.refetch()} /> : null}
      {open.isError ? <ErrorPanel error={open.error} /> : null}
    </Flex>
  );
}

export function EnterpriseService() {
  const et = useEnterpriseText();
  const { t } = useI18n();
  return (
    <section aria-labelledby="tr-service-title">
      <Typography.Title level={3} id="tr-service-title" style={{ fontSize: 16 }}>
        {et('service.title')}
      </Typography.Title>
      <Alert type="info" role="note" showIcon title={et('service.explain')} style={{ marginBottom: 12 }} />
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={`${t('account')} A`}>
          <ServiceRow account="A" />
        </Descriptions.Item>
        <Descriptions.Item label={`${t('account')} B`}>
          <ServiceRow account="B" />
        </Descriptions.Item>
      </Descriptions>
    </section>
  );
}
