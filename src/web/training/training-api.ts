// The BFF's training and mock-control routes as the console reads them (mocks/README.md "Control API"). Every answer
// is parsed with zod at the boundary; only the fields the training UI shows are required, the rest pass through
// (z.looseObject) so a richer mock does not break the page.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { failure, getJson, networkError, readBody } from '../api/bff-json';
import { ApiRequestError } from '../api/api-error';
import { auditAnswerSchema } from '../audit/audit-api';
import { mockStateAnswerSchema, type MockStateAnswer } from '../../domain/mock-state-answer';

const bilingual = z.object({ en: z.string(), zh: z.string() });
export type Bilingual = z.infer<typeof bilingual>;

const healthSchema = z.looseObject({
  cloud: z.enum(['mock', 'live']),
  training: z.boolean().optional(),
});

const scenarioSchema = z.looseObject({
  name: z.string(),
  title: bilingual,
  goal: bilingual,
  whatGoesWrong: bilingual,
  hints: z.array(bilingual).max(3),
});
export type Scenario = z.infer<typeof scenarioSchema>;
/** The plain seeds (demo, enterprise-edition, after-step-N …): names and the catalogue's English words. */
const seedSchema = z.looseObject({ name: z.string(), title: z.string(), description: z.string() });
const scenariosSchema = z.looseObject({
  scenarios: z.array(scenarioSchema),
  seeds: z.array(seedSchema).optional(),
});

const sessionSchema = z.looseObject({
  sandboxId: z.string(),
  scenario: z.string(),
  trainee: z.string().nullable(),
  startedAt: z.string(),
  completedAt: z.string().nullable().optional(),
  hintsUsed: z.number().optional(),
});
export type TrainingSession = z.infer<typeof sessionSchema>;
/** GET /api/training/session only reads: { joined: false } until the trainee presses "Join the training". */
const sessionReadSchema = z.union([
  z.looseObject({ joined: z.literal(false) }).transform(() => null),
  sessionSchema,
]);

const hintUseSchema = z.object({ level: z.number(), time: z.string() });
const hintsAnswerSchema = z.looseObject({ hintsUsed: z.number(), hints: z.array(hintUseSchema) });

const stepsSchema = z.record(z.string(), z.boolean());
const criterionSchema = z.looseObject({
  criterion: z.string(),
  ok: z.boolean(),
  detail: z.string().optional(),
});

const errorRowSchema = z.looseObject({ code: z.string(), action: z.string(), count: z.number() });
const chargedSchema = z.looseObject({
  action: z.string(),
  time: z.string(),
  account: z.string(),
  billing: z.string(),
  details: z.record(z.string(), z.unknown()),
  repeats: z.number().optional(),
  clientToken: z.string().optional(),
});
/** An attempt a reset to the scenario's start ended (src/server/training-debrief.ts). */
const attemptSchema = z.looseObject({
  attempt: z.number(),
  scenario: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  success: z.boolean(),
  calls: z.number().optional(),
  errors: z.array(errorRowSchema),
  hintsUsed: z.number(),
  charged: z.array(chargedSchema),
});
export type DebriefAttempt = z.infer<typeof attemptSchema>;

const debriefSchema = z.looseObject({
  sandboxId: z.string(),
  scenario: z.string(),
  trainee: z.string().nullable(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  durationMs: z.number(),
  /** The current attempt; the fields around it are that attempt's (a reset starts a new one). */
  attempt: z.number().optional(),
  resets: z.number().optional(),
  calls: z.number().optional(),
  errors: z.array(errorRowSchema),
  hintsUsed: z.number(),
  hints: z.array(hintUseSchema).optional(),
  charged: z.array(chargedSchema),
  attempts: z.array(attemptSchema).optional(),
  totals: z
    .looseObject({
      durationMs: z.number(),
      calls: z.number(),
      errors: z.number(),
      hintsUsed: z.number(),
      charged: z.number(),
    })
    .optional(),
  success: z.boolean(),
  steps: stepsSchema.nullable().optional(),
  evidence: z
    .looseObject({ criteria: z.array(criterionSchema).optional() })
    .nullable()
    .optional(),
});
export type Debrief = z.infer<typeof debriefSchema>;

const trainerSchema = z.looseObject({
  idleMinutes: z.number().optional(),
  sandboxes: z.array(
    z.looseObject({
      id: z.string(),
      trainee: z.string().nullable(),
      scenario: z.string(),
      createdAt: z.string().nullable().optional(),
      lastUsedAt: z.string().nullable().optional(),
      calls: z.number().optional(),
      progress: z.looseObject({ steps: stepsSchema.optional(), success: z.boolean() }).nullable(),
      attempt: z.number().optional(),
      hintsUsed: z.number().optional(),
      errors: z.number().optional(),
      completedAt: z.string().nullable().optional(),
    }),
  ),
});
export type TrainerList = z.infer<typeof trainerSchema>;

const progressSchema = z.looseObject({
  scenario: z.string().optional(),
  steps: stepsSchema,
  success: z.boolean(),
  evidence: z
    .looseObject({ criteria: z.array(criterionSchema).optional() })
    .nullable()
    .optional(),
});
export type ScenarioProgress = z.infer<typeof progressSchema>;

/** GET /api/mock/state: the mock's snapshot, one shape with the mock (src/domain/mock-state-answer.ts). */
export type CloudState = MockStateAnswer;

/** POST/PUT a JSON body to a BFF route and parse the answer (the writes of this feature). */
export async function sendJson<T>(
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw networkError(error);
  }
  const answer = await readBody(response).catch(() => undefined);
  if (!response.ok) throw failure(response, answer, `${method} ${path} failed.`);
  const parsed = schema.safeParse(answer);
  if (!parsed.success)
    throw new ApiRequestError({
      code: 'InvalidResponse',
      message: `${method} ${path} answered with an unexpected body.`,
      httpStatus: response.status,
      source: 'bff',
    });
  return parsed.data;
}

/** GET with extra headers (the trainer token); getJson sends none. */
async function getWithHeaders<T>(
  path: string,
  schema: z.ZodType<T>,
  headers: Record<string, string>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json', ...headers },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError(error);
  }
  const answer = await readBody(response).catch(() => undefined);
  if (!response.ok) throw failure(response, answer, `GET ${path} failed.`);
  const parsed = schema.safeParse(answer);
  if (!parsed.success)
    throw new ApiRequestError({
      code: 'InvalidResponse',
      message: `GET ${path} answered with an unexpected body.`,
      httpStatus: response.status,
      source: 'bff',
    });
  return parsed.data;
}

/** Everything here is about the one sandbox of this browser session; a switch or reset invalidates it all. */
export const TRAINING_ROOT = ['training'] as const;
/** How often the cloud panel re-reads the sandbox while it is open (also refreshed when a step changes state). */
export const CLOUD_REFRESH_MS = 4000;
export const TRAINER_REFRESH_MS = 5000;

export const trainingQueries = {
  health: () =>
    queryOptions({
      queryKey: ['health'] as const,
      queryFn: ({ signal }) => getJson('/api/health', healthSchema, signal),
      staleTime: Infinity,
    }),
  scenarios: () =>
    queryOptions({
      queryKey: [...TRAINING_ROOT, 'scenarios'] as const,
      queryFn: ({ signal }) => getJson('/api/mock/scenarios', scenariosSchema, signal),
      staleTime: Infinity,
    }),
  session: () =>
    queryOptions({
      queryKey: [...TRAINING_ROOT, 'session'] as const,
      /** null: not joined yet (no sandbox; the dock shows the join form). */
      queryFn: ({ signal }): Promise<TrainingSession | null> =>
        getJson('/api/training/session', sessionReadSchema, signal),
    }),
  debrief: () =>
    queryOptions({
      queryKey: [...TRAINING_ROOT, 'debrief'] as const,
      queryFn: ({ signal }) => getJson('/api/training/debrief', debriefSchema, signal),
    }),
  progress: () =>
    queryOptions({
      queryKey: [...TRAINING_ROOT, 'progress'] as const,
      queryFn: ({ signal }) => getJson('/api/mock/progress', progressSchema, signal),
      refetchInterval: CLOUD_REFRESH_MS,
    }),
  cloudState: () =>
    queryOptions({
      queryKey: [...TRAINING_ROOT, 'cloud-state'] as const,
      queryFn: ({ signal }) => getJson('/api/mock/state', mockStateAnswerSchema, signal),
    }),
  audit: () =>
    queryOptions({
      queryKey: [...TRAINING_ROOT, 'audit'] as const,
      queryFn: ({ signal }) => getJson('/api/audit', auditAnswerSchema, signal),
    }),
  sandboxes: (token: string) =>
    queryOptions({
      queryKey: ['trainer', 'sandboxes', token] as const,
      queryFn: ({ signal }) =>
        getWithHeaders(
          '/api/training/sandboxes',
          trainerSchema,
          token ? { 'X-Trainer-Token': token } : {},
          signal,
        ),
      refetchInterval: TRAINER_REFRESH_MS,
    }),
};

/** The deliberate join: the BFF makes this browser's sandbox on the class's scenario (or answers the one it has). */
export const joinTraining = (input: { trainee?: string }) =>
  sendJson('POST', '/api/training/join', input, sessionSchema);

export const startSession = (input: { scenario: string; trainee?: string }) =>
  sendJson('POST', '/api/training/session', input, sessionSchema);

export const revealHint = (level: number) =>
  sendJson('POST', '/api/training/hints', { level }, hintsAnswerSchema);

export const setDelay = (ms: number) =>
  sendJson('PUT', '/api/mock/delays', { ms }, z.looseObject({ delayMs: z.number().optional() }));

export const resetCloud = (scenario?: string) =>
  sendJson(
    'POST',
    '/api/mock/reset',
    scenario ? { scenario } : {},
    z.looseObject({ scenario: z.string().optional() }),
  );
