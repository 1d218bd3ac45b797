// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { progressStore } from '../../state/progress-store';
import {
  bothVpcsAttachedHandler,
  demoAccountsHandler,
  describePage,
  mockBff,
  type BffBody as Body,
} from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { chooseOption } from '../../test-support/select';
import { TestConnectivityStep } from './test-connectivity-step';

const CEN = 'cen-7qthudw0ll6jmc1234';
const instanceCalls: Body[] = [];

const instance = (InstanceId: string, RegionId: string, VpcId: string, ip: string) => ({
  InstanceId,
  InstanceName: InstanceId,
  Status: 'Running',
  RegionId,
  VpcAttributes: { VpcId, PrivateIpAddress: { IpAddress: [ip] } },
  SecurityGroupIds: { SecurityGroupId: ['sg-1'] },
});

const server = mockBff(
  demoAccountsHandler,
  bothVpcsAttachedHandler(CEN),
  http.post('/api/openapi/DescribeCenInterRegionBandwidthLimits', () =>
    HttpResponse.json(
      describePage('CenInterRegionBandwidthLimits', 'CenInterRegionBandwidthLimit', [
        {
          CenId: CEN,
          LocalRegionId: 'cn-qingdao',
          OppositeRegionId: 'cn-beijing',
          BandwidthLimit: 5,
          Status: 'Active',
        },
      ]),
    ),
  ),
  http.post('/api/openapi/DescribeInstances', async ({ request }) => {
    const body = (await request.json()) as Body;
    instanceCalls.push(body);
    const list =
      body.account === 'A'
        ? [instance('i-aqingdao', 'cn-qingdao', 'vpc-aqingdao1', '172.16.1.10')]
        : [instance('i-bbeijing', 'cn-beijing', 'vpc-bbeijing1', '192.168.1.20')];
    return HttpResponse.json({ RequestId: 'r', TotalCount: list.length, Instances: { Instance: list } });
  }),
);

beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, cenId: CEN, current: 5 }));
  instanceCalls.length = 0;
});

describe('Step 6: Test the connectivity', () => {
  it('lists each side’s ECS instances in its attached VPC and shows the exact ping both ways', async () => {
    renderWithProviders(<TestConnectivityStep />);
    const user = userEvent.setup();
    const labelA = 'ECS instance in vpc-aqingdao1 (China North 1 (Qingdao))';
    const labelB = 'ECS instance in vpc-bbeijing1 (China North 2 (Beijing))';
    await screen.findByLabelText(labelA);
    await chooseOption(user, labelA, /i-aqingdao .*172\.16\.1\.10/);
    await chooseOption(user, labelB, /i-bbeijing .*192\.168\.1\.20/);
    expect(screen.getByTestId('private-ip-A')).toHaveTextContent('172.16.1.10');
    expect(screen.getByTestId('private-ip-B')).toHaveTextContent('192.168.1.20');
    expect(screen.getByTestId('ping-from-A')).toHaveTextContent('ping -c 4 192.168.1.20');
    expect(screen.getByTestId('ping-from-B')).toHaveTextContent('ping -c 4 172.16.1.10');
    expect(instanceCalls.map((c) => [c.account, c.regionId, c.params.VpcId])).toEqual(
      expect.arrayContaining([
        ['A', 'cn-qingdao', 'vpc-aqingdao1'],
        ['B', 'cn-beijing', 'vpc-bbeijing1'],
      ]),
    );
    expect(progressStore.get().steps['6']?.status).toBe('finish');
  });

  it('shows a DescribeInstances failure with its code', async () => {
    server.use(
      http.post('/api/openapi/DescribeInstances', () =>
        HttpResponse.json(
          {
            error: {
              code: 'Forbidden.RAM',
              message: 'no permission',
              requestId: 'REQ-ECS',
              httpStatus: 403,
              source: 'cloud',
            },
          },
          { status: 403 },
        ),
      ),
    );
    renderWithProviders(<TestConnectivityStep />);
    const codes = await screen.findAllByTestId('error-code', {}, { timeout: 5000 });
    expect(codes[0]).toHaveTextContent('Forbidden.RAM');
  });
});
