// Step 5 on Enterprise Edition, first part: the connection between the two regions' transit routers
// (CreateTransitRouterPeerAttachment, docs/reference/enterprise-edition.md §2 step 8), paid as chosen in step 4:
// under DataTransfer the Bandwidth is the cap, under BandwidthPackage it is a share of the plan, kept within what the
// plan has left (src/domain/peer-bandwidth.ts) before any request. Then Attaching → Attached, listed live.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Form, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  allocatedExcluding,
  describeLimitProblem,
  LIMIT_MIN,
  type PackageBudget,
} from '../../../domain/bandwidth';
import { checkPeerBandwidth, PEER_BANDWIDTH_MAX } from '../../../domain/peer-bandwidth';
import { createPeerCall } from '../../../domain/plan/enterprise-setup-calls';
import type { PaymentInput } from '../../../domain/plan/enterprise-setup-input';
import { AREAS, regionLabel } from '../../../domain/regions';
import { toApiError } from '../../api/api-error';
import { isAssociatedWith, packageQueries, type BandwidthPackage } from '../../api/bandwidth';
import { transitQueries } from '../../api/transit-routers';
import { WriteErrorPanel } from '../../components/error-panel';
import { MbpsInput, mbpsFieldSchema } from '../../components/mbps-input';
import { FormField } from '../../components/form-field';
import { limitProblemText } from '../../components/rule-messages';
import { StatusTag } from '../../components/status-tag';
import { useI18n } from '../../i18n/i18n';
import { usePublishDraft, type DraftState } from '../../plan/plan-draft';
import { callWithClientToken, sendProducingCall } from '../../plan/send-planned-call';
import { forgetClientToken, setCurrentStep, setStepState, useProgress } from '../../state/progress-store';
import type { EnterpriseConnection } from './enterprise-connection-state';
import { useEnterpriseStep5Text } from './enterprise-text';

const formSchema = z.object({
  bandwidth: mbpsFieldSchema,
});
type FormValues = z.input<typeof formSchema>;
type ValidValues = z.output<typeof formSchema>;

/** The plan's budget: its total, less what the CEN's other peer attachments draw from it (§2 step 8). */
function budgetOf(pkg: BandwidthPackage, conn: EnterpriseConnection, routerRegion: Map<string, string>) {
  return {
    areaA: pkg.GeographicRegionAId,
    areaB: pkg.GeographicRegionBId,
    total: pkg.Bandwidth,
    limits: (conn.peers.data ?? [])
      .filter((p) => p.CenBandwidthPackageId === pkg.CenBandwidthPackageId)
      .map((p) => ({
        localRegionId: routerRegion.get(p.TransitRouterId) ?? p.TransitRouterId,
        oppositeRegionId: p.PeerTransitRouterRegionId,
        bandwidthLimit: p.Bandwidth ?? 0,
      })),
  } satisfies PackageBudget;
}

/** The plan as the plan's input names it (createPeerCall sends its ID). */
function paymentOf(pkg: BandwidthPackage, bandwidth: number): PaymentInput {
  const area = (id: string) => {
    const found = AREAS.find((a) => a.id === id);
    if (!found)
      throw new Error(`The bandwidth plan ${pkg.CenBandwidthPackageId} lists an unknown area ${id}.`);
    return found.requestId;
  };
  return {
    type: 'BandwidthPackage',
    bandwidth,
    package: {
      id: pkg.CenBandwidthPackageId,
      status: pkg.Status,
      areaA: area(pkg.GeographicRegionAId),
      areaB: area(pkg.GeographicRegionBId),
      bandwidth: pkg.Bandwidth,
      name: pkg.Name ?? '',
    },
  };
}

/**
 * What the plan preview may show of the form (plan-draft.ts; the Enterprise plan reads the peer's Bandwidth from
 * the 'limit' part): the bandwidth once it passes the same check as the click, else the problem in the domain's
 * words, or nothing before a bandwidth is typed.
 */
export function peerDraft(
  payBy: 'DataTransfer' | 'BandwidthPackage' | undefined,
  bandwidth: number | null,
  regions: { a: string; b: string },
  budget: PackageBudget | undefined,
): DraftState<'limit'> {
  if (!payBy || bandwidth === null) return undefined;
  const problem = checkPeerBandwidth(payBy, bandwidth, regions.a, regions.b, budget);
  if (!problem)
    return { value: { localRegionId: regions.a, oppositeRegionId: regions.b, bandwidthLimit: bandwidth } };
  if (problem.kind === 'rule') return { problem: problem.message };
  if (problem.kind === 'no-package')
    return { problem: 'The bandwidth plan of step 4 is not in use by this CEN.' };
  return { problem: describeLimitProblem(problem) };
}

export function EnterprisePeerForm({ cenId, conn }: { cenId: string; conn: EnterpriseConnection }) {
  const { t, locale } = useI18n();
  const et = useEnterpriseStep5Text();
  const queryClient = useQueryClient();
  const payBy = useProgress((p) => p.interRegionPayBy);
  const savedPackage = useProgress((p) => p.bandwidthPackageId);
  const packages = useQuery({ ...packageQueries.ofCen(cenId), enabled: payBy === 'BandwidthPackage' });
  const pkg = (packages.data ?? []).find(
    (p) => p.CenBandwidthPackageId === savedPackage && isAssociatedWith(p, cenId),
  );
  const { A, B } = conn.sides;
  const routerRegion = new Map(
    [A.router, B.router].flatMap((r) => (r ? [[r.TransitRouterId, r.RegionId] as const] : [])),
  );
  const budget = pkg ? budgetOf(pkg, conn, routerRegion) : undefined;
  const allocated = budget ? allocatedExcluding(budget, A.regionId, B.regionId) : 0;
  const routersActive = A.router?.Status === 'Active' && B.router?.Status === 'Active';

  const { control, handleSubmit, setError } = useForm<FormValues, unknown, ValidValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { bandwidth: null },
    mode: 'onTouched',
  });
  const typed = useWatch({ control, name: 'bandwidth' });
  const peer = conn.peer;
  usePublishDraft(
    'limit',
    peer ? undefined : peerDraft(payBy, typed, { a: A.regionId, b: B.regionId }, budget),
  );
  const create = useMutation({
    mutationFn: async (payment: PaymentInput) => {
      const call = callWithClientToken((tokens) =>
        createPeerCall({ ...conn.input, clientTokens: tokens }, payment, { status: 'pending' }),
      );
      await sendProducingCall(call);
      if (call.clientToken) forgetClientToken(call.clientToken.purpose);
    },
    onMutate: () => setStepState(5, { status: 'process', since: Date.now() }),
    onError: (error) => setStepState(5, { status: 'error', reason: toApiError(error).code }),
    // Sent: ListTransitRouterPeerAttachments lists it from now on (Attaching, then Attached).
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: transitQueries.peerAttachments(cenId).queryKey }),
  });

  const onValid = ({ bandwidth }: ValidValues) => {
    if (!payBy) return;
    const problem = checkPeerBandwidth(payBy, bandwidth, A.regionId, B.regionId, budget);
    if (problem) {
      const message =
        problem.kind === 'rule'
          ? et('peer.rule', { min: LIMIT_MIN, max: PEER_BANDWIDTH_MAX })
          : problem.kind === 'no-package'
            ? et('peer.noPackage')
            : limitProblemText(problem, locale);
      setError('bandwidth', { message });
      return;
    }
    create.mutate(
      pkg && payBy === 'BandwidthPackage' ? paymentOf(pkg, bandwidth) : { type: 'DataTransfer', bandwidth },
    );
  };

  const missingPlan = payBy === 'BandwidthPackage' && packages.isSuccess && !pkg;
  return (
    <section aria-labelledby="tr-peer-title">
      <Typography.Title level={3} id="tr-peer-title" style={{ fontSize: 16 }}>
        {et('peer.title')}
      </Typography.Title>
      {A.router && B.router ? (
        <Typography.Paragraph>
          {et('peer.routers', {
            a: regionLabel(A.regionId, locale),
            aId: A.router.TransitRouterId,
            b: regionLabel(B.regionId, locale),
            bId: B.router.TransitRouterId,
          })}
        </Typography.Paragraph>
      ) : null}
      {peer ? (
        <Descriptions size="small" bordered column={3} data-testid="tr-peer">
          <Descriptions.Item label={et('peer.attachment')}>
            <Typography.Text code>{peer.TransitRouterAttachmentId}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={et('peer.bandwidth')}>
            {peer.Bandwidth ?? '—'} Mbps · {peer.BandwidthType ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('status')}>
            <StatusTag status={peer.Status} testId="tr-peer-status" />
          </Descriptions.Item>
        </Descriptions>
      ) : !payBy || missingPlan ? (
        <Alert
          type="warning"
          showIcon
          title={et(payBy ? 'need.package' : 'need.payBy')}
          action={<Button onClick={() => setCurrentStep(3)}>{t('goToStep', { n: 4 })}</Button>}
        />
      ) : (
        <form
          noValidate
          aria-label={et('peer.title')}
          onSubmit={(event) => void handleSubmit(onValid)(event)}
        >
          <Form layout="vertical" component={false}>
            <Typography.Paragraph>
              {payBy === 'DataTransfer'
                ? et('peer.payDataTransfer')
                : et('peer.payPackage', { plan: savedPackage ?? '' })}
            </Typography.Paragraph>
            {budget ? (
              <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }}>
                <Descriptions.Item label={t('packageTotal')}>{budget.total} Mbps</Descriptions.Item>
                <Descriptions.Item label={t('packageAllocated')}>{allocated} Mbps</Descriptions.Item>
                <Descriptions.Item label={t('packageRemaining')}>
                  <span data-testid="tr-package-remaining">{budget.total - allocated} Mbps</span>
                </Descriptions.Item>
              </Descriptions>
            ) : null}
            <FormField
              control={control}
              name="bandwidth"
              label={et('peer.bandwidth')}
              rule={et('peer.rule', {
                min: LIMIT_MIN,
                max: budget ? budget.total - allocated : PEER_BANDWIDTH_MAX,
              })}
              required
            >
              {(field) => <MbpsInput {...field} />}
            </FormField>
            <Flex vertical gap="small" align="start">
              {!routersActive ? <Typography.Text>{et('need.routers')}</Typography.Text> : null}
              <Button
                type="primary"
                htmlType="submit"
                loading={create.isPending}
                disabled={!routersActive || !conn.peers.isSuccess}
              >
                {et('peer.create')}
              </Button>
            </Flex>
          </Form>
        </form>
      )}
      <WriteErrorPanel write={create} gap="above" />
    </section>
  );
}
