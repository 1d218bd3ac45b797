// @vitest-environment jsdom
// The plan preview: before the click, "What will be sent" under steps 1, 4 and 5 shows the parameters the
// user is typing — and the very ClientToken the click then sends — while a value the form would refuse is shown
// as a blocked call with the field's rule, never as a call with that value in it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describeLimitProblem, PACKAGE_BANDWIDTH_RULE } from '../../domain/bandwidth';
import { CEN_NAME_RULE } from '../../domain/cen';
import { progressStore } from '../state/progress-store';
import { BandwidthPackageStep } from './4-bandwidth-package/bandwidth-package-step';
import { CreateCenStep } from './1-create-cen/create-cen-step';
import { CrossRegionBandwidthStep } from './5-cross-region-bandwidth/cross-region-bandwidth-step';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { chooseOption } from '../test-support/select';
import { CEN, UID_A, UID_B, VPC_A, VPC_B, worldHandlers, type World } from '../test-support/fake-cen-world';
import { usePlanDraft } from '../plan/plan-draft';
import { StepPlanPanel } from '../plan/step-plan-panel';

interface Body {
  account: string;
  params: Record<string, unknown>;
}

const NEW_PKG = 'cenbwp-newly0bought0000001';
let world: World = { grant: false, children: new Map(), writes: [] };
const sent: Record<string, Body[]> = {};
const record = (action: string, reply: Record<string, unknown>) =>
  http.post(`/api/openapi/${action}`, async ({ request }) => {
    (sent[action] ??= []).push((await request.json()) as Body);
    return HttpResponse.json({ RequestId: `req-${action}`, ...reply });
  });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  for (const key of Object.keys(sent)) delete sent[key];
});
afterEach(() => server.resetHandlers());

function useWorld(w: World) {
  world = w;
  server.use(
    record('Cbn.CreateCen', { CenId: CEN }),
    record('Cbn.CreateCenBandwidthPackage', { CenBandwidthPackageId: NEW_PKG }),
    ...worldHandlers(world),
  );
}

const attached = (): World['children'] =>
  new Map([
    [VPC_A, { region: 'cn-qingdao', owner: UID_A, status: 'Attached' }],
    [VPC_B, { region: 'cn-beijing', owner: UID_B, status: 'Attached' }],
  ]);

/** Opens "What will be sent" and returns the call of that action in it. */
async function previewCall(action: string): Promise<HTMLElement> {
  const panel = await screen.findByTestId('step-plan-panel');
  if (!panel.hasAttribute('open'))
    await userEvent.setup().click(within(panel).getByText(/What will be sent/));
  const calls = within(panel).getAllByTestId('plan-call');
  const call = calls.find((c) => c.getAttribute('data-action') === action);
  if (!call) throw new Error(`${action} is not in the preview: ${calls.map((c) => c.dataset.action).join()}`);
  return call;
}

const paramsOf = async (action: string) =>
  JSON.parse(within(await previewCall(action)).getByTestId('plan-call-params').textContent ?? '{}') as Record<
    string,
    unknown
  >;

/** Shows what the draft store holds, so a test can wait for a form's publication to land. */
function DraftProbe() {
  return <output data-testid="draft">{JSON.stringify(usePlanDraft())}</output>;
}

describe('Step 1 publishes the typed CEN to the preview', () => {
  it('shows Name, Description and the ClientToken before the click; the click sends exactly that token', async () => {
    useWorld({ grant: false, children: new Map(), writes: [] });
    renderWithProviders(
      <>
        <CreateCenStep />
        <StepPlanPanel step={1} />
      </>,
    );
    const user = userEvent.setup();
    const create = await previewCall('Cbn.CreateCen');
    expect(create).toHaveAttribute('data-status', 'blocked');
    expect(create).toHaveTextContent('Enter the CEN name in step 1.');

    await user.type(screen.getByLabelText('Name'), 'DifferentAccountDifferentRegion');
    await user.type(screen.getByLabelText('Description'), 'tutorial');
    await waitFor(async () =>
      expect(await previewCall('Cbn.CreateCen')).toHaveAttribute('data-status', 'pending'),
    );
    const params = await paramsOf('Cbn.CreateCen');
    expect(params).toMatchObject({ Name: 'DifferentAccountDifferentRegion', Description: 'tutorial' });
    // The token shown is the saved one the step will send (progress-store.ts clientTokenFor).
    expect(params.ClientToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(progressStore.get().clientTokens['step1.CreateCen']).toBe(params.ClientToken);
    expect(sent['Cbn.CreateCen']).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    await waitFor(() => expect(sent['Cbn.CreateCen']).toHaveLength(1));
    expect(sent['Cbn.CreateCen']?.[0]?.params).toEqual({
      Name: 'DifferentAccountDifferentRegion',
      Description: 'tutorial',
      ClientToken: params.ClientToken,
    });
  });

  it('an invalid name is a blocked call with the rule, not a call carrying that name', async () => {
    useWorld({ grant: false, children: new Map(), writes: [] });
    renderWithProviders(
      <>
        <CreateCenStep />
        <StepPlanPanel step={1} />
        <DraftProbe />
      </>,
    );
    await userEvent.setup().type(screen.getByLabelText('Name'), '1abc');
    await waitFor(() => expect(screen.getByTestId('draft')).toHaveTextContent('"problems"'));
    const create = await previewCall('Cbn.CreateCen');
    expect(create).toHaveAttribute('data-status', 'blocked');
    expect(create).toHaveTextContent(`Step 1: ${CEN_NAME_RULE}`);
    expect(create).not.toHaveTextContent('1abc');
    expect(progressStore.get().clientTokens['step1.CreateCen']).toBeUndefined();
  });

  it('the draft goes with the form: leaving the step clears it', async () => {
    useWorld({ grant: false, children: new Map(), writes: [] });
    const view = renderWithProviders(
      <>
        <CreateCenStep />
        <DraftProbe />
      </>,
    );
    await userEvent.setup().type(screen.getByLabelText('Name'), 'Draft1');
    await waitFor(() => expect(screen.getByTestId('draft')).toHaveTextContent('"name":"Draft1"'));
    view.rerender(<DraftProbe />);
    await waitFor(() => expect(screen.getByTestId('draft')).toHaveTextContent('{}'));
  });
});

describe('Step 4 publishes the typed package to the preview', () => {
  beforeEach(() => progressStore.update((p) => ({ ...p, cenId: CEN, current: 3 })));
  const world4 = (): World => ({
    cen: { status: 'Active', name: 'X' },
    grant: true,
    children: attached(),
    writes: [],
  });

  it('shows bandwidth, areas, the chosen period and the ClientToken; the click sends the same', async () => {
    useWorld(world4());
    renderWithProviders(
      <>
        <BandwidthPackageStep />
        <StepPlanPanel step={4} />
      </>,
    );
    const user = userEvent.setup();
    await screen.findByText(/China North 1 \(Qingdao\), China North 2 \(Beijing\)/);
    expect(await previewCall('Cbn.CreateCenBandwidthPackage')).toHaveTextContent(
      'Choose the bandwidth package in step 4.',
    );
    await user.type(screen.getByLabelText('Bandwidth'), '8');
    await user.type(screen.getByLabelText('Bandwidth Package Name'), 'MainlandBandwidthPackage');
    // Held as 'Month:3' by the form: the preview must show PricingCycle Month and Period 3.
    await chooseOption(user, 'Purchase Period', '3 month(s)');
    await waitFor(async () => expect((await paramsOf('Cbn.CreateCenBandwidthPackage')).Period).toBe(3));
    const params = await paramsOf('Cbn.CreateCenBandwidthPackage');
    expect(params).toMatchObject({
      Bandwidth: 8,
      GeographicRegionAId: 'China',
      GeographicRegionBId: 'China',
      BandwidthPackageChargeType: 'PREPAY',
      PricingCycle: 'Month',
      Period: 3,
      AutoPay: true,
      Name: 'MainlandBandwidthPackage',
    });
    expect(await previewCall('Cbn.CreateCenBandwidthPackage')).toHaveAttribute('data-status', 'pending');
    expect(params.ClientToken).toBe(progressStore.get().clientTokens['step4.CreateCenBandwidthPackage']);
    expect(sent['Cbn.CreateCenBandwidthPackage']).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Buy bandwidth package' }));
    await waitFor(() => expect(sent['Cbn.CreateCenBandwidthPackage']).toHaveLength(1));
    // The preview was the request: same parameters, same token.
    expect(sent['Cbn.CreateCenBandwidthPackage']?.[0]?.params).toEqual(params);
    // The cloud never lists the period again, so the step keeps what it bought (the exports read it).
    await waitFor(() =>
      expect(progressStore.get().packageTerm).toEqual({ id: NEW_PKG, pricingCycle: 'Month', period: 3 }),
    );
  });

  it('a bandwidth out of range is a blocked call with the rule, not a call for 1 Mbps', async () => {
    useWorld(world4());
    renderWithProviders(
      <>
        <BandwidthPackageStep />
        <StepPlanPanel step={4} />
        <DraftProbe />
      </>,
    );
    const user = userEvent.setup();
    await screen.findByText(/China North 1 \(Qingdao\)/);
    await user.type(screen.getByLabelText('Bandwidth'), '1');
    await user.type(screen.getByLabelText('Bandwidth Package Name'), 'MainlandBandwidthPackage');
    await waitFor(() => expect(screen.getByTestId('draft')).toHaveTextContent('"problems"'));
    const call = await previewCall('Cbn.CreateCenBandwidthPackage');
    expect(call).toHaveAttribute('data-status', 'blocked');
    expect(call).toHaveTextContent(`Step 4: ${PACKAGE_BANDWIDTH_RULE}`);
    expect(call).not.toHaveTextContent('MainlandBandwidthPackage');
    expect(within(call).queryByTestId('plan-call-params')).toBeNull();
  });
});

describe('Step 5 publishes the typed connection to the preview', () => {
  beforeEach(() => progressStore.update((p) => ({ ...p, cenId: CEN, current: 4 })));
  const world5 = (): World => ({
    cen: { status: 'Active', name: 'X' },
    grant: true,
    children: attached(),
    pkg: { status: 'InUse', cenIds: [CEN], chargeType: 'PREPAY' },
    writes: [],
  });

  it('shows the regions and the typed bandwidth instead of the placeholder', async () => {
    useWorld(world5());
    renderWithProviders(
      <>
        <CrossRegionBandwidthStep />
        <StepPlanPanel step={5} />
      </>,
    );
    await screen.findByTestId('package-budget');
    const before = await previewCall('Cbn.SetCenInterRegionBandwidthLimit');
    expect(within(before).getByTestId('plan-call-params')).toHaveTextContent(
      '"BandwidthLimit": "{{bandwidthLimit}}"',
    );
    await userEvent.setup().type(screen.getByLabelText('Bandwidth'), '5');
    await waitFor(async () =>
      expect((await paramsOf('Cbn.SetCenInterRegionBandwidthLimit')).BandwidthLimit).toBe(5),
    );
    const call = await previewCall('Cbn.SetCenInterRegionBandwidthLimit');
    expect(call).toHaveAttribute('data-status', 'pending');
    expect(await paramsOf('Cbn.SetCenInterRegionBandwidthLimit')).toEqual({
      CenId: CEN,
      LocalRegionId: 'cn-qingdao',
      OppositeRegionId: 'cn-beijing',
      BandwidthLimit: 5,
      BandwidthType: 'BandwidthPackage',
    });
    expect(world.writes).toEqual([]);
  });

  it('more than the package holds is blocked with the budget rule, not a call for 50 Mbps', async () => {
    useWorld(world5());
    renderWithProviders(
      <>
        <CrossRegionBandwidthStep />
        <StepPlanPanel step={5} />
        <DraftProbe />
      </>,
    );
    await screen.findByTestId('package-budget');
    await userEvent.setup().type(screen.getByLabelText('Bandwidth'), '50');
    await waitFor(() => expect(screen.getByTestId('draft')).toHaveTextContent('"problems"'));
    const call = await previewCall('Cbn.SetCenInterRegionBandwidthLimit');
    expect(call).toHaveAttribute('data-status', 'blocked');
    expect(call).toHaveTextContent(`Step 5: ${describeLimitProblem({ kind: 'range', min: 1, max: 8 })}`);
    expect(within(call).getByTestId('plan-call-params')).not.toHaveTextContent('50');
  });
});
