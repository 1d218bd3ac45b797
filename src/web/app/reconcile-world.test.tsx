// @vitest-environment jsdom
// Saved progress of another world of the mock cloud (a restart or a reset since it was saved) is explained and never
// matched with the resources of the world running now (world-check.ts, reconcile.tsx).
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DEMO_ACCOUNTS, renderWithProviders, resetBrowserState } from '../test-support/render';
import { progressStore } from '../state/progress-store';
import { Reconcile } from './reconcile';
import { describePage, noPackageHandlers } from '../test-support/mock-bff';

const CEN = 'cen-7qthudw0ll6jmc1234';
const NOW = 'w-now0000000000000';
const BEFORE = 'w-before0000000000';
let cloud: 'mock' | 'live' = 'mock';
let cens: { CenId: string; Status: string }[] = [];
let worldReads = 0;
let describeCalls = 0;

const server = setupServer(
  http.get('/api/accounts', () => HttpResponse.json({ ...DEMO_ACCOUNTS, cloud })),
  http.get('/api/mock/world', () => {
    worldReads += 1;
    return HttpResponse.json({ worldId: NOW });
  }),
  http.post('/api/openapi/DescribeCens', () => {
    describeCalls += 1;
    return HttpResponse.json(describePage('Cens', 'Cen', cens));
  }),
  http.post('/api/openapi/DescribeCenAttachedChildInstances', () =>
    HttpResponse.json(describePage('ChildInstances', 'ChildInstance', [])),
  ),
  ...noPackageHandlers,
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  cloud = 'mock';
  cens = [{ CenId: CEN, Status: 'Active' }];
  worldReads = 0;
  describeCalls = 0;
});

const STEPS_DONE = { '1': { status: 'finish' as const }, '2': { status: 'finish' as const } };

describe('saved progress and the world of the mock cloud', () => {
  it('of another world: says so, reads none of its IDs, and starts over in this world on request', async () => {
    // The same CEN ID exists in the new world (a reset rewinds a seeded mock): it must not be taken for ours.
    progressStore.update((p) => ({ ...p, current: 2, cenId: CEN, worldId: BEFORE, steps: STEPS_DONE }));
    renderWithProviders(<Reconcile />);
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(
      'The mock cloud was restarted (or reset): your saved progress belongs to another world.',
    );
    expect(notice).toHaveTextContent(CEN);
    expect(describeCalls).toBe(0);
    expect(progressStore.get()).toMatchObject({ cenId: CEN, worldId: BEFORE, current: 2 });

    await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(progressStore.get().worldId).toBe(NOW));
    expect(progressStore.get()).toEqual({
      version: 1,
      current: 0,
      clientTokens: {},
      steps: {},
      worldId: NOW,
    });
    expect(describeCalls).toBe(0);
  });

  it('says so in Chinese too', async () => {
    progressStore.update((p) => ({ ...p, cenId: CEN, worldId: BEFORE }));
    renderWithProviders(<Reconcile />, { locale: 'zh' });
    expect(await screen.findByRole('alert')).toHaveTextContent('模拟云已重启（或已重置）');
    expect(screen.getByRole('button', { name: '重新开始' })).toBeInTheDocument();
  });

  it('without a world (saved by an older console) and its CEN gone: of another world too, nothing changed', async () => {
    cens = [];
    progressStore.update((p) => ({ ...p, current: 3, cenId: CEN, steps: STEPS_DONE }));
    renderWithProviders(<Reconcile />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'your saved progress belongs to another world',
    );
    expect(progressStore.get()).toMatchObject({ current: 3, cenId: CEN, steps: STEPS_DONE });
    expect(progressStore.get().worldId).toBeUndefined();
  });

  it('without a world and its CEN still there: reconciled, then named after this world', async () => {
    progressStore.update((p) => ({ ...p, current: 0, cenId: CEN }));
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().worldId).toBe(NOW));
    expect(progressStore.get().steps['1']?.status).toBe('finish');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('of this world: reconciled as always, no notice', async () => {
    progressStore.update((p) => ({ ...p, current: 0, cenId: CEN, worldId: NOW }));
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().steps['1']?.status).toBe('finish'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(progressStore.get().worldId).toBe(NOW);
  });

  it('of another world but holding no ID: taken over without a word', async () => {
    progressStore.update((p) => ({ ...p, current: 1, worldId: BEFORE }));
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().worldId).toBe(NOW));
    expect(progressStore.get().current).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('named again after a reset empties it in this session', async () => {
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().worldId).toBe(NOW));
    act(() => progressStore.reset());
    await waitFor(() => expect(progressStore.get().worldId).toBe(NOW));
  });

  it('in live mode there is no world: nothing is read of it and the saved CEN is reconciled', async () => {
    cloud = 'live';
    progressStore.update((p) => ({ ...p, current: 0, cenId: CEN, worldId: BEFORE }));
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().steps['1']?.status).toBe('finish'));
    expect(worldReads).toBe(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
