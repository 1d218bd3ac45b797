// Tutorial Step 6 "Test the connectivity": "Log on to any ECS instance in an attached network and ping the private IP
// of another ECS instance in another attached network." Pick one instance on each side, see both private IPs and the
// exact ping to run on each. (The cloud has no ping API; the path diagnosis in this step checks the configuration hop
// by hop.)
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { accountByName, accountQueries } from '../../api/accounts';
import type { EcsInstance } from '../../api/ecs';
import { limitQueries } from '../../api/bandwidth';
import { attachmentQueries } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { setCurrentStep, setStepState, useProgress } from '../../state/progress-store';
import { StepPanel } from '../../components/step-panel';
import { LazyPathDiagnosis } from '../../diagnosis/lazy';
import { InstancePicker, privateIp } from './instance-picker';

export function TestConnectivityStep() {
  const { t } = useI18n();
  const cenId = useProgress((p) => p.cenId);
  const accounts = useQuery(accountQueries.all());
  const uidB = accountByName(accounts.data, 'B')?.uid;
  const attachments = useQuery({ ...attachmentQueries.ofCen(cenId ?? ''), enabled: Boolean(cenId) });
  const limits = useQuery({ ...limitQueries.ofCen(cenId ?? ''), enabled: Boolean(cenId) });
  const [picked, setPicked] = useState<{ A?: EcsInstance | undefined; B?: EcsInstance | undefined }>({});

  const vpcs = (attachments.data ?? []).filter(
    (c) => c.Status === 'Attached' && c.ChildInstanceType === 'VPC',
  );
  const sideA = vpcs.find((c) => c.ChildInstanceOwnerId !== uidB);
  const sideB = vpcs.find((c) => c.ChildInstanceOwnerId === uidB);
  const connected = (limits.data ?? []).some((l) => l.Status === 'Active' && l.BandwidthLimit > 0);
  const ipA = privateIp(picked.A);
  const ipB = privateIp(picked.B);

  useEffect(() => {
    if (ipA && ipB) setStepState(6, { status: 'finish' });
  }, [ipA, ipB]);

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
      <Form layout="vertical" component={false}>
        <Flex gap="large" wrap>
          {sideA ? (
            <InstancePicker
              side="A"
              regionId={sideA.ChildInstanceRegionId}
              vpcId={sideA.ChildInstanceId}
              value={picked.A?.InstanceId}
              onChange={(instance) => setPicked((p) => ({ ...p, A: instance }))}
            />
          ) : null}
          {sideB ? (
            <InstancePicker
              side="B"
              regionId={sideB.ChildInstanceRegionId}
              vpcId={sideB.ChildInstanceId}
              value={picked.B?.InstanceId}
              onChange={(instance) => setPicked((p) => ({ ...p, B: instance }))}
            />
          ) : null}
        </Flex>
      </Form>
      {ipA && ipB && picked.A && picked.B ? (
        <section aria-label="ping">
          <Typography.Paragraph>{t('pingFrom', { from: picked.A.InstanceId })}</Typography.Paragraph>
          <pre className="command" data-testid="ping-from-A">{`ping -c 4 ${ipB}`}</pre>
          <Typography.Paragraph>{t('pingFrom', { from: picked.B.InstanceId })}</Typography.Paragraph>
          <pre className="command" data-testid="ping-from-B">{`ping -c 4 ${ipA}`}</pre>
          <Alert type="info" showIcon title={t('sgNote')} />
        </section>
      ) : null}
      {cenId && uidB ? (
        <LazyPathDiagnosis
          cenId={cenId}
          uidB={uidB}
          chosen={{ A: picked.A?.InstanceId, B: picked.B?.InstanceId }}
        />
      ) : null}
    </StepPanel>
  );
}
