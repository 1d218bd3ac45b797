// A verdict as a glyph AND words (issue 6: pass / warning / blocking / unknown as text + icon, never colour alone).
// "Blocked here" and "Could not inspect" read differently on purpose: one is a finding, the other is a gap.
import { Tag } from 'antd';
import type { PathVerdict } from '../../domain/diagnosis/path';
import type { HopVerdict, PreflightVerdict } from '../../domain/diagnosis/verdicts';
import { useDiagnosisText, type DiagnosisTextKey } from './ui-text';

type AnyVerdict = PreflightVerdict | HopVerdict | PathVerdict;

const LOOK: Record<AnyVerdict, { glyph: string; color: string; key: DiagnosisTextKey }> = {
  pass: { glyph: '✓', color: 'success', key: 'verdict.pass' },
  warning: { glyph: '!', color: 'warning', key: 'verdict.warning' },
  blocking: { glyph: '✕', color: 'error', key: 'verdict.blocking' },
  blocked: { glyph: '✕', color: 'error', key: 'verdict.blocked' },
  unknown: { glyph: '?', color: 'default', key: 'verdict.unknown' },
  reachable: { glyph: '✓', color: 'success', key: 'path.reachable' },
  limited: { glyph: '!', color: 'warning', key: 'path.limited' },
};

export function verdictKey(verdict: AnyVerdict, overall = false): DiagnosisTextKey {
  if (overall && verdict === 'blocked') return 'path.blocked';
  if (overall && verdict === 'unknown') return 'path.unknown';
  return LOOK[verdict].key;
}

export function VerdictTag({ verdict, overall = false }: { verdict: AnyVerdict; overall?: boolean }) {
  const { tx } = useDiagnosisText();
  const look = LOOK[verdict];
  return (
    <Tag color={look.color} data-verdict={verdict} style={{ marginInlineEnd: 8 }}>
      <span aria-hidden="true">{look.glyph} </span>
      <span data-testid="verdict-text">{tx(verdictKey(verdict, overall))}</span>
    </Tag>
  );
}
