// @vitest-environment jsdom
// Training mode: a page that has not joined has no sandbox and the BFF refuses its cloud reads (409
// TrainingNotJoined); the console sends none of them until the join, and the trainer's page, which never joins,
// none at all (training/cloud-gate.tsx).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DEMO_ACCOUNTS, renderWithProviders, resetBrowserState } from '../test-support/render';
import { progress, SCENARIOS, session, STATE } from '../test-support/training-fixtures';
import { App, preloadCloudGate } from './app';
import { STEPS } from './steps-registry';

/** Every request the page sent, as "METHOD /path". */
let sent: string[];
let joined: ReturnType<typeof session> | null;

const server = setupServer(
  http.get('/api/health', () => HttpResponse.json({ ok: true, cloud: 'mock', training: true })),
  http.get('/api/mock/scenarios', () => HttpResponse.json(SCENARIOS)),
  http.get('/api/training/session', () => HttpResponse.json(joined ?? { joined: false })),
  http.post('/api/training/join', () => {
    joined = session('happy-path', 0, null);
    return HttpResponse.json({ joined: true, ...joined }, { status: 201 });
  }),
  http.get('/api/training/sandboxes', () => HttpResponse.json({ sandboxes: [] })),
  http.get('/api/accounts', () => HttpResponse.json(DEMO_ACCOUNTS)),
  http.get('/api/mock/world', () => HttpResponse.json({ worldId: 'w-gate00000000000' })),
  http.get('/api/mock/state', () => HttpResponse.json(STATE)),
  http.get('/api/mock/progress', () => HttpResponse.json(progress())),
  http.post('/api/openapi/DescribeCens', () =>
    HttpResponse.json({ RequestId: 'r', TotalCount: 0, PageNumber: 1, PageSize: 50, Cens: { Cen: [] } }),
  ),
);
server.events.on('request:start', ({ request }) => {
  sent.push(`${request.method} ${new URL(request.url).pathname}`);
});

/** The reads a page without a sandbox is refused: everything but health, the catalogue and the training routes. */
const needsSandbox = (line: string) => !/ \/api\/(health|mock\/scenarios|training\/)/.test(line);

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await Promise.all([
    ...STEPS.map((step) => step.preload()),
    preloadCloudGate(),
    import('../diagnosis/lazy').then((m) => m.preloadDiagnosis()),
    import('../components/cloud-mode-tag'),
  ]);
}, 60_000);
afterEach(() => {
  server.resetHandlers();
  window.location.hash = '';
});
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  sent = [];
  joined = null;
});

describe('training mode, before the join', () => {
  it('sends no cloud read until the page joins, then reads its sandbox', async () => {
    renderWithProviders(<App />);
    const user = userEvent.setup();
    const join = await screen.findByRole('form', { name: 'Join the training' });
    expect(await screen.findByText('Join the training above to start the steps.')).toBeInTheDocument();
    expect(sent).toContain('GET /api/training/session');
    expect(sent.filter(needsSandbox)).toEqual([]);

    await user.click(within(join).getByRole('button', { name: 'Join the training' }));
    expect(
      await screen.findByRole('heading', { name: 'Step 1 Account A creates a CEN instance' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(sent).toContain('GET /api/accounts'));
    expect(sent.indexOf('GET /api/accounts')).toBeGreaterThan(sent.indexOf('POST /api/training/join'));
  });

  it('the trainer’s page, which never joins, reads only the class', async () => {
    window.location.hash = '#/trainer';
    renderWithProviders(<App />);
    expect(await screen.findByLabelText('Trainer token')).toBeInTheDocument();
    await waitFor(() => expect(sent).toContain('GET /api/training/sandboxes'));
    expect(sent.filter(needsSandbox)).toEqual([]);
  });
});
