// Entry point and composition root: read the configuration once, start the mock cloud in this process when the
// cloud is the mock (the default), resolve the two accounts, serve the console and the API.
// This is the one server file allowed to import mocks/ (docs/decisions/0002-composition-root-imports-mock.md).
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { z } from 'zod';
import { findAction } from '../domain/openapi/actions';
import { createApp } from './app';
import { auditFile } from './audit-file';
import { createAuditLog } from './audit-log';
import {
  resolveAccounts,
  sandboxAccounts,
  type Account,
  type AssumeRoleFn,
  type DemoAccount,
} from './accounts';
import {
  ConfigError,
  controlEnabled,
  inProcessMock,
  isLoopback,
  readEnv,
  testSandboxesEnabled,
  trainingEnabled,
} from './env';
import { stopGracefully } from './graceful-stop';
import { createCloudClient } from './openapi-client';
import { createSandboxControl } from './sandbox-control';
import { createSandboxSessions } from './sandbox-session';
import { trainingStartupLines } from './training-refusals';
import { createTestSandboxes } from './test-sandboxes';
import { accountNameSchema } from '../domain/accounts';

/** How long an idle keep-alive socket stays open (Node's default is 5 s); see where the server is started. */
const KEEP_ALIVE_MS = 65_000;

const demoAccountsSchema = z.object({
  accounts: z.array(
    z.object({
      name: accountNameSchema,
      uid: z.string(),
      accessKeyId: z.string(),
      accessKeySecret: z.string(),
    }),
  ),
});

async function main() {
  const env = readEnv();
  let flushMock = () => Promise.resolve();
  if (inProcessMock(env)) {
    const { startMockCloud } = await import('../../mocks/node');
    const { StateFileError } = await import('../../mocks/state-file');
    try {
      const mock = startMockCloud({
        delayMs: env.mockDelayMs,
        scenario: env.mockScenario,
        // The mock drops idle sandboxes on this clock; the BFF forgets its sessions on the same one.
        sandboxIdleMs: env.sandboxIdleMinutes * 60_000,
        ...(env.stateFile ? { stateFile: env.stateFile } : {}),
      });
      flushMock = mock.flushState;
      if (mock.restored)
        console.log(
          `Mock cloud state: restored from ${env.stateFile}; the default world keeps its own scenario and speed ` +
            '(CEN_CONNECT_MOCK_SCENARIO and CEN_CONNECT_MOCK_DELAY_MS shape only new worlds).',
        );
    } catch (e) {
      if (e instanceof StateFileError) throw new ConfigError(`CEN_CONNECT_STATE_FILE: ${e.message}`);
      throw e;
    }
    if (env.stateFile) console.log(`Mock cloud state: kept in ${env.stateFile} across restarts.`);
  }

  const client = createCloudClient({
    endpoints: env.endpoints,
    timeoutMs: env.timeoutMs,
    maxRetries: env.maxRetries,
    retryBaseMs: env.retryBaseMs,
    // undici's pool to a real network endpoint; node:http to the mock inside this process, which sees only that.
    pooled: !inProcessMock(env),
  });
  const audit = createAuditLog(env.auditFile ? { file: auditFile(env.auditFile) } : {});
  const training = trainingEnabled(env) ? trainingDeps(env.mockControlUrl) : undefined;
  function trainingDeps(controlUrl: string) {
    const control = createSandboxControl(controlUrl);
    const sessions = createSandboxSessions({
      control,
      // Per process: a restarted BFF starts everyone afresh, which the in-process mock does anyway.
      cookieSecret: randomBytes(32).toString('base64url'),
      accountsFor: (sandboxDemo) => sandboxAccounts(env, sandboxDemo),
      idleMinutes: env.sandboxIdleMinutes,
      ...(env.classSize ? { maxSessions: env.classSize } : {}),
      ...(env.sandboxesPerClient ? { perClient: env.sandboxesPerClient } : {}),
      ...(env.trainingScenario ? { defaultScenario: env.trainingScenario } : {}),
      onForget: (id) => audit.forget(id),
    });
    return { control, sessions, ...(env.trainerToken ? { trainerToken: env.trainerToken } : {}) };
  }

  // Decision 0004: parallel e2e workers each in their own sandbox, chosen by the X-Cen-Connect-Sandbox header.
  const testSandboxes = testSandboxesEnabled(env)
    ? createTestSandboxes({
        control: createSandboxControl(env.mockControlUrl),
        accountsFor: (sandboxDemo) => sandboxAccounts(env, sandboxDemo),
        idleMinutes: env.sandboxIdleMinutes,
        onForget: (id) => audit.forget(id),
      })
    : undefined;

  if (training && env.trainingScenario) {
    // Checked once here: a typo would otherwise refuse every trainee's first request.
    const known = await training.control.scenarioNames();
    if (!known.includes(env.trainingScenario))
      throw new ConfigError(
        `Invalid configuration:\n  CEN_CONNECT_TRAINING_SCENARIO: the mock has no scenario "${env.trainingScenario}"; known: ${known.join(', ')}`,
      );
  }

  let demo: DemoAccount[] | undefined;
  if (env.cloud === 'mock') {
    // The demo keys belong to the mock cloud; the BFF learns them the way it would learn any account's keys:
    // from outside its own code (here, the mock's control API).
    const response = await fetch(new URL('/_mock/accounts', env.mockControlUrl));
    demo = demoAccountsSchema.parse(await response.json()).accounts;
  }

  const assumeRoleSpec = findAction('Sts', 'AssumeRole')!;
  const assumeRole: AssumeRoleFn = async (source, roleArn, sessionName, durationSeconds) => {
    const result = await client.call({
      spec: assumeRoleSpec,
      credentials: source,
      signatureStyle: 'v3',
      params: { RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: durationSeconds },
    });
    if (!result.ok)
      throw new Error(`AssumeRole ${roleArn} failed: ${result.error.code} ${result.error.message}`);
    const creds = assumeRoleSpec.response.parse(result.body).Credentials as {
      AccessKeyId: string;
      AccessKeySecret: string;
      SecurityToken: string;
      Expiration: string;
    };
    return {
      accessKeyId: creds.AccessKeyId,
      accessKeySecret: creds.AccessKeySecret,
      securityToken: creds.SecurityToken,
      expiration: creds.Expiration,
    };
  };
  const accounts = resolveAccounts({ env, demo, assumeRole });

  const identitySpec = findAction('Sts', 'GetCallerIdentity')!;
  // Keyed by AccessKey ID, not by name: in training mode every sandbox has its own A and B.
  const uids = new Map<string, Promise<string | undefined>>();
  const resolveUid = (account: Account) => {
    let pending = uids.get(account.accessKeyId);
    if (!pending) {
      pending = account.credentials().then(async (credentials) => {
        const result = await client.call({
          spec: identitySpec,
          credentials,
          signatureStyle: account.signatureStyle,
          params: {},
        });
        return result.ok && typeof result.body.AccountId === 'string' ? result.body.AccountId : undefined;
      });
      uids.set(account.accessKeyId, pending);
    }
    return pending;
  };

  const loopback = isLoopback(env.host);
  const app = createApp({
    cloud: env.cloud,
    accounts: () => Promise.resolve(accounts),
    resolveUid,
    client,
    audit,
    ...(training ? { training } : {}),
    ...(testSandboxes ? { testSandboxes } : {}),
    security: {
      accessToken: env.accessToken,
      allowedHosts: loopback
        ? [
            `127.0.0.1:${env.port}`,
            `localhost:${env.port}`,
            `[::1]:${env.port}`,
            ...(env.extraHosts?.split(',') ?? []),
          ]
        : undefined,
    },
    mockControlUrl: controlEnabled(env) ? env.mockControlUrl : undefined,
    ...(env.serveApp === '1'
      ? {
          consoleFiles: {
            files: serveStatic({ root: env.distDir }),
            indexHtml: serveStatic({ root: env.distDir, path: 'index.html' }),
          },
        }
      : {}),
  });

  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    const shown = env.host.includes(':') ? `[${env.host}]` : env.host;
    console.log(`CEN Connect console (${env.cloud} cloud) at http://${shown}:${info.port}`);
    if (training)
      for (const line of trainingStartupLines({
        ...training.sessions.bounds,
        idleMinutes: env.sandboxIdleMinutes,
        trainerToken: training.trainerToken !== undefined,
      }))
        console.log(line);
    if (testSandboxes)
      console.log(
        'Test sandboxes: POST /api/mock/sandboxes, then send X-Cen-Connect-Sandbox (decision 0004).',
      );
    if (env.accessToken)
      console.log('Open it with ?token=<CEN_CONNECT_ACCESS_TOKEN> once; the token then lives in a cookie.');
  });
  // Node closes an idle keep-alive socket after 5 s, the very moment a client that kept it (the e2e request
  // context after a 5 s walk, a proxy, an SDK) may send its next request on it, which then fails with ECONNRESET;
  // such a client does not retry a POST. Keeping idle sockets longer than clients usually pause leaves the close to
  // them; the graceful stop closes idle sockets itself (graceful-stop.ts), so stopping is not slower.
  (server as Server).keepAliveTimeout = KEEP_ALIVE_MS;
  server.on('error', (error: NodeJS.ErrnoException) => {
    const where = `${env.host}:${env.port}`;
    const reason =
      error.code === 'EADDRINUSE'
        ? `${where} is already in use: stop what runs there, or set PORT to another port.`
        : error.code === 'EACCES'
          ? `${where} may not be opened by this user: choose a PORT above 1023.`
          : `${where}: ${error.message}`;
    console.error(`CEN Connect cannot listen on ${reason}`);
    process.exit(2);
  });
  const stop = stopGracefully(server as Server, {
    flush: async () => {
      await Promise.all([audit.flush(), flushMock()]);
    },
  });
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
