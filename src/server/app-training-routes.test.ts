// Training mode's routes against the fake sandbox control API (test-support/training-app.ts): /api/mock/* to the
// session's sandbox, starting scenarios, the bodies' validation, hints, a vanished sandbox's debrief and the trainer
// view behind its token.
import { fake, setupTrainingApp, withFakeSandboxControl } from './test-support/training-app';
import { SANDBOX_COOKIE } from './sandbox-session';

withFakeSandboxControl();

describe('training mode: /api/mock/* goes to the session sandbox', () => {
  it('forwards to /_mock/sandboxes/:id/*, adds /progress, keeps unknown routes out', async () => {
    const { browser } = setupTrainingApp();
    const b = browser();
    expect((await b.send('/api/mock/state')).json).toEqual({ sandbox: 'sbx-1', cens: [] });
    expect((await b.send('/api/mock/progress')).json).toMatchObject({ success: false });
    expect((await b.send('/api/mock/accounts')).status).toBe(404);
    expect((await b.send('/api/mock/sandboxes')).status).toBe(404);
    expect(fake.forwarded).toEqual(['GET sbx-1/state', 'GET sbx-1/progress']);
  });

  it('follows a reset to another scenario in the session', async () => {
    const { browser } = setupTrainingApp();
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
    const { browser } = setupTrainingApp();
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
    const { browser } = setupTrainingApp({ defaultScenario: 'missing-grant' });
    expect((await browser().send('/api/training/session')).json.scenario).toBe('missing-grant');
    expect((await browser().send('/api/accounts')).status).toBe(200);
    expect([...fake.sandboxes.values()].map((s) => s.scenario)).toEqual(['missing-grant', 'missing-grant']);
  });

  it('refuses bad bodies with field messages', async () => {
    const { browser } = setupTrainingApp();
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
    const { browser } = setupTrainingApp();
    const b = browser();
    const hint = (level: number) => b.send('/api/training/hints', { method: 'POST', body: { level } });
    await hint(1);
    await hint(1);
    const res = await hint(2);
    expect(res.json.hintsUsed).toBe(2);
    expect((res.json.hints as { level: number }[]).map((h) => h.level)).toEqual([1, 2]);
  });

  it('answers the debrief of a vanished sandbox with 410', async () => {
    const { browser } = setupTrainingApp();
    const b = browser();
    await b.send('/api/training/session');
    fake.sandboxes.delete('sbx-1');
    expect((await b.send('/api/training/debrief')).status).toBe(410);
  });

  it('shows the trainer every sandbox with trainee and hints, behind the trainer token', async () => {
    const token = 'trainer-token-0123456789';
    const { browser } = setupTrainingApp({ trainerToken: token });
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
    const { browser } = setupTrainingApp();
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
