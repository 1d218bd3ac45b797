// Tutorial Step 5 "Set the cross-region bandwidth": Bandwidth Packages (the interconnected areas), Connected Regions
// (two, inside those areas, with attached networks), Bandwidth — with the package's total, allocated and remaining
// shown, and over-allocation refused before any request (checkInterRegionLimit, src/domain/bandwidth.ts).
// SetCenInterRegionBandwidthLimit is then polled Modifying → Active (docs/reference/cen-api.md §3). On Enterprise
// Edition (api/edition.ts) the step is enterprise-cross-region-step.tsx.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Form, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  allocatedExcluding,
  checkInterRegionLimit,
  describeLimitProblem,
  LIMIT_MIN,
  samePair,
  type PackageBudget,
} from '../../../domain/bandwidth';
import type { PlannedCall } from '../../../domain/plan/plan-types';
import { limitCall } from '../../../domain/plan/setup-calls';
import { regionLabel, regionsFitAreas } from '../../../domain/regions';
import { toApiError } from '../../api/api-error';
import { isAssociatedWith, limitQueries, packageQueries } from '../../api/bandwidth';
import { attachmentQueries } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { setCurrentStep, setStepState, useProgress } from '../../state/progress-store';
import { MbpsInput, mbpsFieldSchema } from '../../components/mbps-input';
import { ErrorPanel, WriteErrorPanel } from '../../components/error-panel';
import { FormField, pickerProps } from '../../components/form-field';
import { packageLabel } from '../../components/package-label';
import { limitProblemText } from '../../components/rule-messages';
import { RegionSelect } from '../../components/region-select';
import { StatusTag } from '../../components/status-tag';
import { StepPanel } from '../../components/step-panel';
import { LazyPreflightPanel } from '../../diagnosis/lazy';
import { publishDraftPart, usePublishDraft, type DraftState } from '../../plan/plan-draft';
import { sendPlannedCall } from '../../plan/send-planned-call';
import { useEditionName } from '../../api/edition';
import { EnterpriseCrossRegionStep } from './enterprise-cross-region-step';

const formSchema = z.object({
  packageId: z.string().min(1, { error: 'Choose a bandwidth package.' }),
  local: z.string().min(1, { error: 'Choose a region.' }),
  opposite: z.string().min(1, { error: 'Choose a region.' }),
  bandwidth: mbpsFieldSchema,
});
type FormValues = z.input<typeof formSchema>;
type ValidValues = z.output<typeof formSchema>;

/**
 * What the plan preview may show of the form (plan-draft.ts): the connection only once it passes the form's rules
 * and the package's areas and budget (the same check as the click, src/domain/bandwidth.ts); else the problem, once
 * a bandwidth is typed, or nothing. 0 is refused here: it removes a connection, which is the teardown's job.
 */
export function limitDraft(values: FormValues, budget: PackageBudget | undefined): DraftState<'limit'> {
  const { local, opposite, bandwidth } = values;
  if (bandwidth === null) return undefined;
  const checked = formSchema.safeParse(values);
  if (!checked.success) return { problem: checked.error.issues[0]?.message ?? 'Choose a region.' };
  if (!budget) return { problem: 'Choose a bandwidth package.' };
  const problem =
    bandwidth < LIMIT_MIN
      ? ({ kind: 'range', min: LIMIT_MIN, max: budget.total } as const)
      : checkInterRegionLimit(budget, local, opposite, bandwidth);
  if (problem) return { problem: describeLimitProblem(problem) };
  return { value: { localRegionId: local, oppositeRegionId: opposite, bandwidthLimit: bandwidth } };
}

export function CrossRegionBandwidthStep() {
  const edition = useEditionName();
  return edition === 'Enterprise' ? <EnterpriseCrossRegionStep /> : <BasicCrossRegionBandwidthStep />;
}

function BasicCrossRegionBandwidthStep() {
  const { t, locale } = useI18n();
  const cenId = useProgress((p) => p.cenId);
  const savedPackage = useProgress((p) => p.bandwidthPackageId);
  const queryClient = useQueryClient();
  const packages = useQuery({ ...packageQueries.ofCen(cenId ?? ''), enabled: Boolean(cenId) });
  const attachments = useQuery({ ...attachmentQueries.ofCen(cenId ?? ''), enabled: Boolean(cenId) });
  const limits = useQuery({ ...limitQueries.ofCen(cenId ?? ''), enabled: Boolean(cenId) });

  const usable = useMemo(
    () => (packages.data ?? []).filter((p) => cenId && isAssociatedWith(p, cenId)),
    [packages.data, cenId],
  );
  const attachedRegions = useMemo(
    () => [
      ...new Set(
        (attachments.data ?? []).filter((c) => c.Status === 'Attached').map((c) => c.ChildInstanceRegionId),
      ),
    ],
    [attachments.data],
  );

  const { control, handleSubmit, setValue, getValues, setError } = useForm<FormValues, unknown, ValidValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { packageId: '', local: '', opposite: '', bandwidth: null },
    mode: 'onTouched',
  });
  const packageId = useWatch({ control, name: 'packageId' });
  const local = useWatch({ control, name: 'local' });
  const opposite = useWatch({ control, name: 'opposite' });
  const bandwidthLimit = useWatch({ control, name: 'bandwidth' });

  // Proposals: the package from step 4 (or the only one) and the first two attached regions.
  useEffect(() => {
    if (!getValues('packageId')) {
      const preferred = usable.find((p) => p.CenBandwidthPackageId === savedPackage) ?? usable[0];
      if (preferred) setValue('packageId', preferred.CenBandwidthPackageId);
    }
    if (!getValues('local') && attachedRegions[0]) setValue('local', attachedRegions[0]);
    if (!getValues('opposite') && attachedRegions[1]) setValue('opposite', attachedRegions[1]);
  }, [usable, savedPackage, attachedRegions, getValues, setValue]);

  const pkg = usable.find((p) => p.CenBandwidthPackageId === packageId);
  const budget: PackageBudget | undefined = pkg && {
    areaA: pkg.GeographicRegionAId,
    areaB: pkg.GeographicRegionBId,
    total: pkg.Bandwidth,
    limits: (limits.data ?? [])
      .filter((l) =>
        l.BandwidthPackageId
          ? l.BandwidthPackageId === pkg.CenBandwidthPackageId
          : regionsFitAreas(
              l.LocalRegionId,
              l.OppositeRegionId,
              pkg.GeographicRegionAId,
              pkg.GeographicRegionBId,
            ),
      )
      .map((l) => ({
        localRegionId: l.LocalRegionId,
        oppositeRegionId: l.OppositeRegionId,
        bandwidthLimit: l.BandwidthLimit,
      })),
  };
  const allocated = budget ? allocatedExcluding(budget, local, opposite) : 0;
  const regionChoices = pkg
    ? attachedRegions.filter((r) =>
        attachedRegions.some(
          (other) =>
            other !== r && regionsFitAreas(r, other, pkg.GeographicRegionAId, pkg.GeographicRegionBId),
        ),
      )
    : attachedRegions;

  const current = (limits.data ?? []).find((l) =>
    samePair(l.LocalRegionId, l.OppositeRegionId, local, opposite),
  );
  const done = current?.Status === 'Active' && current.BandwidthLimit > 0;
  // The preview shows SetCenInterRegionBandwidthLimit with the typed regions and bandwidth before the click.
  const draftValues = { packageId, local, opposite, bandwidth: bandwidthLimit };
  const draft = cenId ? limitDraft(draftValues, budget) : undefined;
  usePublishDraft('limit', draft);
  const set = useMutation({
    mutationFn: (call: PlannedCall) => sendPlannedCall(call),
    onMutate: () => setStepState(5, { status: 'process', since: Date.now() }),
    onSuccess: () => {
      // Sent: DescribeCenInterRegionBandwidthLimits lists it from now on (Modifying, then Active).
      publishDraftPart('limit', undefined);
      return queryClient.invalidateQueries({ queryKey: limitQueries.all });
    },
    onError: (error) => setStepState(5, { status: 'error', reason: toApiError(error).code }),
  });
  useEffect(() => {
    if (done) setStepState(5, { status: 'finish' });
  }, [done]);

  const onValid = (values: ValidValues) => {
    if (!cenId) return;
    // The package's budget is known only from Describe calls, so it is checked here, after the field rules and
    // before any request (src/domain/bandwidth.ts checkInterRegionLimit; the BFF and the mock check it too).
    if (budget) {
      const problem = checkInterRegionLimit(budget, values.local, values.opposite, values.bandwidth);
      if (problem) {
        const field = problem.kind === 'range' || problem.kind === 'over-budget' ? 'bandwidth' : 'opposite';
        setError(field, { message: limitProblemText(problem, locale) });
        return;
      }
    }
    set.mutate(
      limitCall(cenId, {
        localRegionId: values.local,
        oppositeRegionId: values.opposite,
        bandwidthLimit: values.bandwidth,
      }),
    );
  };

  const missing = !cenId
    ? t('needCen')
    : usable.length === 0 && packages.isSuccess
      ? t('needPackage')
      : undefined;
  const regionSelect = (name: 'local' | 'opposite', label: string) => (
    <div style={{ flex: '1 1 240px' }}>
      <FormField control={control} name={name} label={label} required>
        {(field) => <RegionSelect {...pickerProps(field)} only={regionChoices} />}
      </FormField>
    </div>
  );

  return (
    <StepPanel step={5} account="A">
      {missing ? (
        <Alert
          type="warning"
          showIcon
          title={missing}
          action={
            <Button onClick={() => setCurrentStep(cenId ? 3 : 0)}>
              {t('goToStep', { n: cenId ? 4 : 1 })}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {cenId && attachments.isSuccess && attachedRegions.length < 2 ? (
        <Alert type="info" showIcon title={t('needAttached')} style={{ marginBottom: 16 }} />
      ) : null}
      <form noValidate aria-label={t('step5')} onSubmit={(event) => void handleSubmit(onValid)(event)}>
        <Form layout="vertical" component={false}>
          <FormField control={control} name="packageId" label={t('bandwidthPackages')} required>
            {(field) => (
              <Select
                {...pickerProps(field)}
                value={field.value || undefined}
                virtual={false}
                loading={packages.isFetching}
                options={usable.map((p) => ({
                  value: p.CenBandwidthPackageId,
                  label: packageLabel(p, locale),
                }))}
              />
            )}
          </FormField>
          {budget ? (
            <Descriptions
              size="small"
              bordered
              column={3}
              style={{ marginBottom: 16 }}
              data-testid="package-budget"
            >
              <Descriptions.Item label={t('packageTotal')}>{budget.total} Mbps</Descriptions.Item>
              <Descriptions.Item label={t('packageAllocated')}>{allocated} Mbps</Descriptions.Item>
              <Descriptions.Item label={t('packageRemaining')}>
                <span data-testid="package-remaining">{budget.total - allocated} Mbps</span>
              </Descriptions.Item>
            </Descriptions>
          ) : null}
          <Typography.Text strong>{t('connectedRegions')}</Typography.Text>
          <Flex gap="middle" wrap style={{ marginTop: 8 }}>
            {regionSelect('local', t('localRegion'))}
            {regionSelect('opposite', t('oppositeRegion'))}
          </Flex>
          <FormField control={control} name="bandwidth" label={t('bandwidth')} required>
            {(field) => <MbpsInput {...field} />}
          </FormField>
          {/* Preflight: the regions against the package's areas, and the sum of limits against it. */}
          <LazyPreflightPanel
            connections={
              local && opposite && typeof bandwidthLimit === 'number'
                ? [{ localRegionId: local, oppositeRegionId: opposite, bandwidthLimit }]
                : []
            }
          />
          <WriteErrorPanel write={set} gap="below" />
          {limits.isError ? <ErrorPanel error={limits.error} onRetry={() => void limits.refetch()} /> : null}
          <Button type="primary" htmlType="submit" loading={set.isPending} disabled={Boolean(missing)}>
            {t('setBandwidth')}
          </Button>
        </Form>
      </form>
      {done ? (
        <Alert
          type="success"
          showIcon
          title={t('limitDone')}
          action={
            <Button type="primary" onClick={() => setCurrentStep(5)}>
              {t('next')}
            </Button>
          }
          style={{ marginTop: 16 }}
        />
      ) : null}
      <section aria-label={t('regionConnections')} style={{ marginTop: 16 }}>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('regionConnections')}
        </Typography.Title>
        {(limits.data ?? []).length === 0 ? (
          <Typography.Text type="secondary">{t('noConnections')}</Typography.Text>
        ) : (
          <ul className="plain-list">
            {(limits.data ?? []).map((l) => (
              <li key={`${l.LocalRegionId}:${l.OppositeRegionId}`} data-testid="region-connection">
                <span>
                  {regionLabel(l.LocalRegionId, locale)} ↔ {regionLabel(l.OppositeRegionId, locale)}
                </span>
                <span>{l.BandwidthLimit} Mbps</span>
                <StatusTag
                  status={l.Status}
                  testId={`limit-status-${l.LocalRegionId}-${l.OppositeRegionId}`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </StepPanel>
  );
}
