// One direction of the path check, hop by hop in packet order: each hop's verdict (text + glyph), the evidence
// sentence, what to do, and — when one API call does it — the fix behind a confirmation.
import { Typography } from 'antd';
import type { DirectionDiagnosis } from '../../domain/diagnosis/path/path-types';
import { EvidenceAndFix } from './evidence-and-fix';
import { useDiagnosisText } from './ui-text';
import { VerdictTag } from './verdict-tag';

const HOP_PARAGRAPH = { marginBottom: 4 } as const;

export function HopList({ direction, onFixed }: { direction: DirectionDiagnosis; onFixed: () => void }) {
  const { tx, fmt } = useDiagnosisText();
  const heading = tx('diagnosis.direction', { from: direction.from, to: direction.to });
  const headingId = `hops-${direction.from}-${direction.to}`;
  return (
    <section aria-labelledby={headingId} data-testid={`direction-${direction.from}-${direction.to}`}>
      <Typography.Title level={4} id={headingId} style={{ fontSize: 16 }}>
        <VerdictTag verdict={direction.verdict} overall /> {heading}
      </Typography.Title>
      <Typography.Paragraph data-testid="direction-summary">{fmt(direction.summary)}</Typography.Paragraph>
      <ol className="hop-list" style={{ paddingInlineStart: 20 }}>
        {direction.hops.map((hop) => (
          <li
            key={hop.id}
            data-testid={`hop-${hop.id}`}
            data-verdict={hop.verdict}
            aria-current={hop.id === direction.decidingHop ? 'step' : undefined}
            style={{ marginBottom: 8 }}
          >
            <VerdictTag verdict={hop.verdict} />
            <Typography.Text strong>{fmt(hop.title)}</Typography.Text>
            {hop.verdict !== 'pass' || hop.id === direction.decidingHop ? (
              <div style={{ marginInlineStart: 4 }}>
                <EvidenceAndFix
                  evidence={hop.evidence}
                  fix={hop.fix}
                  onFixed={onFixed}
                  paragraphStyle={HOP_PARAGRAPH}
                />
              </div>
            ) : (
              <Typography.Text type="secondary"> — {fmt(hop.evidence.message)}</Typography.Text>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
