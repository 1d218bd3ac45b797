// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { PACKAGE_BANDWIDTH_RULE, PACKAGE_NAME_RULE } from '../../../domain/bandwidth';
import { bffRequest } from '../../../domain/plan/plan-runner';
import { demoFresh } from '../../../domain/test-support/demo-fixture';
import { associatePackageCall, createPackageCall } from '../../../domain/plan/setup-calls';
import { progressStore } from '../../state/progress-store';
import {
  bothVpcsAttachedHandler,
  demoAccountsHandler,
  describePage,
  cloudRefusal,
  mockBff,
  type BffBody as Body,
} from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { BandwidthPackageStep } from './bandwidth-package-step';

const CEN = 'cen-7qthudw0ll6jmc1234';
const PKG = 'cenbwp-4c2zaavbvh5fx1234';
const buys: Body[] = [];
const associations: Body[] = [];
let state: 'none' | 'Creating' | 'Idle' | 'InUse' = 'none';
let detailCalls = 0;

function packageBody() {
  const pkg = {
    CenBandwidthPackageId: PKG,
    Name: 'MainlandBandwidthPackage',
    Status: state,
    Bandwidth: 8,
    GeographicRegionAId: 'china',
    GeographicRegionBId: 'china',
    ...(state === 'InUse' ? { CenIds: { CenId: [CEN] } } : {}),
  };
  return describePage('CenBandwidthPackages', 'CenBandwidthPackage', [pkg]);
}

const empty = describePage('CenBandwidthPackages', 'CenBandwidthPackage', []);

const server = mockBff(
  demoAccountsHandler,
  bothVpcsAttachedHandler(CEN),
  http.post('/api/openapi/DescribeCenBandwidthPackages', async ({ request }) => {
    const body = (await request.json()) as Body;
    const filter = (body.params.Filter as { Key: string }[])[0]?.Key;
    if (filter === 'CenBandwidthPackageId') {
      detailCalls += 1;
      if (state === 'Creating' && detailCalls > 1) state = 'Idle';
      return HttpResponse.json(packageBody());
    }
    return HttpResponse.json(empty);
  }),
  http.post('/api/openapi/Cbn.CreateCenBandwidthPackage', async ({ request }) => {
    buys.push((await request.json()) as Body);
    state = 'Creating';
    return HttpResponse.json({ RequestId: 'req-buy', CenBandwidthPackageId: PKG });
  }),
  http.post('/api/openapi/Cbn.AssociateCenBandwidthPackage', async ({ request }) => {
    associations.push((await request.json()) as Body);
    state = 'InUse';
    return HttpResponse.json({ RequestId: 'req-assoc' });
  }),
);

beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, cenId: CEN, current: 3 }));
  buys.length = 0;
  associations.length = 0;
  state = 'none';
  detailCalls = 0;
});

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Bandwidth'), '8');
  await user.type(screen.getByLabelText('Bandwidth Package Name'), 'MainlandBandwidthPackage');
}

describe('Step 4: Account A buys a bandwidth package', () => {
  it('proposes Mainland China ↔ Mainland China, warns about prepaid, buys, waits, associates', async () => {
    renderWithProviders(<BandwidthPackageStep />);
    expect(
      await screen.findByText(/China North 1 \(Qingdao\), China North 2 \(Beijing\)/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('prepaid-warning')).toHaveTextContent(/cannot be deleted or refunded/);
    const user = userEvent.setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Buy bandwidth package' }));

    await waitFor(() => expect(buys).toHaveLength(1));
    expect(buys[0]?.params).toMatchObject({
      Bandwidth: 8,
      GeographicRegionAId: 'China',
      GeographicRegionBId: 'China',
      BandwidthPackageChargeType: 'PREPAY',
      PricingCycle: 'Month',
      Period: 1,
      Name: 'MainlandBandwidthPackage',
    });
    expect(typeof buys[0]?.params.ClientToken).toBe('string');
    // The click sends the plan's own call for this form — the tutorial's package (demo-fixture.ts), as fillValid
    // typed it — with the saved ClientToken.
    const order = demoFresh().bandwidthPackage;
    const tokens = progressStore.get().clientTokens;
    expect(buys[0]).toEqual(bffRequest(createPackageCall(order, tokens)).body);
    expect(await screen.findByTestId('package-id')).toHaveTextContent(PKG);
    await waitFor(() => expect(associations).toHaveLength(1), { timeout: 5000 });
    expect(associations[0]?.params).toEqual({ CenId: CEN, CenBandwidthPackageId: PKG });
    expect(associations[0]).toEqual(bffRequest(associatePackageCall(CEN, PKG)).body);
    await waitFor(() => expect(screen.getByTestId('package-status')).toHaveTextContent('InUse'), {
      timeout: 5000,
    });
    expect(progressStore.get().steps['4']?.status).toBe('finish');
  });

  it.each([
    ['1', PACKAGE_BANDWIDTH_RULE],
    ['10001', PACKAGE_BANDWIDTH_RULE],
  ])('refuses bandwidth %s Mbps at the field', async (mbps, rule) => {
    renderWithProviders(<BandwidthPackageStep />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Bandwidth'), mbps);
    await user.type(screen.getByLabelText('Bandwidth Package Name'), 'MainlandBandwidthPackage');
    await user.click(screen.getByRole('button', { name: 'Buy bandwidth package' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(rule);
    expect(buys).toHaveLength(0);
  });

  it('refuses a package name that starts with a digit', async () => {
    renderWithProviders(<BandwidthPackageStep />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Bandwidth'), '8');
    await user.type(screen.getByLabelText('Bandwidth Package Name'), '8Mainland');
    await user.click(screen.getByRole('button', { name: 'Buy bandwidth package' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(PACKAGE_NAME_RULE);
    expect(buys).toHaveLength(0);
  });

  it('shows a refused purchase with the code verbatim', async () => {
    server.use(
      cloudRefusal('Cbn.CreateCenBandwidthPackage', {
        code: 'OperationInvalid.UserCanNotBuyCrossBorderBwp',
        message: 'not eligible',
        requestId: 'REQ-BWP',
        httpStatus: 400,
      }),
    );
    renderWithProviders(<BandwidthPackageStep />);
    const user = userEvent.setup();
    await screen.findByText(/China North 1 \(Qingdao\)/);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Buy bandwidth package' }));
    expect(await screen.findByTestId('error-code')).toHaveTextContent(
      'OperationInvalid.UserCanNotBuyCrossBorderBwp',
    );
    expect(screen.getByTestId('error-request-id')).toHaveTextContent('REQ-BWP');
    expect(progressStore.get().bandwidthPackageId).toBeUndefined();
  });
});
