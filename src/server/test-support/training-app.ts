// The BFF in training mode for the app-training-*.test.ts files: a small fake of the mock's sandbox control API (msw,
// in the shapes mocks/README.md "Sandboxes" gives) and a spy cloud client that records which keys each call is
// signed with. withFakeSandboxControl() registers the fake's server and its reset around each test.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { createApp } from '../app';
import { createAuditLog } from '../audit-log';
import { sandboxAccounts, type DemoAccount } from '../accounts';
import { readEnv } from '../env';
import type { CallRequest, CallResult, CloudClient } from '../cloud-client';
import { createSandboxControl } from '../sandbox-control';
import { createSandboxSessions } from '../sandbox-session';
import { testBrowser } from './test-browser';

export const ORIGIN = 'http://mock-cloud.invalid';

interface FakeSandbox {
  id: string;
  label?: string;
  scenario: string;
  accounts: DemoAccount[];
  success: boolean;
}
/** What the fake control API holds and was asked; the tests read and change it (down, full). */
export const fake = {
  sandboxes: new Map<string, FakeSandbox>(),
  created: 0,
  deleted: [] as string[],
  forwarded: [] as string[],
  down: false,
  full: false,
};

const server = setupServer(
  http.post(`${ORIGIN}/_mock/sandboxes`, async ({ request }) => {
    if (fake.down) return HttpResponse.error();
    if (fake.full)
      return HttpResponse.json(
        { error: { code: 'SandboxLimitReached', message: 'All 200 sandboxes are in use.' } },
        { status: 409 },
      );
    const body = (await request.json()) as { scenario?: string; label?: string };
    const scenario = body.scenario ?? 'happy-path';
    if (!['happy-path', 'missing-grant'].includes(scenario))
      return HttpResponse.json(
        { error: { code: 'InvalidBody', message: `Unknown scenario "${scenario}".` } },
        { status: 400 },
      );
    const n = ++fake.created;
    const id = `sbx-${n}`;
    const sandbox: FakeSandbox = {
      id,
      ...(body.label ? { label: body.label } : {}),
      scenario,
      success: false,
      accounts: [
        {
          name: 'A',
          uid: '1262302482727553',
          accessKeyId: `LTAIsbxKey${n}A`,
          accessKeySecret: `secret-${n}-A`,
        },
        {
          name: 'B',
          uid: '9263584710374521',
          accessKeyId: `LTAIsbxKey${n}B`,
          accessKeySecret: `secret-${n}-B`,
        },
      ],
    };
    fake.sandboxes.set(id, sandbox);
    // B's UID as a bare JSON number, the way the cloud writes UIDs (it is above 2^53).
    const json = JSON.stringify({ ...sandbox, success: undefined }).replace(
      '"9263584710374521"',
      '9263584710374521',
    );
    return new HttpResponse(json, { status: 201, headers: { 'content-type': 'application/json' } });
  }),
  http.get(`${ORIGIN}/_mock/sandboxes`, () =>
    HttpResponse.json({
      sandboxes: [...fake.sandboxes.values()].map((s) => ({
        id: s.id,
        label: s.label ?? null,
        scenario: s.scenario,
        createdAt: '2026-11-25T10:00:00.000Z',
        lastUsedAt: '2026-11-25T10:00:00.000Z',
        calls: 0,
        progress: { success: s.success },
      })),
    }),
  ),
  http.get(`${ORIGIN}/_mock/sandboxes/:id`, ({ params }) =>
    fake.sandboxes.has(String(params.id))
      ? HttpResponse.json({ id: params.id })
      : HttpResponse.json({ error: { code: 'SandboxNotFound', message: 'gone' } }, { status: 404 }),
  ),
  http.delete(`${ORIGIN}/_mock/sandboxes/:id`, ({ params }) => {
    const id = String(params.id);
    fake.deleted.push(id);
    return fake.sandboxes.delete(id)
      ? HttpResponse.json({ ok: true })
      : HttpResponse.json({ error: { code: 'NotFound' } }, { status: 404 });
  }),
  http.all(`${ORIGIN}/_mock/sandboxes/:id/*`, async ({ request, params }) => {
    const sandbox = fake.sandboxes.get(String(params.id));
    const rest = new URL(request.url).pathname.split('/').slice(4).join('/');
    fake.forwarded.push(`${request.method} ${String(params.id)}/${rest}`);
    if (!sandbox)
      return HttpResponse.json({ error: { code: 'SandboxNotFound', message: 'gone' } }, { status: 404 });
    if (rest === 'progress')
      return HttpResponse.json({
        scenario: sandbox.scenario,
        steps: { cen: sandbox.success, ping: sandbox.success },
        success: sandbox.success,
        evidence: sandbox.success ? { ping: 'A→B ok' } : null,
      });
    if (rest === 'reset') {
      const body = (await request.json()) as { scenario?: string };
      sandbox.scenario = body.scenario ?? sandbox.scenario;
      return HttpResponse.json({ ok: true, scenario: sandbox.scenario });
    }
    if (rest === 'state') return HttpResponse.json({ sandbox: sandbox.id, cens: [] });
    return HttpResponse.json({ error: { code: 'NotFound' } }, { status: 404 });
  }),
);
/** Starts the fake for the calling test file and empties it before each test. */
export function withFakeSandboxControl(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    fake.sandboxes.clear();
    fake.created = 0;
    fake.deleted = [];
    fake.forwarded = [];
    fake.down = false;
    fake.full = false;
  });
}

export type Answer = (req: CallRequest, keyId: string) => CallResult;
export const ok: Answer = () => ({
  ok: true,
  httpStatus: 200,
  body: { RequestId: 'R' },
  requestId: 'R',
  attempts: 1,
});
export const cloudError =
  (code: string, httpStatus: number): Answer =>
  () => ({
    ok: false,
    error: { code, message: code, httpStatus, source: 'cloud', requestId: 'R-err' },
    attempts: 1,
  });

export function setupTrainingApp(
  options: { trainerToken?: string; maxSessions?: number; now?: () => number; defaultScenario?: string } = {},
) {
  const env = readEnv({ CEN_CONNECT_TRAINING: '1' });
  const audit = createAuditLog({ sandboxCapacity: 5, maxSandboxes: 4 });
  const control = createSandboxControl(ORIGIN);
  const sessions = createSandboxSessions({
    control,
    cookieSecret: 'test-secret-test-secret-test-secret',
    accountsFor: (demo) => sandboxAccounts(env, demo),
    idleMinutes: 60,
    onForget: (id) => audit.forget(id),
    ...(options.maxSessions ? { maxSessions: options.maxSessions } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.defaultScenario ? { defaultScenario: options.defaultScenario } : {}),
  });
  let answer: Answer = ok;
  const signedWith: string[] = [];
  const client: CloudClient = {
    call: vi.fn(async (req: CallRequest) => {
      const creds = await Promise.resolve(req.credentials);
      signedWith.push(creds.accessKeyId);
      return answer(req, creds.accessKeyId);
    }),
  };
  const app = createApp({
    cloud: 'mock',
    accounts: () => Promise.reject(new Error('training mode must not use the configured accounts')),
    resolveUid: () => Promise.resolve(undefined),
    client,
    audit,
    security: {},
    mockControlUrl: ORIGIN,
    training: { sessions, control, ...(options.trainerToken ? { trainerToken: options.trainerToken } : {}) },
  });

  const browser = (initial?: string, joins = true) => testBrowser(app, initial, { joins });
  return {
    app,
    audit,
    sessions,
    signedWith,
    browser,
    answer: (a: Answer) => {
      answer = a;
    },
  };
}
