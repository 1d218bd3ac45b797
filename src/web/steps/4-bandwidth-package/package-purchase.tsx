// Step 4's purchase of a prepaid bandwidth plan, shared by both editions (the tutorial's Step 4 on Basic Edition; on
// Enterprise Edition when the inter-region connection is paid out of a plan, docs/reference/enterprise-edition.md
// §2 step 7): Areas proposed from the journey's regions (China North 1 and China North 2 give Mainland China ↔
// Mainland China), Bandwidth 2–10000 Mbps, Bandwidth Package Name, Purchase Period; a plain warning that a prepaid
// package cannot be deleted or refunded. An existing package of this CEN, or an unassociated one, can be adopted
// instead of buying. Once bought or adopted, progress.bandwidthPackageId is set and the step shows PackageProgress.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  PACKAGE_BANDWIDTH_RULE,
  PACKAGE_NAME_RULE,
  PERIOD_RULE,
  PURCHASE_PERIODS,
  isValidPeriod,
  packageBandwidthSchema,
  packageNameSchema,
} from '../../../domain/bandwidth';
import {
  AREAS,
  areaOf,
  areaRequestIdSchema,
  findArea,
  regionLabel,
  somePairFitsAreas,
  type AreaRequestId,
} from '../../../domain/regions';
import { TOKEN_PURPOSE } from '../../../domain/plan/client-token-purposes';
import type { PlannedCall } from '../../../domain/plan/plan-types';
import { createPackageCall } from '../../../domain/plan/setup-calls';
import { accountQueries } from '../../api/accounts';
import { toApiError } from '../../api/api-error';
import { isAssociatedWith, packageQueries } from '../../api/bandwidth';
import { attachmentQueries } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { clientTokenFor, progressStore, setStepState, useProgress } from '../../state/progress-store';
import { WriteErrorPanel } from '../../components/error-panel';
import { MbpsInput } from '../../components/mbps-input';
import { FormField, pickerProps } from '../../components/form-field';
import { packageLabel } from '../../components/package-label';
import { translateRule } from '../../components/rule-messages';
import { LazyPreflightPanel } from '../../diagnosis/lazy';
import { publishDraftPart, usePublishDraft, type DraftState } from '../../plan/plan-draft';
import { callWithClientToken, sendProducingCall } from '../../plan/send-planned-call';

const formSchema = z.object({
  areaA: areaRequestIdSchema.optional().refine((v) => v !== undefined, { error: 'Choose both areas.' }),
  areaB: areaRequestIdSchema.optional().refine((v) => v !== undefined, { error: 'Choose both areas.' }),
  bandwidth: z
    .number({ error: PACKAGE_BANDWIDTH_RULE })
    .nullable()
    .refine((v) => v !== null && packageBandwidthSchema.safeParse(v).success, {
      error: PACKAGE_BANDWIDTH_RULE,
    }),
  name: packageNameSchema,
  period: z.string().refine(
    (v) => {
      const [cycle, n] = v.split(':');
      return (cycle === 'Month' || cycle === 'Year') && isValidPeriod(cycle, Number(n));
    },
    { error: PERIOD_RULE },
  ),
});
type FormValues = z.input<typeof formSchema>;

export const BUY_PACKAGE_TOKEN = TOKEN_PURPOSE.createPackage;

/** 'Month:1' (the Select's value) → the API's PricingCycle and Period. */
function splitPeriod(value: string): { pricingCycle: 'Month' | 'Year'; period: number } {
  const [cycle, n] = value.split(':');
  return { pricingCycle: cycle === 'Year' ? 'Year' : 'Month', period: Number(n) };
}

/**
 * What the plan preview may show of the form (plan-draft.ts): the package only once every field passes the form's
 * rules (the same domain rules as the catalogue's CreateCenBandwidthPackage); else the first rule broken, once
 * the user has typed something (areas and period start filled in), or nothing.
 */
export function packageDraft(values: FormValues): DraftState<'bandwidthPackage'> {
  const checked = formSchema.safeParse(values);
  if (!checked.success)
    return values.bandwidth === null && !values.name
      ? undefined
      : { problem: checked.error.issues[0]?.message ?? PACKAGE_BANDWIDTH_RULE };
  const { areaA, areaB, bandwidth, name, period } = checked.data;
  // The refinements above guarantee these; the checks only narrow the types.
  if (!areaA || !areaB || bandwidth === null) return undefined;
  return { value: { areaA, areaB, bandwidth, name, ...splitPeriod(period) } };
}

export function PackagePurchase({
  cenId,
  regions,
  withPreflight = false,
}: {
  cenId: string;
  /**
   * The regions the plan joins: Basic Edition's are those of the networks attached to the CEN (read here, as
   * DescribeCenAttachedChildInstances lists them); Enterprise Edition's are the two VPCs' of step 1.
   */
  regions: 'attached' | readonly string[];
  /** Basic Edition's preflight of B's attached network against the plan (diagnosis/preflight). */
  withPreflight?: boolean;
}) {
  const { t, locale } = useI18n();
  const packageId = useProgress((p) => p.bandwidthPackageId);
  const accounts = useQuery(accountQueries.all());
  const ofCen = useQuery({ ...packageQueries.ofCen(cenId), enabled: !packageId });
  const idle = useQuery({ ...packageQueries.idle(), enabled: !packageId });

  // Areas proposed from the journey's regions (tutorial Step 4, "Areas").
  const attachments = useQuery({ ...attachmentQueries.ofCen(cenId), enabled: regions === 'attached' });
  const attachedRegions = useMemo(
    () =>
      regions !== 'attached'
        ? regions
        : [...new Set((attachments.data ?? []).map((c) => c.ChildInstanceRegionId))],
    [regions, attachments.data],
  );
  const regionsKnown = regions !== 'attached' || attachments.data !== undefined;
  const proposed = useMemo((): [AreaRequestId | undefined, AreaRequestId | undefined] => {
    const areas = attachedRegions.map((r) => areaOf(r)).filter((a) => a !== undefined);
    const first = areas[0];
    const second = areas[1] ?? first;
    return [first && findArea(first)?.requestId, second && findArea(second)?.requestId];
  }, [attachedRegions]);

  const { control, handleSubmit, setValue, getValues } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { areaA: undefined, areaB: undefined, bandwidth: null, name: '', period: 'Month:1' },
    mode: 'onTouched',
  });
  useEffect(() => {
    if (!getValues('areaA') && proposed[0]) setValue('areaA', proposed[0]);
    if (!getValues('areaB') && proposed[1]) setValue('areaB', proposed[1]);
  }, [proposed, getValues, setValue]);
  const [areaA, areaB, bandwidth, name, period] = useWatch({
    control,
    name: ['areaA', 'areaB', 'bandwidth', 'name', 'period'],
  });
  // The preview shows CreateCenBandwidthPackage with the typed values and the ClientToken the click will send.
  const draft = packageDraft({ areaA, areaB, bandwidth, name, period });
  usePublishDraft('bandwidthPackage', !packageId ? draft : undefined);
  const tokenSaved = useProgress((p) => BUY_PACKAGE_TOKEN in p.clientTokens);
  const valid = !packageId && draft !== undefined && 'value' in draft;
  useEffect(() => {
    if (valid && !tokenSaved) clientTokenFor(BUY_PACKAGE_TOKEN);
  }, [valid, tokenSaved]);

  const buy = useMutation({
    mutationFn: (request: { call: PlannedCall; term: ReturnType<typeof splitPeriod> }) =>
      sendProducingCall(request.call),
    onMutate: () => setStepState(4, { status: 'process', since: Date.now() }),
    onSuccess: (id, { term }) => {
      // Sent: the cloud lists the package from now on, but never its period, so that is kept here (exports).
      publishDraftPart('bandwidthPackage', undefined);
      progressStore.update((p) => ({ ...p, bandwidthPackageId: id, packageTerm: { id, ...term } }));
    },
    onError: (error) => setStepState(4, { status: 'error', reason: toApiError(error).code }),
  });

  // Adopt: this CEN already has a package (bought elsewhere or before a reset of this browser) — once the attached
  // regions are known, only one that covers two of them; a package for other areas (training scenario wrong-area)
  // leaves the form open to buy the right one.
  const existing = (ofCen.data ?? []).find(
    (p) =>
      isAssociatedWith(p, cenId) &&
      regionsKnown &&
      (attachedRegions.length < 2 ||
        somePairFitsAreas(attachedRegions, p.GeographicRegionAId, p.GeographicRegionBId)),
  );
  useEffect(() => {
    if (existing) progressStore.update((p) => ({ ...p, bandwidthPackageId: existing.CenBandwidthPackageId }));
  }, [existing]);

  const onValid = (values: FormValues) => {
    if (!values.areaA || !values.areaB || values.bandwidth === null) return;
    const { areaA, areaB, bandwidth, name } = values;
    const term = splitPeriod(values.period);
    const order = { areaA, areaB, bandwidth, name, ...term };
    buy.mutate({ call: callWithClientToken((tokens) => createPackageCall(order, tokens)), term });
  };

  const adopt = (id: string) => progressStore.update((p) => ({ ...p, bandwidthPackageId: id }));
  const tr = (message: string) => translateRule(message, locale);
  const cloud = accounts.data?.cloud;

  return (
    <>
      {(idle.data ?? []).length > 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('idlePackages')}
          description={
            <ul className="plain-list">
              {(idle.data ?? []).map((p) => (
                <li key={p.CenBandwidthPackageId}>
                  <span>{packageLabel(p, locale)}</span>
                  <Button size="small" onClick={() => adopt(p.CenBandwidthPackageId)}>
                    {t('associate')}
                  </Button>
                </li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <form noValidate aria-label={t('step4')} onSubmit={(event) => void handleSubmit(onValid)(event)}>
        <Form layout="vertical" component={false}>
          <Form.Item label="CEN" htmlFor="package-cen">
            <Input id="package-cen" readOnly value={cenId} />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            {attachedRegions.length > 0
              ? t('areasProposed', {
                  regions: attachedRegions.map((r) => regionLabel(r, locale)).join(', '),
                })
              : null}
          </Typography.Paragraph>
          <Flex gap="middle" wrap>
            {(['areaA', 'areaB'] as const).map((name) => (
              <div key={name} style={{ flex: '1 1 220px' }}>
                <FormField control={control} name={name} label={t(name)} required>
                  {(field) => (
                    <Select
                      {...pickerProps(field)}
                      virtual={false}
                      options={AREAS.map((a) => ({ value: a.requestId, label: a.name[locale] }))}
                    />
                  )}
                </FormField>
              </div>
            ))}
          </Flex>
          <FormField
            control={control}
            name="bandwidth"
            label={t('bandwidth')}
            rule={tr(PACKAGE_BANDWIDTH_RULE)}
            required
          >
            {(field) => <MbpsInput {...field} />}
          </FormField>
          <FormField
            control={control}
            name="name"
            label={t('packageName')}
            rule={tr(PACKAGE_NAME_RULE)}
            required
          >
            {(field) => <Input {...field} autoComplete="off" placeholder="MainlandBandwidthPackage" />}
          </FormField>
          <FormField control={control} name="period" label={t('purchasePeriod')} required>
            {(field) => (
              <Select
                {...pickerProps(field)}
                virtual={false}
                style={{ width: 200 }}
                options={PURCHASE_PERIODS.map((p) => ({
                  value: `${p.pricingCycle}:${p.period}`,
                  label: t(p.pricingCycle === 'Month' ? 'months' : 'years', { n: p.period }),
                }))}
              />
            )}
          </FormField>
          <Alert
            type="warning"
            showIcon
            role="note"
            data-testid="prepaid-warning"
            title={t('prepaidWarning')}
            description={cloud === 'mock' ? t('prepaidWarningMock') : undefined}
            style={{ marginBottom: 16 }}
          />
          {/* Preflight: B's network against the package to buy — areas, one per area pair, range. */}
          {withPreflight ? (
            <LazyPreflightPanel
              attachedOf="B"
              plannedPackage={areaA && areaB && bandwidth !== null ? { areaA, areaB, bandwidth } : undefined}
            />
          ) : null}
          <WriteErrorPanel write={buy} gap="below" />
          <Button type="primary" htmlType="submit" loading={buy.isPending}>
            {t('buyPackage')}
          </Button>
        </Form>
      </form>
    </>
  );
}
