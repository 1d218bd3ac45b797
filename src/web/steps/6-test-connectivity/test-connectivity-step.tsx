// Tutorial Step 6 "Test the connectivity": "Log on to any ECS instance in an attached network and ping the private IP
// of another ECS instance in another attached network." Pick one instance on each side, see both private IPs and the
// exact ping to run on each. (The cloud has no ping API; the path diagnosis in this step checks the configuration hop
// by hop.) On Enterprise Edition the two VPCs are those attached to the transit routers
// (enterprise-test-connectivity-step.tsx).
import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { accountByName, accountQueries } from '../../api/accounts';
import { limitQueries } from '../../api/bandwidth';
import { useEditionName } from '../../api/edition';
import { attachmentQueries } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { setCurrentStep, useProgress } from '../../state/progress-store';
import { StepPanel } from '../../components/step-panel';
import { EnterpriseTestConnectivityStep } from './enterprise-test-connectivity-step';
import { PickAndPing } from './pick-and-ping';

export function TestConnectivityStep() {
  return useEditionName() === 'Enterprise' ? (
    <EnterpriseTestConnectivityStep />
  ) : (
    <BasicTestConnectivityStep />
  );
}

function BasicTestConnectivityStep() {
  const { t } = useI18n();
  const cenId = useProgress((p) => p.cenId);
  const accounts = useQuery(accountQueries.all());
  const uidB = accountByName(accounts.data, 'B')?.uid;
  const attachments = useQuery({ ...attachmentQueries.ofCen(cenId ?? ''), enabled: Boolean(cenId) });
  const limits = useQuery({ ...limitQueries.ofCen(cenId ?? ''), enabled: Boolean(cenId) });

  const vpcs = (attachments.data ?? []).filter(
    (c) => c.Status === 'Attached' && c.ChildInstanceType === 'VPC',
  );
  const sideA = vpcs.find((c) => c.ChildInstanceOwnerId !== uidB);
  const sideB = vpcs.find((c) => c.ChildInstanceOwnerId === uidB);
  const connected = (limits.data ?? []).some((l) => l.Status === 'Active' && l.BandwidthLimit > 0);
  const at = (c: typeof sideA) => c && { regionId: c.ChildInstanceRegionId, vpcId: c.ChildInstanceId };

  return (
    <StepPanel step={6} account="A">
      {!cenId ? <Alert type="warning" showIcon title={t('needCen')} style={{ marginBottom: 16 }} /> : null}
      {cenId && limits.isSuccess && !connected ? (
        <Alert
          type="info"
          showIcon
          title={t('needConnection')}
          action={<Button onClick={() => setCurrentStep(4)}>{t('goToStep', { n: 5 })}</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {attachments.isSuccess && (!sideA || !sideB) ? (
        <Alert type="info" showIcon title={t('needAttached')} style={{ marginBottom: 16 }} />
      ) : null}
      <PickAndPing
        cenId={cenId}
        uidB={uidB}
        sides={{ ...(sideA ? { A: at(sideA) } : {}), ...(sideB ? { B: at(sideB) } : {}) }}
      />
    </StepPanel>
  );
}
