// @vitest-environment jsdom
// Step 2 on Enterprise Edition against a fake enterprise world plus B's grants (test-support/fake-enterprise-grants.ts):
// B grants the VPC of step 1 to A's CEN with GrantInstanceToTransitRouter and the chosen payer, the grant is listed
// with how it stands, a grant under a wrong owner UID is shown and revoked first, and a grant made earlier counts.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bffRequest } from '../../../domain/plan/plan-runner';
import { grantToRouterCall } from '../../../domain/plan/enterprise-setup-calls';
import { progressStore } from '../../state/progress-store';
import { mockBff } from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { UID_A, VPC_B } from '../../test-support/fake-cen-world';
import {
  enterpriseHandlers,
  enterpriseProgress,
  enterpriseWorld,
  TR_CEN,
} from '../../test-support/fake-enterprise-world';
import { grantHandlers, grantWorld, type GrantWorld } from '../../test-support/fake-enterprise-grants';
import { AuthorizeStep } from './authorize-step';

/** A ceiling for each wait, not a delay: the machine may be loaded. */
const PATIENT = { timeout: 30_000 };
const UID_C = '1388512460097734';
const B_VPC = { id: VPC_B, regionId: 'cn-beijing' };

let grants: GrantWorld = grantWorld(B_VPC);
const server = mockBff();
beforeEach(() => {
  resetBrowserState();
  grants = grantWorld(B_VPC);
  server.use(...grantHandlers(grants), ...enterpriseHandlers(enterpriseWorld()));
  progressStore.update((p) => ({ ...p, ...enterpriseProgress, current: 1 }));
});

const grantButton = () => screen.getByRole('button', { name: 'Grant to the CEN' });

describe('Step 2 on Enterprise Edition', () => {
  it('grants B’s VPC to A’s CEN with the payer chosen by keyboard, lists the grant as a match, and is done', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuthorizeStep />);
    expect(screen.getByLabelText('CEN ID')).toHaveValue(TR_CEN);
    await waitFor(() => expect(screen.getByLabelText("Account A's UID")).toHaveValue(UID_A), PATIENT);
    expect(screen.getByLabelText('Account B’s VPC')).toHaveValue(`${VPC_B} (China North 2 (Beijing))`);
    expect(screen.getByTestId('account-badge-B')).toBeInTheDocument();
    expect(
      await screen.findByText('This VPC is not granted to any CEN yet.', {}, PATIENT),
    ).toBeInTheDocument();

    // Each payer is a labelled radio explained in words; A pays unless B says otherwise.
    const byA = screen.getByRole('radio', { name: /Account A, the CEN’s owner, pays/ });
    const byB = screen.getByRole('radio', { name: /Account B, the VPC’s owner, pays/ });
    expect(byA).toBeChecked();
    expect(byB).toHaveAccessibleDescription(/go to Account B’s bill/);
    byA.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(byB).toBeChecked(), PATIENT);
    expect(progressStore.get().grantOrderType).toBe('PayByResourceOwner');

    await waitFor(() => expect(grantButton()).toBeEnabled(), PATIENT);
    grantButton().focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText(new RegExp(`Account B has granted ${VPC_B} to ${TR_CEN}`), {}, PATIENT),
    ).toBeInTheDocument();

    expect(grants.writes).toHaveLength(1);
    const call = grantToRouterCall(
      { vpcId: VPC_B, regionId: 'cn-beijing' },
      TR_CEN,
      UID_A,
      'PayByResourceOwner',
      { status: 'pending' },
    );
    expect(grants.writes[0]).toMatchObject({ action: 'GrantInstanceToTransitRouter', account: 'B' });
    expect(grants.writes[0]?.params).toEqual(bffRequest(call).body.params);
    expect(grants.writes[0]?.params).toMatchObject({
      CenId: TR_CEN,
      CenOwnerId: UID_A,
      InstanceId: VPC_B,
      InstanceType: 'VPC',
      RegionId: 'cn-beijing',
      OrderType: 'PayByResourceOwner',
    });
    const row = await screen.findByTestId(`tr-grant-${TR_CEN}`, {}, PATIENT);
    expect(row).toHaveTextContent(UID_A);
    expect(row).toHaveTextContent('PayByResourceOwner');
    expect(within(row).getByTestId(`tr-grant-match-${TR_CEN}`)).toHaveTextContent('This CEN, Account A');
    expect(screen.queryByRole('button', { name: 'Grant to the CEN' })).not.toBeInTheDocument();
    expect(byB).toBeDisabled();
    expect(progressStore.get().steps['2']?.status).toBe('finish');
  }, 120_000);

  it('shows a grant to this CEN under a wrong owner UID, revokes it after a confirmation, then grants', async () => {
    grants.grants.push({
      cenId: TR_CEN,
      cenOwnerId: UID_C,
      vpcId: VPC_B,
      regionId: 'cn-beijing',
      orderType: 'PayByCenOwner',
    });
    const user = userEvent.setup();
    renderWithProviders(<AuthorizeStep />);
    expect(await screen.findByTestId('tr-grant-wrong-owner', {}, PATIENT)).toHaveTextContent(
      `owner UID ${UID_C}, which is not Account A’s (${UID_A})`,
    );
    expect(screen.getByTestId(`tr-grant-match-${TR_CEN}`)).toHaveTextContent(
      'This CEN, but the owner UID is not Account A’s',
    );
    expect(grantButton()).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(grants.writes).toEqual([]);
    const confirm = await screen.findByRole('tooltip', {}, PATIENT);
    await user.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(grantButton()).toBeEnabled(), PATIENT);
    expect(grants.writes.map((w) => [w.action, w.params.CenOwnerId])).toEqual([
      ['RevokeInstanceFromTransitRouter', UID_C],
    ]);
    expect(grants.writes[0]?.params).toMatchObject({
      CenId: TR_CEN,
      InstanceId: VPC_B,
      InstanceType: 'VPC',
      RegionId: 'cn-beijing',
    });
    expect(screen.queryByTestId('tr-grant-wrong-owner')).not.toBeInTheDocument();

    await user.click(grantButton());
    await waitFor(
      () => expect(screen.getByTestId(`tr-grant-match-${TR_CEN}`)).toHaveTextContent('This CEN, Account A'),
      PATIENT,
    );
    expect(grants.writes.map((w) => w.action)).toEqual([
      'RevokeInstanceFromTransitRouter',
      'GrantInstanceToTransitRouter',
    ]);
    expect(grants.writes[1]?.params).toMatchObject({ CenOwnerId: UID_A, OrderType: 'PayByCenOwner' });
  }, 120_000);

  it('lists a grant to another CEN as such and still grants this one', async () => {
    grants.grants.push({
      cenId: 'cen-other000000000001',
      cenOwnerId: UID_A,
      vpcId: VPC_B,
      regionId: 'cn-beijing',
      orderType: 'PayByCenOwner',
    });
    const user = userEvent.setup();
    renderWithProviders(<AuthorizeStep />);
    expect(await screen.findByTestId('tr-grant-match-cen-other000000000001', {}, PATIENT)).toHaveTextContent(
      'Another CEN',
    );
    await waitFor(() => expect(grantButton()).toBeEnabled(), PATIENT);
    await user.click(grantButton());
    await waitFor(() => expect(progressStore.get().steps['2']?.status).toBe('finish'), PATIENT);
    expect(grants.grants.map((g) => g.cenId)).toEqual(['cen-other000000000001', TR_CEN]);
  }, 120_000);

  it('counts a grant made earlier, with its own payer, without a write', async () => {
    grants.grants.push({
      cenId: TR_CEN,
      cenOwnerId: UID_A,
      vpcId: VPC_B,
      regionId: 'cn-beijing',
      orderType: 'PayByResourceOwner',
    });
    renderWithProviders(<AuthorizeStep />);
    expect(await screen.findByText(/Account B has granted/, {}, PATIENT)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Account B, the VPC’s owner, pays/ })).toBeChecked();
    expect(progressStore.get().grantOrderType).toBe('PayByResourceOwner');
    expect(progressStore.get().steps['2']?.status).toBe('finish');
    expect(grants.writes).toEqual([]);
  }, 120_000);

  it('asks for B’s VPC from step 1 when there is none, and sends nothing', async () => {
    progressStore.update((p) => ({ ...p, network: undefined }));
    renderWithProviders(<AuthorizeStep />);
    expect(screen.getByText('Choose Account B’s VPC in step 1 first.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText("Account A's UID")).toHaveValue(UID_A), PATIENT);
    expect(grantButton()).toBeDisabled();
    expect(grants.writes).toEqual([]);
  });
});
