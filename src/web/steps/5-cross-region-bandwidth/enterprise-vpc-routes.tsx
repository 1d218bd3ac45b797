// Step 5 on Enterprise Edition, third part: how each VPC reaches its transit router (docs/reference/
// enterprise-edition.md §2 step 10), chosen here and saved (progress.routes): a route entry in each VPC's System
// route table sending the other VPC's CIDR block to its own VPC attachment, made by the VPC's owner (routeCall,
// NextHopType=Attachment; Pending → Available, listed live), or the routers' automatic publication
// (AutoPublishRouteEnabled), which is set when the attachment is created (step 3) and UNCONFIRMED for B's VPC
// (§4 item 6); the mock cloud does not route by it (mocks/FIDELITY.md).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Radio, Typography } from 'antd';
import type { Side } from '../../../domain/plan/enterprise-setup-input';
import { routeCall } from '../../../domain/plan/enterprise-setup-calls';
import { toApiError } from '../../api/api-error';
import { transitQueries } from '../../api/transit-routers';
import { ErrorPanel } from '../../components/error-panel';
import { StatusTag } from '../../components/status-tag';
import { useI18n } from '../../i18n/i18n';
import { callWithClientToken, sendPlannedCall } from '../../plan/send-planned-call';
import { forgetClientToken, progressStore, setStepState, useProgress } from '../../state/progress-store';
import { routeToOther, type EnterpriseConnection } from './enterprise-connection-state';
import { useEnterpriseStep5Text } from './enterprise-text';
import { SideTable, SIDES } from './side-table';

const other = (side: Side): Side => (side === 'A' ? 'B' : 'A');
export type RouteChoice = 'RouteEntry' | 'AutoPublish';

/** The choice as saved; a route entry until the user says otherwise (the documented way for both accounts). */
export function useRouteChoice(): RouteChoice {
  return useProgress((p) => p.routes ?? 'RouteEntry');
}

/** Whether each VPC reaches its router the chosen way: an Available route, or a publishing attachment. */
export function routesDone(conn: EnterpriseConnection, choice: RouteChoice): boolean {
  return SIDES.every((side) => {
    const s = conn.sides[side];
    if (choice === 'AutoPublish') return s.attachment?.AutoPublishRouteEnabled === true;
    return routeToOther(s, conn.sides[other(side)].cidr)?.Status === 'Available';
  });
}

function RouteButton({ conn, side }: { conn: EnterpriseConnection; side: Side }) {
  const et = useEnterpriseStep5Text();
  const queryClient = useQueryClient();
  const s = conn.sides[side];
  const destination = conn.sides[other(side)].cidr;
  const create = useMutation({
    mutationFn: async () => {
      const v = conn.input.vpcs[side];
      if (!v) throw new Error(`Account ${side}'s VPC is not chosen (step 1).`);
      const call = callWithClientToken((tokens) =>
        routeCall(side, v, destination, tokens, { status: 'pending' }),
      );
      await sendPlannedCall(call);
      if (call.clientToken) forgetClientToken(call.clientToken.purpose);
    },
    onMutate: () => setStepState(5, { status: 'process', since: Date.now() }),
    onError: (error) => setStepState(5, { status: 'error', reason: toApiError(error).code }),
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: transitQueries.vpcRoutes(side, s.regionId, s.vpcId).queryKey,
      }),
  });
  const why =
    s.attachment?.Status !== 'Attached'
      ? et('routes.waitAttachment', { vpc: s.vpcId })
      : !destination
        ? et('routes.noCidr')
        : !s.routeTableId
          ? et('routes.noTable', { vpc: s.vpcId })
          : undefined;
  return (
    <Flex vertical gap="small" align="start">
      {why ? <Typography.Text>{why}</Typography.Text> : null}
      <Button disabled={Boolean(why)} loading={create.isPending} onClick={() => create.mutate()}>
        {et('routes.create', { account: side, vpc: s.vpcId })}
      </Button>
      {create.isError ? <ErrorPanel error={create.error} /> : null}
    </Flex>
  );
}

export function EnterpriseVpcRoutes({ conn }: { conn: EnterpriseConnection }) {
  const { t } = useI18n();
  const et = useEnterpriseStep5Text();
  const choice = useRouteChoice();
  const choose = (routes: RouteChoice) => progressStore.update((p) => ({ ...p, routes }));
  return (
    <section aria-labelledby="tr-routes-title">
      <Typography.Title level={3} id="tr-routes-title" style={{ fontSize: 16 }}>
        {et('routes.title')}
      </Typography.Title>
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
        <legend style={{ fontSize: 14, marginBottom: 8 }}>{et('routes.legend')}</legend>
        <Radio.Group value={choice} onChange={(e) => choose(e.target.value as RouteChoice)}>
          <Flex vertical gap="small">
            {(['RouteEntry', 'AutoPublish'] as const).map((option) => (
              <Radio key={option} value={option} aria-describedby={`tr-routes-${option}-explain`}>
                <strong>{et(`routes.${option}`)}</strong>
                <span id={`tr-routes-${option}-explain`} style={{ display: 'block', maxWidth: 720 }}>
                  {et(`routes.${option}.explain`)}
                </span>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </fieldset>
      {choice === 'AutoPublish' ? (
        <Flex vertical gap="small">
          {SIDES.map((side) => {
            const s = conn.sides[side];
            const published = s.attachment?.AutoPublishRouteEnabled === true;
            return (
              <Alert
                key={side}
                type={published ? 'success' : 'warning'}
                showIcon
                title={et(published ? 'routes.published' : 'routes.notPublished', { vpc: s.vpcId })}
                data-testid={`tr-publish-${side}`}
              />
            );
          })}
        </Flex>
      ) : (
        <SideTable
          columns={[
            {
              title: et('routes.vpc'),
              key: 'vpc',
              render: (_, { side }) =>
                `${t(side === 'A' ? 'accountA' : 'accountB')} · ${conn.sides[side].vpcId}`,
            },
            {
              title: et('routes.destination'),
              key: 'destination',
              render: (_, { side }) => conn.sides[other(side)].cidr ?? '—',
            },
            {
              title: et('routes.nextHop'),
              key: 'nextHop',
              render: (_, { side }) => {
                const hop = routeToOther(conn.sides[side], conn.sides[other(side)].cidr)?.NextHops.NextHop[0];
                const id = hop?.NextHopId ?? conn.sides[side].attachment?.TransitRouterAttachmentId;
                return id ? <Typography.Text code>{id}</Typography.Text> : '—';
              },
            },
            {
              title: t('status'),
              key: 'status',
              render: (_, { side }) => {
                const route = routeToOther(conn.sides[side], conn.sides[other(side)].cidr);
                return route ? (
                  <StatusTag status={route.Status} testId={`tr-route-status-${side}`} />
                ) : (
                  <RouteButton conn={conn} side={side} />
                );
              },
            },
          ]}
        />
      )}
    </section>
  );
}
