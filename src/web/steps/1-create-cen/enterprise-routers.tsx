// Step 1 on Enterprise Edition, once CreateCen has answered: the CEN's status (DescribeCens, Creating → Active) and
// one transit router in each region of the two VPCs (CreateTransitRouter, docs/reference/enterprise-edition.md §2
// step 2), listed live with ListTransitRouters (Creating → Active). The step is done when the CEN and both routers
// are Active.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { ENTERPRISE_TOKEN_PURPOSE } from '../../../domain/plan/client-token-purposes';
import { regionLabel } from '../../../domain/regions';
import { cenQueries } from '../../api/cen';
import { callAction } from '../../api/client';
import { rememberNewRouter, transitQueries } from '../../api/transit-routers';
import { ErrorPanel } from '../../components/error-panel';
import { NextStepAlert } from '../../components/next-step-alert';
import { StatusTag } from '../../components/status-tag';
import { useI18n } from '../../i18n/i18n';
import {
  clientTokenFor,
  forgetClientToken,
  progressStore,
  setStepState,
  useProgress,
} from '../../state/progress-store';
import { CenSummary } from './cen-summary';
import { useEnterpriseText } from './enterprise-text';

/** The regions of the two VPCs chosen in step 1, A's first. */
export function useJourneyRegions(): string[] {
  const a = useProgress((p) => p.ownNetwork?.regionId);
  const b = useProgress((p) => p.network?.regionId);
  return [...new Set([a, b].filter((r): r is string => Boolean(r)))];
}

export function EnterpriseRouters({ cenId }: { cenId: string }) {
  const { t, locale } = useI18n();
  const et = useEnterpriseText();
  const queryClient = useQueryClient();
  const cen = useQuery(cenQueries.detail(cenId));
  const routers = useQuery(transitQueries.routers(cenId));
  const regions = useJourneyRegions();
  // Only A creates routers; B's service is needed for step 3's attachment of B's VPC (§2 step 5).
  const servicesOn = useQuery(transitQueries.service('A')).data === true;
  const cenActive = cen.data?.Status === 'Active';
  const routerIn = (region: string) => routers.data?.find((r) => r.RegionId === region);
  const missing = regions.filter((region) => !routerIn(region));
  const allActive = cenActive && regions.length > 0 && regions.every((r) => routerIn(r)?.Status === 'Active');

  const create = useMutation({
    mutationFn: async () => {
      for (const region of missing) {
        const purpose = ENTERPRISE_TOKEN_PURPOSE.createRouter(cenId, region);
        const made = await callAction('CreateTransitRouter', {
          account: 'A',
          params: { CenId: cenId, RegionId: region, ClientToken: clientTokenFor(purpose) },
        });
        // Its System table's links start empty rather than read (transit-routers.ts rememberNewRouter).
        rememberNewRouter(queryClient, made.TransitRouterId);
        forgetClientToken(purpose);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: transitQueries.routers(cenId).queryKey }),
  });

  useEffect(() => {
    if (cen.data === null) setStepState(1, { status: 'error', reason: 'InvalidCenInstanceId.NotFound' });
    else if (allActive) setStepState(1, { status: 'finish' });
    else if (cen.data) {
      const previous = progressStore.get().steps['1'];
      setStepState(1, { status: 'process', since: previous?.since ?? Date.now() });
    }
  }, [cen.data, allActive]);

  return (
    <Flex vertical gap="middle">
      <CenSummary cenId={cenId} cen={cen} />
      <section aria-labelledby="tr-routers-title">
        <Typography.Title level={3} id="tr-routers-title" style={{ fontSize: 16 }}>
          {et('routers.title')}
        </Typography.Title>
        <Table
          size="small"
          pagination={false}
          rowKey="region"
          dataSource={regions.map((region) => ({ region, router: routerIn(region) }))}
          columns={[
            {
              title: et('routers.region'),
              key: 'region',
              render: (_, row) => regionLabel(row.region, locale),
            },
            {
              title: et('routers.id'),
              key: 'id',
              render: (_, row) =>
                row.router ? (
                  <Typography.Text code>{row.router.TransitRouterId}</Typography.Text>
                ) : (
                  et('routers.none')
                ),
            },
            {
              title: t('status'),
              key: 'status',
              render: (_, row) =>
                row.router ? (
                  <StatusTag status={row.router.Status} testId={`tr-status-${row.region}`} />
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </section>
      {routers.isError ? <ErrorPanel error={routers.error} onRetry={() => void routers.refetch()} /> : null}
      {missing.length > 0 ? (
        <Flex vertical gap="small" align="start">
          {!cenActive ? <Typography.Text>{et('routers.waitCen')}</Typography.Text> : null}
          {cenActive && !servicesOn ? <Typography.Text>{et('service.needed')}</Typography.Text> : null}
          <Button
            type="primary"
            disabled={!cenActive || !servicesOn || !routers.isSuccess}
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            {et('routers.create')}
          </Button>
        </Flex>
      ) : null}
      {create.isError ? <ErrorPanel error={create.error} /> : null}
      {allActive ? <NextStepAlert title={et('routers.done')} nextIndex={1} /> : null}
    </Flex>
  );
}
