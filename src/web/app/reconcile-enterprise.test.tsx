// @vitest-environment jsdom
// Resume after reload on Enterprise Edition: the saved progress is checked against the routers, attachments, peer
// and routes (reconcile-enterprise.tsx), and the console opens the first step the cloud says is not done.
import { waitFor } from '@testing-library/react';
import { progressStore } from '../state/progress-store';
import { journeyProgress, type JourneyStage } from '../test-support/enterprise-journey';
import { journeyHandlers, journeyWorld } from '../test-support/enterprise-journey-bff';
import { mockBffWorld } from '../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { Reconcile } from './reconcile';

const { world, useWorld } = mockBffWorld(() => journeyWorld('attached'), journeyHandlers);
const WAIT = { timeout: 30_000 };

beforeEach(() => resetBrowserState());

/** Progress saved at `stage`, on step 1 with no step state: what a reload finds before the cloud is read. */
function saveProgress(stage: JourneyStage, extra: Partial<ReturnType<typeof progressStore.get>> = {}) {
  progressStore.update((p) => ({
    ...p,
    ...journeyProgress(stage),
    worldId: world().worldId,
    current: 0,
    ...extra,
  }));
}
const stepStatuses = () => {
  const steps = progressStore.get().steps;
  return [1, 2, 3, 4, 5].map((n) => steps[String(n)]?.status);
};

describe('reconciling an Enterprise journey on load', () => {
  it('marks steps 1–3 done from the routers, the grant and the attachments, and opens step 4', async () => {
    saveProgress('attached');
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().current).toBe(3), WAIT);
    expect(stepStatuses()).toEqual(['finish', 'finish', 'finish', 'wait', 'wait']);
    // The Basic journey's reads are not sent: an Enterprise CEN has no child instances to list.
    expect(world().calls).not.toContain('DescribeCenAttachedChildInstances');
    expect(world().calls).toContain('ListTransitRouterRouteTableAssociations');
  });

  it('keeps step 3 in progress while an attachment is still Attaching', async () => {
    useWorld(journeyWorld('attached', 'Attaching'));
    saveProgress('attached', { steps: { '3': { status: 'process', since: 1234 } } });
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(stepStatuses()[0]).toBe('finish'), WAIT);
    expect(progressStore.get().current).toBe(2);
    expect(progressStore.get().steps['3']).toEqual({ status: 'process', since: 1234 });
  });

  it('takes step 4 as done once the connection is paid by data transfer, and step 5 once the routes are Available', async () => {
    useWorld(journeyWorld('routed'));
    saveProgress('routed');
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().current).toBe(5), WAIT);
    expect(stepStatuses()).toEqual(['finish', 'finish', 'finish', 'finish', 'finish']);
  });

  it('keeps step 6 done (both pings answered) while steps 1–5 are, and asks for the ping again once one is not', async () => {
    useWorld(journeyWorld('routed'));
    saveProgress('routed', { steps: { '6': { status: 'finish' } } });
    const { unmount } = renderWithProviders(<Reconcile />);
    await waitFor(() => expect(stepStatuses()[4]).toBe('finish'), WAIT);
    expect(progressStore.get().steps['6']).toEqual({ status: 'finish' });
    unmount();

    resetBrowserState();
    useWorld(journeyWorld('peered'));
    saveProgress('peered', { steps: { '6': { status: 'finish' } } });
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(stepStatuses()[4]).toBe('process'), WAIT);
    expect(progressStore.get().steps['6']).toEqual({ status: 'wait' });
  });

  it('opens step 5 while the peer attachment has no route toward it yet', async () => {
    useWorld(journeyWorld('peered'));
    saveProgress('peered');
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().current).toBe(4), WAIT);
    expect(stepStatuses()).toEqual(['finish', 'finish', 'finish', 'finish', 'process']);
  });

  it('sends the user back to step 1 when the saved CEN is gone from the world it was made in', async () => {
    const gone = journeyWorld('attached');
    gone.sources.cen = null;
    useWorld(gone);
    saveProgress('attached', { current: 3 });
    renderWithProviders(<Reconcile />);
    await waitFor(() => expect(progressStore.get().current).toBe(0), WAIT);
    expect(progressStore.get().steps['1']).toMatchObject({
      status: 'error',
      reason: 'InvalidCenInstanceId.NotFound',
    });
  });
});
