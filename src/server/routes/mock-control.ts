// /api/mock/* — the mock cloud's control API (reset, scenarios, clock, delays, faults, state), reachable from the
// console only in mock mode. The BFF forwards with a real HTTP request to the mock's control origin, which
// msw intercepts in-process (or a standalone mock answers), so this file knows nothing of the mock's code.
// Training mode: forwarded to the session's own sandbox, /_mock/sandboxes/:id/* (mocks/README.md, "Sandboxes"); the same for a
// test sandbox named in the X-Cen-Connect-Sandbox header (docs/decisions/0004-isolated-test-sandboxes.md).
import { Hono, type Context } from 'hono';
import { errorResponse } from '../json-body';
import { DEFAULT_SANDBOX } from '../audit-log';
import { sandboxExpired, type RequestScope, type SandboxSessions } from '../sandbox-session';
import type { TestSandboxes } from '../test-sandboxes';

// 'world': the ID of the cloud's world (a restart or a reset makes a new one), so the console can tell that its
// saved progress points at resources of another world (mocks/control-api.ts).
const FORWARDED = new Set(['state', 'reset', 'clock/advance', 'delays', 'faults', 'scenarios', 'world']);
/** Only a sandbox knows its scenario's progress (the mock has no unscoped /progress). */
const SANDBOX_ONLY = new Set(['progress']);

export interface MockControlRouteDeps {
  controlUrl: string;
  fetch?: typeof fetch;
  /** required=false: undefined instead of a refusal when a trainee has not joined yet. */
  scope: (c: Context, required?: boolean) => Promise<RequestScope | undefined>;
  sessions?: SandboxSessions;
  /** Decision 0004: a request naming a test sandbox acts on it; a 404 there means the mock dropped it. */
  testSandboxes?: TestSandboxes;
}

export function mockControlRoutes(deps: MockControlRouteDeps) {
  const fetchImpl = deps.fetch ?? fetch;
  const app = new Hono();
  app.all('/*', async (c) => {
    const path = c.req.path.replace(/^.*?\/mock\//, '');
    if (!FORWARDED.has(path) && !(deps.sessions && SANDBOX_ONLY.has(path)))
      return errorResponse(c, {
        code: 'NotFound',
        message: `No mock control route ${path}.`,
        httpStatus: 404,
        source: 'bff',
      });
    // The scenario catalogue is every sandbox's: a trainee reads it before joining (the join form lists it).
    const scope = await deps.scope(c, path !== 'scenarios');
    const session = scope?.session;
    // A trainee's session or a test sandbox: either way the mock's sandbox-scoped route, never the default cloud.
    const sandbox = scope && scope.sandbox !== DEFAULT_SANDBOX ? scope.sandbox : undefined;
    const target = sandbox ? `/_mock/sandboxes/${encodeURIComponent(sandbox)}/${path}` : `/_mock/${path}`;
    const body = ['GET', 'HEAD'].includes(c.req.method) ? undefined : await c.req.text();
    const search = new URL(c.req.url).search;
    const response = await fetchImpl(new URL(`${target}${search}`, deps.controlUrl), {
      method: c.req.method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body || undefined,
    });
    const text = await response.text();
    if (session && deps.sessions) {
      if (response.status === 404 && (await deps.sessions.confirmGone(session)))
        return errorResponse(c, sandboxExpired(deps.sessions.idleMinutes));
      if (response.ok) noteAnswer(deps.sessions, session, path, c.req.method, text);
    }
    if (!session && sandbox && deps.testSandboxes && sandboxGone(response.status, text))
      deps.testSandboxes.forget(sandbox);
    return c.body(text, response.status as 200, {
      'content-type': response.headers.get('content-type') ?? 'application/json',
    });
  });
  return app;
}

/** The mock's 404 for a sandbox it no longer has (not an unknown route of one it has). */
function sandboxGone(status: number, text: string): boolean {
  if (status !== 404) return false;
  try {
    return (JSON.parse(text) as { error?: { code?: unknown } }).error?.code === 'SandboxNotFound';
  } catch {
    return false;
  }
}

/** Keeps the session's own record in step with what the mock did: a reset (maybe to another scenario), success. */
function noteAnswer(
  sessions: SandboxSessions,
  session: NonNullable<RequestScope['session']>,
  path: string,
  method: string,
  text: string,
) {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return;
  }
  const a = answer as { scenario?: unknown; success?: unknown };
  if (path === 'reset' && method === 'POST')
    sessions.newAttempt(session, typeof a.scenario === 'string' ? a.scenario : undefined);
  if (path === 'progress' && typeof a.success === 'boolean') sessions.noteSuccess(session, a.success);
}
