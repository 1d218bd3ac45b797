// What a preflight item and a path hop show alike: the evidence sentence, what to do, and — when one API call does
// it — the fix behind a confirmation.
import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { Evidence, Fix } from '../../domain/diagnosis/verdicts';
import { FixConfirm } from './fix-confirm';
import { useDiagnosisText } from './ui-text';

export interface EvidenceAndFixProps {
  evidence: Evidence<unknown>;
  fix: Fix | undefined;
  onFixed: () => void;
  /** The margin of each sentence: the hop list sits tighter than the preflight list. */
  paragraphStyle: CSSProperties;
}

export function EvidenceAndFix({ evidence, fix, onFixed, paragraphStyle }: EvidenceAndFixProps) {
  const { tx, fmt } = useDiagnosisText();
  return (
    <>
      <Typography.Paragraph style={paragraphStyle}>
        <Typography.Text type="secondary">{tx('evidence')}: </Typography.Text>
        {fmt(evidence.message)}
      </Typography.Paragraph>
      {fix ? (
        <Typography.Paragraph style={paragraphStyle}>
          <Typography.Text type="secondary">{tx('whatToDo')}: </Typography.Text>
          {fmt(fix.message)}
        </Typography.Paragraph>
      ) : null}
      {fix?.call ? <FixConfirm call={fix.call} onDone={onFixed} /> : null}
    </>
  );
}
