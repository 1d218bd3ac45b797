// Who may make a training sandbox, and how many: only a deliberate same-origin join (POST /api/training/join) makes
// one — never a GET, a cookieless or forged request, or a foreign page's <img> — within the class size and a bound
// per client address, idle sessions giving way before a join is refused with what to do. The mock's control API is
// a small in-memory fake here (the real one: app-training-cloud.test.ts).
import type { Context } from 'hono';
import { createApp } from './app';
import { createAuditLog } from './audit-log';
import { sandboxAccounts } from './accounts';
import { readEnv } from './env';
import type { SandboxControl } from './sandbox-control';
import { createSandboxSessions } from './sandbox-session';
import { testBrowser } from './test-support/test-browser';
import { clientAddress, trainingStartupLines } from './training-refusals';

function setup(options: { maxSessions?: number; perClient?: number } = {}) {
  let t = Date.parse('2026-12-07T08:00:00Z');
  const made: string[] = [];
  const removed: string[] = [];
  const control: SandboxControl = {
    create: (input) => {
      const id = `sbx-${made.length + 1}`;
      made.push(id);
      return Promise.resolve({
        id,
        label: input.label ?? null,
        scenario: input.scenario ?? 'happy-path',
        accounts: (['A', 'B'] as const).map((name) => ({
          name,
          uid: name === 'A' ? '1262302482727553' : '9263584710374521',
          accessKeyId: `LTAI${id}${name}`,
          accessKeySecret: `secret-${id}`,
        })),
      });
    },
    list: () => Promise.resolve([]),
    progress: () => Promise.resolve({ success: false }),
    remove: (id) => {
      removed.push(id);
      return Promise.resolve();
    },
    scenarioNames: () => Promise.resolve(['happy-path']),
    exists: (id) => Promise.resolve(!removed.includes(id)),
  };
  const env = readEnv({ CEN_CONNECT_TRAINING: '1' });
  const sessions = createSandboxSessions({
    control,
    cookieSecret: 'test-secret-test-secret-test-secret',
    accountsFor: (demo) => sandboxAccounts(env, demo),
    idleMinutes: 120,
    now: () => t,
    // The address the test says it comes from (the default, the TCP peer, is checked below).
    clientOf: (c: Context) => c.req.header('x-test-client') ?? 'unknown',
    ...options,
  });
  const app = createApp({
    cloud: 'mock',
    accounts: () => Promise.reject(new Error('training mode must not use the configured accounts')),
    resolveUid: () => Promise.resolve(undefined),
    client: { call: () => Promise.reject(new Error('no cloud call in these tests')) },
    audit: createAuditLog(),
    security: { allowedHosts: ['127.0.0.1:8080'] },
    mockControlUrl: 'http://mock-cloud.invalid',
    training: { sessions, control },
  });
  const url = (path: string) => `http://127.0.0.1:8080${path}`;
  const requester = { request: (path: string, init: RequestInit) => app.request(url(path), init) };
  const trainee = (client = '192.0.2.1') => {
    const b = testBrowser(requester);
    return {
      b,
      join: (name?: string) =>
        b.send('/api/training/join', {
          method: 'POST',
          body: name ? { trainee: name } : {},
          headers: { origin: 'http://127.0.0.1:8080', 'x-test-client': client },
        }),
      read: () => b.send('/api/training/session', { headers: { 'x-test-client': client } }),
    };
  };
  return {
    app,
    url,
    made,
    removed,
    sessions,
    trainee,
    advance: (minutes: number) => (t += minutes * 60_000),
  };
}

describe('training: a GET never makes a sandbox', () => {
  it('answers 260 cookieless session reads "not joined" and makes none; nor do forged cookies or <img> loads', async () => {
    const { app, url, made, sessions } = setup();
    const answers = await Promise.all(
      Array.from({ length: 260 }, async () => (await app.request(url('/api/training/session'))).text()),
    );
    expect(new Set(answers)).toEqual(new Set(['{"joined":false}']));
    for (let i = 0; i < 76; i++) {
      const forged = await app.request(url('/api/accounts'), {
        headers: { cookie: `cen_connect_sandbox=sbx-forged${i}.AAAA` },
      });
      expect(forged.status).toBe(409);
    }
    // What a foreign page's <img src="http://127.0.0.1:8080/api/mock/state"> sends.
    for (let i = 0; i < 30; i++) {
      const img = await app.request(url('/api/mock/state'), {
        headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image' },
      });
      expect(img.status).toBe(409);
      expect((await img.json()).error).toMatchObject({
        code: 'TrainingNotJoined',
        message: /Join the training/,
      });
    }
    expect(made).toEqual([]);
    expect(sessions.size).toBe(0);
  });
});

describe('training: the join', () => {
  it('makes one sandbox per deliberate join and gives a second join of the same browser the same one', async () => {
    const { trainee, made } = setup();
    const ana = trainee();
    const first = await ana.join('Ana');
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ joined: true, sandboxId: 'sbx-1', trainee: 'Ana' });
    const again = await ana.join();
    expect(again.status).toBe(200);
    expect(again.json.sandboxId).toBe('sbx-1');
    expect((await ana.read()).json).toMatchObject({ joined: true, sandboxId: 'sbx-1' });
    expect(made).toEqual(['sbx-1']);
  });

  it('refuses a join from another origin, another site, or a cross-site form, as every write', async () => {
    const { app, url, made } = setup();
    const post = (headers: Record<string, string>, body = '{}') =>
      app.request(url('/api/training/join'), { method: 'POST', headers, body });
    expect((await post({ 'content-type': 'application/json', origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect((await post({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    );
    expect((await post({ 'content-type': 'text/plain' }, 'trainee=x')).status).toBe(415);
    expect(made).toEqual([]);
  });

  it('checks the name like the scenario start does', async () => {
    const { trainee } = setup();
    const res = await trainee().b.send('/api/training/join', { method: 'POST', body: { trainee: ' ' } });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toMatchObject({ trainee: /must not be empty/ });
  });
});

describe('training: the class bounds', () => {
  it('bounds the sandboxes of one client address; its idle ones give way first', async () => {
    const { trainee, advance, removed } = setup({ perClient: 2 });
    const first = trainee('198.51.100.7');
    expect((await first.join()).status).toBe(201);
    expect((await trainee('198.51.100.7').join()).status).toBe(201);
    const third = await trainee('198.51.100.7').join();
    expect(third.status).toBe(429);
    expect(third.json.error).toMatchObject({
      code: 'TooManySandboxes',
      message: /CEN_CONNECT_SANDBOXES_PER_CLIENT/,
    });
    // Another address is not held back by that one.
    expect((await trainee('203.0.113.9').join()).status).toBe(201);
    // Ten minutes without a request: the first one's place goes to a newcomer of the same address.
    advance(11);
    expect((await trainee('198.51.100.7').join()).status).toBe(201);
    expect(removed).toEqual(['sbx-1']);
    expect((await first.read()).json).toEqual({ joined: false });
  });

  it('when the class is full, lets an idle trainee give way, never an active one, then refuses with what to do', async () => {
    const { trainee, advance, removed } = setup({ maxSessions: 2 });
    const idle = trainee('192.0.2.1');
    const active = trainee('192.0.2.2');
    await idle.join();
    await active.join();
    advance(11);
    await active.read(); // a request: active again
    expect((await trainee('192.0.2.3').join()).status).toBe(201);
    expect(removed).toEqual(['sbx-1']);
    const refused = await trainee('192.0.2.4').join();
    expect(refused.status).toBe(503);
    expect(refused.json.error).toMatchObject({ code: 'ClassFull', message: /Try again in a few minutes/ });
    expect((await active.read()).json).toMatchObject({ joined: true, sandboxId: 'sbx-2' });
  });

  it('refuses a full class from one address as a full class when the per-client bound is the whole class', async () => {
    const { trainee } = setup({ maxSessions: 2, perClient: 5 });
    await trainee().join();
    await trainee().join();
    const refused = await trainee().join();
    expect(refused.status).toBe(503);
    expect(refused.json.error).toMatchObject({ code: 'ClassFull', message: /CEN_CONNECT_CLASS_SIZE/ });
  });

  it('counts a join against the TCP peer address by default', () => {
    const c = { env: { incoming: { socket: { remoteAddress: '10.0.0.7' } } } } as unknown as Context;
    expect(clientAddress(c)).toBe('10.0.0.7');
    expect(clientAddress({ env: undefined } as unknown as Context)).toBe('unknown');
  });
});

describe('training: start-up', () => {
  it('says the trainer view is off without CEN_CONNECT_TRAINER_TOKEN, and how to turn it on', () => {
    const bounds = { classSize: 60, perClient: 30, evictIdleMinutes: 10, idleMinutes: 120 };
    const off = trainingStartupLines({ ...bounds, trainerToken: false });
    expect(off[0]).toMatch(/Join the training.*60 places, 30 per client address.*idle for 10 minutes/);
    expect(off[1]).toMatch(/^Trainer view: off\. .*CEN_CONNECT_TRAINER_TOKEN=<16\+ characters>/);
    expect(trainingStartupLines({ ...bounds, trainerToken: true })[1]).toMatch(/^Trainer view: #\/trainer/);
  });
});
