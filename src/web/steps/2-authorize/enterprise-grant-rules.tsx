// Account B's grants of its VPC to transit routers (DescribeGrantRulesToResource, docs/reference/enterprise-edition.md
// §2 step 3), each with how it stands towards this journey (domain/grant.ts): this CEN and A's UID, this CEN under
// another owner UID (which blocks a new grant to it), or another CEN. A grant that does not serve this journey may be
// revoked (RevokeInstanceFromTransitRouter, the reference's undo), after a confirmation.
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Popconfirm, Spin, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { grantStanding, type GrantStanding } from '../../../domain/grant';
import { revokeFromRouterCall } from '../../../domain/plan/enterprise-setup-calls';
import { transitQueries } from '../../api/transit-routers';
import { ErrorPanel } from '../../components/error-panel';
import { useI18n } from '../../i18n/i18n';
import { sendPlannedCall } from '../../plan/send-planned-call';
import { useEnterpriseGrantText } from './enterprise-text';

export interface GrantRule {
  CenId: string;
  CenOwnerId: string;
  OrderType?: string | undefined;
  EffectiveOrderType?: string | undefined;
  CreateTime?: string | undefined;
}

const MATCH_TEXT = {
  granted: 'match.ok',
  'wrong-owner': 'match.wrongOwner',
  'other-cens': 'match.otherCen',
  missing: 'match.otherCen',
} as const satisfies Record<GrantStanding['kind'], string>;

export function EnterpriseGrantRules({
  vpc,
  cenId,
  uidA,
  rules,
}: {
  vpc: { vpcId: string; regionId: string };
  cenId: string;
  uidA: string | undefined;
  rules: UseQueryResult<GrantRule[]>;
}) {
  const { t } = useI18n();
  const gt = useEnterpriseGrantText();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (rule: GrantRule) =>
      sendPlannedCall(
        revokeFromRouterCall(vpc, { cenId: rule.CenId, cenOwnerId: rule.CenOwnerId }, { status: 'pending' }),
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: transitQueries.grants(vpc.regionId, vpc.vpcId).queryKey }),
  });

  if (rules.isPending) return <Spin size="small" aria-label={t('loading')} />;
  if (rules.isError) return <ErrorPanel error={rules.error} onRetry={() => void rules.refetch()} />;
  const standing = (rule: GrantRule) =>
    uidA ? grantStanding([{ cenId: rule.CenId, cenOwnerUid: rule.CenOwnerId }], cenId, uidA).kind : undefined;
  return (
    <section aria-labelledby="tr-grants-title">
      <Typography.Title level={3} id="tr-grants-title" style={{ fontSize: 16 }}>
        {gt('rules.title')}
      </Typography.Title>
      {rules.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={gt('rules.none')} />
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey={(rule) => `${rule.CenId}:${rule.CenOwnerId}`}
          dataSource={rules.data}
          onRow={(rule) => ({ 'data-testid': `tr-grant-${rule.CenId}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: gt('rules.cen'),
              key: 'cen',
              render: (_, rule) => <Typography.Text code>{rule.CenId}</Typography.Text>,
            },
            { title: gt('rules.owner'), key: 'owner', render: (_, rule) => rule.CenOwnerId },
            {
              title: gt('rules.payer'),
              key: 'payer',
              render: (_, rule) => rule.EffectiveOrderType ?? rule.OrderType ?? '—',
            },
            { title: gt('rules.created'), key: 'created', render: (_, rule) => rule.CreateTime ?? '—' },
            {
              title: gt('rules.match'),
              key: 'match',
              render: (_, rule) => {
                const kind = standing(rule);
                if (!kind) return '—';
                // Words plus a glyph, never colour alone (as components/status-tag.tsx).
                const [glyph, color] =
                  kind === 'granted'
                    ? ['✓', '#135200']
                    : kind === 'wrong-owner'
                      ? ['✕', '#820014']
                      : ['•', 'inherit'];
                return (
                  <Tag style={{ color }}>
                    <span aria-hidden="true">{glyph} </span>
                    <span data-testid={`tr-grant-match-${rule.CenId}`} data-match={kind}>
                      {gt(MATCH_TEXT[kind])}
                    </span>
                  </Tag>
                );
              },
            },
            {
              title: '',
              key: 'revoke',
              render: (_, rule) =>
                standing(rule) === 'granted' ? null : (
                  <Popconfirm
                    title={gt('revoke.confirm', { vpc: vpc.vpcId, cen: rule.CenId, owner: rule.CenOwnerId })}
                    okText={gt('revoke.ok')}
                    cancelText={gt('revoke.cancel')}
                    onConfirm={() => revoke.mutate(rule)}
                  >
                    <Button size="small" danger loading={revoke.isPending && revoke.variables === rule}>
                      {gt('revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
      {revoke.isError ? <ErrorPanel error={revoke.error} /> : null}
    </section>
  );
}
