// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { progressStore } from '../state/progress-store';
import { chooseOption } from '../test-support/select';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { TrainingDock } from './training-dock';
import { progress, SCENARIOS, session, STATE } from '../test-support/training-fixtures';

interface Seen {
  joins: unknown[];
  delays: unknown[];
  resets: unknown[];
  sessions: unknown[];
  hints: unknown[];
}
let seen: Seen;
/** null: this browser has not joined (GET /api/training/session answers { joined: false }). */
let current: ReturnType<typeof session> | null = session();

const server = setupServer();
function stubs({ training = true, cloud = 'mock' }: { training?: boolean; cloud?: 'mock' | 'live' } = {}) {
  server.use(
    http.get('/api/health', () => HttpResponse.json({ ok: true, cloud, training })),
    http.get('/api/mock/scenarios', () => HttpResponse.json(SCENARIOS)),
    http.get('/api/mock/state', () => HttpResponse.json(STATE)),
    http.get('/api/mock/progress', () => HttpResponse.json(progress())),
    http.get('/api/training/session', () =>
      training
        ? HttpResponse.json(current ?? { joined: false })
        : HttpResponse.json({ error: { code: 'NotFound' } }, { status: 404 }),
    ),
    http.put('/api/mock/delays', async ({ request }) => {
      const body = (await request.json()) as { ms: number };
      seen.delays.push(body);
      return HttpResponse.json({ ok: true, delayMs: body.ms });
    }),
    http.post('/api/mock/reset', async ({ request }) => {
      const body = (await request.json()) as { scenario?: string };
      seen.resets.push(body);
      return HttpResponse.json({ ok: true, scenario: body.scenario ?? 'demo' });
    }),
    http.post('/api/training/session', async ({ request }) => {
      const body = (await request.json()) as { scenario: string; trainee?: string };
      seen.sessions.push(body);
      current = session(body.scenario, 0, body.trainee ?? null);
      return HttpResponse.json(current, { status: 201 });
    }),
    http.post('/api/training/join', async ({ request }) => {
      const body = (await request.json()) as { trainee?: string };
      seen.joins.push(body);
      current = session('happy-path', 0, body.trainee ?? null);
      return HttpResponse.json({ joined: true, ...current }, { status: 201 });
    }),
    http.post('/api/training/hints', async ({ request }) => {
      const body = (await request.json()) as { level: number };
      seen.hints.push(body);
      if (current) current = { ...current, hintsUsed: body.level };
      return HttpResponse.json({ hintsUsed: body.level, hints: [] });
    }),
  );
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  seen = { joins: [], delays: [], resets: [], sessions: [], hints: [] };
  current = session();
});

describe('demo presenter controls', () => {
  it('changes the mock’s transition delay from the speed buttons, showing the current one', async () => {
    stubs({ training: false });
    renderWithProviders(<TrainingDock />);
    const user = userEvent.setup();
    const group = await screen.findByRole('radiogroup', { name: 'Demo speed' });
    // GET /api/mock/state says 2000 ms: "Normal" is the one checked.
    await waitFor(() => expect(within(group).getByRole('radio', { name: 'Normal' })).toBeChecked());
    await user.click(within(group).getByText('Instant'));
    await waitFor(() => expect(seen.delays).toEqual([{ ms: 0 }]));
    expect(await screen.findByText('Transitions now take 0 ms.')).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Instant' })).toBeChecked();
    // Outside training mode there is no scenario picker.
    expect(screen.queryByRole('form', { name: 'Training' })).not.toBeInTheDocument();
  });

  it('resets to the scenario start only after confirming, and forgets the saved progress', async () => {
    stubs({ training: false });
    progressStore.update((p) => ({ ...p, cenId: 'cen-old', current: 3 }));
    renderWithProviders(<TrainingDock />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reset to scenario start' }));
    expect(seen.resets).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(seen.resets).toEqual([{}]));
    expect(await screen.findByText('The mock cloud is back at the start of “demo”.')).toBeInTheDocument();
    expect(progressStore.get().cenId).toBeUndefined();
    expect(progressStore.get().current).toBe(0);
  });

  it('starts from another world of the mock’s catalogue after confirming: the reset names it, progress is cleared', async () => {
    stubs({ training: false });
    progressStore.update((p) => ({ ...p, cenId: 'cen-old', current: 3 }));
    renderWithProviders(<TrainingDock />);
    const user = userEvent.setup();
    // The default world is chosen and explained; only the newcomer's worlds are offered, in the catalogue's order
    // of editions (the drill big-tenant is not).
    expect(await screen.findByTestId('world-explain')).toHaveTextContent(/still create Basic Edition/);
    await user.click(screen.getByLabelText('Start from'));
    const offered = [...document.querySelectorAll('.ant-select-item-option-content')].map(
      (o) => o.textContent,
    );
    expect(offered).toEqual([
      'Tutorial start: accounts that may still use Basic Edition',
      'Accounts opened today: Enterprise Edition',
      'Basic Edition, after step 1',
      'Enterprise Edition, after step 1',
    ]);
    await user.click(
      screen.getByText('Accounts opened today: Enterprise Edition', {
        selector: '.ant-select-item-option-content',
      }),
    );
    expect(screen.getByTestId('world-explain')).toHaveTextContent(/can no longer use Basic Edition/);
    await user.click(screen.getByRole('button', { name: 'Start on this world' }));
    expect(seen.resets).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    await waitFor(() => expect(seen.resets).toEqual([{ scenario: 'enterprise-edition' }]));
    expect(
      await screen.findByText(
        'The mock cloud is at the start of “Accounts opened today: Enterprise Edition”; the console is back at step 1.',
      ),
    ).toBeInTheDocument();
    expect(progressStore.get().cenId).toBeUndefined();
    expect(progressStore.get().current).toBe(0);
  });

  it('shows nothing on the live cloud', async () => {
    stubs({ cloud: 'live', training: false });
    const { container } = renderWithProviders(<TrainingDock />);
    await new Promise((r) => setTimeout(r, 200));
    expect(container).toBeEmptyDOMElement();
  });
});

describe('training mode', () => {
  it('before the join shows only the join form; the press joins by POST with the name, then the scenario', async () => {
    stubs();
    current = null;
    renderWithProviders(<TrainingDock />);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Join the training' });
    expect(screen.queryByRole('radiogroup', { name: 'Demo speed' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset to scenario start' })).not.toBeInTheDocument();
    expect(seen.joins).toEqual([]);
    await user.type(within(form).getByLabelText('Your name (optional)'), ' Li Lei ');
    await user.click(within(form).getByRole('button', { name: 'Join the training' }));
    await waitFor(() => expect(seen.joins).toEqual([{ trainee: 'Li Lei' }]));
    expect(
      await screen.findByRole('heading', { name: 'Current scenario: The happy path' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Demo speed' })).toBeInTheDocument();
  });

  it('shows the scenario’s title, goal and what goes wrong, and resets to that scenario', async () => {
    stubs();
    renderWithProviders(<TrainingDock />);
    const user = userEvent.setup();
    expect(
      await screen.findByRole('heading', { name: 'Current scenario: Account B forgot to authorize' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Attach B’s Beijing VPC and ping.')).toBeInTheDocument();
    expect(screen.getByText(/409 Forbbiden.AttachChildInstanceAcrossUid/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset to scenario start' }));
    await user.click(await screen.findByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(seen.resets).toEqual([{ scenario: 'forgot-to-authorize' }]));
    // A trainee's world is the scenario's: no other world is offered.
    expect(screen.queryByLabelText('Start from')).not.toBeInTheDocument();
  });

  it('reveals hints one level at a time, recording each with the BFF', async () => {
    stubs();
    renderWithProviders(<TrainingDock />);
    const user = userEvent.setup();
    expect(await screen.findByText('Hints · 0 of 3 hints used')).toBeInTheDocument();
    expect(screen.queryByText(/permission across accounts/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show hint 1' }));
    expect(await screen.findByText('The refusal is about permission across accounts.')).toBeInTheDocument();
    expect(screen.queryByText(/grant rule/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show hint 2' }));
    expect(await screen.findByText(/grant rule for A’s CEN/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show hint 3' }));
    expect(await screen.findByText('All hints shown.')).toBeInTheDocument();
    expect(seen.hints).toEqual([{ level: 1 }, { level: 2 }, { level: 3 }]);
  });

  it('starts another scenario with the trainee’s name in a fresh sandbox', async () => {
    stubs();
    progressStore.update((p) => ({ ...p, cenId: 'cen-of-the-old-sandbox' }));
    renderWithProviders(<TrainingDock />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: /Current scenario/ });
    await chooseOption(user, 'Scenario', 'The happy path');
    await user.type(screen.getByLabelText('Your name (optional)'), '  Han Meimei ');
    await user.click(screen.getByRole('button', { name: 'Start this scenario' }));
    await waitFor(() => expect(seen.sessions).toEqual([{ scenario: 'happy-path', trainee: 'Han Meimei' }]));
    expect(
      await screen.findByRole('heading', { name: 'Current scenario: The happy path' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Scenario “The happy path” started in a fresh sandbox.')).toBeInTheDocument();
    expect(progressStore.get().cenId).toBeUndefined();
  });

  it('speaks Chinese: chrome and the scenario file’s zh text', async () => {
    stubs();
    current = session('forgot-to-authorize', 1);
    renderWithProviders(<TrainingDock />, { locale: 'zh' });
    expect(await screen.findByRole('heading', { name: '当前场景：账号B忘记授权' })).toBeInTheDocument();
    expect(screen.getByText('这个错误与跨账号权限有关。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '显示提示 2' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: '演示速度' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重置到场景起点' })).toBeInTheDocument();
  });

  it('offers the debrief when the mock says the scenario is won', async () => {
    stubs();
    server.use(http.get('/api/mock/progress', () => HttpResponse.json(progress(true))));
    renderWithProviders(<TrainingDock />);
    const user = userEvent.setup();
    const alert = await screen.findByText('Scenario complete.');
    await user.click(
      within(alert.closest('.ant-alert') as HTMLElement).getByRole('button', { name: 'Debrief' }),
    );
    expect(window.location.hash).toBe('#/debrief');
    window.location.hash = '';
  });
});
