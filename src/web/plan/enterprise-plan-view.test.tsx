// @vitest-environment jsdom
// The plan preview on Enterprise Edition: the same view and per-step panel as Basic, showing the transit routers'
// plan (use-enterprise-setup-plan.ts) read from the cloud through the Enterprise queries.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressStore } from '../state/progress-store';
import { journeyProgress } from '../test-support/enterprise-journey';
import { journeyHandlers, journeyWorld } from '../test-support/enterprise-journey-bff';
import { mockBffWorld } from '../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { clearPlanDraft } from './plan-draft';
import { PlanView } from './plan-view';
import { StepPlanPanel } from './step-plan-panel';

const { world } = mockBffWorld(() => journeyWorld('attached'), journeyHandlers);
const WAIT = { timeout: 30_000 };

beforeEach(() => {
  resetBrowserState();
  clearPlanDraft();
  progressStore.update((p) => ({ ...p, ...journeyProgress('attached') }));
});

const actions = (els: HTMLElement[]) => els.map((el) => el.getAttribute('data-action'));

describe('Plan preview on Enterprise Edition', () => {
  it('shows the transit routers’ plan: what is left in order, what is done, and why the next call waits', async () => {
    renderWithProviders(<PlanView />);
    await waitFor(() => expect(screen.getByText('Still to do (7)')).toBeInTheDocument(), WAIT);
    const remaining = within(screen.getByTestId('plan-view').querySelector('ol')!).getAllByTestId(
      'plan-call',
    );
    expect(actions(remaining)).toEqual([
      'Cbn.CreateTransitRouterPeerAttachment',
      'Cbn.AssociateTransitRouterAttachmentWithRouteTable',
      'Cbn.EnableTransitRouterRouteTablePropagation',
      'Cbn.AssociateTransitRouterAttachmentWithRouteTable',
      'Cbn.EnableTransitRouterRouteTablePropagation',
      'Vpc.CreateRouteEntry',
      'Vpc.CreateRouteEntry',
    ]);
    expect(remaining[0]).toHaveAttribute('data-status', 'blocked');
    expect(remaining[0]).toHaveTextContent(
      'Choose how the connection between the regions is paid in step 4.',
    );
    expect(screen.getByText('Already done (16)')).toBeInTheDocument();
    // The Basic journey's calls are not part of it.
    expect(world().calls).not.toContain('DescribeCenAttachedChildInstances');
    // No bandwidth plan chosen yet: the plan uses no package, so the preview reads none.
    expect(world().calls).not.toContain('DescribeCenBandwidthPackages');
    expect(screen.getByTestId('plan-view')).not.toHaveTextContent('Cbn.AttachCenChildInstance');
  });

  it('shows each step its own Enterprise calls', async () => {
    renderWithProviders(
      <>
        <StepPlanPanel step={3} />
        <StepPlanPanel step={5} />
      </>,
    );
    const [step3, step5] = await screen.findAllByTestId('step-plan-panel', {}, WAIT);
    await waitFor(() => expect(step3).toHaveTextContent('What will be sent (0)'), WAIT);
    await userEvent.click(within(step5!).getByText(/What will be sent/));
    await waitFor(() => expect(within(step5!).getAllByTestId('plan-call')).toHaveLength(7), WAIT);
    expect(within(step5!).getAllByTestId('plan-call')[6]).toHaveTextContent(
      '"DestinationCidrBlock": "172.16.0.0/16"',
    );
    expect(within(step5!).getAllByTestId('plan-call-account')[6]).toHaveTextContent('Account B');
    expect(within(step5!).getAllByTestId('plan-call')[0]).toHaveTextContent(
      'Choose how the connection between the regions is paid in step 4.',
    );
  });

  it('says the calls in Chinese', async () => {
    renderWithProviders(<PlanView />, { locale: 'zh' });
    await waitFor(() => expect(screen.getByText('待执行（7）')).toBeInTheDocument(), WAIT);
    expect(screen.getByTestId('plan-view')).toHaveTextContent('账号A创建跨地域连接');
  });
});
