// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { bffRequest } from '../../../domain/plan/plan-runner';
import { attachCall } from '../../../domain/plan/setup-calls';
import { progressStore } from '../../state/progress-store';
import {
  attachedVpc,
  demoAccountsHandler,
  describePage,
  cloudRefusal,
  mockBff,
  type BffBody as Body,
} from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { AttachNetworkStep } from './attach-network-step';

const CEN = 'cen-7qthudw0ll6jmc1234';
const UID_B = '9263584710374521';
const attaches: Body[] = [];
let attached = false;
/** Attaching until the test moves it on: a status by the count of list calls raced the poll on a loaded machine. */
let attachDone = false;

const vpc = (VpcId: string, VpcName: string, CidrBlock: string) => ({
  VpcId,
  VpcName,
  RegionId: 'cn-beijing',
  Status: 'Available',
  CidrBlock,
});

const server = mockBff(
  demoAccountsHandler,
  http.post('/api/openapi/DescribeVpcs', async ({ request }) => {
    const body = (await request.json()) as Body;
    const vpcs =
      body.account === 'B'
        ? [
            vpc('vpc-bbeijing1', 'B-Beijing-VPC', '192.168.0.0/16'),
            vpc('vpc-blegacy1', 'B-Legacy-VPC', '172.16.0.0/16'),
          ]
        : [];
    return HttpResponse.json(describePage('Vpcs', 'Vpc', vpcs));
  }),
  http.post('/api/openapi/Cbn.DescribeGrantRulesToCen', () =>
    HttpResponse.json({
      RequestId: 'r',
      TotalCount: 1,
      GrantRules: {
        GrantRule: [
          {
            CenId: CEN,
            CenOwnerId: '1262302482727553',
            ChildInstanceId: 'vpc-bbeijing1',
            ChildInstanceOwnerId: UID_B,
            ChildInstanceRegionId: 'cn-beijing',
            ChildInstanceType: 'VPC',
          },
        ],
      },
    }),
  ),
  http.post('/api/openapi/DescribeCenAttachedChildInstances', () => {
    const children = !attached
      ? []
      : [
          {
            ...attachedVpc(CEN, 'vpc-bbeijing1', 'cn-beijing', UID_B),
            Status: attachDone ? 'Attached' : 'Attaching',
          },
        ];
    return HttpResponse.json(describePage('ChildInstances', 'ChildInstance', children));
  }),
  http.post('/api/openapi/Cbn.AttachCenChildInstance', async ({ request }) => {
    attaches.push((await request.json()) as Body);
    attached = true;
    return HttpResponse.json({ RequestId: 'req-attach' });
  }),
);

beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({
    ...p,
    cenId: CEN,
    current: 2,
    network: { type: 'VPC', regionId: 'cn-beijing', instanceId: 'vpc-bbeijing1' },
  }));
  attaches.length = 0;
  attached = false;
  attachDone = false;
});

async function openNetworks(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText('Networks'));
  const dropdown = await waitFor(() => {
    const open = document.querySelector<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    if (!open) throw new Error('dropdown not open');
    return open;
  });
  return dropdown;
}

describe('Step 3: Account A attaches the network', () => {
  it('fills B’s UID, offers only granted networks, attaches and polls Attaching → Attached', async () => {
    renderWithProviders(<AttachNetworkStep />);
    await waitFor(() => expect(screen.getByLabelText('Owner Account')).toHaveValue(UID_B));
    const user = userEvent.setup();

    const dropdown = await openNetworks(user);
    const legacy = await within(dropdown).findByText(/B-Legacy-VPC .*not authorized to this CEN/);
    expect(legacy.closest('.ant-select-item-option')).toHaveClass('ant-select-item-option-disabled');
    const granted = within(dropdown).getByText(/B-Beijing-VPC/);
    expect(granted.closest('.ant-select-item-option')).not.toHaveClass('ant-select-item-option-disabled');
    await user.click(granted);

    await user.click(screen.getByRole('button', { name: 'Attach network' }));
    await waitFor(() => expect(attaches).toHaveLength(1));
    expect(attaches[0]).toMatchObject({
      account: 'A',
      params: {
        CenId: CEN,
        ChildInstanceId: 'vpc-bbeijing1',
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-beijing',
        ChildInstanceOwnerId: UID_B,
      },
    });
    // The click sends the plan's own call for this choice (setup-calls.ts): B's network, B's UID as its owner.
    const network = { owner: 'B', type: 'VPC', regionId: 'cn-beijing', instanceId: 'vpc-bbeijing1' } as const;
    expect(attaches[0]).toEqual(bffRequest(attachCall(network, CEN, UID_B)).body);
    await waitFor(() =>
      expect(screen.getByTestId('attachment-status-vpc-bbeijing1')).toHaveTextContent('Attaching'),
    );
    attachDone = true;
    // The next poll shows it; the bound is generous because the machine may be loaded, not a speed claim.
    await waitFor(
      () => expect(screen.getByTestId('attachment-status-vpc-bbeijing1')).toHaveTextContent('Attached'),
      { timeout: 30_000 },
    );
    expect(progressStore.get().steps['3']?.status).toBe('finish');
    expect(screen.getByText(/Also attach Account A's own network/)).toBeInTheDocument();
  });

  it('asks for a network before any request', async () => {
    renderWithProviders(<AttachNetworkStep />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Current Account'));
    await user.click(screen.getByRole('button', { name: 'Attach network' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a network.');
    expect(attaches).toHaveLength(0);
  });

  it('refuses a handed-over network that is not granted, before any request', async () => {
    progressStore.update((p) => ({
      ...p,
      network: { type: 'VPC', regionId: 'cn-beijing', instanceId: 'vpc-blegacy1' },
    }));
    renderWithProviders(<AttachNetworkStep />);
    await screen.findByText(/B-Legacy-VPC/);
    await waitFor(() => expect(screen.getByLabelText('Owner Account')).toHaveValue(UID_B));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Attach network' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('not authorized to this CEN');
    expect(attaches).toHaveLength(0);
  });

  it('shows the missing-grant error verbatim (Alibaba’s “Forbbiden” spelling) with a hint', async () => {
    server.use(
      cloudRefusal('Cbn.AttachCenChildInstance', {
        code: 'Forbbiden.AttachChildInstanceAcrossUid',
        message: 'Operation is invalid because the child-instance is not authorized to CEN.',
        requestId: 'REQ-409',
        httpStatus: 409,
      }),
    );
    renderWithProviders(<AttachNetworkStep />);
    await screen.findByText(/B-Beijing-VPC/);
    await waitFor(() => expect(screen.getByLabelText('Owner Account')).toHaveValue(UID_B));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Attach network' }));
    expect(await screen.findByTestId('error-code')).toHaveTextContent(
      'Forbbiden.AttachChildInstanceAcrossUid',
    );
    expect(screen.getByTestId('error-hint')).toHaveTextContent(/do step 2/);
    expect(progressStore.get().steps['3']?.status).toBe('error');
  });

  it('is done again after a second attach the list never showed as Attaching (B already attached)', async () => {
    let aAttached = false;
    server.use(
      http.post('/api/openapi/DescribeVpcs', async ({ request }) => {
        const body = (await request.json()) as Body;
        const vpcs =
          body.account === 'A'
            ? [vpc('vpc-abeijing1', 'A-Beijing-VPC', '10.0.0.0/16')]
            : [vpc('vpc-bbeijing1', 'B-Beijing-VPC', '192.168.0.0/16')];
        return HttpResponse.json(describePage('Vpcs', 'Vpc', vpcs));
      }),
      http.post('/api/openapi/DescribeCenAttachedChildInstances', () => {
        const child = (id: string, owner: string) => attachedVpc(CEN, id, 'cn-beijing', owner);
        const children = [child('vpc-bbeijing1', UID_B)];
        if (aAttached) children.push(child('vpc-abeijing1', '1262302482727553'));
        return HttpResponse.json(describePage('ChildInstances', 'ChildInstance', children));
      }),
      http.post('/api/openapi/Cbn.AttachCenChildInstance', async ({ request }) => {
        attaches.push((await request.json()) as Body);
        aAttached = true; // the cloud is quick: the next read already says Attached
        return HttpResponse.json({ RequestId: 'req-attach-a' });
      }),
    );
    renderWithProviders(<AttachNetworkStep />);
    await waitFor(() => expect(progressStore.get().steps['3']?.status).toBe('finish'));
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Current Account'));
    const dropdown = await openNetworks(user);
    await user.click(await within(dropdown).findByText(/A-Beijing-VPC/));
    await user.click(screen.getByRole('button', { name: 'Attach network' }));
    await waitFor(() => expect(attaches).toHaveLength(1));
    await waitFor(() => expect(progressStore.get().steps['3']?.status).toBe('finish'));
    expect(await screen.findByTestId('attachment-status-vpc-abeijing1')).toHaveTextContent('Attached');
  });
});
