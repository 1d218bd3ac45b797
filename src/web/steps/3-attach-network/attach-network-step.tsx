// Tutorial Step 3 "Account A attaches the network": Account = Different Account, Owner Account = B's UID (filled),
// Network Type, Region, Networks. Only networks granted to this CEN can be chosen (Cbn DescribeGrantRulesToCen);
// the others are listed disabled with the reason. Attaching → Attached is polled (docs/reference/cen-api.md §3).
// "Current Account" attaches Account A's own network the same way, so both sides of the tutorial are on the CEN.
// On Enterprise Edition (api/edition.ts) the step is enterprise-attach-step.tsx.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { PlannedCall } from '../../../domain/plan/plan-types';
import { attachCall } from '../../../domain/plan/setup-calls';
import { accountByName, accountQueries } from '../../api/accounts';
import { useEditionName } from '../../api/edition';
import { toApiError } from '../../api/api-error';
import { attachmentQueries, grantQueries, networkQueries } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { sendPlannedCall } from '../../plan/send-planned-call';
import { setCurrentStep, setStepState, useProgress } from '../../state/progress-store';
import { ErrorPanel, WriteErrorPanel } from '../../components/error-panel';
import { NeedCenAlert } from '../../components/need-cen-alert';
import { NetworkPlaceFields } from '../../components/network-place-fields';
import { RadioField } from '../../components/radio-field';
import { StepPanel } from '../../components/step-panel';
import { LazyPreflightPanel } from '../../diagnosis/lazy';
import { AttachmentsList } from './attachments-list';
import { EnterpriseAttachStep } from './enterprise-attach-step';

const formSchema = z.object({
  owner: z.enum(['current', 'different']),
  type: z.enum(['VPC', 'VBR']),
  regionId: z.string().min(1, { error: 'Choose a region.' }),
  instanceId: z.string().min(1, { error: 'Choose a network.' }),
});
type FormValues = z.infer<typeof formSchema>;

export function AttachNetworkStep() {
  return useEditionName() === 'Enterprise' ? <EnterpriseAttachStep /> : <BasicAttachStep />;
}

function BasicAttachStep() {
  const { t } = useI18n();
  const cenId = useProgress((p) => p.cenId);
  const handed = useProgress((p) => p.network);
  const accounts = useQuery(accountQueries.all());
  const uidA = accountByName(accounts.data, 'A')?.uid;
  const uidB = accountByName(accounts.data, 'B')?.uid;
  const queryClient = useQueryClient();

  const { control, handleSubmit, setValue, setError } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      owner: 'different',
      type: handed?.type ?? 'VPC',
      regionId: handed?.regionId ?? '',
      instanceId: handed?.instanceId ?? '',
    },
    mode: 'onTouched',
  });
  const owner = useWatch({ control, name: 'owner' });
  const type = useWatch({ control, name: 'type' });
  const regionId = useWatch({ control, name: 'regionId' });
  const instanceId = useWatch({ control, name: 'instanceId' });
  const account = owner === 'different' ? 'B' : 'A';

  const networks = useQuery({ ...networkQueries.list(account, regionId, type), enabled: Boolean(regionId) });
  const grants = useQuery({ ...grantQueries.toCen(cenId ?? '', type), enabled: Boolean(cenId) });
  const attachments = useQuery({ ...attachmentQueries.ofCen(cenId ?? ''), enabled: Boolean(cenId) });

  const attachedIds = useMemo(
    () => new Set((attachments.data ?? []).map((c) => c.ChildInstanceId)),
    [attachments.data],
  );
  const grantedIds = useMemo(
    () =>
      new Set(
        (grants.data ?? [])
          .filter((g) => !uidB || g.ChildInstanceOwnerId === uidB)
          .map((g) => g.ChildInstanceId),
      ),
    [grants.data, uidB],
  );
  const grantsKnown = Boolean(grants.data);
  // Stable between renders (NetworkSelect rebuilds its options when it changes — the big tenant's 2,000 VPCs).
  const reasonFor = useCallback(
    (id: string): string | undefined => {
      if (attachedIds.has(id)) return t('alreadyAttached');
      // Until B's grants are read, "not authorized" would be a guess: a click on that disabled option did
      // nothing and the form then said "Choose a network" (seen in the throttling drill, where the grant read
      // is retried).
      if (owner === 'different' && cenId && !grantsKnown) return t('checkingGrant');
      if (owner === 'different' && !grantedIds.has(id)) return t('notGranted');
      return undefined;
    },
    [attachedIds, grantedIds, grantsKnown, owner, cenId, t],
  );

  const attachedB = (attachments.data ?? []).filter((c) => c.ChildInstanceOwnerId === uidB);
  const bDone = attachedB.some((c) => c.Status === 'Attached');
  const inProgress = (attachments.data ?? []).some((c) => c.Status !== 'Attached');
  const regionsAttached = new Set(
    (attachments.data ?? []).filter((c) => c.Status === 'Attached').map((c) => c.ChildInstanceRegionId),
  );

  const attach = useMutation({
    mutationFn: (call: PlannedCall) => sendPlannedCall(call),
    onMutate: () => setStepState(3, { status: 'process', since: Date.now() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentQueries.all }),
    onError: (error) => {
      setStepState(3, { status: 'error', reason: toApiError(error).code });
      // A lost answer may hide an attach the cloud applied (AttachCenChildInstance has no ClientToken): read the
      // attachments again so the list and the step follow the cloud instead of the error (the fault drills check it).
      void queryClient.invalidateQueries({ queryKey: attachmentQueries.all });
    },
  });

  // Reconcile the step's state with the cloud on every poll: done once B's network is Attached.
  useEffect(() => {
    if (bDone && !inProgress) setStepState(3, { status: 'finish' });
  }, [bDone, inProgress]);
  // A second attach (A's own network, or another of B's) puts the step in progress while B's stays Attached; when the
  // cloud is quick the list never shows it Attaching, so neither value above changes and the step would stay "in
  // progress" (seen in the overlapping-cidr training scenario). Done again once that write has settled.
  const stepStatus = useProgress((p) => p.steps['3']?.status);
  const settled = stepStatus === 'process' && !attach.isPending && !attachments.isFetching;
  useEffect(() => {
    if (settled && bDone && !inProgress) setStepState(3, { status: 'finish' });
  }, [settled, bDone, inProgress]);

  const onValid = (values: FormValues) => {
    if (!cenId) return;
    const reason = reasonFor(values.instanceId);
    if (reason) {
      setError('instanceId', { message: `${values.instanceId}: ${reason}` });
      return;
    }
    // Different Account: B's network, with B's UID as the Owner Account (attachCall's ChildInstanceOwnerId).
    const network = { ...values, owner: values.owner === 'different' ? ('B' as const) : ('A' as const) };
    attach.mutate(attachCall(network, cenId, uidB));
  };

  return (
    <StepPanel step={3} account="A" regionId={regionId || undefined}>
      {!cenId ? <NeedCenAlert style={{ marginBottom: 16 }} /> : null}
      <form noValidate aria-label={t('step3')} onSubmit={(event) => void handleSubmit(onValid)(event)}>
        <Form layout="vertical" component={false}>
          <RadioField
            control={control}
            name="owner"
            label={t('account')}
            onPicked={() => setValue('instanceId', '')}
            options={[
              { value: 'current', label: t('currentAccount') },
              { value: 'different', label: t('differentAccount') },
            ]}
          />
          <Form.Item label={t('ownerAccount')} htmlFor="attach-owner">
            <Input id="attach-owner" readOnly value={(owner === 'different' ? uidB : uidA) ?? ''} />
          </Form.Item>
          <NetworkPlaceFields
            control={control}
            networks={networks.data}
            loading={networks.isFetching || grants.isFetching}
            clearNetwork={() => setValue('instanceId', '')}
            reasonFor={reasonFor}
          />
          {networks.isError ? (
            <ErrorPanel error={networks.error} onRetry={() => void networks.refetch()} />
          ) : null}
          {grants.isError ? <ErrorPanel error={grants.error} onRetry={() => void grants.refetch()} /> : null}
          {/* Preflight: the chosen network, else every VPC here not yet attached — before Attach. */}
          {type === 'VPC' && regionId ? (
            <LazyPreflightPanel
              toAttach={(instanceId ? [instanceId] : (networks.data ?? []).map((n) => n.id))
                .filter((id) => id === instanceId || !attachedIds.has(id))
                .map((vpcId) => ({ account, regionId, vpcId }))}
            />
          ) : null}
          <WriteErrorPanel write={attach} gap="below" />
          <Button
            type="primary"
            htmlType="submit"
            loading={attach.isPending}
            disabled={!cenId}
            style={{ marginBottom: 16 }}
          >
            {t('attach')}
          </Button>
        </Form>
      </form>
      {bDone && regionsAttached.size < 2 ? (
        <Alert type="info" showIcon title={t('attachAlsoA')} style={{ marginBottom: 16 }} />
      ) : null}
      {bDone && !inProgress ? (
        <Alert
          type="success"
          showIcon
          title={t('attachDone')}
          action={
            <Button type="primary" onClick={() => setCurrentStep(3)}>
              {t('next')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {attachments.isError ? (
        <ErrorPanel error={attachments.error} onRetry={() => void attachments.refetch()} />
      ) : null}
      {attachments.data ? <AttachmentsList attachments={attachments.data} uidB={uidB} /> : null}
    </StepPanel>
  );
}
