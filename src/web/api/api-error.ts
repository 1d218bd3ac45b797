// The one error type the console's queries and mutations throw: the BFF's ApiError (src/domain/openapi/errors.ts),
// or one built here when the BFF could not be reached or answered something unreadable.
import type { ApiError } from '../../domain/openapi/errors';

export class ApiRequestError extends Error {
  readonly apiError: ApiError;
  constructor(apiError: ApiError) {
    super(`${apiError.code}: ${apiError.message}`);
    this.name = 'ApiRequestError';
    this.apiError = apiError;
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiRequestError) return error.apiError;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'ConsoleError', message, httpStatus: 0, source: 'bff' };
}
