// Tutorial Step 3 on Enterprise Edition (docs/reference/enterprise-edition.md §2 steps 4–6): Account A attaches its
// own VPC (ownNetwork) and Account B's (network, with B's UID as VpcOwnerId) to the transit router of each VPC's
// region, each over its zone → vSwitch mappings; Attaching → Attached; then each attachment is associated with its
// router's System route table and propagates to it (Associating/Enabling → Active). Done when both sides are.
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import type { Side } from '../../../domain/plan/enterprise-setup-input';
import { regionLabel } from '../../../domain/regions';
import { accountByName, accountQueries } from '../../api/accounts';
import { AccountBadge } from '../../components/account-badge';
import { ErrorPanel } from '../../components/error-panel';
import { NeedCenAlert } from '../../components/need-cen-alert';
import { NextStepAlert } from '../../components/next-step-alert';
import { StatusTag } from '../../components/status-tag';
import { StepPanel } from '../../components/step-panel';
import { LazyPreflightPanel } from '../../diagnosis/lazy';
import { useDiagnosisText } from '../../diagnosis/ui-text';
import { usePreflightBlock } from '../../diagnosis/use-preflight-block';
import { useI18n } from '../../i18n/i18n';
import { progressStore, setStepState, useProgress } from '../../state/progress-store';
import { type AttachSide, useAttachSide } from './enterprise-attach-state';
import { useEnterpriseAttachText } from './enterprise-attach-text';
import { EnterpriseTableLinks } from './enterprise-table-links';
import { EnterpriseZoneForm } from './enterprise-zone-form';

function SideSection({
  cenId,
  side,
  uid,
  blockedBy,
}: {
  cenId: string;
  side: AttachSide;
  uid: string | undefined;
  blockedBy: string | undefined;
}) {
  const et = useEnterpriseAttachText();
  const { locale } = useI18n();
  const s: Side = side.side;
  const network = side.network;
  return (
    <section aria-labelledby={`tr-attach-${s}`} data-testid={`tr-attach-side-${s}`}>
      <Typography.Title level={3} id={`tr-attach-${s}`} style={{ fontSize: 16 }}>
        <AccountBadge account={s} /> {et(s === 'A' ? 'side.A' : 'side.B')}
      </Typography.Title>
      {!network ? (
        <Typography.Text>{et('needVpcs')}</Typography.Text>
      ) : (
        <Flex vertical gap="small">
          <Typography.Text>
            {et('vpc', { vpcId: network.instanceId, region: regionLabel(network.regionId, locale) })}
          </Typography.Text>
          {s === 'B' && uid ? <Typography.Text>{et('owner', { uid })}</Typography.Text> : null}
          <Typography.Text>
            {et('router.label')}:{' '}
            {side.router ? (
              <>
                <Typography.Text code>{side.router.id}</Typography.Text>{' '}
                <StatusTag status={side.router.status} testId={`tr-router-${s}`} />
              </>
            ) : (
              et('router.missing')
            )}
          </Typography.Text>
          {side.readError ? <ErrorPanel error={side.readError.error} onRetry={side.readError.retry} /> : null}
          {side.attachment ? (
            <EnterpriseTableLinks cenId={cenId} side={side} />
          ) : side.router && side.router.status !== 'Active' ? (
            <Typography.Text>{et('router.notActive', { status: side.router.status })}</Typography.Text>
          ) : side.router ? (
            <EnterpriseZoneForm cenId={cenId} side={side} uidB={uid} blockedBy={blockedBy} />
          ) : null}
        </Flex>
      )}
    </section>
  );
}

export function EnterpriseAttachStep() {
  const et = useEnterpriseAttachText();
  const { fmt } = useDiagnosisText();
  const cenId = useProgress((p) => p.cenId);
  const own = useProgress((p) => p.ownNetwork);
  const network = useProgress((p) => p.network);
  const accounts = useQuery(accountQueries.all());
  const uidB = accountByName(accounts.data, 'B')?.uid;
  const a = useAttachSide(cenId, 'A', own);
  const b = useAttachSide(cenId, 'B', network);
  const done = a.done && b.done;
  const anyAttachment = Boolean(a.attachment || b.attachment);
  // Preflight before CreateTransitRouterVpcAttachment: the CIDRs, both routers and B's grant; a blocking item
  // disables Attach with its reason (gather-enterprise-preflight.ts).
  const preflight = cenId && own && network ? { cenId, sides: { A: own, B: network } } : undefined;
  const block = usePreflightBlock(preflight);
  const blockedBy = block ? fmt(block.evidence.message) : undefined;

  // The step follows the cloud on every poll: done once both sides are; in progress while an attachment exists
  // and something is still changing (an error of a click stays until the next click or a finished step).
  useEffect(() => {
    if (done) setStepState(3, { status: 'finish' });
    else if (anyAttachment && progressStore.get().steps['3']?.status !== 'error') {
      const previous = progressStore.get().steps['3'];
      setStepState(3, { status: 'process', since: previous?.since ?? Date.now() });
    }
  }, [done, anyAttachment]);

  return (
    <StepPanel step={3} account="A" regionId={own?.regionId}>
      {!cenId ? (
        <NeedCenAlert style={{ marginBottom: 16 }} />
      ) : (
        <Flex vertical gap="middle">
          <Typography.Paragraph style={{ marginBottom: 0 }}>{et('intro')}</Typography.Paragraph>
          {!own || !network ? <Alert type="warning" showIcon title={et('needVpcs')} /> : null}
          {preflight && !done ? <LazyPreflightPanel enterprise={preflight} /> : null}
          <SideSection
            cenId={cenId}
            side={a}
            uid={accountByName(accounts.data, 'A')?.uid}
            blockedBy={blockedBy}
          />
          <SideSection cenId={cenId} side={b} uid={uidB} blockedBy={blockedBy} />
          {done ? <NextStepAlert title={et('done')} nextIndex={3} /> : null}
        </Flex>
      )}
    </StepPanel>
  );
}
