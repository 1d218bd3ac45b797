// Test support (not shipped): the BFF built in-process (createApp, app.request) over the in-process mock cloud
// (mocks/node.ts, msw/node), with the demo's two accounts, as the server's integration tests need it: real signing,
// real HTTP requests intercepted by msw, real signature checks and business rules.
import type { RunningMockCloud } from '../../../mocks/node';
import { createApp, type AppDeps } from '../app';
import { createAuditLog } from '../audit-log';
import type { AccountName } from '../../domain/accounts';
import { resolveAccounts, type Account, type DemoAccount } from '../accounts';
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
