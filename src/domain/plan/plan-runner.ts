// Pure helpers for the console that executes a plan: what to do next, the exact BFF request for a call or its
// poll, reading a poll's answer, and reading a call's output. The loop is: compute the plan from progress →
// nextAction → POST or poll → save what the cloud said into progress → compute the plan again.
import type { OutputName, Plan, PlannedCall, WaitFor } from './plan-types';

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

/** The body of POST /api/openapi/:action (BFF contract in the team brief). */
export interface BffRequest {
  /** Qualified, as the BFF accepts it: 'Cbn.CreateCen', 'Vpc.GrantInstanceToCen'. */
  action: string;
  path: string;
  body: { account: 'A' | 'B'; regionId?: string; params: Record<string, unknown> };
}

function unresolved(refs: Readonly<Record<string, OutputName>>, plan: Plan): OutputName[] {
  return Object.values(refs).filter((output) => plan.known[output] === undefined);
}

/**
 * The request for a call, exactly as the console POSTs it. Refuses (throws) what the BFF would refuse or what
 * would send a placeholder: a write that needs a ClientToken without one, or params with an output not known yet.
 */
export function bffRequest(call: PlannedCall, plan: Plan): BffRequest {
  const missing = unresolved(call.refs, plan);
  if (missing.length) throw new Error(`${call.key} needs ${missing.join(', ')} from an earlier call.`);
  if (call.clientToken && !call.clientToken.value)
    throw new Error(`${call.key} needs the ClientToken for "${call.clientToken.purpose}" first.`);
  return {
    action: call.key,
    path: `/api/openapi/${call.key}`,
    body: {
      account: call.account,
      ...(call.regionId ? { regionId: call.regionId } : {}),
      params: call.params,
    },
  };
}

export function waitRequest(waitFor: WaitFor, plan: Plan): BffRequest {
  const missing = unresolved(waitFor.refs, plan);
  if (missing.length) throw new Error(`${waitFor.poll} needs ${missing.join(', ')} from an earlier call.`);
  return {
    action: waitFor.poll,
    path: `/api/openapi/${waitFor.poll}`,
    body: {
      account: waitFor.account,
      ...(waitFor.regionId ? { regionId: waitFor.regionId } : {}),
      params: waitFor.params,
    },
  };
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
  // Statuses and IDs are strings or numbers in the answers (cen-api.md §7); anything else reads as ''.
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
  const value = at(response, call.produces.field);
  return typeof value === 'string' && value ? { output: call.produces.output, value } : undefined;
}

/** The calls still to make or to settle — what the "whole remaining run" preview lists. */
export function remainingCalls(plan: Plan): PlannedCall[] {
  return plan.calls.filter((call) => call.status !== 'done');
}
