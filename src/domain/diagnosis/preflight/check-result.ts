// Builds a preflight item in one call: a check names its kind, ID and title once, then says each outcome as a
// verdict, its evidence (sentence and data) and, when there is one, the fix.
import type { InspectionFailure, Inspected } from '../inspection';
import { inspectionFix, notInspectedMessage } from '../inspection-messages';
import type { Message } from '../messages';
import type { Fix, PreflightVerdict } from '../verdicts';
import type { PreflightCheck, PreflightData, PreflightItem } from './preflight-types';

type DataOf<C extends PreflightCheck> = Extract<PreflightData, { check: C }>;

export interface CheckResult<C extends PreflightCheck> {
  (verdict: PreflightVerdict, message: Message, data: DataOf<C>, fix?: Fix): PreflightItem;
  /**
   * 'unknown' because Describe calls were refused (at least one): the first refusal is the evidence and its way
   * out the fix, so a check that could not look is never a silent pass.
   */
  notInspected(data: DataOf<C>, failures: readonly InspectionFailure[]): PreflightItem;
}

export function checkResult<C extends PreflightCheck>(check: C, id: string, title: Message): CheckResult<C> {
  const result = (
    verdict: PreflightVerdict,
    message: Message,
    data: DataOf<C>,
    fix?: Fix,
  ): PreflightItem => ({
    id,
    check,
    title,
    verdict,
    evidence: { message, data },
    ...(fix ? { fix } : {}),
  });
  result.notInspected = (data: DataOf<C>, failures: readonly InspectionFailure[]): PreflightItem => {
    const first = failures[0];
    if (!first) throw new Error(`Preflight item ${id}: notInspected needs the refused call.`);
    return {
      ...result('unknown', notInspectedMessage(first), data, inspectionFix(first)),
      failures: [...failures],
    };
  };
  return result;
}

/** The refusals among some Describe answers (missing ones were not asked), in the order given. */
export function failuresOf(...answers: readonly (Inspected<unknown> | undefined)[]): InspectionFailure[] {
  return answers.flatMap((a) => (a && !a.ok ? [a.failure] : []));
}
