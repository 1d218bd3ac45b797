// Tutorial Step 2 on Enterprise Edition (docs/reference/enterprise-edition.md §2 step 3), acting as Account B: B grants
// the VPC chosen in step 1 (progress.network) to A's CEN with Cbn GrantInstanceToTransitRouter — the CEN ID from
// step 1 and A's UID from the accounts, so nothing is typed — and says who pays (OrderType). B's grants are read
// back with DescribeGrantRulesToResource; the step is done when one names this CEN and A's UID. The chosen payer is
// kept in the progress (grantOrderType) for the plan's grant.orderType.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { grantStanding } from '../../../domain/grant';
import { grantToRouterCall } from '../../../domain/plan/enterprise-setup-calls';
import { orderTypeSchema } from '../../../domain/plan/enterprise-setup-input';
import { regionLabel } from '../../../domain/regions';
import { accountByName, accountQueries } from '../../api/accounts';
import { toApiError } from '../../api/api-error';
import { rememberTransitGrant } from '../../api/new-transit-grant';
import { transitQueries } from '../../api/transit-routers';
import { WriteErrorPanel } from '../../components/error-panel';
import { NeedCenAlert } from '../../components/need-cen-alert';
import { NextStepAlert } from '../../components/next-step-alert';
import { StepPanel } from '../../components/step-panel';
import { useI18n } from '../../i18n/i18n';
import { callWithClientToken, sendPlannedCall } from '../../plan/send-planned-call';
import { progressStore, setCurrentStep, setStepState, useProgress } from '../../state/progress-store';
import { EnterpriseGrantRules } from './enterprise-grant-rules';
import { useEnterpriseGrantText } from './enterprise-text';

type OrderType = (typeof orderTypeSchema.options)[number];
/** Terraform's own example grants with PayByCenOwner, and so does the mock when OrderType is left out (§2 step 3). */
const DEFAULT_ORDER_TYPE: OrderType = 'PayByCenOwner';

const saveOrderType = (orderType: OrderType) =>
  progressStore.update((p) => (p.grantOrderType === orderType ? p : { ...p, grantOrderType: orderType }));

const markInProgress = () => setStepState(2, { status: 'process', since: Date.now() });

export function EnterpriseAuthorizeStep() {
  const { t, locale } = useI18n();
  const gt = useEnterpriseGrantText();
  const cenId = useProgress((p) => p.cenId);
  const network = useProgress((p) => p.network);
  const saved = useProgress((p) => p.grantOrderType);
  const accounts = useQuery(accountQueries.all());
  const uidA = accountByName(accounts.data, 'A')?.uid;
  const queryClient = useQueryClient();
  const vpc = network?.type === 'VPC' ? { vpcId: network.instanceId, regionId: network.regionId } : undefined;

  const rules = useQuery({
    ...transitQueries.grants(vpc?.regionId ?? '', vpc?.vpcId ?? ''),
    enabled: Boolean(vpc),
  });
  const standing =
    cenId && uidA && rules.data
      ? grantStanding(
          rules.data.map((r) => ({ cenId: r.CenId, cenOwnerUid: r.CenOwnerId })),
          cenId,
          uidA,
        )
      : undefined;
  const granted = standing?.kind === 'granted';
  const grantedRule = granted
    ? rules.data?.find((r) => r.CenId === cenId && r.CenOwnerId === uidA)
    : undefined;
  const grantedOrderType = orderTypeSchema.safeParse(
    grantedRule?.EffectiveOrderType ?? grantedRule?.OrderType,
  ).data;
  const orderType: OrderType = grantedOrderType ?? saved ?? DEFAULT_ORDER_TYPE;

  const grant = useMutation({
    mutationFn: (chosen: OrderType) => {
      if (!vpc) throw new Error('No VPC of Account B was chosen in step 1.');
      saveOrderType(chosen);
      return sendPlannedCall(
        callWithClientToken(() => grantToRouterCall(vpc, cenId, uidA, chosen, { status: 'pending' })),
      );
    },
    onMutate: markInProgress,
    // The grant is synchronous: its rule joins the list read before instead of a second read (new-transit-grant.ts).
    onSuccess: (_answer, chosen) =>
      vpc && cenId && uidA
        ? rememberTransitGrant(queryClient, { ...vpc, cenId, cenOwnerUid: uidA, orderType: chosen })
        : queryClient.invalidateQueries({
            queryKey: transitQueries.grants(vpc?.regionId ?? '', vpc?.vpcId ?? '').queryKey,
          }),
    onError: (error) => setStepState(2, { status: 'error', reason: toApiError(error).code }),
  });

  // Reconcile with the cloud: a grant made earlier (or elsewhere) for this CEN and A counts, with its own payer.
  useEffect(() => {
    if (!granted) return;
    if (grantedOrderType) saveOrderType(grantedOrderType);
    setStepState(2, { status: 'finish' });
  }, [granted, grantedOrderType]);

  const wrongOwner = standing?.kind === 'wrong-owner' ? standing.grant : undefined;
  const canGrant = Boolean(cenId && uidA && vpc && rules.isSuccess && !granted && !wrongOwner);

  return (
    <StepPanel step={2} account="B" regionId={vpc?.regionId}>
      {!cenId ? <NeedCenAlert style={{ marginBottom: 16 }} /> : null}
      {cenId && !vpc ? (
        <Alert
          type="warning"
          showIcon
          title={gt('needVpc')}
          action={<Button onClick={() => setCurrentStep(0)}>{t('goToStep', { n: 1 })}</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Typography.Paragraph>{gt('intro')}</Typography.Paragraph>
      <form
        noValidate
        aria-label={t('step2')}
        onSubmit={(event) => {
          event.preventDefault();
          if (canGrant) grant.mutate(orderType);
        }}
      >
        <Form layout="vertical" component={false}>
          <Form.Item label={t('cenId')} htmlFor="tr-grant-cen-id">
            <Input id="tr-grant-cen-id" readOnly value={cenId ?? ''} />
          </Form.Item>
          <Form.Item label={t('accountAUid')} htmlFor="tr-grant-cen-owner">
            <Input id="tr-grant-cen-owner" readOnly value={uidA ?? ''} />
          </Form.Item>
          <Form.Item label={gt('vpc')} htmlFor="tr-grant-vpc">
            <Input
              id="tr-grant-vpc"
              readOnly
              value={vpc ? `${vpc.vpcId} (${regionLabel(vpc.regionId, locale)})` : ''}
            />
          </Form.Item>
          <fieldset className="plain-fieldset" style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
            <legend style={{ fontWeight: 600, marginBottom: 8 }}>{gt('payer.legend')}</legend>
            <Radio.Group
              value={orderType}
              disabled={granted || grant.isPending}
              onChange={(event) => saveOrderType(orderTypeSchema.parse(event.target.value))}
            >
              <Flex vertical gap="small">
                {orderTypeSchema.options.map((option) => (
                  <div key={option}>
                    <Radio value={option} aria-describedby={`tr-payer-${option}`}>
                      {gt(`payer.${option}`)}
                    </Radio>
                    <Typography.Paragraph
                      id={`tr-payer-${option}`}
                      type="secondary"
                      style={{ margin: '2px 0 0 24px' }}
                    >
                      {gt(`payer.${option}.explain`)}
                    </Typography.Paragraph>
                  </div>
                ))}
              </Flex>
            </Radio.Group>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {gt('payer.unconfirmed')}
            </Typography.Paragraph>
          </fieldset>
          {wrongOwner && uidA ? (
            <Alert
              type="error"
              showIcon
              data-testid="tr-grant-wrong-owner"
              title={gt('wrongOwner', { owner: wrongOwner.cenOwnerUid, uidA })}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <WriteErrorPanel write={grant} gap="below" />
          {!granted ? (
            <Button type="primary" htmlType="submit" loading={grant.isPending} disabled={!canGrant}>
              {gt('grant')}
            </Button>
          ) : null}
        </Form>
      </form>
      {granted && cenId && vpc ? (
        <div style={{ margin: '16px 0' }}>
          <NextStepAlert title={gt('done', { vpc: vpc.vpcId, cen: cenId })} nextIndex={2} />
        </div>
      ) : null}
      {cenId && vpc ? (
        <div style={{ marginTop: 16 }}>
          <EnterpriseGrantRules vpc={vpc} cenId={cenId} uidA={uidA} rules={rules} />
        </div>
      ) : null}
    </StepPanel>
  );
}
