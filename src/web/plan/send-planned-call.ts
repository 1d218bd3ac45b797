// The one way a step's click writes to the cloud: it sends the plan's own call (src/domain/plan/setup-calls.ts), the
// same account, action, params and ClientToken the preview shows, as the teardown runner sends its plan's calls
// (teardown/teardown-runner.ts). A field added to a call is written once, in its builder, and reaches both.
import { bffRequest, readOutput } from '../../domain/plan/plan-runner';
import type { PlannedCall } from '../../domain/plan/plan-types';
import { ApiRequestError } from '../api/api-error';
import { callNamedAction } from '../api/client';
import { clientTokenFor, progressStore } from '../state/progress-store';

type ClientTokens = Readonly<Record<string, string>>;

/**
 * Builds a step's call with the saved ClientTokens. A write that needs a token it does not have yet gets one, made
 * and saved before the first attempt (progress-store.ts clientTokenFor), and is built again with it — so a retry
 * after a lost answer sends the same token, and the preview (which reads the same tokens) shows it.
 */
export function callWithClientToken(build: (clientTokens: ClientTokens) => PlannedCall): PlannedCall {
  const call = build(progressStore.get().clientTokens);
  if (!call.clientToken || call.clientToken.value) return call;
  clientTokenFor(call.clientToken.purpose);
  return build(progressStore.get().clientTokens);
}

/**
 * POSTs the call exactly as bffRequest (domain/plan/plan-runner.ts) makes it. A call the plan blocked (its params
 * break the catalogue's rules) is refused here, with the reason, before any request.
 */
export async function sendPlannedCall(
  call: PlannedCall,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  const request = bffRequest(call);
  return callNamedAction(request.action, request.body, signal);
}

/** Sends a call that produces an output (CreateCen's CenId, the package's ID) and resolves with that output. */
export async function sendProducingCall(call: PlannedCall, signal?: AbortSignal): Promise<string> {
  const answer = await sendPlannedCall(call, signal);
  const output = readOutput(call, answer);
  if (!output)
    throw new ApiRequestError({
      code: 'InvalidResponse',
      message: `${call.key} answered without ${call.produces?.field ?? 'the output it produces'}.`,
      httpStatus: 200,
      source: 'bff',
    });
  return output.value;
}
