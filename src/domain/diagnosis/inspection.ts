// What the engine knows about one Describe call: its data, or why it could not be made. Both preflight and the
// step 6 path check take every piece of cloud data wrapped like this, so a refused call (e.g. Forbidden.RAM with
// Account B's keys, docs/reference/cen-api.md §4) becomes an 'unknown' verdict that names the account and the
// code — never a silent pass. GCP Connectivity Tests' UNKNOWN verdict is the model
// (docs/reference/peer-failures.md §3.3, §6.1 item 7).
import type { ApiError } from '../openapi/errors';
import type { AccountName } from '../accounts';

export interface InspectionFailure {
  account: AccountName;
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
  account: AccountName,
  action: string,
  error: Pick<ApiError, 'code' | 'message'>,
  regionId?: string,
): InspectionFailure {
  return { account, action, code: error.code, message: error.message, ...(regionId ? { regionId } : {}) };
}

/** Turns the data of a Describe into what the engine reads (e.g. a DescribeVpcs body into its CIDR blocks). */
export function mapInspected<T, U>(i: Inspected<T>, f: (value: T) => U): Inspected<U> {
  return i.ok ? known(f(i.value)) : i;
}

/**
 * Runs one Describe and wraps its answer: the web passes its client call and its own error mapper (the
 * console's toApiError), so a refusal becomes an InspectionFailure instead of an exception.
 */
export async function inspect<T>(
  account: AccountName,
  action: string,
  run: () => Promise<T>,
  toError: (error: unknown) => Pick<ApiError, 'code' | 'message'>,
  regionId?: string,
): Promise<Inspected<T>> {
  try {
    return known(await run());
  } catch (error) {
    return notInspected(failureFromApiError(account, action, toError(error), regionId));
  }
}
