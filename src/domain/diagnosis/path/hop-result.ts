// Builds a path hop in one call, as check-result.ts does for a preflight item: a hop names its ID, title and the
// account whose resource it is about once, then says each outcome as a verdict, its evidence (sentence and data)
// and, when there is one, the fix.
import type { AccountName } from '../../accounts';
import type { InspectionFailure } from '../inspection';
import { inspectionFix, notInspectedMessage } from '../inspection-messages';
import type { Message } from '../messages';
import type { Fix, HopVerdict } from '../verdicts';
import type { Hop, HopData, HopId } from './path-types';

export interface HopResult {
  (verdict: HopVerdict, message: Message, data: HopData, fix?: Fix): Hop;
  /** The same hop, about another account's resource (the one to act in for this outcome). */
  inAccount(account: AccountName): HopResult;
  /**
   * 'unknown' because a Describe call was refused: the refusal is the evidence and its way out the fix, so a hop
   * that could not look is never a silent pass.
   */
  notInspected(data: HopData, failure: InspectionFailure): Hop;
}

export function hopResult(id: HopId, title: Message, account: AccountName): HopResult {
  const result = (verdict: HopVerdict, message: Message, data: HopData, fix?: Fix): Hop => ({
    id,
    title,
    verdict,
    account,
    evidence: { message, data },
    ...(fix ? { fix } : {}),
  });
  result.inAccount = (other: AccountName): HopResult => hopResult(id, title, other);
  result.notInspected = (data: HopData, failure: InspectionFailure): Hop => ({
    ...result('unknown', notInspectedMessage(failure), data, inspectionFix(failure)),
    failure,
  });
  return result;
}
