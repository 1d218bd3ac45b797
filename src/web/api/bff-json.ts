// GET helper for the BFF's own JSON routes (/api/accounts, /api/health). Kept apart from client.ts so the app
// shell does not load the whole OpenAPI catalogue on first paint.
import type { z } from 'zod';
import { apiErrorResponseSchema } from '../../domain/openapi/errors';
import { parseJsonLossless } from '../../domain/openapi/lossless-json';
import { ApiRequestError } from './api-error';

export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  // Account UIDs are 16-digit numbers; the BFF sends strings, but parse losslessly in case one slips through.
  return parseJsonLossless(text);
}

export function networkError(error: unknown): ApiRequestError {
  return new ApiRequestError({
    code: 'NetworkError',
    message: error instanceof Error ? error.message : 'The console server could not be reached.',
    httpStatus: 0,
    source: 'network',
  });
}

/** A failed answer: the BFF's { error: ApiError } when it sent one, else what HTTP says. */
export function failure(response: Response, body: unknown, fallback: string): ApiRequestError {
  const parsed = apiErrorResponseSchema.safeParse(body);
  if (parsed.success) return new ApiRequestError(parsed.data.error);
  return new ApiRequestError({
    code: `HTTP ${response.status}`,
    message: response.statusText || fallback,
    httpStatus: response.status,
    source: 'bff',
  });
}

export async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError(error);
  }
  const body = await readBody(response).catch(() => undefined);
  if (!response.ok) throw failure(response, body, `GET ${path} failed.`);
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
