// Reads and validates a JSON request body with a zod schema; a failure becomes a 400 whose `fields` say where.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { ApiError } from '../domain/openapi/errors';

export function fieldErrors(error: z.ZodError, prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)';
    fields[path] ??= issue.message;
  }
  return fields;
}

export function badRequest(code: string, message: string, fields?: Record<string, string>): ApiError {
  return { code, message, httpStatus: 400, source: 'bff', ...(fields ? { fields } : {}) };
}

export function errorResponse(c: Context, error: ApiError) {
  return c.json({ error }, error.httpStatus as 400);
}

export async function readJson<T>(
  c: Context,
  schema: z.ZodType<T>,
): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  let raw: unknown;
  try {
    const text = await c.req.text();
    raw = text === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, error: badRequest('InvalidJson', 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    const summary = Object.entries(fields)
      .map(([path, message]) => `${path}: ${message}`)
      .join('; ');
    return { ok: false, error: badRequest('InvalidRequest', `The request was refused: ${summary}`, fields) };
  }
  return { ok: true, data: parsed.data };
}
