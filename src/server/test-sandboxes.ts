// Isolated sandboxes for parallel e2e workers (docs/decisions/0004-isolated-test-sandboxes.md). With
// CEN_CONNECT_TEST_SANDBOXES=1 — mock cloud, control API on, training off; env.ts refuses anything else — a caller
// creates a sandbox of the mock cloud (POST /api/mock/sandboxes) and names it on every request in the
// X-Cen-Connect-Sandbox header: cloud calls are signed with that sandbox's own keys (the mock routes them by
// AccessKeyId), /api/mock/* acts on it, /api/audit shows only its calls. No header: the default cloud, as before.
// A header first: a page on another site cannot set it without a CORS preflight the BFF never grants, and
// Playwright puts it on a browser context and on its request fixture alike (extraHTTPHeaders). The cookie
// cen_connect_test_sandbox carries the same id for what the browser fetches on its own — a download started by a
// link (the audit view's JSON lines) goes out without Playwright's extra headers.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AccountName } from '../domain/accounts';
import type { Account, DemoAccount } from './accounts';
import { ControlError, type SandboxControl } from './sandbox-control';
import type { RequestScope } from './sandbox-session';

export const SANDBOX_HEADER = 'x-cen-connect-sandbox';
export const TEST_SANDBOX_COOKIE = 'cen_connect_test_sandbox';

export interface TestSandbox {
  id: string;
  scenario: string;
  accounts: Record<AccountName, Account>;
  lastSeen: number;
}

export interface TestSandboxesOptions {
  control: SandboxControl;
  /** The two accounts of one sandbox, from the keys its creation answer carried (accounts.ts sandboxAccounts). */
  accountsFor: (demo: DemoAccount[]) => Record<AccountName, Account>;
  /** The mock drops a sandbox idle this long; the BFF forgets it on the same clock. */
  idleMinutes: number;
  /** The mock's own limit is 200 (mocks/sandboxes.ts); this bounds the BFF's map even if the mock's is raised. */
  maxSandboxes?: number;
  onForget?: (id: string) => void;
  now?: () => number;
}

function notFound(id: string): ControlError {
  return new ControlError(
    {
      code: 'SandboxNotFound',
      message: `No test sandbox ${id} (X-Cen-Connect-Sandbox): it was deleted, idle too long, or made by an earlier run of this server. Create one with POST /api/mock/sandboxes.`,
      httpStatus: 404,
      source: 'bff',
    },
    true,
  );
}

export function createTestSandboxes(options: TestSandboxesOptions) {
  const now = options.now ?? Date.now;
  const idleMs = options.idleMinutes * 60_000;
  const maxSandboxes = options.maxSandboxes ?? 200;
  const sandboxes = new Map<string, TestSandbox>();

  const forget = (id: string) => {
    if (sandboxes.delete(id)) options.onForget?.(id);
  };
  const sweep = () => {
    const t = now();
    for (const s of [...sandboxes.values()]) if (t - s.lastSeen > idleMs) forget(s.id);
  };

  return {
    async create(scenario?: string): Promise<TestSandbox> {
      sweep();
      if (sandboxes.size >= maxSandboxes)
        throw new ControlError({
          code: 'SandboxLimitReached',
          message: `All ${maxSandboxes} test sandboxes are in use: delete finished ones (DELETE /api/mock/sandboxes/:id).`,
          httpStatus: 409,
          source: 'bff',
        });
      const created = await options.control.create(scenario ? { scenario } : {});
      const sandbox: TestSandbox = {
        id: created.id,
        scenario: created.scenario,
        accounts: options.accountsFor(created.accounts),
        lastSeen: now(),
      };
      sandboxes.set(sandbox.id, sandbox);
      return sandbox;
    },

    /** Deletes it in the mock too; false when neither knew it. */
    async remove(id: string): Promise<boolean> {
      const known = sandboxes.has(id);
      forget(id);
      if (!known) return false;
      await options.control.remove(id);
      return true;
    },

    /** The mock answered 404 for this sandbox: it is gone there, so here too. */
    forget,

    /** The scope of a request naming this sandbox; an unknown one is refused, never the default cloud instead. */
    scope(id: string): RequestScope {
      const sandbox = sandboxes.get(id);
      if (!sandbox || now() - sandbox.lastSeen > idleMs) {
        if (sandbox) forget(id);
        throw notFound(id);
      }
      sandbox.lastSeen = now();
      return { sandbox: sandbox.id, accounts: () => Promise.resolve(sandbox.accounts) };
    },

    get size() {
      sweep();
      return sandboxes.size;
    },
  };
}

export type TestSandboxes = ReturnType<typeof createTestSandboxes>;

type ScopeOf = (c: Context, create?: boolean) => Promise<RequestScope | undefined>;

/** A request naming a sandbox (header, else cookie) acts in it; one naming none keeps the default cloud. */
export function testSandboxScope(sandboxes: TestSandboxes, fallback: ScopeOf): ScopeOf {
  return async (c, create) => {
    const id = c.req.header(SANDBOX_HEADER) ?? getCookie(c, TEST_SANDBOX_COOKIE);
    return id === undefined ? fallback(c, create) : sandboxes.scope(id);
  };
}
