// The console's only door to the cloud: POST /api/openapi/:action on the BFF (team brief, "BFF HTTP contract").
// Every answer is parsed at the boundary — success with the catalogue's response schema
// (src/domain/openapi/actions.ts), failure with apiErrorResponseSchema — and then with the caller's narrower view,
// so the types the UI uses follow a schema, never a cast.
import type { z } from 'zod';
import { resolveAction } from '../../domain/openapi/actions';
import { ApiRequestError } from './api-error';
import { failure, networkError, readBody } from './bff-json';

export type AccountName = 'A' | 'B';

export interface CallInput {
  account: AccountName;
  regionId?: string;
  params: Record<string, unknown>;
}

function invalid(action: string, status: number, what: string, error: z.ZodError): ApiRequestError {
  return new ApiRequestError({
    code: 'InvalidResponse',
    message: `${action} answered ${what}: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    httpStatus: status,
    source: 'bff',
  });
}

export async function callAction<T>(
  action: string,
  input: CallInput,
  view: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const spec = resolveAction(action);
  if (!spec || !('product' in spec)) throw new Error(`The console has no catalogue entry for ${action}.`);
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
  const typed = view.safeParse(contract.data);
  if (!typed.success)
    throw invalid(action, response.status, 'without a field the console needs', typed.error);
  return typed.data;
}
