// Step 6 diagnosis: both directions hop by hop, the overall verdict naming the deciding hop, one-call
// fixes behind a confirmation (then the check runs again), the active ping via Cloud Assistant, and the exact
// command to run by hand. Reads only; the only writes are the fixes and RunCommand, each on the user's click.
// On Enterprise Edition (`sides` given) the hops are the transit routers' (gather-enterprise-path.ts), the check
// runs again by itself while a hop says to wait for a changing status, and the step is done once BOTH pings answer.
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PathDiagnosis as Diagnosis } from '../../domain/diagnosis/path/path-types';
import { notInspectedMessage } from '../../domain/diagnosis/inspection-messages';
import { setStepState } from '../state/progress-store';
import { ErrorPanel } from '../components/error-panel';
import { ActivePing } from './active-ping';
import { gatherAndDiagnoseEnterprise } from './gather-enterprise-path';
import { gatherAndDiagnose, type PathRequest, type PathRun, type SideInfo } from './gather-path';
import { HopList } from './hop-list';
import { useDiagnosisText } from './ui-text';
import { useDiagnosisRun } from './use-diagnosis-run';
import { VerdictTag } from './verdict-tag';
import type { AccountName } from '../../domain/accounts';
import type { NetworkRef } from '../state/progress-store';

export const pathQueryKey = (req: PathRequest, edition: 'Basic' | 'Enterprise' = 'Basic') =>
  ['diagnosis', 'path', edition, req.cenId, req.uidB, req.chosen.A ?? '', req.chosen.B ?? ''] as const;

export interface PathDiagnosisProps {
  cenId: string;
  uidB: string;
  chosen?: PathRequest['chosen'];
  /** Enterprise Edition: A's VPC and B's, as step 1 saved them; the check then follows the transit routers. */
  sides?: Record<AccountName, NetworkRef> | undefined;
}

/** A hop whose fix is to wait: its status is still changing (the domain's '….wait.fix' sentences). */
export function waitsForStatus(run: PathRun): boolean {
  if (run.kind !== 'diagnosed') return false;
  return [run.diagnosis.aToB, run.diagnosis.bToA].some((d) =>
    d.hops.some((h) => h.id === d.decidingHop && h.fix?.message.key.endsWith('.wait.fix') === true),
  );
}

// A real ping answered across the CEN is what the tutorial's step 6 asks for.
const markDone = () => setStepState(6, { status: 'finish' });

function ip(side: SideInfo): string | undefined {
  return side.instance?.VpcAttributes.PrivateIpAddress.IpAddress[0];
}

export function PathDiagnosis({ cenId, uidB, chosen = {}, sides }: PathDiagnosisProps) {
  const { tx, fmt } = useDiagnosisText();
  const [started, setStarted] = useState(false);
  const req: PathRequest = { cenId, uidB, chosen };
  const key = pathQueryKey(req, sides ? 'Enterprise' : 'Basic');
  const { query: run, rerunFresh } = useDiagnosisRun({
    queryKey: key,
    run: (cache) =>
      sides ? gatherAndDiagnoseEnterprise({ cenId, sides, chosen }, cache) : gatherAndDiagnose(req, cache),
    enabled: started,
    staleTime: Infinity,
    ...(sides ? { pollWhile: waitsForStatus } : {}),
  });
  const rerun = () => {
    if (!started) setStarted(true);
    else rerunFresh();
  };
  const data = run.data;

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 18 }}>
          {tx('diagnosis.title')}
        </Typography.Title>
      }
      style={{ marginTop: 16 }}
    >
      <section aria-label={tx('diagnosis.title')} aria-busy={run.isFetching}>
        <Typography.Paragraph>{tx('diagnosis.intro')}</Typography.Paragraph>
        <Button type="primary" onClick={rerun} loading={run.isFetching} data-testid="diagnosis-run">
          {started ? tx('diagnosis.rerun') : tx('diagnosis.run')}
        </Button>
        {run.isFetching ? (
          <Typography.Paragraph role="status" style={{ marginTop: 8 }}>
            {tx('diagnosis.running')}
          </Typography.Paragraph>
        ) : null}
        {run.isError ? <ErrorPanel error={run.error} onRetry={rerun} /> : null}
        {data?.kind === 'no-sides' ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={data.failure ? fmt(notInspectedMessage(data.failure)) : tx('diagnosis.needSides')}
          />
        ) : null}
        {data?.kind === 'no-instance' ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={tx('diagnosis.noInstance', { vpc: data.side.vpcId, account: data.side.account })}
          />
        ) : null}
        {data?.kind === 'diagnosed' ? (
          <Result diagnosis={data.diagnosis} sides={data.sides} onFixed={rerun} bothPings={Boolean(sides)} />
        ) : null}
      </section>
    </Card>
  );
}

function Result({
  diagnosis,
  sides,
  onFixed,
  bothPings,
}: {
  diagnosis: Diagnosis;
  sides: Record<AccountName, SideInfo>;
  onFixed: () => void;
  /** Enterprise Edition: the step is done once a ping from each side was answered, not the first one. */
  bothPings: boolean;
}) {
  const { tx, fmt } = useDiagnosisText();
  const [replied, setReplied] = useState<readonly AccountName[]>([]);
  const onReplied = (from: AccountName) => () => setReplied((r) => (r.includes(from) ? r : [...r, from]));
  useEffect(() => {
    if (replied.length >= (bothPings ? 2 : 1)) markDone();
  }, [replied, bothPings]);
  const ipA = ip(sides.A);
  const ipB = ip(sides.B);
  return (
    <div style={{ marginTop: 12 }}>
      <Alert
        type={
          diagnosis.verdict === 'reachable'
            ? 'success'
            : diagnosis.verdict === 'limited'
              ? 'warning'
              : diagnosis.verdict === 'blocked'
                ? 'error'
                : 'info'
        }
        role="status"
        title={
          <span data-testid="diagnosis-verdict">
            <VerdictTag verdict={diagnosis.verdict} overall />
            {fmt(diagnosis.summary)}
          </span>
        }
      />
      {(['A', 'B'] as const).map((s) =>
        sides[s].autoPicked && sides[s].instance ? (
          <Typography.Paragraph key={s} type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {tx('diagnosis.autoPicked', { instance: sides[s].instance.InstanceId, ip: ip(sides[s]) ?? '—' })}
          </Typography.Paragraph>
        ) : null,
      )}
      <Flex gap="large" wrap style={{ marginTop: 12 }}>
        {[diagnosis.aToB, diagnosis.bToA].map((d) => (
          <div key={`${d.from}${d.to}`} style={{ flex: '1 1 360px', minWidth: 0 }}>
            <HopList direction={d} onFixed={onFixed} />
          </div>
        ))}
      </Flex>
      <Typography.Title level={4} style={{ fontSize: 16 }}>
        {tx('ping.title')}
      </Typography.Title>
      {sides.A.instance && ipB ? (
        <ActivePing
          source={{ account: 'A', regionId: sides.A.regionId, instanceId: sides.A.instance.InstanceId }}
          targetIp={ipB}
          onReplied={onReplied('A')}
        />
      ) : null}
      {sides.B.instance && ipA ? (
        <ActivePing
          source={{ account: 'B', regionId: sides.B.regionId, instanceId: sides.B.instance.InstanceId }}
          targetIp={ipA}
          onReplied={onReplied('B')}
        />
      ) : null}
      <Typography.Paragraph strong>{tx('ping.manualTitle')}</Typography.Paragraph>
      <ul className="plain-list">
        {[diagnosis.aToB, diagnosis.bToA].map((d) =>
          d.manualPing ? (
            <li key={`${d.from}${d.to}`} data-testid={`manual-ping-${d.from}`}>
              {fmt(d.manualPing.message)}
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
