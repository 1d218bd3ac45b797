// Test support (not shipped): the BFF built in-process (createApp, app.request) over the in-process mock cloud
// (mocks/node.ts, msw/node), with the demo's two accounts, as the server's integration tests need it: real signing,
// real HTTP requests intercepted by msw, real signature checks and business rules.
import { randomBytes } from 'node:crypto';
import type { RunningMockCloud } from '../../../mocks/node';
import { createApp, type AppDeps } from '../app';
import { createAuditLog, type AuditLog } from '../audit-log';
import type { AccountName } from '../../domain/accounts';
import { resolveAccounts, sandboxAccounts, type Account, type DemoAccount } from '../accounts';
import { createSandboxControl } from '../sandbox-control';
import { createSandboxSessions, type SandboxSessionsOptions } from '../sandbox-session';
import { readEnv } from '../env';
import type { CloudClient } from '../cloud-client';
import { createCloudClient } from '../openapi-client';

/** The demo accounts the mock seeded, as its control API lists them (mocks/README.md). */
export async function demoAccountsOf(mock: RunningMockCloud): Promise<DemoAccount[]> {
  const res = await fetch(`${mock.controlOrigin}/_mock/accounts`);
  return ((await res.json()) as { accounts: DemoAccount[] }).accounts;
}

/** A and B resolved from `env` (CEN_CONNECT_* variables) over the demo's keys; no role is ever assumed. */
export function mockAccounts(
  demo: readonly DemoAccount[],
  env: Record<string, string> = {},
): Record<AccountName, Account> {
  return resolveAccounts({
    env: readEnv(env),
    demo,
    assumeRole: () => Promise.reject(new Error('not used')),
  });
}

/** A client that does not retry: one signed request per call. */
export const singleTryClient = () => createCloudClient({ timeoutMs: 5000, maxRetries: 0, retryBaseMs: 0 });

/** A single-try client that calls `count` before each call it makes (each is one signed request). */
export function countingClient(count: () => void): CloudClient {
  const client = singleTryClient();
  return {
    call: (req) => {
      count();
      return client.call(req);
    },
  };
}

/** The BFF in mock mode over `accounts`; a fresh audit log and a single-try client unless given. */
export function mockModeApp(
  accounts: Record<AccountName, Account>,
  deps: Partial<Omit<AppDeps, 'cloud' | 'accounts'>> = {},
): ReturnType<typeof createApp> {
  return createApp({
    cloud: 'mock',
    accounts: () => Promise.resolve(accounts),
    resolveUid: () => Promise.resolve(undefined),
    client: singleTryClient(),
    audit: createAuditLog(),
    security: {},
    ...deps,
  });
}

/**
 * The BFF in training mode over the in-process mock's sandbox registry, reached through its control API over HTTP as
 * in production: a session per browser, each in its own sandbox. A fresh audit log and a single-try client unless
 * given; `sessions` overrides the session options (class size, clock).
 */
export function trainingModeApp(
  mock: RunningMockCloud,
  options: {
    audit?: AuditLog;
    maxRetries?: number;
    trainerToken?: string;
    sessions?: Partial<SandboxSessionsOptions>;
  } = {},
) {
  const env = readEnv({ CEN_CONNECT_TRAINING: '1' });
  const audit = options.audit ?? createAuditLog();
  const control = createSandboxControl(mock.controlOrigin);
  const sessions = createSandboxSessions({
    control,
    cookieSecret: randomBytes(32).toString('base64url'),
    accountsFor: (demo) => sandboxAccounts(env, demo),
    idleMinutes: 120,
    onForget: (id) => audit.forget(id),
    ...options.sessions,
  });
  const app = createApp({
    cloud: 'mock',
    accounts: () => Promise.reject(new Error('training mode must not use the configured accounts')),
    resolveUid: () => Promise.resolve(undefined),
    client: createCloudClient({ timeoutMs: 5000, maxRetries: options.maxRetries ?? 0, retryBaseMs: 0 }),
    audit,
    security: {},
    mockControlUrl: mock.controlOrigin,
    training: { sessions, control, ...(options.trainerToken ? { trainerToken: options.trainerToken } : {}) },
  });
  return { app, audit, sessions };
}
