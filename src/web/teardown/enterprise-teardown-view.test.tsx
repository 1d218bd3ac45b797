// @vitest-environment jsdom
// The guided teardown on Enterprise Edition, from the finished journey's cloud (enterprise-journey-bff.ts): the
// preview plans the transit routers' teardown in the order the cloud requires
// (docs/reference/enterprise-edition.md §2 "Teardown"), says the router service stays on, asks first, runs to the
// end with the same runner as Basic, and a refusal shows the cloud's code and what to do.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { progressStore } from '../state/progress-store';
import { EE_CEN, journeyProgress, PEER, TR_A, TR_B } from '../test-support/enterprise-journey';
import { journeyHandlers, journeyWorld } from '../test-support/enterprise-journey-bff';
import { VPC_B } from '../test-support/fake-cen-world';
import { mockBffWorld } from '../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { teardownRun } from './teardown-run-store';
import { loadTeardown } from './teardown-store';
import { TeardownView } from './teardown-view';

const { server, world } = mockBffWorld(() => journeyWorld('routed'), journeyHandlers);
const WAIT = { timeout: 45_000 };
const ORDER = [
  'A:DeleteRouteEntry',
  'B:DeleteRouteEntry',
  ...Array.from({ length: 4 }, () => [
    'A:DissociateTransitRouterAttachmentFromRouteTable',
    'A:DisableTransitRouterRouteTablePropagation',
  ]).flat(),
  'A:DeleteTransitRouterVpcAttachment',
  'A:DeleteTransitRouterVpcAttachment',
  'A:DeleteTransitRouterPeerAttachment',
  'A:DeleteTransitRouter',
  'A:DeleteTransitRouter',
  'B:RevokeInstanceFromTransitRouter',
  'A:DeleteCen',
];

beforeEach(() => {
  resetBrowserState();
  teardownRun.reset();
  progressStore.update((p) => ({ ...p, ...journeyProgress('routed') }));
});

const actions = () => screen.getAllByTestId('plan-call').map((c) => c.getAttribute('data-action'));

describe('Guided teardown on Enterprise Edition', () => {
  it('previews the transit routers’ teardown, asks first, then removes routes, links, attachments, routers, the grant and the CEN', async () => {
    renderWithProviders(<TeardownView />);
    await waitFor(() => expect(screen.getAllByTestId('plan-call')).toHaveLength(17), WAIT);
    expect(actions()).toEqual(
      ORDER.map((a) => {
        const [, action] = a.split(':');
        return `${action === 'DeleteRouteEntry' ? 'Vpc' : 'Cbn'}.${action}`;
      }),
    );
    expect(screen.getByTestId('teardown-service-note')).toHaveTextContent(
      'The transit router service stays on in both accounts',
    );
    // Paid by data transfer: no bandwidth plan was bought, so none is said to stay.
    expect(screen.queryByTestId('teardown-prepaid-warning')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tear down…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      `This deletes the CEN instance ${EE_CEN}, its 2 transit router(s) and 3 attachment(s)`,
    );
    expect(world().writes).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Tear down' }));

    expect(await screen.findByTestId('teardown-complete', {}, WAIT)).toHaveTextContent(
      'its transit routers and their attachments are gone',
    );
    // Each VPC's owner deletes its own route first; then the eight links (in the order the cloud lists them), then
    // the attachments, the routers, B's revoke and the CEN, as the plan listed them.
    const sent = world().writes.map((w) => `${w.account}:${w.action}`);
    expect(sent.slice(0, 2)).toEqual(['A:DeleteRouteEntry', 'B:DeleteRouteEntry']);
    expect([...sent.slice(2, 10)].sort()).toEqual([...ORDER.slice(2, 10)].sort());
    expect(sent.slice(10)).toEqual(ORDER.slice(10));
    const peer = world().writes.find((w) => w.action === 'DeleteTransitRouterPeerAttachment');
    expect(peer?.params.TransitRouterAttachmentId).toBe(PEER);
    expect(
      world()
        .writes.filter((w) => w.action === 'DeleteTransitRouter')
        .map((w) => w.params.TransitRouterId),
    ).toEqual([TR_A, TR_B]);
    expect(world().writes.find((w) => w.action === 'RevokeInstanceFromTransitRouter')?.params).toMatchObject({
      CenId: EE_CEN,
      InstanceId: VPC_B,
    });
    const left = world().sources;
    expect([left.cen, left.routers, left.vpcAttachments, left.peerAttachments, left.grants]).toEqual([
      null,
      [],
      [],
      [],
      [],
    ]);
    // The record remembers the edition, so a reload mid-way resumes the same plan; Basic's reads were never sent.
    expect(loadTeardown()).toMatchObject({ cenId: EE_CEN, edition: 'Enterprise' });
    expect(world().calls).not.toContain('DescribeCenAttachedChildInstances');
  });

  it('shows a refusal with the cloud’s code and what to do, and Retry carries on from what the cloud shows', async () => {
    let refused = 0;
    server.use(
      http.post('/api/openapi/:action', ({ params }) => {
        if (String(params.action).endsWith('.DeleteTransitRouter') && refused === 0) {
          refused += 1;
          return HttpResponse.json(
            {
              error: {
                code: 'InvalidOperation.AttachedChildInstanceExist',
                message: 'The transit router still has attachments.',
                httpStatus: 400,
                requestId: 'req-refused',
                source: 'cloud',
              },
            },
            { status: 400 },
          );
        }
        // Nothing returned: msw falls through to the fake world's handler.
        return undefined;
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<TeardownView />);
    await waitFor(() => expect(screen.getAllByTestId('plan-call')).toHaveLength(17), WAIT);
    await user.click(screen.getByRole('button', { name: 'Tear down…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tear down' }));
    expect(await screen.findByTestId('error-code', {}, WAIT)).toHaveTextContent(
      'InvalidOperation.AttachedChildInstanceExist',
    );
    expect(screen.getByTestId('error-hint')).toHaveTextContent(
      'Retry: the teardown reads the cloud again, waits for what is settling and removes what blocks this call first.',
    );
    // What was left is what the cloud still lists: the routers, the grant and the CEN.
    await waitFor(() =>
      expect(actions()).toEqual([
        'Cbn.DeleteTransitRouter',
        'Cbn.DeleteTransitRouter',
        'Cbn.RevokeInstanceFromTransitRouter',
        'Cbn.DeleteCen',
      ]),
    );
    await user.click(screen.getByRole('button', { name: /^Retry$/ }));
    expect(await screen.findByTestId('teardown-complete', {}, WAIT)).toBeInTheDocument();
    expect(world().writes.filter((w) => w.action === 'DeleteTransitRouter')).toHaveLength(2);
    expect(world().sources.cen).toBeNull();
  });

  it('speaks Chinese, and says the bandwidth plan stays when the connection was paid out of one', async () => {
    progressStore.update((p) => ({ ...p, interRegionPayBy: 'BandwidthPackage' }));
    renderWithProviders(<TeardownView />, { locale: 'zh' });
    expect(await screen.findByRole('heading', { name: '释放资源' })).toBeInTheDocument();
    expect(screen.getByTestId('teardown-prepaid-warning')).toHaveTextContent('无法通过API删除或退款');
    expect(screen.getByTestId('teardown-service-note')).toHaveTextContent('开通后无法关闭');
  });
});
