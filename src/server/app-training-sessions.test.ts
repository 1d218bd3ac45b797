// Training mode's sandbox per browser session, against the fake sandbox control API (test-support/training-app.ts):
// which keys each session signs with, the cookie's life, expiry, eviction and refusals; and the BFF outside training
// mode. The real mock: app-training-cloud.
import { cloudError, fake, ok, setupTrainingApp, withFakeSandboxControl } from './test-support/training-app';
import { createApp } from './app';
import { createAuditLog } from './audit-log';
import { SANDBOX_COOKIE } from './sandbox-session';

withFakeSandboxControl();

describe('training mode: sandbox per browser session', () => {
  it('creates a sandbox on the join, sets an HttpOnly SameSite=Strict cookie, and reuses it', async () => {
    const { browser } = setupTrainingApp();
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
    const { browser } = setupTrainingApp({ trainerToken: 'trainer-token-0123456789' });
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
    const { browser, signedWith } = setupTrainingApp();
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
    const { browser, signedWith } = setupTrainingApp();
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
    const { browser, answer, audit, signedWith } = setupTrainingApp();
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
    const { browser, answer } = setupTrainingApp();
    const b = browser();
    await b.send('/api/accounts');
    answer(cloudError('InvalidAccessKeyId.NotFound', 404));
    const res = await b.openapi('DescribeCens', { account: 'A', params: {} });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('InvalidAccessKeyId.NotFound');
    expect(fake.created).toBe(1);
  });

  it('makes no sandbox for parallel requests carrying the same dead cookie', async () => {
    const { browser } = setupTrainingApp();
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
    const { browser } = setupTrainingApp({ now: () => t });
    const b = browser();
    await b.send('/api/accounts');
    t += 61 * 60_000;
    expect((await b.send('/api/training/session')).json).toEqual({ joined: false });
    await vi.waitFor(() => expect(fake.deleted).toContain('sbx-1'));
  });

  it('keeps memory bounded: idle sessions beyond the class size and their audit rings are dropped', async () => {
    let t = Date.parse('2026-11-25T10:00:00Z');
    const { browser, sessions, audit } = setupTrainingApp({ maxSessions: 3, now: () => t });
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
    const { browser } = setupTrainingApp();
    fake.down = true;
    const res = await browser().send('/api/training/join', { method: 'POST', body: {} });
    expect(res.status).toBe(502);
    expect(res.json.error).toMatchObject({ code: 'MockUnavailable', source: 'bff' });
  });

  it("passes the mock's refusal to make one more sandbox on with its code and words", async () => {
    const { browser } = setupTrainingApp();
    fake.full = true;
    const res = await browser().send('/api/training/join', { method: 'POST', body: {} });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: 'SandboxLimitReached', message: /200 sandboxes/ });
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
