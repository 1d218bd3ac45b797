// The only reader of process.env. Parsed once at start-up; a bad value stops the server with a message that
// names the variable (DEVELOPERS.md: bad config gets a clear error that says what and where).
import { z } from 'zod';
import type { AccountName } from '../domain/accounts';

const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z.url({ error: 'must be a URL like http://127.0.0.1:9000' }).optional();

const accountSchema = (name: AccountName) =>
  z.object({
    label: z.string().default(name === 'A' ? 'Account A (CEN owner)' : 'Account B (network owner)'),
    uid: z
      .string()
      .regex(/^\d{1,20}$/, { error: 'must be the account UID (digits only)' })
      .optional(),
    accessKeyId: z.string().min(1).optional(),
    accessKeySecret: z.string().min(1).optional(),
    securityToken: z.string().min(1).optional(),
    roleArn: z
      .string()
      .regex(/^acs:ram::\d+:role\/.+$/, { error: 'must look like acs:ram::<uid>:role/<name>' })
      .optional(),
    profile: z.string().min(1).optional(),
    signature: z.enum(['v3', 'v1']).default('v3'),
  });

export const envSchema = z
  .object({
    port: port.default(8080),
    host: z.string().min(1).default('127.0.0.1'),
    cloud: z.enum(['mock', 'live']).default('mock'),
    accessToken: z.string().min(24, { error: 'must be at least 24 characters' }).optional(),
    auditFile: z.string().min(1).optional(),
    timeoutMs: z.coerce.number().int().min(100).max(120_000).default(10_000),
    maxRetries: z.coerce.number().int().min(0).max(10).default(3),
    retryBaseMs: z.coerce.number().int().min(0).max(10_000).default(200),
    mockDelayMs: z.coerce.number().int().min(0).max(600_000).default(3000),
    // `npm start` opens on the happy-path training scenario (the demo seed, with its title and hints).
    mockScenario: z.string().min(1).default('happy-path'),
    mockControlUrl: z.url().default('http://mock-cloud.invalid'),
    control: z.enum(['0', '1']).optional(),
    aliyunConfigPath: z.string().min(1).optional(),
    endpoints: z.object({ Cbn: optionalUrl, Vpc: optionalUrl, Ecs: optionalUrl, Sts: optionalUrl }),
    distDir: z.string().default('dist'),
    serveApp: z.enum(['0', '1']).default('1'),
    /** More Host/Origin values to answer for, e.g. the Vite dev server that proxies /api (scripts/dev.ts). */
    extraHosts: z
      .string()
      .regex(/^[\w.:[\]-]+(,[\w.:[\]-]+)*$/, { error: 'must be host:port values separated by commas' })
      .optional(),
    accounts: z.object({ A: accountSchema('A'), B: accountSchema('B') }),
    /** One isolated mock-cloud sandbox per trainee who joined (cookie cen_connect_sandbox; README "Training a class"). */
    training: z.enum(['0', '1']).default('0'),
    /** Idle time after which the in-process mock drops a trainee's sandbox (and the BFF its session). */
    sandboxIdleMinutes: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(120),
    /** The scenario every new trainee starts on (default: the mock's, the happy path) — one exercise for a class. */
    trainingScenario: z
      .string()
      .regex(/^[A-Za-z0-9][\w.-]{0,79}$/, { error: 'must be a scenario name like "happy-path"' })
      .optional(),
    /** Training places at once (default: sandbox-session.ts DEFAULT_CLASS_SIZE); at most the mock's 200 sandboxes. */
    classSize: z.coerce.number().int().min(1).max(200).optional(),
    /** Trainees joined from one client address (default: DEFAULT_PER_CLIENT): a class behind one NAT shares one. */
    sandboxesPerClient: z.coerce.number().int().min(1).max(200).optional(),
    /** The trainer view (GET /api/training/sandboxes) needs it in the X-Trainer-Token header; without it, it is off. */
    trainerToken: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
    /**
     * Isolated sandboxes for parallel e2e workers (docs/decisions/0004-isolated-test-sandboxes.md): POST
     * /api/mock/sandboxes, then requests carrying X-Cen-Connect-Sandbox act in that sandbox.
     */
    testSandboxes: z.enum(['0', '1']).default('0'),
    /** The in-process mock cloud's whole state survives a restart in this file (mocks/state-file.ts). */
    stateFile: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.training === '1' && env.cloud !== 'mock')
      ctx.addIssue({
        code: 'custom',
        path: ['training'],
        message: 'training mode runs on the mock cloud only: unset it or set CEN_CONNECT_CLOUD=mock',
      });
    if (env.training === '1' && env.control === '0')
      ctx.addIssue({
        code: 'custom',
        path: ['training'],
        message:
          "training mode needs the mock's control API to create sandboxes: unset CEN_CONNECT_CONTROL=0",
      });
    // Only where the control API already lets any caller reset or fault the whole cloud: a sandbox chosen by a
    // header adds nothing a caller could not do there (decision 0004). Training mode has its own signed cookie,
    // which must stay the only way into a trainee's sandbox.
    if (env.testSandboxes === '1' && env.cloud !== 'mock')
      ctx.addIssue({
        code: 'custom',
        path: ['testSandboxes'],
        message: 'test sandboxes exist on the mock cloud only: unset it or set CEN_CONNECT_CLOUD=mock',
      });
    if (env.testSandboxes === '1' && env.control === '0')
      ctx.addIssue({
        code: 'custom',
        path: ['testSandboxes'],
        message: "test sandboxes need the mock's control API: unset CEN_CONNECT_CONTROL=0",
      });
    if (env.testSandboxes === '1' && env.training === '1')
      ctx.addIssue({
        code: 'custom',
        path: ['testSandboxes'],
        message:
          "training mode chooses a trainee's sandbox by its signed cookie only: unset CEN_CONNECT_TEST_SANDBOXES",
      });
    if (env.stateFile !== undefined && env.cloud !== 'mock')
      ctx.addIssue({
        code: 'custom',
        path: ['stateFile'],
        message:
          "keeps the mock cloud's state; the live cloud keeps its own: unset it or set CEN_CONNECT_CLOUD=mock",
      });
    if (env.stateFile !== undefined && Object.values(env.endpoints).some(Boolean))
      ctx.addIssue({
        code: 'custom',
        path: ['stateFile'],
        message:
          'keeps the state of the mock cloud inside this server, but CEN_CONNECT_ENDPOINT_* points at another one: unset one of them',
      });
    const loopback = ['127.0.0.1', 'localhost', '::1'].includes(env.host);
    if (!loopback && !env.accessToken)
      ctx.addIssue({
        code: 'custom',
        path: ['accessToken'],
        message: `HOST=${env.host} exposes the BFF beyond this machine: set CEN_CONNECT_ACCESS_TOKEN (24+ characters) so every /api request must carry it`,
      });
  });

export type Env = z.infer<typeof envSchema>;
export type AccountEnv = Env['accounts']['A'];

/** Which environment variable each parsed field came from, so errors name what the user actually typed. */
const SOURCES: Record<string, string> = {
  port: 'PORT',
  host: 'HOST',
  cloud: 'CEN_CONNECT_CLOUD',
  accessToken: 'CEN_CONNECT_ACCESS_TOKEN',
  auditFile: 'CEN_CONNECT_AUDIT_FILE',
  timeoutMs: 'CEN_CONNECT_TIMEOUT_MS',
  maxRetries: 'CEN_CONNECT_MAX_RETRIES',
  retryBaseMs: 'CEN_CONNECT_RETRY_BASE_MS',
  mockDelayMs: 'CEN_CONNECT_MOCK_DELAY_MS',
  mockScenario: 'CEN_CONNECT_MOCK_SCENARIO',
  mockControlUrl: 'CEN_CONNECT_MOCK_CONTROL_URL',
  control: 'CEN_CONNECT_CONTROL',
  aliyunConfigPath: 'CEN_CONNECT_ALIYUN_CONFIG',
  distDir: 'CEN_CONNECT_DIST',
  serveApp: 'CEN_CONNECT_SERVE_APP',
  extraHosts: 'CEN_CONNECT_EXTRA_HOSTS',
  training: 'CEN_CONNECT_TRAINING',
  sandboxIdleMinutes: 'CEN_CONNECT_SANDBOX_IDLE_MINUTES',
  trainingScenario: 'CEN_CONNECT_TRAINING_SCENARIO',
  trainerToken: 'CEN_CONNECT_TRAINER_TOKEN',
  classSize: 'CEN_CONNECT_CLASS_SIZE',
  sandboxesPerClient: 'CEN_CONNECT_SANDBOXES_PER_CLIENT',
  testSandboxes: 'CEN_CONNECT_TEST_SANDBOXES',
  stateFile: 'CEN_CONNECT_STATE_FILE',
  'endpoints.Cbn': 'CEN_CONNECT_ENDPOINT_CBN',
  'endpoints.Vpc': 'CEN_CONNECT_ENDPOINT_VPC',
  'endpoints.Ecs': 'CEN_CONNECT_ENDPOINT_ECS',
  'endpoints.Sts': 'CEN_CONNECT_ENDPOINT_STS',
};
const ACCOUNT_FIELDS: Record<string, string> = {
  label: 'LABEL',
  uid: 'UID',
  accessKeyId: 'ACCESS_KEY_ID',
  accessKeySecret: 'ACCESS_KEY_SECRET',
  securityToken: 'SECURITY_TOKEN',
  roleArn: 'ROLE_ARN',
  profile: 'PROFILE',
  signature: 'SIGNATURE',
};

function variableFor(path: readonly PropertyKey[]): string {
  if (path[0] === 'accounts' && typeof path[1] === 'string' && typeof path[2] === 'string')
    return `CEN_CONNECT_${path[1]}_${ACCOUNT_FIELDS[path[2]] ?? path[2].toUpperCase()}`;
  return SOURCES[path.join('.')] ?? path.join('.');
}

export class ConfigError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const empty = (v: string | undefined) => (v === '' ? undefined : v);
  const get = (name: string) => empty(source[name]);
  const account = (n: AccountName) =>
    Object.fromEntries(
      Object.entries(ACCOUNT_FIELDS).map(([field, suffix]) => [field, get(`CEN_CONNECT_${n}_${suffix}`)]),
    );
  const raw = {
    ...Object.fromEntries(
      Object.entries(SOURCES)
        .filter(([key]) => !key.startsWith('endpoints.'))
        .map(([key, name]) => [key, get(name)]),
    ),
    endpoints: {
      Cbn: get('CEN_CONNECT_ENDPOINT_CBN'),
      Vpc: get('CEN_CONNECT_ENDPOINT_VPC'),
      Ecs: get('CEN_CONNECT_ENDPOINT_ECS'),
      Sts: get('CEN_CONNECT_ENDPOINT_STS'),
    },
    accounts: { A: account('A'), B: account('B') },
  };
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${variableFor(issue.path)}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/**
 * The mock cloud runs inside this server (msw/node, mocks/node.ts) unless the cloud is live or CEN_CONNECT_ENDPOINT_*
 * points at a mock of its own (a standalone one). Only then may the cloud client leave node:http, which msw sees.
 */
export function inProcessMock(env: Env): boolean {
  return env.cloud === 'mock' && !Object.values(env.endpoints).some(Boolean);
}

/** The mock control API (reset, scenarios, clock, faults) exists only against the mock cloud. */
export function controlEnabled(env: Env): boolean {
  return env.cloud === 'mock' && env.control !== '0';
}

export function trainingEnabled(env: Env): boolean {
  return env.training === '1';
}

/** Decision 0004: header-chosen sandboxes, mock cloud with its control API only (the schema refuses the rest). */
export function testSandboxesEnabled(env: Env): boolean {
  return env.testSandboxes === '1' && controlEnabled(env) && !trainingEnabled(env);
}

export function isLoopback(host: string): boolean {
  return ['127.0.0.1', 'localhost', '::1'].includes(host);
}
