// The console's only door to the cloud: POST /api/openapi/:action on the BFF. Every answer is parsed at the
// boundary — success with the catalogue's response schema (src/domain/openapi/actions.ts), failure with
// apiErrorResponseSchema — so the types the UI reads are the catalogue's (ResponseOf), never a cast and never a
// second, hand-written view of the same answer.
import type { z } from 'zod';
import {
  resolveAction,
  type ActionName,
  type ActionSpec,
  type ParamsOf,
  type ResponseOf,
} from '../../domain/openapi/actions';
import { ApiRequestError } from './api-error';
import { failure, networkError, readBody } from './bff-json';
import type { BffBodyInput } from '../../domain/openapi/bff-request';

/** The BFF body (domain/openapi/bff-request.ts bffBodySchema), with the params typed by the action. */
export type CallInput<P = Record<string, unknown>> = Omit<BffBodyInput, 'params'> & { params: P };

function invalid(action: string, status: number, what: string, error: z.ZodError): ApiRequestError {
  return new ApiRequestError({
    code: 'InvalidResponse',
    message: `${action} answered ${what}: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    httpStatus: status,
    source: 'bff',
  });
}

async function post(spec: ActionSpec, action: string, input: CallInput<unknown>, signal?: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(`/api/openapi/${encodeURIComponent(action)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(input),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError(error);
  }
  const body = await readBody(response).catch(() => undefined);
  if (!response.ok) throw failure(response, body, `${action} failed.`);
  const contract = spec.response.safeParse(body);
  if (!contract.success)
    throw invalid(action, response.status, 'with a body that does not match the catalogue', contract.error);
  return contract.data;
}

function specOf(action: string): ActionSpec {
  const spec = resolveAction(action);
  if (!spec || !('product' in spec)) throw new Error(`The console has no catalogue entry for ${action}.`);
  return spec;
}

/** A call the code names: its params and its answer are the catalogue entry's types (ParamsOf, ResponseOf). */
export async function callAction<N extends ActionName>(
  action: N,
  input: CallInput<ParamsOf<N>>,
  signal?: AbortSignal,
): Promise<ResponseOf<N>> {
  // The catalogue's schema for N parsed the body, so its output is ResponseOf<N>; resolveAction is untyped.
  return (await post(specOf(action), action, input, signal)) as ResponseOf<N>;
}

/**
 * A call that is data (an offered fix, a teardown plan's step): the action is known only at run time, so the answer
 * is the catalogue-checked body of whichever entry it names.
 */
export function callNamedAction(
  action: string,
  input: CallInput,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  return post(specOf(action), action, input, signal);
}
