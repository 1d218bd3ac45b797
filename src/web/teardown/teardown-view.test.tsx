// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { progressStore } from '../state/progress-store';
import {
  CEN,
  PKG,
  progressAfterStep5,
  VPC_A,
  VPC_B,
  worldAfterStep5,
  worldHandlers,
} from '../test-support/fake-cen-world';
import { mockBffWorld } from '../test-support/mock-bff';
import { DEMO_TEARDOWN_ACTIONS } from '../test-support/demo-teardown-order';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { teardownRun } from './teardown-run-store';
import { loadTeardown, saveTeardown } from './teardown-store';
import { TeardownView } from './teardown-view';

const { server, world } = mockBffWorld(worldAfterStep5, worldHandlers);

beforeEach(() => {
  resetBrowserState();
  teardownRun.reset();
  progressStore.update((p) => ({ ...p, ...progressAfterStep5() }));
});

describe('Guided teardown', () => {
  it('previews the order, warns about the prepaid package, asks first, then tears everything down', async () => {
    renderWithProviders(<TeardownView />);
    expect(screen.getByTestId('teardown-prepaid-warning')).toHaveTextContent(
      'A prepaid (subscription) bandwidth package cannot be deleted by API',
    );
    await waitFor(() => expect(screen.getAllByTestId('plan-call')).toHaveLength(6));
    expect(screen.getAllByTestId('plan-call').map((c) => c.getAttribute('data-action'))).toEqual(
      DEMO_TEARDOWN_ACTIONS,
    );
    expect(within(screen.getAllByTestId('plan-call')[0]!).getByTestId('plan-call-params')).toHaveTextContent(
      '"BandwidthLimit": 0',
    );
    expect(screen.getByTestId('teardown-warning')).toHaveTextContent(`${PKG} is prepaid`);

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tear down…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`Tear down ${CEN}?`);
    expect(world().writes).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Tear down' }));

    expect(await screen.findByTestId('teardown-complete', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(world().writes.map((w) => `${w.account}:${w.action}`)).toEqual([
      'A:SetCenInterRegionBandwidthLimit',
      'A:UnassociateCenBandwidthPackage',
      'A:DetachCenChildInstance',
      'A:DetachCenChildInstance',
      'A:DeleteCen',
      'B:RevokeInstanceFromCen',
    ]);
    expect(world().cen).toBeUndefined();
    expect(world().grant).toBe(false);
    // The revoke carried the token saved for its purpose.
    const token = progressStore.get().clientTokens[`teardown.RevokeInstanceFromCen:${CEN}:${VPC_B}`];
    expect(token).toBeTruthy();
    expect(world().writes.at(-1)?.params.ClientToken).toBe(token);
    expect(loadTeardown()?.finishedAt).toBeDefined();
    // The steps no longer point at the torn-down CEN, so none of them resumes a write of its own.
    expect(progressStore.get().cenId).toBeUndefined();
    expect(progressStore.get().bandwidthPackageId).toBeUndefined();
    expect(loadTeardown()?.bandwidthPackageId).toBe(PKG);
  });

  it('after a reload mid-way, offers to resume and sends only what remains', async () => {
    // Half-way: the connection is gone, the package unassociated, A's network detached; B's is still attached.
    world().limit = undefined;
    world().pkg = { status: 'Idle', cenIds: [], chargeType: 'PREPAY' };
    world().children.delete(VPC_A);
    saveTeardown({
      cenId: CEN,
      network: progressAfterStep5().network,
      bandwidthPackageId: PKG,
      startedAt: Date.parse('2026-11-25T18:00:00Z'),
    });
    renderWithProviders(<TeardownView />);
    const notice = await screen.findByTestId('teardown-resume');
    expect(notice).toHaveTextContent(`A teardown of ${CEN}`);
    expect(screen.queryByRole('button', { name: 'Tear down…' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('plan-call')).toHaveLength(3));

    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Resume teardown' }));
    expect(await screen.findByTestId('teardown-complete', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(world().writes.map((w) => w.action)).toEqual([
      'DetachCenChildInstance',
      'DeleteCen',
      'RevokeInstanceFromCen',
    ]);
    expect(world().writes[0]?.params.ChildInstanceId).toBe(VPC_B);
  });

  it('shows the cloud’s refusal, and Retry resumes from there (in Chinese)', async () => {
    const user = userEvent.setup();
    let refused = 0;
    server.use(
      http.post('/api/openapi/:action', ({ params }) => {
        if (String(params.action).endsWith('DeleteCen') && refused === 0) {
          refused += 1;
          return HttpResponse.json(
            {
              error: {
                code: 'Throttling.User',
                message: 'Request was denied due to user flow control.',
                httpStatus: 400,
                requestId: 'req-throttled',
                source: 'cloud',
              },
            },
            { status: 400 },
          );
        }
        // Nothing returned: msw falls through to the fake world's handler.
        return undefined;
      }),
    );
    renderWithProviders(<TeardownView />, { locale: 'zh' });
    expect(await screen.findByTestId('teardown-prepaid-warning')).toHaveTextContent('预付费');
    await waitFor(() => expect(screen.getAllByTestId('plan-call')).toHaveLength(6));
    await user.click(screen.getByRole('button', { name: '释放资源…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /^释\s?放$/ }));
    const alert = await screen.findByText('Throttling.User', {}, { timeout: 10_000 });
    expect(alert).toBeInTheDocument();
    expect(world().cen?.status).toBe('Active');
    await user.click(screen.getByRole('button', { name: /^重\s?试$/ }));
    expect(await screen.findByTestId('teardown-complete', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(world().writes.filter((w) => w.action === 'DetachCenChildInstance')).toHaveLength(2);
    expect(world().cen).toBeUndefined();
  });
});
