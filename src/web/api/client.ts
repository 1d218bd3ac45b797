// The console's only door to the cloud: POST /api/openapi/:action on the BFF (team brief, "BFF HTTP contract").
// Every answer is parsed at the boundary — success with the catalogue's response schema
// (src/domain/openapi/actions.ts), failure with apiErrorResponseSchema — and then with the caller's narrower view,
// so the types the UI uses follow a schema, never a cast.
import type { z } from 'zod';
import { resolveAction } from '../../domain/openapi/actions';
import { apiErrorResponseSchema } from '../../domain/openapi/errors';
import { parseJsonLossless } from '../../domain/openapi/lossless-json';
import { ApiRequestError } from './api-error';

export type AccountName = 'A' | 'B';

export interface CallInput {
  account: AccountName;
  regionId?: string;
  params: Record<string, unknown>;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  // Account UIDs are 16-digit numbers; the BFF sends strings, but parse losslessly in case one slips through.
  return parseJsonLossless(text);
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
    throw new ApiRequestError({
      code: 'NetworkError',
      message: error instanceof Error ? error.message : 'The console server could not be reached.',
      httpStatus: 0,
      source: 'network',
    });
  }
  let body: unknown;
  try {
    body = await readBody(response);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const parsed = apiErrorResponseSchema.safeParse(body);
    if (parsed.success) throw new ApiRequestError(parsed.data.error);
    throw new ApiRequestError({
      code: `HTTP ${response.status}`,
      message: response.statusText || 'The console server answered with an unreadable error.',
      httpStatus: response.status,
      source: 'bff',
    });
  }
  const contract = spec.response.safeParse(body);
  if (!contract.success) {
    throw new ApiRequestError({
      code: 'InvalidResponse',
      message: `${action} answered with a body that does not match the catalogue: ${contract.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
      httpStatus: response.status,
      source: 'bff',
    });
  }
  const typed = view.safeParse(contract.data);
  if (!typed.success) {
    throw new ApiRequestError({
      code: 'InvalidResponse',
      message: `${action} answered without a field the console needs: ${typed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
      httpStatus: response.status,
      source: 'bff',
    });
  }
  return typed.data;
}

/** GET helpers for the BFF's own JSON routes (/api/accounts, /api/health). */
export async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError({
      code: 'NetworkError',
      message: error instanceof Error ? error.message : 'The console server could not be reached.',
      httpStatus: 0,
      source: 'network',
    });
  }
  const body = await readBody(response).catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorResponseSchema.safeParse(body);
    if (parsed.success) throw new ApiRequestError(parsed.data.error);
    throw new ApiRequestError({
      code: `HTTP ${response.status}`,
      message: response.statusText || `GET ${path} failed.`,
      httpStatus: response.status,
      source: 'bff',
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiRequestError({
      code: 'InvalidResponse',
      message: `GET ${path} answered with an unexpected body.`,
      httpStatus: response.status,
      source: 'bff',
    });
  }
  return parsed.data;
}
