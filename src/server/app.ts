// createApp(): the BFF's routes, security middleware and the served console. No process.env here (env.ts reads it),
// no network here (openapi-client.ts does it) — so tests build the app in-process with app.request().
import { Hono, type MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { bodySizeLimit } from './body-limit';
import { answerHeaders, securityHeaders, type HeaderList } from './security-headers';
import { apiGuard, TOKEN_COOKIE, tokenMatches, type SecurityOptions } from './security';
import { openApiRoutes } from './routes/openapi';
import { accountsRoutes, type AccountsRouteDeps } from './routes/accounts';
import { auditRoutes } from './routes/audit';
import { mockControlRoutes } from './routes/mock-control';
import { trainingRoutes } from './routes/training';
import { trainerRoutes } from './routes/training-trainer';
import { testSandboxRoutes } from './routes/test-sandboxes';
import type { AccountName } from '../domain/accounts';
import type { Account } from './accounts';
import type { AuditLog } from './audit-log';
import type { CloudClient } from './cloud-client';
import { ControlError, type SandboxControl } from './sandbox-control';
import { scopeResolver, type SandboxSessions } from './sandbox-session';
import { SessionRefusal } from './training-refusals';
import { testSandboxScope, type TestSandboxes } from './test-sandboxes';

export interface TrainingDeps {
  sessions: SandboxSessions;
  control: SandboxControl;
  /** CEN_CONNECT_TRAINER_TOKEN: the trainer view needs it; without it the trainer view is off. */
  trainerToken?: string;
}

export interface AppDeps extends Pick<AccountsRouteDeps, 'resolveUid'> {
  cloud: 'mock' | 'live';
  /** The configured accounts (outside training mode; in training each sandbox brings its own). */
  accounts: () => Promise<Record<AccountName, Account>>;
  client: CloudClient;
  audit: AuditLog;
  /** Training mode: one sandbox per trainee who joined (README "Training a class"). Needs mockControlUrl. */
  training?: TrainingDeps;
  /** CEN_CONNECT_TEST_SANDBOXES=1 (decision 0004): sandboxes chosen by header, for parallel e2e workers. */
  testSandboxes?: TestSandboxes;
  security: SecurityOptions;
  /** Base URL of the mock cloud's control API; undefined in live mode (the routes do not exist then). */
  mockControlUrl?: string;
  /**
   * The built console (vite build output) to serve; undefined in API-only tests and in the demo's service worker,
   * where the static host serves it. Injected so that this file never imports node:fs (main.ts builds it).
   */
  consoleFiles?: ConsoleFiles;
  mockFetch?: typeof fetch;
}

/** Serving the built console: every file as it is, and index.html for any other path (the SPA's routes). */
export interface ConsoleFiles {
  files: MiddlewareHandler;
  indexHtml: MiddlewareHandler;
}

const NO_STORE: HeaderList = [['Cache-Control', 'no-store']];

export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use('*', securityHeaders());

  const api = new Hono();
  // Answers of the API are one trainee's or one account's state at one moment: no browser or proxy cache may keep
  // them (an access token or a debrief in a shared cache, or a stale status shown as current).
  api.use(
    '*',
    answerHeaders(() => NO_STORE),
  );
  api.use('*', apiGuard(deps.security));
  api.use(
    '*',
    bodySizeLimit(64 * 1024, (c) =>
      c.json(
        {
          error: {
            code: 'PayloadTooLarge',
            message: 'Request bodies are limited to 64 KiB.',
            httpStatus: 413,
            source: 'bff',
          },
        },
        413,
      ),
    ),
  );
  const training = deps.training;
  if (training && !deps.mockControlUrl) throw new Error('training mode needs the mock control API');
  const tests = deps.testSandboxes;
  if (tests && (training || !deps.mockControlUrl))
    throw new Error('test sandboxes need the mock control API and no training mode (decision 0004)');
  // Reads the sandbox cookie of every /api request and writes it back when the request made a new sandbox.
  if (training) api.use('*', training.sessions.middleware());
  const scope = tests
    ? testSandboxScope(tests, scopeResolver(undefined, deps.accounts))
    : scopeResolver(training?.sessions, deps.accounts);
  const sessions = training?.sessions;
  api.get('/health', (c) =>
    // testSandboxes only when on: the answer of every other server stays what it was.
    c.json({
      ok: true,
      cloud: deps.cloud,
      training: Boolean(training),
      ...(tests ? { testSandboxes: true } : {}),
    }),
  );
  api.route('/accounts', accountsRoutes({ cloud: deps.cloud, scope, resolveUid: deps.resolveUid }));
  api.route('/openapi', openApiRoutes({ scope, client: deps.client, audit: deps.audit, sessions }));
  api.route('/audit', auditRoutes({ audit: deps.audit, scope: (c) => scope(c, false) }));
  // Before /mock, whose catch-all would answer "no such control route".
  if (tests) api.route('/mock/sandboxes', testSandboxRoutes(tests));
  if (deps.mockControlUrl)
    api.route(
      '/mock',
      mockControlRoutes({
        controlUrl: deps.mockControlUrl,
        fetch: deps.mockFetch,
        scope,
        sessions,
        ...(tests ? { testSandboxes: tests } : {}),
      }),
    );
  if (training) {
    api.route('/training/sandboxes', trainerRoutes(training));
    api.route('/training', trainingRoutes(training));
  }
  // Without this, an unknown /api GET would fall through to the SPA's index.html with 200, and a client would parse
  // HTML as the answer it asked for.
  api.all('*', (c) =>
    c.json(
      {
        error: {
          code: 'NotFound',
          message: `No API route ${c.req.method} ${c.req.path}.`,
          httpStatus: 404,
          source: 'bff',
        },
      },
      404,
    ),
  );
  app.route('/api', api);

  app.onError((error, c) => {
    // The mock's control API failed or refused (training mode): the browser gets its own error envelope.
    // A training refusal (not joined, class full…) says what to do.
    if (error instanceof ControlError || error instanceof SessionRefusal)
      return c.json({ error: error.apiError }, error.apiError.httpStatus as 502);
    console.error(error);
    return c.json(
      {
        error: {
          code: 'InternalError',
          message: 'The BFF failed unexpectedly; see its log.',
          httpStatus: 500,
          source: 'bff',
        },
      },
      500,
    );
  });

  if (deps.consoleFiles) {
    const { files, indexHtml } = deps.consoleFiles;
    const token = deps.security.accessToken;
    // /?token=… once: the token moves into an HttpOnly cookie and out of the address bar.
    if (token)
      app.get('/', async (c, next) => {
        const given = c.req.query('token');
        if (given === undefined) return next();
        if (!tokenMatches(token, given)) return c.text('Wrong access token.', 401);
        setCookie(c, TOKEN_COOKIE, given, { httpOnly: true, sameSite: 'Strict', path: '/' });
        return c.redirect('/', 302);
      });
    app.use('/*', files);
    // A missing hashed asset must be a 404, not the SPA page: a browser running an old index.html would otherwise
    // get HTML for a script and fail with a MIME-type error instead of a clear 404.
    app.get('/assets/*', (c) => c.notFound());
    app.get('*', indexHtml);
  }
  return app;
}
