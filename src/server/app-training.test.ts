// Training mode's BFF side against a small fake of the mock's sandbox control API (msw, in the shapes mocks/README.md
// "Sandboxes" gives) and a spy cloud client: which keys each session signs with, the cookie's life, expiry, eviction,
// the training routes' validation, the debrief's arithmetic and the trainer view. The real mock: app-training-cloud.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { vi } from 'vitest';
import { createApp } from './app';
import { createAuditLog } from './audit-log';
import { sandboxAccounts, type DemoAccount } from './accounts';
import { readEnv } from './env';
import type { CallRequest, CallResult, CloudClient } from './openapi-client';
import { createSandboxControl } from './sandbox-control';
import { createSandboxSessions, SANDBOX_COOKIE } from './sandbox-session';
import { testBrowser } from './test-support/test-browser';

const ORIGIN = 'http://mock-cloud.invalid';

interface FakeSandbox {
  id: string;
  label?: string;
  scenario: string;
  accounts: DemoAccount[];
  success: boolean;
}
const fake = {
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

type Answer = (req: CallRequest, keyId: string) => CallResult;
const ok: Answer = () => ({
  ok: true,
  httpStatus: 200,
  body: { RequestId: 'R' },
  requestId: 'R',
  attempts: 1,
});
const cloudError =
  (code: string, httpStatus: number): Answer =>
  () => ({
    ok: false,
    error: { code, message: code, httpStatus, source: 'cloud', requestId: 'R-err' },
    attempts: 1,
  });

function setup(
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

describe('training mode: sandbox per browser session', () => {
  it('creates a sandbox on the join, sets an HttpOnly SameSite=Strict cookie, and reuses it', async () => {
    const { browser } = setup();
    const b = browser(undefined, false);
    const first = await b.send('/api/training/join', { method: 'POST', body: {} });
    expect(first.status).toBe(201);
    expect(first.setCookie).toMatch(new RegExp(`^${SANDBOX_COOKIE}=`));
    expect(first.setCookie).toMatch(/HttpOnly/);
    expect(first.setCookie).toMatch(/SameSite=Strict/);
    expect(first.setCookie).toMatch(/Path=\//);
    expect((await b.send('/api/accounts')).json.accounts).toMatchObject([
      { name: 'A', mode: 'demo', accessKeyId: 'LTAI****ey1A', uid: '1262302482727553' },
      { name: 'B', mode: 'demo', uid: '9263584710374521' },
    ]);
    const again = await b.send('/api/accounts');
    expect(again.setCookie).toBeNull();
    expect(fake.created).toBe(1);
  });

  it('does not create a sandbox for health, an empty audit view, the session view, or the trainer', async () => {
    const { browser } = setup({ trainerToken: 'trainer-token-0123456789' });
    const b = browser(undefined, false);
    expect((await b.send('/api/health')).json).toEqual({ ok: true, cloud: 'mock', training: true });
    expect((await b.send('/api/audit')).json).toEqual({ entries: [] });
    expect((await b.send('/api/training/session')).json).toEqual({ joined: false });
    const headers = { 'x-trainer-token': 'trainer-token-0123456789' };
    expect((await b.send('/api/training/sandboxes', { headers })).status).toBe(200);
    expect(fake.created).toBe(0);
    expect(b.cookie).toBeUndefined();
  });

  it("signs each session's calls with its own sandbox's keys and shows each only its own audit", async () => {
    const { browser, signedWith } = setup();
    const one = browser();
    const two = browser();
    await one.openapi('DescribeCens', { account: 'A', params: {} });
    await two.openapi('DescribeCens', { account: 'B', params: {} });
    await one.openapi('DescribeCens', { account: 'B', params: {} });
    expect(signedWith).toEqual(['LTAIsbxKey1A', 'LTAIsbxKey2B', 'LTAIsbxKey1B']);
    const auditOne = (await one.send('/api/audit')).json.entries as { sandbox: string; account: string }[];
    const auditTwo = (await two.send('/api/audit')).json.entries as { sandbox: string; account: string }[];
    expect(auditOne.map((e) => [e.sandbox, e.account])).toEqual([
      ['sbx-1', 'A'],
      ['sbx-1', 'B'],
    ]);
    expect(auditTwo.map((e) => [e.sandbox, e.account])).toEqual([['sbx-2', 'B']]);
  });

  it('gives a tampered or forged cookie neither the named sandbox nor a new one: it must join', async () => {
    const { browser, signedWith } = setup();
    const owner = browser();
    await owner.openapi('DescribeCens', { account: 'A', params: {} });
    const forged = browser(`${SANDBOX_COOKIE}=sbx-1`, false);
    const signedValue = decodeURIComponent(owner.cookie!.split('=').slice(1).join('='));
    const tampered = browser(
      `${SANDBOX_COOKIE}=${encodeURIComponent(signedValue.replace('sbx-1', 'sbx-9'))}`,
      false,
    );
    const garbled = browser(`${SANDBOX_COOKIE}=%E0%A4%A.%%; other=1`, false);
    for (const b of [forged, tampered, garbled]) {
      const res = await b.openapi('DescribeCens', { account: 'A', params: {} });
      expect(res.status).toBe(409);
      expect(res.json.error).toMatchObject({ code: 'TrainingNotJoined', message: /Join the training/ });
    }
    expect(signedWith).toEqual(['LTAIsbxKey1A']);
    expect(fake.created).toBe(1);
    // Its own join gives it its own sandbox.
    expect((await forged.send('/api/training/join', { method: 'POST', body: {} })).json.sandboxId).toBe(
      'sbx-2',
    );
  });

  it('answers 410 when the mock dropped the sandbox, forgets it, and makes a fresh one on the next join', async () => {
    const { browser, answer, audit, signedWith } = setup();
    const b = browser();
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    expect(audit.list({ sandbox: 'sbx-1' })).toHaveLength(1);
    fake.sandboxes.delete('sbx-1'); // the mock's idle expiry
    answer(cloudError('InvalidAccessKeyId.NotFound', 404));
    const expired = await b.openapi('DescribeCens', { account: 'A', params: {} });
    expect(expired.status).toBe(410);
    expect(expired.json.error).toMatchObject({ code: 'SandboxExpired', source: 'bff' });
    expect(audit.list({ sandbox: 'sbx-1' })).toEqual([]);
    answer(ok);
    const gone = await b.openapi('DescribeCens', { account: 'A', params: {} });
    expect(gone.status).toBe(410);
    expect(gone.json.error.message).toMatch(/join again/);
    const joined = await b.send('/api/training/join', { method: 'POST', body: {} });
    expect(joined.setCookie).toMatch(new RegExp(`^${SANDBOX_COOKIE}=`));
    expect((await b.openapi('DescribeCens', { account: 'A', params: {} })).status).toBe(200);
    expect(signedWith.at(-1)).toBe('LTAIsbxKey2A');
  });

  it('passes a key refusal through unchanged while the sandbox still exists', async () => {
    const { browser, answer } = setup();
    const b = browser();
    await b.send('/api/accounts');
    answer(cloudError('InvalidAccessKeyId.NotFound', 404));
    const res = await b.openapi('DescribeCens', { account: 'A', params: {} });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('InvalidAccessKeyId.NotFound');
    expect(fake.created).toBe(1);
  });

  it('makes no sandbox for parallel requests carrying the same dead cookie', async () => {
    const { browser } = setup();
    const b = browser();
    await b.send('/api/accounts');
    fake.sandboxes.delete('sbx-1');
    await b.send('/api/mock/state'); // the 404 from the mock makes the BFF forget sbx-1
    const stale = b.cookie;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => browser(stale, false).send('/api/accounts')),
    );
    expect(results.map((r) => r.status)).toEqual([410, 410, 410, 410, 410]);
    expect(fake.created).toBe(1);
  });

  it('drops sessions idle longer than the idle time, also in the mock', async () => {
    let t = Date.parse('2026-11-25T10:00:00Z');
    const { browser } = setup({ now: () => t });
    const b = browser();
    await b.send('/api/accounts');
    t += 61 * 60_000;
    expect((await b.send('/api/training/session')).json).toEqual({ joined: false });
    await vi.waitFor(() => expect(fake.deleted).toContain('sbx-1'));
  });

  it('keeps memory bounded: idle sessions beyond the class size and their audit rings are dropped', async () => {
    let t = Date.parse('2026-11-25T10:00:00Z');
    const { browser, sessions, audit } = setup({ maxSessions: 3, now: () => t });
    for (let i = 0; i < 8; i++) {
      const b = browser();
      for (let j = 0; j < 7; j++) await b.openapi('DescribeCens', { account: 'A', params: {} });
      t += 11 * 60_000; // each trainee leaves before the next joins
    }
    expect(sessions.size).toBe(3);
    // sandboxCapacity 5 per sandbox, at most 3 live sessions (maxSandboxes 4 would allow one more).
    expect(audit.stats()).toEqual({ sandboxes: 3, entries: 15 });
    await vi.waitFor(() => expect(fake.deleted).toHaveLength(5));
  });

  it('answers 502 MockUnavailable when the control API is down', async () => {
    const { browser } = setup();
    fake.down = true;
    const res = await browser().send('/api/training/join', { method: 'POST', body: {} });
    expect(res.status).toBe(502);
    expect(res.json.error).toMatchObject({ code: 'MockUnavailable', source: 'bff' });
  });

  it("passes the mock's refusal to make one more sandbox on with its code and words", async () => {
    const { browser } = setup();
    fake.full = true;
    const res = await browser().send('/api/training/join', { method: 'POST', body: {} });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: 'SandboxLimitReached', message: /200 sandboxes/ });
  });
});

describe('training mode: /api/mock/* goes to the session sandbox', () => {
  it('forwards to /_mock/sandboxes/:id/*, adds /progress, keeps unknown routes out', async () => {
    const { browser } = setup();
    const b = browser();
    expect((await b.send('/api/mock/state')).json).toEqual({ sandbox: 'sbx-1', cens: [] });
    expect((await b.send('/api/mock/progress')).json).toMatchObject({ success: false });
    expect((await b.send('/api/mock/accounts')).status).toBe(404);
    expect((await b.send('/api/mock/sandboxes')).status).toBe(404);
    expect(fake.forwarded).toEqual(['GET sbx-1/state', 'GET sbx-1/progress']);
  });

  it('follows a reset to another scenario in the session', async () => {
    const { browser } = setup();
    const b = browser();
    const reset = await b.send('/api/mock/reset', { method: 'POST', body: { scenario: 'missing-grant' } });
    expect(reset.json).toEqual({ ok: true, scenario: 'missing-grant' });
    expect((await b.send('/api/training/session')).json).toMatchObject({
      scenario: 'missing-grant',
      resets: 1,
    });
  });
});

describe('training routes', () => {
  it('starts a named scenario for a trainee in a new sandbox and deletes the old one', async () => {
    const { browser } = setup();
    const b = browser();
    const first = await b.send('/api/training/join', { method: 'POST', body: {} });
    expect(first.json).toMatchObject({
      sandboxId: 'sbx-1',
      scenario: 'happy-path',
      trainee: null,
      hintsUsed: 0,
    });
    const started = await b.send('/api/training/session', {
      method: 'POST',
      body: { scenario: 'missing-grant', trainee: '  Li Wei ' },
    });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ sandboxId: 'sbx-2', scenario: 'missing-grant', trainee: 'Li Wei' });
    expect(started.setCookie).toMatch(new RegExp(`^${SANDBOX_COOKIE}=`));
    expect((await b.send('/api/training/session')).json.sandboxId).toBe('sbx-2');
    await vi.waitFor(() => expect(fake.deleted).toEqual(['sbx-1']));
    // A request of the same page still carrying the old cookie lands in the new sandbox.
    const late = await browser(first.setCookie!.split(';')[0]).send('/api/training/session');
    expect(late.json).toMatchObject({ sandboxId: 'sbx-2', scenario: 'missing-grant' });
    expect(fake.created).toBe(2);
  });

  it("starts every new trainee on the class's scenario when one is configured", async () => {
    const { browser } = setup({ defaultScenario: 'missing-grant' });
    expect((await browser().send('/api/training/session')).json.scenario).toBe('missing-grant');
    expect((await browser().send('/api/accounts')).status).toBe(200);
    expect([...fake.sandboxes.values()].map((s) => s.scenario)).toEqual(['missing-grant', 'missing-grant']);
  });

  it('refuses bad bodies with field messages', async () => {
    const { browser } = setup();
    const b = browser();
    const post = (path: string, body: unknown) => b.send(path, { method: 'POST', body });
    const cases: [string, unknown, string][] = [
      ['/api/training/session', {}, 'scenario'],
      ['/api/training/session', { scenario: '../x' }, 'scenario'],
      ['/api/training/session', { scenario: 'happy-path', trainee: 'x'.repeat(61) }, 'trainee'],
      ['/api/training/session', { scenario: 'happy-path', extra: 1 }, '(body)'],
      ['/api/training/hints', { level: 4 }, 'level'],
      ['/api/training/hints', { level: '1' }, 'level'],
      ['/api/training/session', { scenario: 'no-such-scenario' }, 'scenario'],
    ];
    for (const [path, body, field] of cases) {
      const res = await post(path, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(Object.keys(res.json.error.fields as object), JSON.stringify(body)).toContain(field);
    }
    expect(
      (await post('/api/training/session', { scenario: 'no-such-scenario' })).json.error.message,
    ).toMatch(/Unknown scenario/);
  });

  it('counts each hint level once', async () => {
    const { browser } = setup();
    const b = browser();
    const hint = (level: number) => b.send('/api/training/hints', { method: 'POST', body: { level } });
    await hint(1);
    await hint(1);
    const res = await hint(2);
    expect(res.json.hintsUsed).toBe(2);
    expect((res.json.hints as { level: number }[]).map((h) => h.level)).toEqual([1, 2]);
  });

  it('debriefs errors by code, hints, one charge per purchase, and success from the mock', async () => {
    const { browser, answer } = setup();
    const b = browser();
    answer(cloudError('Forbbiden.AttachChildInstanceAcrossUid', 409));
    const attach = {
      account: 'A',
      params: {
        CenId: 'cen-1',
        ChildInstanceId: 'vpc-1',
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-beijing',
      },
    };
    await b.openapi('AttachCenChildInstance', attach);
    await b.openapi('AttachCenChildInstance', attach);
    answer(cloudError('Throttling.User', 400));
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    answer(ok);
    const buy = {
      account: 'A',
      params: {
        Bandwidth: 8,
        GeographicRegionAId: 'China',
        GeographicRegionBId: 'China',
        PricingCycle: 'Month',
        Period: 1,
        ClientToken: 'buy-1',
      },
    };
    await b.openapi('CreateCenBandwidthPackage', buy);
    await b.openapi('CreateCenBandwidthPackage', buy); // the retry after a lost answer: same purchase
    await b.send('/api/training/hints', { method: 'POST', body: { level: 1 } });
    const before = await b.send('/api/training/debrief');
    expect(before.json).toMatchObject({
      sandboxId: 'sbx-1',
      scenario: 'happy-path',
      calls: 5,
      errors: [
        { code: 'Forbbiden.AttachChildInstanceAcrossUid', action: 'Cbn.AttachCenChildInstance', count: 2 },
        { code: 'Throttling.User', action: 'Cbn.DescribeCens', count: 1 },
      ],
      hintsUsed: 1,
      success: false,
      completedAt: null,
    });
    expect(before.json.charged).toEqual([
      expect.objectContaining({
        action: 'Cbn.CreateCenBandwidthPackage',
        clientToken: 'buy-1',
        repeats: 1,
        details: {
          bandwidthMbps: 8,
          chargeType: 'PREPAY',
          pricingCycle: 'Month',
          period: 1,
          areas: ['China', 'China'],
        },
      }),
    ]);
    fake.sandboxes.get('sbx-1')!.success = true;
    const after = await b.send('/api/training/debrief?download=1');
    expect(after.json).toMatchObject({ success: true, evidence: { ping: 'A→B ok' } });
    expect(after.json.completedAt).not.toBeNull();
    expect(after.headers.get('content-disposition')).toMatch(/attachment; filename="cen-connect-debrief-/);
  });

  it('a reset to the scenario start begins a new attempt; the earlier one stays in the debrief', async () => {
    const { browser, answer } = setup();
    const b = browser();
    answer(cloudError('Forbbiden.AttachChildInstanceAcrossUid', 409));
    await b.openapi('AttachCenChildInstance', {
      account: 'A',
      params: {
        CenId: 'c',
        ChildInstanceId: 'v',
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-beijing',
      },
    });
    answer(ok);
    await b.openapi('CreateCenBandwidthPackage', {
      account: 'A',
      params: {
        Bandwidth: 8,
        GeographicRegionAId: 'China',
        GeographicRegionBId: 'China',
        PricingCycle: 'Month',
        Period: 1,
        ClientToken: 'buy-before-reset',
      },
    });
    await b.send('/api/training/hints', { method: 'POST', body: { level: 1 } });
    await b.send('/api/training/hints', { method: 'POST', body: { level: 2 } });
    expect((await b.send('/api/mock/reset', { method: 'POST', body: {} })).status).toBe(200);
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    await b.send('/api/training/hints', { method: 'POST', body: { level: 1 } });

    expect((await b.send('/api/training/session')).json).toMatchObject({
      attempt: 2,
      resets: 1,
      hintsUsed: 1,
    });
    const d = (await b.send('/api/training/debrief')).json;
    expect(d).toMatchObject({ attempt: 2, resets: 1, calls: 1, errors: [], hintsUsed: 1, charged: [] });
    expect(d.attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        scenario: 'happy-path',
        success: false,
        calls: 2,
        errors: [expect.objectContaining({ code: 'Forbbiden.AttachChildInstanceAcrossUid', count: 1 })],
        hintsUsed: 2,
        charged: [expect.objectContaining({ clientToken: 'buy-before-reset' })],
      }),
    ]);
    // The purchase made before the reset was paid for all the same.
    expect(d.totals).toMatchObject({ calls: 3, errors: 1, hintsUsed: 3, charged: 1 });
    expect(Date.parse(d.startedAt as string)).toBeGreaterThanOrEqual(
      Date.parse(d.totals.sessionStartedAt as string),
    );
  });

  it('answers the debrief of a vanished sandbox with 410', async () => {
    const { browser } = setup();
    const b = browser();
    await b.send('/api/training/session');
    fake.sandboxes.delete('sbx-1');
    expect((await b.send('/api/training/debrief')).status).toBe(410);
  });

  it('shows the trainer every sandbox with trainee and hints, behind the trainer token', async () => {
    const token = 'trainer-token-0123456789';
    const { browser } = setup({ trainerToken: token });
    const b = browser(undefined, false);
    await b.send('/api/training/session', {
      method: 'POST',
      body: { scenario: 'missing-grant', trainee: 'Ana' },
    });
    await b.send('/api/training/hints', { method: 'POST', body: { level: 2 } });
    const trainer = browser(undefined, false);
    expect((await trainer.send('/api/training/sandboxes')).status).toBe(401);
    expect(
      (await trainer.send('/api/training/sandboxes', { headers: { 'x-trainer-token': 'wrong' } })).json.error
        .code,
    ).toBe('TrainerTokenRequired');
    const view = await trainer.send('/api/training/sandboxes', { headers: { 'x-trainer-token': token } });
    expect(view.status).toBe(200);
    expect(view.json).toMatchObject({
      idleMinutes: 60,
      sandboxes: [{ id: 'sbx-1', trainee: 'Ana', scenario: 'missing-grant', hintsUsed: 1, inSession: true }],
    });
    expect(trainer.cookie).toBeUndefined();
    expect(JSON.stringify(view.json)).not.toContain('secret-');

    const auth = { headers: { 'x-trainer-token': token } };
    expect((await trainer.send('/api/training/sandboxes/sbx-1/debrief')).status).toBe(401);
    const debrief = await trainer.send('/api/training/sandboxes/sbx-1/debrief', auth);
    expect(debrief.json).toMatchObject({ sandboxId: 'sbx-1', trainee: 'Ana', hintsUsed: 1, success: false });
    const unknown = await trainer.send('/api/training/sandboxes/sbx-404/debrief', auth);
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('SandboxNotFound');
  });

  it('keeps the trainer view and every debrief but your own off when no trainer token is configured', async () => {
    const { browser } = setup();
    const ana = browser();
    await ana.send('/api/training/hints', { method: 'POST', body: { level: 1 } });
    const other = browser();
    for (const path of ['/api/training/sandboxes', '/api/training/sandboxes/sbx-1/debrief']) {
      const res = await other.send(path);
      expect(res.status).toBe(403);
      expect(res.json.error).toMatchObject({ code: 'TrainerViewOff', message: /CEN_CONNECT_TRAINER_TOKEN/ });
    }
    expect((await ana.send('/api/training/debrief')).json).toMatchObject({
      sandboxId: 'sbx-1',
      hintsUsed: 1,
    });
  });
});

describe('audit view filters', () => {
  it('filters by account and outcome and downloads JSON lines', async () => {
    const { browser, answer } = setup();
    const b = browser();
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    answer(cloudError('Throttling.User', 400));
    await b.openapi('DescribeCens', { account: 'B', params: {} });
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    const errorsOfA = (await b.send('/api/audit?account=A&outcome=error')).json.entries as {
      account: string;
      outcome: string;
    }[];
    expect(errorsOfA.map((e) => [e.account, e.outcome])).toEqual([['A', 'error']]);
    const dl = await b.send('/api/audit?format=jsonl&account=B');
    expect(dl.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(dl.headers.get('content-disposition')).toMatch(
      /^attachment; filename="cen-connect-audit-.*\.jsonl"$/,
    );
    const lines = dl.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { account: string; sandbox: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ account: 'B', sandbox: 'sbx-1' });
    const bad = await b.send('/api/audit?account=C&outcome=maybe');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields as object).sort()).toEqual(['account', 'outcome']);
  });
});

describe('outside training mode', () => {
  it('has no training routes and no sandbox cookie', async () => {
    const audit = createAuditLog();
    const app = createApp({
      cloud: 'mock',
      accounts: () => Promise.reject(new Error('not used')),
      resolveUid: () => Promise.resolve(undefined),
      client: { call: () => Promise.reject(new Error('not used')) },
      audit,
      security: {},
    });
    const health = await app.request('/api/health');
    expect(await health.json()).toEqual({ ok: true, cloud: 'mock', training: false });
    const session = await app.request('/api/training/session');
    expect(session.status).toBe(404);
    expect(session.headers.get('set-cookie')).toBeNull();
  });
});
