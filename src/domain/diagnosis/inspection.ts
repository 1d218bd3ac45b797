// What the engine knows about one Describe call: its data, or why it could not be made. Both preflight and the
// step 6 path check take every piece of cloud data wrapped like this, so a refused call (e.g. Forbidden.RAM with
// Account B's keys, cen-api.md §4) becomes an 'unknown' verdict that names the account and the code — never a
// silent pass. GCP Connectivity Tests' UNKNOWN verdict is the model (peers.md §3.3, §6.1 item 7).
import type { ApiError } from '../openapi/errors';

export type Account = 'A' | 'B';

export interface InspectionFailure {
  account: Account;
  /** The qualified action that failed, e.g. 'Ecs.DescribeSecurityGroupAttribute'. */
  action: string;
  /** The cloud's error code verbatim (e.g. 'Forbidden.RAM'), or the BFF's. */
  code: string;
  message?: string;
  regionId?: string;
}

export type Inspected<T> = { ok: true; value: T } | { ok: false; failure: InspectionFailure };

export function known<T>(value: T): Inspected<T> {
  return { ok: true, value };
}

export function notInspected<T>(failure: InspectionFailure): Inspected<T> {
  return { ok: false, failure };
}

/** The BFF's error body (errors.ts ApiError) as an inspection failure. */
export function failureFromApiError(
  account: Account,
  action: string,
  error: Pick<ApiError, 'code' | 'message'>,
  regionId?: string,
): InspectionFailure {
  return { account, action, code: error.code, message: error.message, ...(regionId ? { regionId } : {}) };
}
