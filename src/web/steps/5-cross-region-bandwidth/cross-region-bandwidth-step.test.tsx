// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { bffRequest } from '../../../domain/plan/plan-runner';
import { limitCall } from '../../../domain/plan/setup-calls';
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
import { CrossRegionBandwidthStep } from './cross-region-bandwidth-step';

const CEN = 'cen-7qthudw0ll6jmc1234';
const PKG = 'cenbwp-4c2zaavbvh5fx1234';
const sets: Body[] = [];
let limits: { LocalRegionId: string; OppositeRegionId: string; BandwidthLimit: number; Status: string }[] =
  [];
let limitCalls = 0;

const server = mockBff(
  demoAccountsHandler,
  bothVpcsAttachedHandler(CEN),
  http.post('/api/openapi/DescribeCenBandwidthPackages', () =>
    HttpResponse.json(
      describePage('CenBandwidthPackages', 'CenBandwidthPackage', [
        {
          CenBandwidthPackageId: PKG,
          Name: 'MainlandBandwidthPackage',
          Status: 'InUse',
          Bandwidth: 8,
          GeographicRegionAId: 'china',
          GeographicRegionBId: 'china',
          CenIds: { CenId: [CEN] },
        },
      ]),
    ),
  ),
  http.post('/api/openapi/DescribeCenInterRegionBandwidthLimits', () => {
    limitCalls += 1;
    const items = limits.map((l) => ({
      CenId: CEN,
      ...l,
      BandwidthPackageId: PKG,
      Status: l.Status === 'Modifying' && limitCalls > 2 ? 'Active' : l.Status,
    }));
    return HttpResponse.json(
      describePage('CenInterRegionBandwidthLimits', 'CenInterRegionBandwidthLimit', items),
    );
  }),
  http.post('/api/openapi/Cbn.SetCenInterRegionBandwidthLimit', async ({ request }) => {
    const body = (await request.json()) as Body;
    sets.push(body);
    limits.push({
      LocalRegionId: String(body.params.LocalRegionId),
      OppositeRegionId: String(body.params.OppositeRegionId),
      BandwidthLimit: Number(body.params.BandwidthLimit),
      Status: 'Modifying',
    });
    limitCalls = 0;
    return HttpResponse.json({ RequestId: 'req-set' });
  }),
);

beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, cenId: CEN, bandwidthPackageId: PKG, current: 4 }));
  sets.length = 0;
  limits = [];
  limitCalls = 0;
});

describe('Step 5: Set the cross-region bandwidth', () => {
  it('proposes the package and the attached regions, shows the budget, sets 5 Mbps and polls to Active', async () => {
    renderWithProviders(<CrossRegionBandwidthStep />);
    expect(await screen.findByTestId('package-remaining')).toHaveTextContent('8 Mbps');
    await screen.findByText('China North 1 (Qingdao)');
    expect(screen.getByText('China North 2 (Beijing)')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Bandwidth'), '5');
    await user.click(screen.getByRole('button', { name: 'Set cross-region bandwidth' }));
    await waitFor(() => expect(sets).toHaveLength(1));
    expect(sets[0]).toMatchObject({
      account: 'A',
      params: {
        CenId: CEN,
        LocalRegionId: 'cn-qingdao',
        OppositeRegionId: 'cn-beijing',
        BandwidthLimit: 5,
        BandwidthType: 'BandwidthPackage',
      },
    });
    // The click sends the plan's own call for this form (setup-calls.ts).
    const limit = { localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-beijing', bandwidthLimit: 5 };
    expect(sets[0]).toEqual(bffRequest(limitCall(CEN, limit)).body);
    const status = await screen.findByTestId('limit-status-cn-qingdao-cn-beijing');
    expect(status).toHaveTextContent('Modifying');
    await waitFor(() => expect(status).toHaveTextContent('Active'), { timeout: 6000 });
    expect(progressStore.get().steps['5']?.status).toBe('finish');
  });

  it('refuses over-allocation before any request, with the package’s numbers', async () => {
    limits = [
      { LocalRegionId: 'cn-hangzhou', OppositeRegionId: 'cn-shanghai', BandwidthLimit: 4, Status: 'Active' },
    ];
    renderWithProviders(<CrossRegionBandwidthStep />);
    await waitFor(() => expect(screen.getByTestId('package-remaining')).toHaveTextContent('4 Mbps'));
    await screen.findByText('China North 2 (Beijing)');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Bandwidth'), '5');
    await user.click(screen.getByRole('button', { name: 'Set cross-region bandwidth' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Only 4 Mbps of the package's 8 Mbps is left (4 Mbps is allocated to other region connections); 5 Mbps is too much.",
    );
    expect(sets).toHaveLength(0);
  });

  it('says the same in Chinese, with the region names as the Chinese console writes them', async () => {
    limits = [
      { LocalRegionId: 'cn-hangzhou', OppositeRegionId: 'cn-shanghai', BandwidthLimit: 4, Status: 'Active' },
    ];
    renderWithProviders(<CrossRegionBandwidthStep />, { locale: 'zh' });
    await waitFor(() => expect(screen.getByTestId('package-remaining')).toHaveTextContent('4 Mbps'));
    await screen.findByText('华北2（北京）');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('带宽'), '5');
    await user.click(screen.getByRole('button', { name: '设置跨地域带宽' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '带宽包共 8 Mbps，其他地域连接已分配 4 Mbps，只剩 4 Mbps；5 Mbps 超出了剩余带宽。',
    );
    expect(sets).toHaveLength(0);
  });

  it('asks for the bandwidth before any request', async () => {
    renderWithProviders(<CrossRegionBandwidthStep />);
    await screen.findByText('China North 2 (Beijing)');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Set cross-region bandwidth' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the bandwidth in Mbps.');
    expect(sets).toHaveLength(0);
  });

  it('shows the cloud’s refusal verbatim', async () => {
    server.use(
      cloudRefusal('Cbn.SetCenInterRegionBandwidthLimit', {
        code: 'Operation.Blocking',
        message: 'blocked',
        requestId: 'REQ-SET',
        httpStatus: 400,
      }),
    );
    renderWithProviders(<CrossRegionBandwidthStep />);
    await screen.findByText('China North 2 (Beijing)');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Bandwidth'), '5');
    await user.click(screen.getByRole('button', { name: 'Set cross-region bandwidth' }));
    expect(await screen.findByTestId('error-code')).toHaveTextContent('Operation.Blocking');
    expect(screen.getByTestId('error-request-id')).toHaveTextContent('REQ-SET');
    expect(progressStore.get().steps['5']?.status).toBe('error');
  });
});
