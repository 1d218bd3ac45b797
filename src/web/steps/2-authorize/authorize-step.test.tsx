// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { bffRequest } from '../../../domain/plan/plan-runner';
import { grantCall } from '../../../domain/plan/setup-calls';
import { progressStore } from '../../state/progress-store';
import {
  cloudRefusal,
  demoAccountsHandler,
  mockBff,
  type BffBody as Body,
} from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { chooseOption } from '../../test-support/select';
import { AuthorizeStep } from './authorize-step';

const CEN = 'cen-7qthudw0ll6jmc1234';
const grants: Body[] = [];
const vpcPages: number[] = [];
let granted = false;
let ruleReads = 0;

// 51 VPCs in Beijing: the tutorial's VPC is on page 2, so the picker must read every page.
const filler = Array.from({ length: 50 }, (_, i) => ({
  VpcId: `vpc-filler${String(i).padStart(3, '0')}`,
  VpcName: `filler-${i}`,
  RegionId: 'cn-beijing',
  Status: 'Available',
  CidrBlock: `10.${i}.0.0/16`,
}));
const tutorialVpc = {
  VpcId: 'vpc-bbeijing000000001',
  VpcName: 'B-Beijing-VPC',
  RegionId: 'cn-beijing',
  Status: 'Available',
  CidrBlock: '192.168.0.0/16',
};

const server = mockBff(
  demoAccountsHandler,
  http.post('/api/openapi/DescribeVpcs', async ({ request }) => {
    const body = (await request.json()) as Body;
    const page = Number(body.params.PageNumber);
    vpcPages.push(page);
    return HttpResponse.json({
      RequestId: 'r',
      TotalCount: 51,
      PageNumber: page,
      PageSize: 50,
      Vpcs: { Vpc: page === 1 ? filler : [tutorialVpc] },
    });
  }),
  http.post('/api/openapi/Vpc.DescribeGrantRulesToCen', () => {
    ruleReads += 1;
    return HttpResponse.json({
      RequestId: 'r',
      TotalCount: granted ? 1 : 0,
      PageNumber: 1,
      PageSize: 50,
      CenGrantRules: {
        CbnGrantRule: granted
          ? [{ CenInstanceId: CEN, CenOwnerId: '1262302482727553', CreationTime: 'now' }]
          : [],
      },
    });
  }),
  http.post('/api/openapi/Vpc.GrantInstanceToCen', async ({ request }) => {
    grants.push((await request.json()) as Body);
    granted = true;
    return HttpResponse.json({ RequestId: 'req-grant' });
  }),
);

beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, cenId: CEN, current: 1 }));
  grants.length = 0;
  vpcPages.length = 0;
  granted = false;
  ruleReads = 0;
});

describe('Step 2: Account B authorizes Account A', () => {
  it('fills the CEN ID and A’s UID, lists every page of B’s VPCs, grants, and shows the new rule', async () => {
    renderWithProviders(<AuthorizeStep />);
    expect(screen.getByLabelText('CEN ID')).toHaveValue(CEN);
    await waitFor(() => expect(screen.getByLabelText("Account A's UID")).toHaveValue('1262302482727553'));
    expect(screen.getByTestId('account-badge-B')).toBeInTheDocument();

    const user = userEvent.setup();
    await chooseOption(user, 'Region', 'China North 2 (Beijing)');
    await chooseOption(user, 'Networks', /B-Beijing-VPC/, 'B-Beijing');
    expect(vpcPages).toEqual([1, 2]);
    expect(await screen.findByText('This network is not authorized to any CEN yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Authorize' }));
    expect(await screen.findByText(/Account B has authorized the CEN/)).toBeInTheDocument();
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({
      account: 'B',
      regionId: 'cn-beijing',
      params: {
        RegionId: 'cn-beijing',
        InstanceId: 'vpc-bbeijing000000001',
        InstanceType: 'VPC',
        CenId: CEN,
        CenOwnerId: '1262302482727553',
      },
    });
    expect(typeof grants[0]?.params.ClientToken).toBe('string');
    // The click sends the plan's own call for this choice (setup-calls.ts), with the saved ClientToken.
    const network = { type: 'VPC', regionId: 'cn-beijing', instanceId: 'vpc-bbeijing000000001' } as const;
    const tokens = progressStore.get().clientTokens;
    expect(grants[0]).toEqual(bffRequest(grantCall(network, CEN, '1262302482727553', tokens)).body);
    expect(await screen.findByTestId('grant-rule')).toHaveTextContent(CEN);
    expect(progressStore.get().network).toEqual({
      type: 'VPC',
      regionId: 'cn-beijing',
      instanceId: 'vpc-bbeijing000000001',
    });
    expect(progressStore.get().steps['2']?.status).toBe('finish');
  });

  it('lists the new rule from the grant’s success: B’s list is read once, before the grant, not again after it', async () => {
    renderWithProviders(<AuthorizeStep />);
    await waitFor(() => expect(screen.getByLabelText("Account A's UID")).toHaveValue('1262302482727553'));
    const user = userEvent.setup();
    await chooseOption(user, 'Region', 'China North 2 (Beijing)');
    await chooseOption(user, 'Networks', /B-Beijing-VPC/, 'B-Beijing');
    expect(await screen.findByText('This network is not authorized to any CEN yet.')).toBeInTheDocument();
    expect(ruleReads).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Authorize' }));
    expect(await screen.findByText(/Account B has authorized the CEN/)).toBeInTheDocument();
    const rule = await screen.findByTestId('grant-rule');
    expect(rule).toHaveTextContent(CEN);
    expect(rule).toHaveTextContent('1262302482727553');
    // The time is the cloud's to say: the rule the call made has none until the list is read again.
    expect(rule).not.toHaveTextContent('now');
    expect(ruleReads).toBe(1);
    expect(progressStore.get().steps['2']?.status).toBe('finish');
  });

  it('asks for a region and a network before any request', async () => {
    renderWithProviders(<AuthorizeStep />);
    await waitFor(() => expect(screen.getByLabelText("Account A's UID")).toHaveValue('1262302482727553'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Authorize' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual(['Choose a region.', 'Choose a network.']);
    expect(grants).toHaveLength(0);
  });

  it('shows the cloud’s refusal with its code, RequestId and hint', async () => {
    server.use(
      cloudRefusal('Vpc.GrantInstanceToCen', {
        code: 'InvalidInstanceId.NotFound',
        message: 'Specified Instance does not exist.',
        requestId: 'REQ-404',
        httpStatus: 404,
      }),
    );
    renderWithProviders(<AuthorizeStep />);
    await waitFor(() => expect(screen.getByLabelText("Account A's UID")).toHaveValue('1262302482727553'));
    const user = userEvent.setup();
    await chooseOption(user, 'Region', 'China North 2 (Beijing)');
    await chooseOption(user, 'Networks', /B-Beijing-VPC/, 'B-Beijing');
    await user.click(screen.getByRole('button', { name: 'Authorize' }));
    expect(await screen.findByTestId('error-code')).toHaveTextContent('InvalidInstanceId.NotFound');
    expect(screen.getByTestId('error-request-id')).toHaveTextContent('REQ-404');
    expect(screen.getByTestId('error-hint')).toHaveTextContent(/Account B has no such network/);
    expect(progressStore.get().steps['2']).toMatchObject({
      status: 'error',
      reason: 'InvalidInstanceId.NotFound',
    });
  });

  it('asks for step 1 first when there is no CEN', async () => {
    progressStore.update((p) => ({ ...p, cenId: undefined }));
    renderWithProviders(<AuthorizeStep />);
    expect(screen.getByText('Create the CEN instance in step 1 first.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Authorize' })).toBeDisabled());
  });
});
