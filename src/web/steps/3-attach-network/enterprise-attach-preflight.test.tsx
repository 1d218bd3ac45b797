// @vitest-environment jsdom
// Step 3 on Enterprise Edition checks before CreateTransitRouterVpcAttachment (gather-enterprise-preflight.ts):
// identical CIDR blocks and a missing grant of B's VPC each block, Attach disabled with the reason; a grant naming
// Account A and disjoint blocks pass, Attach enabled.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { progressStore } from '../../state/progress-store';
import { mockBff } from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { UID_A, VPC_B } from '../../test-support/fake-cen-world';
import {
  enterpriseHandlers,
  enterpriseProgress,
  routedEnterpriseWorld,
  TR_CEN,
} from '../../test-support/fake-enterprise-world';
import { attachHandlers, attachWorld } from '../../test-support/fake-enterprise-attach';
import { grantHandlers, type GrantWorld } from '../../test-support/fake-enterprise-grants';
import { AttachNetworkStep } from './attach-network-step';

/** A ceiling for each wait, not a delay: the machine may be loaded. */
const PATIENT = { timeout: 30_000 };

const server = mockBff();
let grants: GrantWorld;

/** B's VPC listed with this CIDR block (A's is 172.16.0.0/16 in the fake world); other actions fall through. */
const vpcBWith = (cidr: string) =>
  http.post('/api/openapi/:action', async ({ params, request }) => {
    const body = (await request.clone().json()) as { account: string; params: Record<string, unknown> };
    if (
      String(params.action).replace(/^Vpc\./, '') !== 'DescribeVpcs' ||
      body.params.RegionId !== 'cn-beijing'
    )
      return undefined;
    const list =
      body.account === 'B'
        ? [
            {
              VpcId: VPC_B,
              VpcName: 'B-Beijing-VPC',
              CidrBlock: cidr,
              RegionId: 'cn-beijing',
              Status: 'Available',
            },
          ]
        : [];
    return HttpResponse.json({
      RequestId: 'r',
      TotalCount: list.length,
      PageNumber: 1,
      PageSize: 50,
      Vpcs: { Vpc: list },
    });
  });

beforeEach(() => {
  resetBrowserState();
  const world = routedEnterpriseWorld();
  grants = { grants: [], vpc: { id: VPC_B, regionId: 'cn-beijing' }, writes: [] };
  server.use(...grantHandlers(grants), ...attachHandlers(world, attachWorld()), ...enterpriseHandlers(world));
  progressStore.update((p) => ({ ...p, ...enterpriseProgress, current: 2 }));
});

const grantToA = () =>
  grants.grants.push({
    cenId: TR_CEN,
    cenOwnerId: UID_A,
    vpcId: VPC_B,
    regionId: 'cn-beijing',
    orderType: 'PayByCenOwner',
  });
const side = (s: 'A' | 'B') => screen.getByTestId(`tr-attach-side-${s}`);

describe('Step 3 on Enterprise Edition: preflight before the attach', () => {
  it('blocks identical CIDR blocks: Attach disabled with the reason', async () => {
    grantToA();
    server.use(vpcBWith('172.16.0.0/16'));
    renderWithProviders(<AttachNetworkStep />);
    await waitFor(() => expect(screen.getByTestId('preflight-blocks-A')).toBeInTheDocument(), PATIENT);
    expect(screen.getByTestId('preflight-blocks-A')).toHaveTextContent('172.16.0.0/16');
    expect(within(side('A')).getByRole('button', { name: 'Attach Account A’s VPC' })).toBeDisabled();
    expect(screen.getByTestId('preflight-item-ee:cidr-overlap')).toHaveAttribute('data-verdict', 'blocking');
  });

  it('blocks a missing grant of B’s VPC and names it', async () => {
    renderWithProviders(<AttachNetworkStep />);
    await waitFor(() => expect(screen.getByTestId('preflight-blocks-B')).toBeInTheDocument(), PATIENT);
    expect(screen.getByTestId('preflight-blocks-B')).toHaveTextContent(VPC_B);
    expect(screen.getByTestId('preflight-item-ee:grant')).toHaveAttribute('data-verdict', 'blocking');
    expect(within(side('B')).getByRole('button', { name: 'Attach Account B’s VPC' })).toBeDisabled();
  });

  it('passes disjoint blocks, both routers Active and the grant naming A: Attach enabled', async () => {
    grantToA();
    const actions: string[] = [];
    server.use(
      http.post('/api/openapi/:action', ({ params }) => {
        actions.push(String(params.action).replace(/^\w+\./, ''));
        return undefined;
      }),
    );
    renderWithProviders(<AttachNetworkStep />);
    await waitFor(
      () => expect(screen.getByTestId('preflight-summary')).toHaveTextContent(/0 blocking/i),
      PATIENT,
    );
    expect(screen.getByTestId('preflight-item-ee:grant')).toHaveAttribute('data-verdict', 'pass');
    expect(screen.getByTestId('preflight-item-ee:source-router')).toHaveAttribute('data-verdict', 'pass');
    expect(screen.queryByTestId('preflight-blocks-A')).not.toBeInTheDocument();
    expect(
      await within(side('A')).findByRole('button', { name: 'Attach Account A’s VPC' }, PATIENT),
    ).toBeEnabled();
    // The preflight reads what its checks need, not the services, the peer attachment or the VPC routes (step 5's).
    const notNeeded =
      /^(CheckTransitRouterService|ListTransitRouterPeerAttachments|DescribeRouteTableList|DescribeRouteEntryList)$/;
    expect(actions.filter((a) => notNeeded.test(a))).toEqual([]);
  });
});
