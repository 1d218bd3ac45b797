// The active test of step 6: Cloud Assistant RunCommand `ping -c 4 <private IP>` on the source instance,
// then DescribeInvocationResults polled until the invocation is final, showing the real output (Base64 by
// default, decoded here — ECS DescribeInvocationResults doc) and the parsed statistics (ping.ts). When the command
// cannot run, the exact command to run by hand.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AccountName } from '../../domain/accounts';
import {
  decodeCommandOutput,
  parsePingOutput,
  pingCommand,
  pingOutcome,
  pingResultsCall,
  pingRunCommandCall,
} from '../../domain/diagnosis/ping';
import { actionSpec } from '../../domain/openapi/actions';
import { toApiError } from '../api/api-error';
import { ErrorPanel } from '../components/error-panel';
import { sendApiCall } from './describe';
import { useDiagnosisText } from './ui-text';

export interface PingSource {
  account: AccountName;
  regionId: string;
  instanceId: string;
}

const POLL_MS = 1000;
/** RunCommand Timeout is 60 s (ping.ts); give the result a little longer to arrive. */
const GIVE_UP_MS = 90_000;
/** InvocationStatus values that are not final (ECS DescribeInvocationResults doc). */
const RUNNING = new Set(['Pending', 'Running', 'Stopping', 'Scheduled']);

// The answers were checked against the catalogue by the client; parsing them with the same entries types them.
const runCommand = actionSpec('Ecs.RunCommand').response;
const invocationResults = actionSpec('Ecs.DescribeInvocationResults').response;

export interface ActivePingProps {
  source: PingSource;
  targetIp: string;
  /** Called once when every echo was answered: the tutorial's last step is then done. */
  onReplied?: () => void;
}

export function ActivePing({ source, targetIp, onReplied }: ActivePingProps) {
  const { tx, fmt } = useDiagnosisText();
  const command = pingCommand(targetIp);
  const [started, setStarted] = useState<{ invokeId: string; at: number } | null>(null);
  const run = useMutation({
    mutationFn: async () =>
      runCommand.parse(await sendApiCall(pingRunCommandCall(source, targetIp, crypto.randomUUID()))).InvokeId,
    onMutate: () => setStarted(null),
    onSuccess: (invokeId) => setStarted({ invokeId, at: Date.now() }),
  });
  const result = useQuery({
    queryKey: ['diagnosis', 'ping', source.account, source.instanceId, started?.invokeId] as const,
    enabled: started !== null,
    queryFn: async () => {
      const body = invocationResults.parse(await sendApiCall(pingResultsCall(source, started!.invokeId)));
      const row = body.Invocation.InvocationResults.InvocationResult.find(
        (x) => x.InstanceId === source.instanceId,
      );
      const waiting = row === undefined || RUNNING.has(row.InvocationStatus);
      return { row, timedOut: waiting && Date.now() - started!.at >= GIVE_UP_MS };
    },
    refetchInterval: (query) => {
      const d = query.state.data;
      const waiting = d === undefined || d.row === undefined || RUNNING.has(d.row.InvocationStatus);
      return waiting && !d?.timedOut ? POLL_MS : false;
    },
  });
  const r = result.data?.row;
  const finished = r !== undefined && !RUNNING.has(r.InvocationStatus);
  const text = finished && r.Output ? decodeCommandOutput(r.Output) : '';
  const stats = finished ? parsePingOutput(text) : null;
  const outcome = finished ? pingOutcome(stats, targetIp) : undefined;
  const gaveUp = started !== null && !finished && result.data?.timedOut === true;
  const id = `ping-${source.account}`;
  const replied = outcome?.outcome === 'replied';
  useEffect(() => {
    if (replied) onReplied?.();
  }, [replied, onReplied]);

  return (
    <section aria-labelledby={`${id}-title`} data-testid={id} style={{ marginBottom: 16 }}>
      <Typography.Title level={5} id={`${id}-title`}>
        {tx('ping.run', { ip: targetIp, instance: source.instanceId, account: source.account })}
      </Typography.Title>
      <Button
        onClick={() => run.mutate()}
        loading={run.isPending || (started !== null && !finished && !gaveUp && !result.isError)}
      >
        {tx('ping.title')}: {command}
      </Button>
      {started && !finished && !gaveUp && !result.isError ? (
        <Typography.Paragraph role="status" style={{ marginTop: 8 }}>
          {tx('ping.running', { command, instance: source.instanceId, status: r?.InvocationStatus ?? '' })}
        </Typography.Paragraph>
      ) : null}
      {finished && outcome ? (
        <div style={{ marginTop: 8 }}>
          <Alert
            type={
              outcome.outcome === 'replied' ? 'success' : outcome.outcome === 'partial' ? 'warning' : 'error'
            }
            showIcon
            role="status"
            title={<span data-testid={`${id}-outcome`}>{fmt(outcome.message)}</span>}
            description={
              <>
                {stats ? (
                  <div data-testid={`${id}-stats`}>
                    {tx('ping.stats', {
                      transmitted: stats.transmitted,
                      received: stats.received,
                      loss: stats.lossPercent,
                      min: stats.minMs ?? '—',
                      avg: stats.avgMs ?? '—',
                      max: stats.maxMs ?? '—',
                    })}
                  </div>
                ) : null}
                {r.InvocationStatus !== 'Success' ? (
                  <div>{tx('ping.failed', { status: r.InvocationStatus, exit: r.ExitCode ?? '—' })}</div>
                ) : null}
              </>
            }
          />
          <Typography.Paragraph style={{ marginTop: 8, marginBottom: 4 }}>
            {tx('ping.output', { command, instance: source.instanceId })}
          </Typography.Paragraph>
          <pre className="command" data-testid={`${id}-output`}>
            {text}
          </pre>
        </div>
      ) : null}
      {gaveUp ? (
        <Alert type="warning" showIcon title={tx('ping.timeout', { seconds: GIVE_UP_MS / 1000 })} />
      ) : null}
      {run.isError || result.isError ? (
        <div style={{ marginTop: 8 }}>
          <Typography.Paragraph>
            {tx('ping.cannotRun', {
              code: toApiError(run.error ?? result.error).code,
              instance: source.instanceId,
            })}
          </Typography.Paragraph>
          <pre className="command">{command}</pre>
          <ErrorPanel error={run.error ?? result.error} />
        </div>
      ) : null}
    </section>
  );
}
