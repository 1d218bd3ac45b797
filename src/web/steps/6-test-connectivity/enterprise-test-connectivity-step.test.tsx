// @vitest-environment jsdom
// Step 6 on Enterprise Edition against a fake world with steps 1–5 done (test-support/fake-enterprise-path.ts):
// the path check follows the transit routers' hops in the domain's words, names the first blocking one and offers
// its one-call fix (the setup plan's own call) behind the confirmation, then checks again — by itself while the
// fixed link is still changing — and the step is done once both pings answer.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PEER, TABLE, ROUTER_B, VPC_ATTACHMENT } from '../../test-support/fake-enterprise-connection';
import {
  INSTANCE,
  pathHandlers,
  pathProgress,
  pathWorld,
  type PathWorld,
} from '../../test-support/fake-enterprise-path';
import { mockBffWorld } from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { progressStore } from '../../state/progress-store';
import { TestConnectivityStep } from './test-connectivity-step';

/** A ceiling for each wait, not a delay: the machine may be loaded. */
const PATIENT = { timeout: 30_000 };

const { world } = mockBffWorld<PathWorld>(pathWorld, pathHandlers);

function seed() {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, ...pathProgress, current: 5 }));
}

async function check(locale?: 'en' | 'zh') {
  const user = userEvent.setup();
  renderWithProviders(<TestConnectivityStep />, locale ? { locale } : {});
  await user.click(await screen.findByTestId('diagnosis-run', {}, PATIENT));
  return { user, verdict: await screen.findByTestId('diagnosis-verdict', {}, PATIENT) };
}

const writes = (action: string) => world().writes.filter((w) => w.action === action);
const step6 = () => progressStore.get().steps['6']?.status;

describe('Step 6 on Enterprise Edition', () => {
  it('checks the transit routers’ path both ways, and is done once both pings answer', async () => {
    seed();
    const { user, verdict } = await check();
    expect(verdict).toHaveTextContent('Reachable');
    const aToB = screen.getByTestId('direction-A-B');
    // The Enterprise hops, in the domain's words; no Basic bandwidth hop.
    expect(within(aToB).getByTestId('hop-peer-attachment')).toHaveAttribute('data-verdict', 'pass');
    expect(within(aToB).getByTestId('hop-peer-attachment')).toHaveTextContent(
      'The transit routers in China North 1 (Qingdao) [cn-qingdao] and China North 2 (Beijing) [cn-beijing] are connected',
    );
    expect(within(aToB).getByTestId('hop-target-propagation')).toHaveAttribute('data-verdict', 'pass');
    expect(within(aToB).queryByTestId('hop-region-connection')).toBeNull();
    // Nothing was written by the check.
    expect(world().writes).toEqual([]);

    await user.click(
      within(screen.getByTestId('ping-A')).getByRole('button', { name: /ping -c 4 192\.168\.1\.20/ }),
    );
    expect(await screen.findByTestId('ping-A-outcome', {}, PATIENT)).toBeInTheDocument();
    // One way answered is not the step: the tutorial pings both ways.
    expect(step6()).not.toBe('finish');
    await user.click(
      within(screen.getByTestId('ping-B')).getByRole('button', { name: /ping -c 4 172\.16\.1\.10/ }),
    );
    await waitFor(() => expect(step6()).toBe('finish'), PATIENT);
    expect(world().pings.sort()).toEqual([INSTANCE.A.id, INSTANCE.B.id].sort());
  });

  it('names B’s missing propagation, sends the plan’s own call after confirmation, waits, then passes', async () => {
    seed();
    const w = world();
    w.propagations = w.propagations.filter((l) => l.attachmentId !== VPC_ATTACHMENT.B);
    const { user, verdict } = await check();
    expect(verdict).toHaveTextContent('Blocked');
    const hop = within(screen.getByTestId('direction-A-B')).getByTestId('hop-target-propagation');
    expect(hop).toHaveAttribute('data-verdict', 'blocked');
    expect(hop).toHaveAttribute('aria-current', 'step');
    expect(hop).toHaveTextContent(VPC_ATTACHMENT.B);

    await user.click(within(hop).getByTestId('fix-button'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Cbn.EnableTransitRouterRouteTablePropagation');
    const shown = JSON.parse(within(dialog).getByTestId('fix-params').textContent ?? '') as Record<
      string,
      unknown
    >;
    expect(shown).toMatchObject({
      TransitRouterAttachmentId: VPC_ATTACHMENT.B,
      TransitRouterRouteTableId: TABLE[ROUTER_B],
    });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(writes('EnableTransitRouterRouteTablePropagation')).toHaveLength(0);

    await user.click(within(hop).getByTestId('fix-button'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Send it' }));
    await waitFor(() => expect(writes('EnableTransitRouterRouteTablePropagation')).toHaveLength(1), PATIENT);
    // Sent exactly as shown, A's keys (the CEN owner's).
    expect(writes('EnableTransitRouterRouteTablePropagation')[0]).toMatchObject({
      account: 'A',
      params: shown,
    });
    // Checked again: Enabling is "wait", not a second fix.
    await waitFor(
      () =>
        expect(
          within(screen.getByTestId('direction-A-B')).getByTestId('hop-target-propagation'),
        ).toHaveTextContent('Wait until it is Active'),
      PATIENT,
    );
    w.settle();
    // No click: the check runs again by itself while a status is changing.
    await waitFor(
      () => expect(screen.getByTestId('diagnosis-verdict')).toHaveTextContent('Reachable'),
      PATIENT,
    );
    expect(writes('EnableTransitRouterRouteTablePropagation')).toHaveLength(1);
    expect(w.propagations.some((l) => l.attachmentId === PEER)).toBe(true);
  });

  it('names a missing VPC route in Chinese, with B’s own route entry as the fix', async () => {
    seed();
    const w = world();
    w.vpcRoutes = w.vpcRoutes.filter((r) => r.account !== 'B');
    const { verdict } = await check('zh');
    expect(verdict).toHaveTextContent('连通性被阻断');
    const hop = within(screen.getByTestId('direction-B-A')).getByTestId('hop-route-out');
    expect(hop).toHaveAttribute('data-verdict', 'blocked');
    expect(hop).toHaveAttribute('aria-current', 'step');
    expect(hop).toHaveTextContent('将去往');
    expect(within(hop).getByTestId('fix-button')).toHaveTextContent('Vpc.CreateRouteEntry');
    expect(within(hop).getByTestId('fix-button')).toHaveTextContent('账号 B');
  });
});
