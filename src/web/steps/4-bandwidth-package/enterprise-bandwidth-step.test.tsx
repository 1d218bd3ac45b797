// @vitest-environment jsdom
// Step 4 on Enterprise Edition against a fake enterprise world plus A's bandwidth plans
// (test-support/fake-enterprise-bandwidth.ts): how the inter-region connection is paid, chosen by keyboard from two
// labelled, explained radios; pay-by-data-transfer buys nothing and ends the step; a prepaid plan is bought and
// associated with Basic Edition's own screens, its areas proposed from the two VPCs' regions.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bffRequest } from '../../../domain/plan/plan-runner';
import { associatePackageCall } from '../../../domain/plan/setup-calls';
import { progressStore } from '../../state/progress-store';
import { mockBff } from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';

import {
  enterpriseHandlers,
  enterpriseProgress,
  enterpriseWorld,
  TR_CEN,
} from '../../test-support/fake-enterprise-world';
import {
  bandwidthHandlers,
  bandwidthWorld,
  TR_PKG,
  type BandwidthWorld,
} from '../../test-support/fake-enterprise-bandwidth';
import { BandwidthPackageStep } from './bandwidth-package-step';

/** A ceiling for each wait, not a delay: the machine may be loaded. */
const PATIENT = { timeout: 30_000 };

let plans: BandwidthWorld = bandwidthWorld();
const server = mockBff();
beforeEach(() => {
  resetBrowserState();
  plans = bandwidthWorld();
  server.use(...bandwidthHandlers(plans), ...enterpriseHandlers(enterpriseWorld()));
  progressStore.update((p) => ({ ...p, ...enterpriseProgress, current: 3 }));
});

const byTransfer = () => screen.getByRole('radio', { name: /Pay by data transfer/ });
const byPlan = () => screen.getByRole('radio', { name: /Pay out of a prepaid bandwidth plan/ });

describe('Step 4 on Enterprise Edition', () => {
  it('says what each way costs, and pay-by-data-transfer, chosen by keyboard, buys nothing and ends the step', async () => {
    const user = userEvent.setup();
    renderWithProviders(<BandwidthPackageStep />);
    expect(byTransfer()).toHaveAccessibleDescription(/bills Account A for the traffic .* per GB/);
    expect(byPlan()).toHaveAccessibleDescription(/cannot be deleted or refunded/);
    expect(screen.getByTestId('tr-pay-by-chosen')).toHaveTextContent('Not chosen yet.');
    expect(screen.queryByRole('button', { name: 'Buy bandwidth package' })).not.toBeInTheDocument();

    await user.tab();
    expect(byTransfer()).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(() => expect(byTransfer()).toBeChecked(), PATIENT);
    expect(progressStore.get().interRegionPayBy).toBe('DataTransfer');
    expect(screen.getByTestId('tr-pay-by-chosen')).toHaveTextContent('Chosen: pay by data transfer');
    await waitFor(() => expect(progressStore.get().steps['4']?.status).toBe('finish'), PATIENT);
    expect(screen.getByRole('button', { name: 'Next step' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Buy bandwidth package' })).not.toBeInTheDocument();
    expect(plans.writes).toEqual([]);
  }, 120_000);

  it('buys a prepaid plan with Basic Edition’s form, its areas from the two VPCs, and waits for it to be InUse', async () => {
    const user = userEvent.setup();
    renderWithProviders(<BandwidthPackageStep />);
    await user.click(byPlan());
    expect(progressStore.get().interRegionPayBy).toBe('BandwidthPackage');
    expect(
      await screen.findByText(/China North 1 \(Qingdao\), China North 2 \(Beijing\)/, {}, PATIENT),
    ).toBeInTheDocument();
    expect(screen.getByTestId('prepaid-warning')).toHaveTextContent(/cannot be deleted or refunded/);
    expect(progressStore.get().steps['4']?.status).not.toBe('finish');
    await user.type(screen.getByLabelText('Bandwidth'), '10');
    await user.type(screen.getByLabelText('Bandwidth Package Name'), 'EnterprisePlan');
    await user.click(screen.getByRole('button', { name: 'Buy bandwidth package' }));

    expect(await screen.findByTestId('package-id', {}, PATIENT)).toHaveTextContent(TR_PKG);
    await waitFor(() => expect(screen.getByTestId('package-status')).toHaveTextContent('InUse'), PATIENT);
    expect(plans.writes.map((w) => [w.action, w.account])).toEqual([
      ['CreateCenBandwidthPackage', 'A'],
      ['AssociateCenBandwidthPackage', 'A'],
    ]);
    expect(plans.writes[0]?.params).toMatchObject({
      Bandwidth: 10,
      GeographicRegionAId: 'China',
      GeographicRegionBId: 'China',
      BandwidthPackageChargeType: 'PREPAY',
      Name: 'EnterprisePlan',
    });
    expect(plans.writes[1]?.params).toEqual(bffRequest(associatePackageCall(TR_CEN, TR_PKG)).body.params);
    expect(progressStore.get().bandwidthPackageId).toBe(TR_PKG);
    await waitFor(() => expect(progressStore.get().steps['4']?.status).toBe('finish'), PATIENT);
  }, 120_000);

  it('keeps the choice after a reload, and says a plan bought earlier stays billed under data transfer', async () => {
    progressStore.update((p) => ({ ...p, interRegionPayBy: 'DataTransfer', bandwidthPackageId: TR_PKG }));
    renderWithProviders(<BandwidthPackageStep />);
    expect(byTransfer()).toBeChecked();
    expect(screen.getByText(new RegExp(`${TR_PKG} bought earlier stays in Account A`))).toBeInTheDocument();
    await waitFor(() => expect(progressStore.get().steps['4']?.status).toBe('finish'), PATIENT);
  });

  it('asks for step 1 first when there is no CEN', () => {
    progressStore.update((p) => ({ ...p, cenId: undefined }));
    renderWithProviders(<BandwidthPackageStep />);
    expect(screen.getByText('Create the CEN instance in step 1 first.')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});
