// Tutorial Step 2 "Account B authorizes Account A to attach a network under Account B" — acting as Account B:
// pick B's network (every page of DescribeVpcs / DescribeVirtualBorderRouters), then GrantInstanceToCen with the
// CEN ID from step 1 and Account A's UID from the account configuration, so nothing is copied by hand. On Enterprise
// Edition (api/edition.ts) the step is enterprise-authorize-step.tsx.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { PlannedCall } from '../../../domain/plan/plan-types';
import { grantCall } from '../../../domain/plan/setup-calls';
import { accountByName, accountQueries } from '../../api/accounts';
import { useEditionName } from '../../api/edition';
import { toApiError } from '../../api/api-error';
import { grantQueries, networkQueries, type NetworkType } from '../../api/networks';
import { rememberGrant } from '../../api/new-grant';
import { useI18n } from '../../i18n/i18n';
import { callWithClientToken, sendPlannedCall } from '../../plan/send-planned-call';
import { progressStore, setCurrentStep, setStepState, useProgress } from '../../state/progress-store';
import { ErrorPanel, WriteErrorPanel } from '../../components/error-panel';
import { NeedCenAlert } from '../../components/need-cen-alert';
import { NetworkPlaceFields } from '../../components/network-place-fields';
import { StepPanel } from '../../components/step-panel';
import { EnterpriseAuthorizeStep } from './enterprise-authorize-step';
import { GrantRulesList } from './grant-rules-list';

const formSchema = z.object({
  type: z.enum(['VPC', 'VBR']),
  regionId: z.string().min(1, { error: 'Choose a region.' }),
  instanceId: z.string().min(1, { error: 'Choose a network.' }),
});
type FormValues = z.infer<typeof formSchema>;

export function AuthorizeStep() {
  return useEditionName() === 'Enterprise' ? <EnterpriseAuthorizeStep /> : <BasicAuthorizeStep />;
}

function BasicAuthorizeStep() {
  const { t } = useI18n();
  const cenId = useProgress((p) => p.cenId);
  const handed = useProgress((p) => p.network);
  const accounts = useQuery(accountQueries.all());
  const aUid = accountByName(accounts.data, 'A')?.uid;
  const bUid = accountByName(accounts.data, 'B')?.uid;
  const queryClient = useQueryClient();

  const { control, handleSubmit, setValue } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      type: handed?.type ?? 'VPC',
      regionId: handed?.regionId ?? '',
      instanceId: handed?.instanceId ?? '',
    },
    mode: 'onTouched',
  });
  const type = useWatch({ control, name: 'type' });
  const regionId = useWatch({ control, name: 'regionId' });
  const instanceId = useWatch({ control, name: 'instanceId' });

  const networks = useQuery({ ...networkQueries.list('B', regionId, type), enabled: Boolean(regionId) });
  const grants = useQuery({
    ...grantQueries.ofNetwork(regionId, instanceId, type),
    enabled: Boolean(regionId && instanceId),
  });
  const alreadyGranted = Boolean(cenId && grants.data?.some((rule) => rule.CenInstanceId === cenId));
  const done = Boolean(handed && cenId && alreadyGranted && handed.instanceId === instanceId);

  const grant = useMutation({
    mutationFn: (request: { call: PlannedCall; network: FormValues; cenId: string; aUid: string }) =>
      sendPlannedCall(request.call),
    onMutate: () => setStepState(2, { status: 'process', since: Date.now() }),
    onSuccess: async (_result, request) => {
      handOver(request.network);
      // The grant is in B's list once the call succeeds (new-grant.ts): no read of that list right after the write.
      await rememberGrant(queryClient, request.network, request.cenId, request.aUid, bUid);
    },
    onError: (error) => setStepState(2, { status: 'error', reason: toApiError(error).code }),
  });

  // Reconcile with the cloud: a grant made earlier (or elsewhere) for the handed-over network counts as done.
  useEffect(() => {
    if (done) setStepState(2, { status: 'finish' });
  }, [done]);

  const onValid = (values: FormValues) => {
    if (!cenId || !aUid) return;
    const network = { type: values.type, regionId: values.regionId, instanceId: values.instanceId };
    grant.mutate({
      call: callWithClientToken((tokens) => grantCall(network, cenId, aUid, tokens)),
      network,
      cenId,
      aUid,
    });
  };

  return (
    <StepPanel step={2} account="B" regionId={regionId || undefined}>
      {!cenId ? <NeedCenAlert style={{ marginBottom: 16 }} /> : null}
      <form noValidate aria-label={t('step2')} onSubmit={(event) => void handleSubmit(onValid)(event)}>
        <Form layout="vertical" component={false}>
          <Form.Item label={t('cenId')} htmlFor="grant-cen-id">
            <Input id="grant-cen-id" readOnly value={cenId ?? ''} />
          </Form.Item>
          <Form.Item label={t('accountAUid')} htmlFor="grant-cen-owner">
            <Input id="grant-cen-owner" readOnly value={aUid ?? ''} />
          </Form.Item>
          <NetworkPlaceFields
            control={control}
            networks={networks.data}
            loading={networks.isFetching}
            clearNetwork={() => setValue('instanceId', '')}
          />
          {networks.isError ? (
            <ErrorPanel error={networks.error} onRetry={() => void networks.refetch()} />
          ) : null}
          <WriteErrorPanel write={grant} gap="below" />
          <Flex gap="small" wrap style={{ marginBottom: 16 }}>
            {alreadyGranted && !done ? (
              <Button type="primary" onClick={() => handOver({ type, regionId, instanceId })}>
                {t('useThisNetwork')}
              </Button>
            ) : (
              <Button
                type="primary"
                htmlType="submit"
                loading={grant.isPending}
                disabled={!cenId || !aUid || done}
              >
                {t('authorize')}
              </Button>
            )}
          </Flex>
        </Form>
      </form>
      {alreadyGranted && !done ? <Alert type="info" showIcon title={t('alreadyGranted')} /> : null}
      {done ? (
        <Alert
          type="success"
          showIcon
          title={t('grantDone', { id: instanceId })}
          action={
            <Button type="primary" onClick={() => setCurrentStep(2)}>
              {t('next')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {regionId && instanceId ? (
        <GrantRulesList regionId={regionId} instanceId={instanceId} type={type} />
      ) : null}
    </StepPanel>
  );
}

/** Hands B's network to step 3 through the progress store (steps never import each other). */
function handOver(network: { type: NetworkType; regionId: string; instanceId: string }) {
  progressStore.update((p) => ({ ...p, network }));
  setStepState(2, { status: 'finish' });
}
