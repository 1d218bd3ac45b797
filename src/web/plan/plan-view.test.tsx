// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressStore } from '../state/progress-store';
import { mockBffWorld } from '../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import {
  CEN,
  progressAfterStep5,
  VPC_A,
  VPC_B,
  worldAfterStep5,
  worldHandlers,
} from '../test-support/fake-cen-world';
import { clearPlanDraft, publishPlanDraft } from './plan-draft';
import { PlanView } from './plan-view';
import { StepPlanPanel } from './step-plan-panel';

const { useWorld } = mockBffWorld(worldAfterStep5, worldHandlers);

beforeEach(() => {
  resetBrowserState();
  clearPlanDraft();
});

const calls = () => screen.getAllByTestId('plan-call');
const actions = (els: HTMLElement[]) => els.map((el) => el.getAttribute('data-action'));

describe('Plan preview', () => {
  it('before anything is created: the tutorial order, each call by its account, blocked calls say why', async () => {
    useWorld({ grant: false, children: new Map(), writes: [] });
    progressStore.update((p) => ({
      ...p,
      network: progressAfterStep5().network,
      ownNetwork: progressAfterStep5().ownNetwork,
    }));
    publishPlanDraft({ cen: { name: 'DifferentAccountDifferentRegion' } });
    renderWithProviders(<PlanView />);
    await waitFor(() => expect(screen.queryByText('Reading the cloud…')).not.toBeInTheDocument());
    expect(actions(calls())).toEqual([
      'Cbn.CreateCen',
      'Cbn.AttachCenChildInstance',
      'Vpc.GrantInstanceToCen',
      'Cbn.AttachCenChildInstance',
      'Cbn.CreateCenBandwidthPackage',
      'Cbn.AssociateCenBandwidthPackage',
      'Cbn.SetCenInterRegionBandwidthLimit',
    ]);
    const [create, , grant] = calls();
    expect(create).toHaveAttribute('data-status', 'pending');
    expect(within(create!).getByTestId('plan-call-params')).toHaveTextContent(
      '"Name": "DifferentAccountDifferentRegion"',
    );
    // B acts in its network's region; the CEN ID is a placeholder until CreateCen answers.
    expect(within(grant!).getByTestId('plan-call-account')).toHaveTextContent('Account B');
    expect(grant).toHaveTextContent('Region: cn-beijing');
    expect(within(grant!).getByTestId('plan-call-params')).toHaveTextContent('"CenId": "{{cenId}}"');
    expect(within(grant!).getByTestId('plan-call-params')).toHaveTextContent(
      '"CenOwnerId": "1262302482727553"',
    );
    // The package is not chosen yet: blocked with the reason, not silently missing.
    const pkg = calls()[4]!;
    expect(pkg).toHaveAttribute('data-status', 'blocked');
    expect(pkg).toHaveTextContent('Choose the bandwidth package in step 4.');
    // Nobody has chosen the connection's bandwidth yet: shown as a placeholder, not as "0 Mbps" (which would
    // mean "remove the connection").
    const limit = calls()[6]!;
    expect(within(limit).getByTestId('plan-call-params')).toHaveTextContent(
      '"BandwidthLimit": "{{bandwidthLimit}}"',
    );
    expect(limit).toHaveTextContent('(chosen in step 5)');
    expect(document.body.textContent).not.toMatch(/demoSecret|AccessKeySecret/);
  });

  it('after step 1: the saved ClientToken and the real CEN ID are in the params of what remains', async () => {
    useWorld({
      cen: { status: 'Active', name: 'DifferentAccountDifferentRegion' },
      grant: false,
      children: new Map(),
      writes: [],
    });
    const token = '7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
    progressStore.update((p) => ({
      ...p,
      cenId: CEN,
      network: progressAfterStep5().network,
      clientTokens: { [`step2.GrantInstanceToCen:${CEN}:${VPC_B}`]: token },
    }));
    renderWithProviders(<PlanView />);
    await waitFor(() => expect(calls()[0]).toHaveAttribute('data-action', 'Vpc.GrantInstanceToCen'));
    const grant = calls()[0]!;
    expect(within(grant).getByTestId('plan-call-params')).toHaveTextContent(`"CenId": "${CEN}"`);
    expect(within(grant).getByTestId('plan-call-params')).toHaveTextContent(`"ClientToken": "${token}"`);
    // CreateCen is done: listed under "Already done", numbered first.
    expect(screen.getByText('Already done (1)')).toBeInTheDocument();
  });

  it('after step 5: nothing remains, every call done', async () => {
    useWorld(worldAfterStep5());
    progressStore.update((p) => ({ ...p, ...progressAfterStep5() }));
    renderWithProviders(<PlanView />);
    expect(
      await screen.findByText('Nothing left to do: every call of the setup is done.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Already done (7)')).toBeInTheDocument();
  });

  it('"What will be sent" in a step lists only that step’s calls, collapsible (native <details>)', async () => {
    useWorld({
      cen: { status: 'Active', name: 'X' },
      grant: true,
      children: new Map([[VPC_A, { region: 'cn-qingdao', owner: '1262302482727553', status: 'Attached' }]]),
      writes: [],
    });
    progressStore.update((p) => ({ ...p, cenId: CEN, ...{ network: progressAfterStep5().network } }));
    renderWithProviders(<StepPlanPanel step={3} />);
    const summary = await screen.findByText(/What will be sent \(1\)/);
    const details = screen.getByTestId('step-plan-panel');
    expect(details).not.toHaveAttribute('open');
    // A native <details>: Enter/Space on the summary is the browser's; the click is what jsdom implements.
    await userEvent.setup().click(summary);
    expect(details).toHaveAttribute('open');
    const [attach] = within(details).getAllByTestId('plan-call');
    expect(attach).toHaveAttribute('data-action', 'Cbn.AttachCenChildInstance');
    expect(within(attach!).getByTestId('plan-call-params')).toHaveTextContent(
      '"ChildInstanceOwnerId": "9263584710374521"',
    );
  });

  it('speaks Chinese', async () => {
    useWorld({ grant: false, children: new Map(), writes: [] });
    renderWithProviders(<PlanView />, { locale: 'zh' });
    expect(await screen.findByText('完整流程')).toBeInTheDocument();
    expect(await screen.findByText('账号A创建CEN实例')).toBeInTheDocument();
  });
});
