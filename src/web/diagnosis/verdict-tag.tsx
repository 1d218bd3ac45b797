// A verdict as a glyph AND words (pass / warning / blocking / unknown as text + icon, never colour alone).
// "Blocked here" and "Could not inspect" read differently on purpose: one is a finding, the other is a gap.
import { Tag } from 'antd';
import type { PathVerdict } from '../../domain/diagnosis/path/path-types';
import type { HopVerdict, PreflightVerdict } from '../../domain/diagnosis/verdicts';
import { useDiagnosisText, type DiagnosisTextKey } from './ui-text';

type AnyVerdict = PreflightVerdict | HopVerdict | PathVerdict;

// antd's preset tag colours fail WCAG AA contrast for small text (axe color-contrast); these dark-on-light pairs
// pass (≥ 7:1) and keep the usual green / amber / red / grey meaning.
const TONES = {
  ok: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  warn: { color: '#613400', background: '#fffbe6', borderColor: '#ffd666' },
  bad: { color: '#820014', background: '#fff1f0', borderColor: '#ff7875' },
  gap: { color: '#262626', background: '#f5f5f5', borderColor: '#8c8c8c' },
} as const;

const LOOK: Record<AnyVerdict, { glyph: string; tone: keyof typeof TONES; key: DiagnosisTextKey }> = {
  pass: { glyph: '✓', tone: 'ok', key: 'verdict.pass' },
  warning: { glyph: '!', tone: 'warn', key: 'verdict.warning' },
  blocking: { glyph: '✕', tone: 'bad', key: 'verdict.blocking' },
  blocked: { glyph: '✕', tone: 'bad', key: 'verdict.blocked' },
  unknown: { glyph: '?', tone: 'gap', key: 'verdict.unknown' },
  reachable: { glyph: '✓', tone: 'ok', key: 'path.reachable' },
  limited: { glyph: '!', tone: 'warn', key: 'path.limited' },
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
    <Tag data-verdict={verdict} style={{ ...TONES[look.tone], marginInlineEnd: 8 }}>
      <span aria-hidden="true">{look.glyph} </span>
      <span data-testid="verdict-text">{tx(verdictKey(verdict, overall))}</span>
    </Tag>
  );
}
