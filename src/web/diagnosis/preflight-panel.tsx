// Preflight before steps 3–5, before any write: a collapsible panel that checks, read-only
// and in both accounts, what the step is about to change — CIDR blocks, the grant, package areas, one package per
// area pair, the budget of region connections — and lists each item as pass / warning / blocking / unknown (text
// and glyph), with the evidence and what to do. It runs whenever the step's inputs change, so the result is on
// screen before the user presses the write button, and on demand.
import { useQuery } from '@tanstack/react-query';
import { Button, Collapse, Typography } from 'antd';
import type {
  PlannedConnection,
  PlannedPackage,
  PreflightItem,
} from '../../domain/diagnosis/preflight/preflight-types';
import { accountByName, accountQueries } from '../api/accounts';
import { useProgress } from '../state/progress-store';
import { ErrorPanel } from '../components/error-panel';
import { EvidenceAndFix } from './evidence-and-fix';
import {
  enterprisePreflightKey,
  gatherAndPreflightEnterprise,
  type EnterprisePreflightRequest,
} from './gather-enterprise-preflight';
import { gatherAndPreflight, type NetworkPick, type PreflightRequest } from './gather-preflight';
import { useDiagnosisText } from './ui-text';
import { useDiagnosisRun } from './use-diagnosis-run';
import { verdictKey, VerdictTag } from './verdict-tag';
import type { AccountName } from '../../domain/accounts';

export interface PreflightPanelProps {
  /** Networks the step is about to attach (step 3). */
  toAttach?: readonly NetworkPick[];
  /** Check this account's networks already in the CEN as well (step 4 checks B's network against the package). */
  attachedOf?: AccountName;
  plannedPackage?: PlannedPackage | undefined;
  connections?: readonly PlannedConnection[];
  /** Enterprise Edition: check the two VPCs, both routers and B's grant (gather-enterprise-preflight.ts). */
  enterprise?: EnterprisePreflightRequest | undefined;
}

export function PreflightPanel({
  toAttach = [],
  attachedOf,
  plannedPackage,
  connections = [],
  enterprise,
}: PreflightPanelProps) {
  const { tx } = useDiagnosisText();
  const cenId = useProgress((p) => p.cenId);
  const accounts = useQuery(accountQueries.all());
  const uidA = accountByName(accounts.data, 'A')?.uid;
  const uidB = accountByName(accounts.data, 'B')?.uid;
  const somethingToCheck =
    Boolean(enterprise) ||
    toAttach.length > 0 ||
    Boolean(attachedOf) ||
    Boolean(plannedPackage) ||
    connections.length > 0;
  const req: PreflightRequest | undefined =
    cenId && uidA && uidB
      ? { cenId, uids: { A: uidA, B: uidB }, toAttach, attachedOf, plannedPackage, connections }
      : undefined;
  const key = enterprise
    ? enterprisePreflightKey(enterprise)
    : (['diagnosis', 'preflight', JSON.stringify(req ?? null)] as const);
  const { query: report, rerunFresh: rerun } = useDiagnosisRun({
    queryKey: key,
    run: (cache) =>
      enterprise ? gatherAndPreflightEnterprise(enterprise, cache) : gatherAndPreflight(req!, cache),
    enabled: enterprise ? true : req !== undefined && somethingToCheck,
    staleTime: 15_000,
  });
  const data = report.data;
  const label = data
    ? tx('preflight.summary', {
        verdict: tx(verdictKey(data.verdict)),
        blocking: data.counts.blocking,
        warning: data.counts.warning,
        unknown: data.counts.unknown,
        pass: data.counts.pass,
      })
    : tx('preflight.title');

  return (
    <Collapse
      style={{ marginBottom: 16 }}
      defaultActiveKey={['preflight']}
      items={[
        {
          key: 'preflight',
          label: (
            <span data-testid="preflight-summary">
              {data ? <VerdictTag verdict={data.verdict} /> : null}
              {label}
            </span>
          ),
          children: (
            <section
              aria-label={tx('preflight.title')}
              aria-busy={report.isFetching}
              data-testid="preflight-panel"
            >
              <Typography.Paragraph type="secondary">{tx('preflight.intro')}</Typography.Paragraph>
              {!somethingToCheck ? (
                <Typography.Paragraph>{tx('preflight.empty')}</Typography.Paragraph>
              ) : null}
              {report.isFetching ? (
                <Typography.Paragraph role="status">{tx('preflight.running')}</Typography.Paragraph>
              ) : null}
              {report.isError ? <ErrorPanel error={report.error} onRetry={rerun} /> : null}
              {data ? (
                <ul className="plain-list">
                  {data.items.map((item) => (
                    <Item key={item.id} item={item} onFixed={rerun} />
                  ))}
                </ul>
              ) : null}
              <Button
                onClick={rerun}
                disabled={!enterprise && (!req || !somethingToCheck)}
                loading={report.isFetching}
              >
                {tx('preflight.rerun')}
              </Button>
            </section>
          ),
        },
      ]}
    />
  );
}

const ITEM_PARAGRAPH = { margin: '4px 0' } as const;

function Item({ item, onFixed }: { item: PreflightItem; onFixed: () => void }) {
  const { fmt } = useDiagnosisText();
  return (
    <li data-testid={`preflight-item-${item.id}`} data-verdict={item.verdict}>
      <VerdictTag verdict={item.verdict} />
      <Typography.Text strong>{fmt(item.title)}</Typography.Text>
      <EvidenceAndFix
        evidence={item.evidence}
        fix={item.fix}
        onFixed={onFixed}
        paragraphStyle={ITEM_PARAGRAPH}
      />
    </li>
  );
}
