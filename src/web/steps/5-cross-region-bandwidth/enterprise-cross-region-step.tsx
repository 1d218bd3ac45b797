// Tutorial Step 5 on Enterprise Edition (docs/reference/enterprise-edition.md §2 steps 8–10): instead of
// SetCenInterRegionBandwidthLimit, a peer attachment between the two regions' transit routers with the bandwidth
// paid as chosen in step 4, its association and propagation on both routers' System route tables, then each VPC's
// way to its router (a route entry by the VPC's owner, or automatic publication). Done when all are Active or
// Available (or published).
import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { ErrorPanel } from '../../components/error-panel';
import { NeedCenAlert } from '../../components/need-cen-alert';
import { NextStepAlert } from '../../components/next-step-alert';
import { StepPanel } from '../../components/step-panel';
import { useI18n } from '../../i18n/i18n';
import { setCurrentStep, setStepState, useProgress } from '../../state/progress-store';
import { useEnterpriseConnection, type EnterpriseConnection } from './enterprise-connection-state';
import { EnterprisePeerForm } from './enterprise-peer-form';
import { EnterprisePeerLinks } from './enterprise-peer-links';
import { useEnterpriseStep5Text } from './enterprise-text';
import { EnterpriseVpcRoutes, routesDone, useRouteChoice } from './enterprise-vpc-routes';

/** The peer attachment is Attached, and associated with and propagating to both routers' System tables. */
export function peerDone(conn: EnterpriseConnection): boolean {
  const { association, propagation } = conn.input.peer;
  return (
    conn.peer?.Status === 'Attached' &&
    [association.A, association.B, propagation.A, propagation.B].every((s) => s === 'Active')
  );
}

function EnterpriseConnectionView({ cenId }: { cenId: string }) {
  const { t } = useI18n();
  const et = useEnterpriseStep5Text();
  const conn = useEnterpriseConnection(cenId);
  const choice = useRouteChoice();
  const done = peerDone(conn) && routesDone(conn, choice);
  const { A, B } = conn.sides;
  const attached = A.attachment?.Status === 'Attached' && B.attachment?.Status === 'Attached';
  useEffect(() => {
    if (done) setStepState(5, { status: 'finish' });
  }, [done]);
  const error = conn.errors[0];
  return (
    <StepPanel step={5} account="A" regionId={A.regionId || undefined}>
      <Flex vertical gap="large">
        <Typography.Paragraph style={{ margin: 0 }}>{et('intro')}</Typography.Paragraph>
        {!attached && conn.sides.A.router ? (
          <Alert
            type="info"
            showIcon
            title={et('need.attachments')}
            action={<Button onClick={() => setCurrentStep(2)}>{t('goToStep', { n: 3 })}</Button>}
          />
        ) : null}
        <EnterprisePeerForm cenId={cenId} conn={conn} />
        <EnterprisePeerLinks conn={conn} />
        <EnterpriseVpcRoutes conn={conn} />
        {error ? <ErrorPanel error={error} onRetry={() => void A.refetch().then(B.refetch)} /> : null}
        {done ? <NextStepAlert title={et('done')} nextIndex={5} /> : null}
      </Flex>
    </StepPanel>
  );
}

export function EnterpriseCrossRegionStep() {
  const cenId = useProgress((p) => p.cenId);
  if (!cenId)
    return (
      <StepPanel step={5} account="A">
        <NeedCenAlert />
      </StepPanel>
    );
  return <EnterpriseConnectionView cenId={cenId} />;
}
