// "What the cloud sees": the mock cloud's own state for this session's sandbox —
// CENs, grants, attachments, bandwidth packages, cross-region limits, connectivity — from GET /api/mock/state,
// and the recent calls from GET /api/audit (only this sandbox's in training mode). Read-only: no control here
// writes anything. The scenario's armed faults are left out on purpose: they would give the exercise away. Re-read on a timer while open and whenever a tutorial step changes state.
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../components/error-panel';
import { useRefreshOnSteps } from './refresh-on-steps';
import { CLOUD_REFRESH_MS, trainingQueries, type CloudState } from './training-api';
import { useTrainingText, type TrainingTextKey } from './training-text';

const RECENT_CALLS = 15;

const str = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { tt } = useTrainingText();
  return (
    <section className="cloud-section">
      <Typography.Title level={4} style={{ fontSize: 15, margin: '12px 0 4px' }}>
        {title} ({count})
      </Typography.Title>
      {count === 0 ? <Typography.Text type="secondary">{tt('cloud.none')}</Typography.Text> : children}
    </section>
  );
}

function Lines({ items }: { items: string[] }) {
  return (
    <ul className="cloud-lines">
      {items.map((text, i) => (
        <li key={i}>
          <code>{text}</code>
        </li>
      ))}
    </ul>
  );
}

function describe(state: CloudState) {
  return {
    cens: state.cens.map((c) => `${c.id} ${str(c.name)} · ${str(c.owner)} · ${c.status}`),
    grants: state.grants.map(
      (g) => `${g.instanceId} (${str(g.regionId)}) → ${g.cenId} · owner UID ${g.cenOwnerUid}`,
    ),
    attachments: state.attachments.map(
      (a) =>
        `${a.childId} (${str(a.childRegionId)}) in ${a.cenId} · UID ${str(a.childOwnerUid)} · ${str(a.status)}`,
    ),
    packages: state.bandwidthPackages.map(
      (p) =>
        `${str(p.id)} ${str(p.name)} · ${str(p.bandwidth)} Mbps · ${str(p.areaA)}↔${str(p.areaB)} · ${str(p.status)}${p.cenId ? ` · ${str(p.cenId)}` : ''}`,
    ),
    limits: state.interRegionLimits.map(
      (l) =>
        `${str(l.cenId)} ${str(l.localRegionId)}↔${str(l.oppositeRegionId)} · ${str(l.bandwidthLimit)} Mbps · ${str(l.status)}`,
    ),
  };
}

export function CloudView() {
  const { tt } = useTrainingText();
  const state = useQuery({ ...trainingQueries.cloudState(), refetchInterval: CLOUD_REFRESH_MS });
  const audit = useQuery({ ...trainingQueries.audit(), refetchInterval: CLOUD_REFRESH_MS });
  useRefreshOnSteps(['cloud-state', 'audit']);
  if (state.error) return <ErrorPanel error={state.error} onRetry={() => void state.refetch()} />;
  if (!state.data) return <p role="status">…</p>;
  const d = describe(state.data);
  const sections: [TrainingTextKey, string[]][] = [
    ['cloud.cens', d.cens],
    ['cloud.grants', d.grants],
    ['cloud.attachments', d.attachments],
    ['cloud.packages', d.packages],
    ['cloud.limits', d.limits],
  ];
  const calls = (audit.data?.entries ?? []).slice(-RECENT_CALLS).reverse();
  return (
    <div data-testid="cloud-view">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text type="secondary">{tt('cloud.intro')}</Typography.Text>
        <Button
          size="small"
          onClick={() => {
            void state.refetch();
            void audit.refetch();
          }}
        >
          {tt('cloud.refresh')}
        </Button>
      </Flex>
      {sections.map(([key, items]) => (
        <Section key={key} title={tt(key)} count={items.length}>
          <Lines items={items} />
        </Section>
      ))}
      <Section title={tt('cloud.connectivity')} count={state.data.connectivity?.length ?? 0}>
        <ul className="cloud-lines">
          {(state.data.connectivity ?? []).map((c, i) => (
            <li key={i}>
              <code>
                {c.from} → {c.to}
              </code>{' '}
              <Tag color={c.reachable ? 'green' : 'red'}>
                {tt(c.reachable ? 'cloud.reachable' : 'cloud.unreachable')}
              </Tag>
              {c.reachable ? null : <Typography.Text type="secondary">{c.reason}</Typography.Text>}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={tt('cloud.calls')} count={calls.length}>
        <ul className="cloud-lines" data-testid="cloud-calls">
          {calls.map((e, i) => (
            <li key={i}>
              <code>
                {e.time.slice(11, 19)} {e.account} {e.action}
              </code>{' '}
              <Tag color={e.outcome === 'ok' ? 'green' : 'red'}>
                {e.outcome === 'ok' ? 'OK' : (e.code ?? 'error')}
              </Tag>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
