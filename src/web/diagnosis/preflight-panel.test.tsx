// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressStore } from '../state/progress-store';
import { demoAccountsHandler, mockBffWorld } from '../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { CEN, fakeCloudHandlers, makeWorld, UID_A } from '../test-support/fake-diagnosis-cloud';
import { PreflightPanel, type PreflightPanelProps } from './preflight-panel';

// Step 3's situation: B's VPC is not attached yet.
const { world } = mockBffWorld(
  () => Object.assign(makeWorld(), { attachedB: false }),
  (w) => [demoAccountsHandler, ...fakeCloudHandlers(w)],
);

beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, cenId: CEN }));
});

const attachB: PreflightPanelProps = { toAttach: [{ account: 'B', regionId: 'cn-beijing', vpcId: 'vpc-b' }] };

async function item(id: string) {
  return screen.findByTestId(`preflight-item-${id}`, {}, { timeout: 8000 });
}

describe('Preflight panel', () => {
  it('passes a granted network with disjoint CIDRs and says so with the evidence', async () => {
    renderWithProviders(<PreflightPanel {...attachB} />);
    const grant = await item('grant:vpc-b');
    expect(grant).toHaveAttribute('data-verdict', 'pass');
    expect(grant).toHaveTextContent(`vpc-b is granted to ${CEN}, owner UID ${UID_A}.`);
    const cidr = await item('cidr:vpc-b:vpc-a');
    expect(cidr).toHaveTextContent('Pass');
    expect(cidr).toHaveTextContent('vpc-b (192.168.0.0/16) and vpc-a (172.16.0.0/16) do not overlap.');
  });

  it('blocks a missing grant, offers GrantInstanceToCen and sends it only after confirmation', async () => {
    world().grantsB = [];
    const user = userEvent.setup();
    renderWithProviders(<PreflightPanel {...attachB} />);
    const grant = await item('grant:vpc-b');
    expect(grant).toHaveAttribute('data-verdict', 'blocking');
    expect(grant).toHaveTextContent('Blocking');
    expect(grant).toHaveTextContent(`Account B has not granted vpc-b to ${CEN}`);
    expect(grant).toHaveTextContent(`grant vpc-b to CEN ${CEN} with CEN owner UID ${UID_A}`);
    expect(screen.getByTestId('preflight-summary')).toHaveTextContent('1 blocking');

    await user.click(within(grant).getByTestId('fix-button'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('fix-params')).toHaveTextContent(`"CenOwnerId": "${UID_A}"`);
    expect(world().calls.filter((c) => c.action === 'Vpc.GrantInstanceToCen')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Send it' }));
    await waitFor(() =>
      expect(screen.getByTestId('preflight-item-grant:vpc-b')).toHaveAttribute('data-verdict', 'pass'),
    );
    const sent = world().calls.filter((c) => c.action === 'Vpc.GrantInstanceToCen');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      account: 'B',
      params: { InstanceId: 'vpc-b', CenId: CEN, CenOwnerId: UID_A },
    });
  });

  it('blocks identical CIDR blocks, naming both', async () => {
    world().cidrB = '172.16.0.0/16';
    renderWithProviders(<PreflightPanel {...attachB} />);
    const cidr = await item('cidr:vpc-b:vpc-a');
    expect(cidr).toHaveAttribute('data-verdict', 'blocking');
    expect(cidr).toHaveTextContent('vpc-b uses 172.16.0.0/16 and vpc-a uses 172.16.0.0/16: the same block.');
  });

  it('is "could not inspect" when neither account may read the grants — not a pass', async () => {
    world().forbidden.add('B:Vpc.DescribeGrantRulesToCen');
    world().forbidden.add('A:Cbn.DescribeGrantRulesToCen');
    renderWithProviders(<PreflightPanel {...attachB} />);
    const grant = await item('grant:vpc-b');
    expect(grant).toHaveAttribute('data-verdict', 'unknown');
    expect(grant).toHaveTextContent('Could not inspect');
    expect(grant).toHaveTextContent('Forbidden.RAM');
  });

  it('shows the numbers when a region connection would exceed the package (step 5)', async () => {
    world().attachedB = true;
    // The package (10 Mbps) already gives 5 Mbps to Qingdao ↔ Beijing.
    renderWithProviders(
      <PreflightPanel
        connections={[{ localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-hangzhou', bandwidthLimit: 6 }]}
      />,
    );
    const limit = await item('limit:cn-hangzhou:cn-qingdao');
    expect(limit).toHaveAttribute('data-verdict', 'blocking');
    expect(limit).toHaveTextContent(
      '6 Mbps does not fit: 5 Mbps of the package’s 10 Mbps is allocated to other connections, so 5 Mbps is left.',
    );
    expect(limit).toHaveTextContent('Set at most 5 Mbps');
  });

  it('speaks Chinese when the console does', async () => {
    world().grantsB = [];
    renderWithProviders(<PreflightPanel {...attachB} />, { locale: 'zh' });
    const grant = await item('grant:vpc-b');
    expect(grant).toHaveTextContent('阻断');
    expect(grant).toHaveTextContent('依据');
  });
});
