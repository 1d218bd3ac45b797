// What step 6 shows on both editions once each side has its VPC: an ECS instance picker per side (no ID typed),
// both private IPs and the exact ping to run on each, then the path check (diagnosis/path-diagnosis.tsx), which
// runs the ping through Cloud Assistant. The editions differ only in where the two VPCs come from and in which
// path the check follows (`enterpriseSides`).
import { Alert, Flex, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AccountName } from '../../../domain/accounts';
import type { EcsInstance } from '../../api/ecs';
import { useI18n } from '../../i18n/i18n';
import { setStepState, type NetworkRef } from '../../state/progress-store';
import { LazyPathDiagnosis } from '../../diagnosis/lazy';
import { InstancePicker, privateIp } from './instance-picker';

export interface PingSide {
  regionId: string;
  vpcId: string;
}

export interface PickAndPingProps {
  cenId: string | undefined;
  uidB: string | undefined;
  sides: Partial<Record<AccountName, PingSide>>;
  /**
   * Basic Edition: the step is done once both instances are picked (the tutorial asks for a ping by hand).
   * Enterprise Edition passes its VPCs instead: the check follows the transit routers, and the step is done once
   * both pings through Cloud Assistant answer.
   */
  enterpriseSides?: Record<AccountName, NetworkRef> | undefined;
}

export function PickAndPing({ cenId, uidB, sides, enterpriseSides }: PickAndPingProps) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<{ A?: EcsInstance | undefined; B?: EcsInstance | undefined }>({});
  const ipA = privateIp(picked.A);
  const ipB = privateIp(picked.B);
  const finishOnPick = !enterpriseSides;

  useEffect(() => {
    if (finishOnPick && ipA && ipB) setStepState(6, { status: 'finish' });
  }, [finishOnPick, ipA, ipB]);

  return (
    <>
      <Form layout="vertical" component={false}>
        <Flex gap="large" wrap>
          {(['A', 'B'] as const).map((s) => {
            const side = sides[s];
            return side ? (
              <InstancePicker
                key={s}
                side={s}
                regionId={side.regionId}
                vpcId={side.vpcId}
                value={picked[s]?.InstanceId}
                onChange={(instance) => setPicked((p) => ({ ...p, [s]: instance }))}
              />
            ) : null;
          })}
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
          sides={enterpriseSides}
        />
      ) : null}
    </>
  );
}
