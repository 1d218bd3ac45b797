// Step 6 on Enterprise Edition: the two VPCs are A's and B's as step 1 saved them (each attached to its region's
// transit router in step 3, joined by the routers' connection in step 5, docs/reference/enterprise-edition.md §2).
// Pick an instance on each side and ping both ways; the path check follows the transit routers' hops
// (diagnosis/gather-enterprise-path.ts) and the step is done once both pings answer. The hints read the steps'
// own queries (api/transit-routers.ts), so they follow the steps' polls.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Typography } from 'antd';
import type { AccountName } from '../../../domain/accounts';
import { accountByName, accountQueries } from '../../api/accounts';
import { transitQueries } from '../../api/transit-routers';
import { useI18n } from '../../i18n/i18n';
import { setCurrentStep, useProgress, type NetworkRef } from '../../state/progress-store';
import { StepPanel } from '../../components/step-panel';
import { useEnterpriseConnectivityText } from './enterprise-text';
import { PickAndPing } from './pick-and-ping';

const vpcOf = (n: NetworkRef | undefined) => (n?.type === 'VPC' ? n : undefined);

export function EnterpriseTestConnectivityStep() {
  const { t } = useI18n();
  const tx = useEnterpriseConnectivityText();
  const cenId = useProgress((p) => p.cenId);
  const a = vpcOf(useProgress((p) => p.ownNetwork));
  const b = vpcOf(useProgress((p) => p.network));
  const accounts = useQuery(accountQueries.all());
  const uidB = accountByName(accounts.data, 'B')?.uid;
  const attachments = useQuery({ ...transitQueries.vpcAttachments(cenId ?? ''), enabled: Boolean(cenId) });
  const peers = useQuery({ ...transitQueries.peerAttachments(cenId ?? ''), enabled: Boolean(cenId) });

  const attached = (n: NetworkRef | undefined) =>
    Boolean(n && attachments.data?.some((x) => x.VpcId === n.instanceId && x.Status === 'Attached'));
  const connected = (peers.data ?? []).some((p) => p.Status === 'Attached');
  const sides: Partial<Record<AccountName, { regionId: string; vpcId: string }>> = {
    ...(a ? { A: { regionId: a.regionId, vpcId: a.instanceId } } : {}),
    ...(b ? { B: { regionId: b.regionId, vpcId: b.instanceId } } : {}),
  };
  const hint = (title: string, step?: number) => (
    <Alert
      type="info"
      showIcon
      title={title}
      {...(step
        ? { action: <Button onClick={() => setCurrentStep(step - 1)}>{t('goToStep', { n: step })}</Button> }
        : {})}
      style={{ marginBottom: 16 }}
    />
  );

  return (
    <StepPanel step={6} account="A">
      <Typography.Paragraph>{tx('intro')}</Typography.Paragraph>
      {!cenId ? <Alert type="warning" showIcon title={t('needCen')} style={{ marginBottom: 16 }} /> : null}
      {!a || !b ? hint(tx('need.networks'), 1) : null}
      {a && b && attachments.isSuccess && (!attached(a) || !attached(b))
        ? hint(tx('need.attachments'), 3)
        : null}
      {cenId && peers.isSuccess && !connected ? hint(tx('need.peer'), 5) : null}
      <PickAndPing
        cenId={cenId}
        uidB={uidB}
        sides={sides}
        enterpriseSides={a && b ? { A: a, B: b } : undefined}
      />
    </StepPanel>
  );
}
