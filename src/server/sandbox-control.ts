// The BFF's client for the mock cloud's sandbox control API (mocks/README.md, "Control API" and "Sandboxes"): plain HTTP to the
// control origin, which msw answers in-process or the standalone mock answers on its port — the BFF never
// imports the mock's code. Answers are validated, UIDs parsed losslessly (B's UID is above 2^53).
import { z } from 'zod';
import { parseJsonLossless } from '../domain/openapi/lossless-json';
import type { ApiError } from '../domain/openapi/errors';
import { accountNameSchema } from '../domain/accounts';

const uid = z.union([z.string(), z.number()]).transform(String);

export const createdSandboxSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string().nullish(),
  scenario: z.string().min(1),
  accounts: z
    .array(
      z.object({
        name: accountNameSchema,
        uid,
        accessKeyId: z.string().min(1),
        accessKeySecret: z.string().min(1),
      }),
    )
    .min(2),
});
export type CreatedSandbox = z.infer<typeof createdSandboxSchema>;

export const sandboxListSchema = z.looseObject({
  sandboxes: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string().nullish(),
      scenario: z.string(),
      createdAt: z.union([z.string(), z.number()]).optional(),
      lastUsedAt: z.union([z.string(), z.number()]).optional(),
      expiresAt: z.string().nullish(),
      calls: z.number().optional(),
      progress: z.unknown().optional(),
    }),
  ),
});
export type SandboxListing = z.infer<typeof sandboxListSchema>['sandboxes'][number];

const scenariosSchema = z.looseObject({
  scenarios: z.array(z.looseObject({ name: z.string() })),
  seeds: z.array(z.looseObject({ name: z.string() })).optional(),
});

export const progressSchema = z.looseObject({
  scenario: z.string().optional(),
  steps: z.record(z.string(), z.unknown()).optional(),
  success: z.boolean(),
  evidence: z.unknown().optional(),
});
export type SandboxProgress = z.infer<typeof progressSchema>;

/** A failure talking to the mock's control API, already in the shape the browser gets. */
export class ControlError extends Error {
  constructor(
    readonly apiError: ApiError,
    /** The mock answered 404 for a sandbox-scoped route: the sandbox is (probably) gone. */
    readonly notFound = false,
  ) {
    super(apiError.message);
  }
}

export interface SandboxControl {
  create(input: { scenario?: string; label?: string }): Promise<CreatedSandbox>;
  list(): Promise<SandboxListing[]>;
  progress(id: string): Promise<SandboxProgress>;
  remove(id: string): Promise<void>;
  /** Every scenario name the mock can start (training scenarios and plain seeds). */
  scenarioNames(): Promise<string[]>;
  /** True while the mock still has the sandbox (GET /_mock/sandboxes/:id); decides whether a 404 meant "gone". */
  exists(id: string): Promise<boolean>;
}

function messageOf(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message : fallback;
}

export function createSandboxControl(controlUrl: string, fetchImpl: typeof fetch = fetch): SandboxControl {
  const request = async <T>(
    method: string,
    path: string,
    schema: z.ZodType<T> | undefined,
    body?: unknown,
  ): Promise<T> => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, controlUrl), {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ControlError({
        code: 'MockUnavailable',
        message: `The mock cloud's control API did not answer ${method} ${path}: ${(e as Error).message}`,
        httpStatus: 502,
        source: 'bff',
      });
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? {} : parseJsonLossless(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      // The mock's own refusal (an unknown scenario 400, an unknown sandbox 404, all sandboxes busy 409) is passed
      // on with its words and code; anything else is a gateway failure of ours.
      const status = response.status;
      const mockCode = (parsed as { error?: { code?: unknown } } | undefined)?.error?.code;
      const known = status === 400 || status === 404 || status === 409;
      throw new ControlError(
        {
          code:
            status === 400
              ? 'InvalidRequest'
              : known && typeof mockCode === 'string'
                ? mockCode
                : status === 404
                  ? 'SandboxNotFound'
                  : 'MockUnavailable',
          message: messageOf(parsed, `The mock cloud answered ${status} to ${method} ${path}.`),
          httpStatus: known ? status : 502,
          source: 'bff',
        },
        status === 404,
      );
    }
    if (!schema) return undefined as T;
    const checked = schema.safeParse(parsed);
    if (!checked.success)
      throw new ControlError({
        code: 'MockUnavailable',
        message: `The mock cloud's answer to ${method} ${path} is not in the shape of its sandbox control API (mocks/README.md): ${checked.error.issues
          .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
          .join('; ')}`,
        httpStatus: 502,
        source: 'bff',
      });
    return checked.data;
  };

  return {
    create: (input) => request('POST', '/_mock/sandboxes', createdSandboxSchema, input),
    list: async () => (await request('GET', '/_mock/sandboxes', sandboxListSchema)).sandboxes,
    progress: (id) => request('GET', `/_mock/sandboxes/${encodeURIComponent(id)}/progress`, progressSchema),
    remove: async (id) => {
      try {
        await request('DELETE', `/_mock/sandboxes/${encodeURIComponent(id)}`, undefined);
      } catch (e) {
        if (!(e instanceof ControlError && e.notFound)) throw e;
      }
    },
    scenarioNames: async () => {
      const listed = await request('GET', '/_mock/scenarios', scenariosSchema);
      return [...new Set([...listed.scenarios, ...(listed.seeds ?? [])].map((s) => s.name))];
    },
    exists: async (id) => {
      try {
        await request('GET', `/_mock/sandboxes/${encodeURIComponent(id)}`, undefined);
        return true;
      } catch (e) {
        if (e instanceof ControlError && e.notFound) return false;
        throw e;
      }
    },
  };
}
