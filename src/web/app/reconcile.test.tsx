// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DEMO_ACCOUNTS, renderWithProviders, resetBrowserState } from '../test-support/render';
import { PROGRESS_KEY, progressStore, setCurrentStep } from '../state/progress-store';
import { useSavedProgressCheck } from '../state/saved-progress-check';
import { checkSavedProgress, Reconcile } from './reconcile';
import { describePage, noPackageHandlers } from '../test-support/mock-bff';

/** What the Steps bar shows of the check (app.tsx): busy until the cloud has answered. */
function CheckProbe() {
  return <output data-testid="checking">{String(useSavedProgressCheck())}</output>;
}

const CEN = 'cen-7qthudw0ll6jmc1234';
let cenStatus: string | null = 'Active';

const WORLD = 'w-reconcile0000000';

const server = setupServer(
  http.get('/api/accounts', () => HttpResponse.json(DEMO_ACCOUNTS)),
  http.get('/api/mock/world', () => HttpResponse.json({ worldId: WORLD })),
  http.post('/api/openapi/DescribeCens', () =>
    HttpResponse.json(describePage('Cens', 'Cen', cenStatus ? [{ CenId: CEN, Status: cenStatus }] : [])),
  ),
  http.post('/api/openapi/Vpc.DescribeGrantRulesToCen', () =>
    HttpResponse.json(
      describePage('CenGrantRules', 'CbnGrantRule', [{ CenInstanceId: CEN, CenOwnerId: '1262302482727553' }]),
    ),
  ),
  http.post('/api/openapi/DescribeCenAttachedChildInstances', () =>
    HttpResponse.json(
      describePage('ChildInstances', 'ChildInstance', [
        {
          CenId: CEN,
          ChildInstanceId: 'vpc-b1',
          ChildInstanceType: 'VPC',
          ChildInstanceRegionId: 'cn-beijing',
          ChildInstanceOwnerId: '9263584710374521',
          Status: 'Attached',
        },
      ]),
    ),
  ),
  ...noPackageHandlers,
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  cenStatus = 'Active';
});

describe('reconciling saved progress with the cloud on load', () => {
  it('marks steps 1–3 done from Describe calls and opens step 4', async () => {
    progressStore.update((p) => ({
      ...p,
      current: 0,
      cenId: CEN,
      network: { type: 'VPC', regionId: 'cn-beijing', instanceId: 'vpc-b1' },
    }));
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().current).toBe(3));
    const steps = progressStore.get().steps;
    expect([steps['1']?.status, steps['2']?.status, steps['3']?.status, steps['4']?.status]).toEqual([
      'finish',
      'finish',
      'finish',
      'wait',
    ]);
  });

  it('drops saved progress that fails the full schema (hand-edited or from an older version)', () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        current: 2,
        cenId: 42,
        clientTokens: {},
        steps: { '1': { status: 'bogus' } },
      }),
    );
    progressStore.reload();
    expect(progressStore.get().current).toBe(2); // the outline is enough for the first paint…
    checkSavedProgress(); // …and the full schema then drops it.
    expect(progressStore.get()).toEqual({ version: 1, current: 0, clientTokens: {}, steps: {} });
  });

  it('sends the user back to step 1 when the saved CEN is gone from the world it was made in', async () => {
    cenStatus = null;
    progressStore.update((p) => ({ ...p, current: 4, cenId: CEN, worldId: WORLD }));
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().current).toBe(0));
    expect(progressStore.get().steps['1']).toMatchObject({
      status: 'error',
      reason: 'InvalidCenInstanceId.NotFound',
    });
  });

  it('leaves the user on a step they opened while the reads were on their way', async () => {
    progressStore.update((p) => ({ ...p, current: 0, cenId: CEN }));
    renderWithProviders(<Reconcile />);
    setCurrentStep(4); // a click in the Steps bar before the answers
    await waitFor(() => expect(progressStore.get().steps['3']?.status).toBe('finish'));
    expect(progressStore.get().current).toBe(4);
  });

  it('says the saved progress is being checked until the last read has answered', async () => {
    let asked = false;
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.post('/api/openapi/DescribeCenInterRegionBandwidthLimits', async () => {
        asked = true;
        await answered;
        return HttpResponse.json(
          describePage('CenInterRegionBandwidthLimits', 'CenInterRegionBandwidthLimit', []),
        );
      }),
    );
    progressStore.update((p) => ({
      ...p,
      current: 4,
      cenId: CEN,
      network: { type: 'VPC', regionId: 'cn-beijing', instanceId: 'vpc-b1' },
    }));
    const view = renderWithProviders(
      <>
        <CheckProbe />
        <Reconcile />
      </>,
    );
    const checking = view.getByTestId('checking');
    expect(checking.textContent).toBe('true');
    // The reads are out; the held one keeps the check open.
    await waitFor(() => expect(asked).toBe(true));
    expect(checking.textContent).toBe('true');
    answer();
    await waitFor(() => expect(checking.textContent).toBe('false'));
    expect(progressStore.get().current).toBe(3);
  });

  it('has nothing to check when no CEN was saved', () => {
    const view = renderWithProviders(<CheckProbe />);
    expect(view.getByTestId('checking').textContent).toBe('false');
  });
});
