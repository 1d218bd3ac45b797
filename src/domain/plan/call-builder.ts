// Builds PlannedCalls: looks the action up in the catalogue (so a plan can only hold calls the BFF allows),
// puts outputs of earlier calls (or their placeholders) into the params and remembers where (refs), adds the
// ClientToken the console keeps for the call's purpose, and blocks a call whose params the catalogue would refuse.
import type { AccountName } from '../accounts';
import { findAction } from '../openapi/actions';
import { bodyRegion } from '../openapi/bff-request';
import type { Product } from '../openapi/products';
import {
  PLACEHOLDER,
  type CallStatus,
  type OutputName,
  type PlannedCall,
  type StepNumber,
  type WaitFor,
} from './plan-types';

/** A value that is an output of an earlier call: known once that call has answered. */
export interface Ref {
  readonly ref: OutputName;
  readonly value: string | undefined;
}

export const ref = (output: OutputName, value: string | undefined): Ref => ({ ref: output, value });

function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && 'ref' in value && !Array.isArray(value);
}

/**
 * Replaces Refs by their value (or placeholder) and records their flattened keys — the same key rules as
 * flattenParams (Parent.Child, lists from 1), because the CLI export prints exactly those keys.
 */
export function materialize(params: Record<string, unknown>): {
  params: Record<string, unknown>;
  refs: Record<string, OutputName>;
} {
  const refs: Record<string, OutputName> = {};
  const walk = (value: unknown, key: string): unknown => {
    if (isRef(value)) {
      refs[key] = value.ref;
      return value.value ?? PLACEHOLDER[value.ref];
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${key}.${i + 1}`));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value))
        if (v !== undefined) out[k] = walk(v, key ? `${key}.${k}` : k);
      return out;
    }
    return value;
  };
  return { params: walk(params, '') as Record<string, unknown>, refs };
}

export interface CallSpec {
  id: string;
  step: StepNumber;
  product: Product;
  action: string;
  account: AccountName;
  params: Record<string, unknown>;
  produces?: PlannedCall['produces'];
  tokenPurpose?: string;
  clientTokens?: Readonly<Record<string, string>>;
  dependsOn?: readonly string[];
  waitFor?: WaitFor;
  status: CallStatus;
  reason?: string;
  summary: string;
}

export function buildCall(spec: CallSpec): PlannedCall {
  const action = findAction(spec.product, spec.action);
  // A plan holds only catalogue actions: the BFF's allow-list (openapi/actions.ts) would refuse anything else.
  if (!action) throw new Error(`${spec.product}.${spec.action} is not in the action catalogue.`);
  const token = spec.tokenPurpose ? spec.clientTokens?.[spec.tokenPurpose] : undefined;
  const { params, refs } = materialize({ ...spec.params, ...(token ? { ClientToken: token } : {}) });
  // Where the region goes is the BFF body's rule (bff-request.ts): a regional action's params.RegionId.
  const regionId = bodyRegion(action, { params });
  let status = spec.status;
  let reason = spec.reason;
  if (status === 'pending') {
    // The same schema the BFF and the mock validate with: a call it would refuse is blocked here, with its message.
    const checked = action.params.safeParse(params);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      status = 'blocked';
      reason = `${issue?.path.join('.') || spec.action}: ${issue?.message ?? 'invalid parameters'}`;
    }
  }
  return {
    id: spec.id,
    step: spec.step,
    key: `${spec.product}.${spec.action}`,
    product: spec.product,
    action: spec.action,
    account: spec.account,
    ...(regionId ? { regionId } : {}),
    params,
    refs,
    ...(spec.produces ? { produces: spec.produces } : {}),
    ...(action.clientToken && spec.tokenPurpose
      ? { clientToken: { purpose: spec.tokenPurpose, ...(token ? { value: token } : {}) } }
      : {}),
    dependsOn: spec.dependsOn ?? [],
    ...(spec.waitFor ? { waitFor: spec.waitFor } : {}),
    status,
    ...(reason ? { reason } : {}),
    summary: spec.summary,
  };
}

/**
 * A call that needs a blocked call is blocked too, naming the first blocked one, so the preview says why the rest
 * of the run cannot go ahead. Calls come in execution order, so one pass suffices.
 */
export function propagateBlocked(calls: PlannedCall[]): PlannedCall[] {
  const byId = new Map<string, PlannedCall>();
  const out: PlannedCall[] = [];
  for (const call of calls) {
    let next = call;
    if (call.status === 'pending') {
      const blocker = call.dependsOn.map((id) => byId.get(id)).find((dep) => dep?.status === 'blocked');
      if (blocker)
        next = { ...call, status: 'blocked', reason: `Waits for "${blocker.summary}", which is blocked.` };
    }
    byId.set(next.id, next);
    out.push(next);
  }
  return out;
}
