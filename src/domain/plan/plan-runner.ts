// Pure helpers for the console that executes a plan: what to do next, the exact BFF request for a call or its
// poll, reading a poll's answer, and reading a call's output. The loop is: compute the plan from progress →
// nextAction → POST or poll → save what the cloud said into progress → compute the plan again.
import type { AccountName } from '../accounts';
import { findAction } from '../openapi/actions';
import { bffBody, type BffBody } from '../openapi/bff-request';
import { flattenParams } from '../openapi/flatten';
import type { Product } from '../openapi/products';
import { PLACEHOLDER, type OutputName, type Plan, type PlannedCall, type WaitFor } from './plan-types';

export type NextAction =
  | { kind: 'call'; call: PlannedCall }
  | { kind: 'wait'; call: PlannedCall; waitFor: WaitFor }
  | { kind: 'blocked'; call: PlannedCall; reason: string }
  | { kind: 'complete' };

/**
 * The first call that is not done decides: calls are in execution order and each depends only on earlier ones,
 * so a sequential run never skips ahead of a write that is still settling.
 */
export function nextAction(plan: Plan): NextAction {
  for (const call of plan.calls) {
    if (call.status === 'done') continue;
    if (call.status === 'waiting' && call.waitFor) return { kind: 'wait', call, waitFor: call.waitFor };
    if (call.status === 'blocked') return { kind: 'blocked', call, reason: call.reason ?? 'Blocked.' };
    if (call.status === 'pending') return { kind: 'call', call };
  }
  return { kind: 'complete' };
}

/** One request to the BFF: POST `path` with `body` (openapi/bff-request.ts). */
export interface BffRequest {
  /** Qualified, as the BFF accepts it: 'Cbn.CreateCen', 'Vpc.GrantInstanceToCen'. */
  action: string;
  path: string;
  body: BffBody;
}

/** Outputs still standing in as placeholders where `refs` says they go (flattened keys over `values`). */
function unresolved(
  refs: Readonly<Record<string, OutputName>>,
  values: Record<string, unknown>,
): OutputName[] {
  const flat = flattenParams(values);
  return [
    ...new Set(
      Object.entries(refs)
        .filter(([key, output]) => flat[key] === PLACEHOLDER[output])
        .map(([, output]) => output),
    ),
  ];
}

function request(key: string, account: AccountName, params: Record<string, unknown>): BffRequest {
  const [product = '', action = ''] = key.split('.');
  const spec = findAction(product as Product, action);
  if (!spec) throw new Error(`${key} is not in the action catalogue.`);
  return { action: key, path: `/api/openapi/${key}`, body: bffBody(spec, account, params) };
}

/**
 * The request for a call, exactly as the console POSTs it (the plan runner and the steps alike). Refuses (throws)
 * what the BFF would refuse or what would send a placeholder: a blocked call, a write that needs a ClientToken
 * without one, or params with an output not known yet.
 */
export function bffRequest(call: PlannedCall): BffRequest {
  if (call.status === 'blocked') throw new Error(`${call.key} is blocked: ${call.reason ?? 'see the plan'}`);
  const missing = unresolved(call.refs, call.params);
  if (missing.length) throw new Error(`${call.key} needs ${missing.join(', ')} from an earlier call.`);
  if (call.clientToken && !call.clientToken.value)
    throw new Error(`${call.key} needs the ClientToken for "${call.clientToken.purpose}" first.`);
  return request(call.key, call.account, call.params);
}

export function waitRequest(waitFor: WaitFor): BffRequest {
  const missing = unresolved(waitFor.refs, { params: waitFor.params, match: waitFor.match });
  if (missing.length) throw new Error(`${waitFor.poll} needs ${missing.join(', ')} from an earlier call.`);
  return request(waitFor.poll, waitFor.account, waitFor.params);
}

function at(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** The item the wait watches in a poll's answer: the first list entry that matches one of the alternatives. */
export function watchedItem(waitFor: WaitFor, response: unknown): Record<string, unknown> | undefined {
  const list = waitFor.list.reduce<unknown>(at, response);
  if (!Array.isArray(list)) return undefined;
  return (list as unknown[]).find(
    (item): item is Record<string, unknown> =>
      typeof item === 'object' &&
      item !== null &&
      waitFor.match.some((m) => Object.entries(m).every(([k, v]) => at(item, k) === v)),
  );
}

/** 'gone' when no item matches; otherwise the watched field's value. settled: the wait is over. */
export function checkWait(waitFor: WaitFor, response: unknown): { settled: boolean; observed: string } {
  const item = watchedItem(waitFor, response);
  const value = item?.[waitFor.field];
  // Statuses and IDs are strings or numbers in the answers (docs/reference/cen-api.md §7); anything else reads as ''.
  const observed =
    item === undefined ? 'gone' : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const settled = waitFor.until === 'gone' ? observed === 'gone' : waitFor.until.includes(observed);
  return { settled, observed };
}

/** What a call produced (CenId, CenBandwidthPackageId), for the console to save into its progress. */
export function readOutput(
  call: PlannedCall,
  response: unknown,
): { output: OutputName; value: string } | undefined {
  if (!call.produces) return undefined;
  // A dotted field walks into the answer, a number indexing a list: 'TransitRouterRouteTables.0.TransitRouterRouteTableId'.
  const value = call.produces.field
    .split('.')
    .reduce<unknown>((v, key) => (Array.isArray(v) ? v[Number(key)] : at(v, key)), response);
  return typeof value === 'string' && value ? { output: call.produces.output, value } : undefined;
}

/** The calls still to make or to settle — what the "whole remaining run" preview lists. */
export function remainingCalls(plan: Plan): PlannedCall[] {
  return plan.calls.filter((call) => call.status !== 'done');
}
