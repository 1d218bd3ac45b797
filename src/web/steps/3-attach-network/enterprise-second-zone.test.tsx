// @vitest-environment jsdom
// Step 3 on Enterprise Edition, B's VPC with a vSwitch in one of the region's two zones only: the screen offers B a
// vSwitch in the other zone on the first free /24 of the VPC, sends Vpc CreateVSwitch as B only after the
// confirmation, and the attachment then maps both zones (test-support/fake-enterprise-attach.ts).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressStore } from '../../state/progress-store';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { VPC_B } from '../../test-support/fake-cen-world';
import { enterpriseProgress } from '../../test-support/fake-enterprise-world';
import { mockStep3World } from '../../test-support/fake-enterprise-attach';
import { AttachNetworkStep } from './attach-network-step';

/** A ceiling for each wait, not a delay: the machine may be loaded. */
const PATIENT = { timeout: 30_000 };

const { world, att } = mockStep3World(({ att }) => {
  // B's VPC (192.168.0.0/16) keeps only its vSwitch in cn-beijing-b, 192.168.1.0/24.
  att.vSwitches = att.vSwitches.filter((v) => v.zoneId !== 'cn-beijing-c');
});
beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, ...enterpriseProgress, current: 3 }));
});

const side = (s: 'A' | 'B') => screen.getByTestId(`tr-attach-side-${s}`);

it('lets B create a vSwitch in the second zone after a confirmation, then attaches in both zones', async () => {
  const user = userEvent.setup();
  renderWithProviders(<AttachNetworkStep />);
  const create = await screen.findByRole(
    'button',
    { name: 'Account B: create a vSwitch in cn-beijing-c (192.168.0.0/24)' },
    PATIENT,
  );
  // A's VPC has one zone in a one-zone region: nothing to propose there.
  expect(within(side('A')).queryByRole('button', { name: /create a vSwitch/ })).not.toBeInTheDocument();
  await user.click(create);
  expect(world().writes).toEqual([]);
  const confirm = await screen.findByRole('tooltip', {}, PATIENT);
  expect(confirm).toHaveTextContent(`Account B creates a vSwitch in its VPC ${VPC_B}, zone cn-beijing-c`);
  await user.click(within(confirm).getByRole('button', { name: 'Create it' }));
  await waitFor(() => expect(world().writes.map((w) => w.action)).toEqual(['CreateVSwitch']), PATIENT);
  expect(world().writes[0]).toMatchObject({
    account: 'B',
    params: { RegionId: 'cn-beijing', VpcId: VPC_B, ZoneId: 'cn-beijing-c', CidrBlock: '192.168.0.0/24' },
  });
  // The lists are read again: the risk and the offer are gone, and zone 2 preselects the new vSwitch.
  await waitFor(
    () => expect(side('B')).not.toHaveTextContent('This VPC has a usable vSwitch in one zone only'),
    PATIENT,
  );
  expect(screen.queryByRole('button', { name: /create a vSwitch/ })).not.toBeInTheDocument();
  await user.click(within(side('B')).getByRole('button', { name: 'Attach Account B’s VPC' }));
  await waitFor(
    () =>
      expect(
        world().writes.find((w) => w.action === 'CreateTransitRouterVpcAttachment')?.params.ZoneMappings,
      ).toEqual([
        { ZoneId: 'cn-beijing-c', VSwitchId: att().vSwitches.find((v) => v.zoneId === 'cn-beijing-c')?.id },
        { ZoneId: 'cn-beijing-b', VSwitchId: 'vsw-bbeijing1' },
      ]),
    PATIENT,
  );
}, 120_000);
