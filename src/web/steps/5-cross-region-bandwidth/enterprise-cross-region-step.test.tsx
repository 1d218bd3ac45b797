// @vitest-environment jsdom
// Step 5 on Enterprise Edition against a fake world with steps 1–3 done (test-support/fake-enterprise-connection.ts):
// the peer attachment paid as chosen in step 4 (the bandwidth checked against the plan before any request),
// Attaching → Attached; its association and propagation on both routers' System tables; the VPC routes, each by
// its VPC's owner, Pending → Available; or automatic publication, chosen and saved.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { TR_CEN } from '../../test-support/fake-enterprise-world';
import {
  CIDR,
  connectionHandlers,
  connectionProgress,
  connectionWorld,
  PEER,
  ROUTER_A,
  ROUTER_B,
  TABLE,
  VPC_ATTACHMENT,
  VPC_TABLE,
  type ConnectionWorld,
} from '../../test-support/fake-enterprise-connection';
import { mockBffWorld } from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { progressStore, type Progress } from '../../state/progress-store';
import { usePlanDraft } from '../../plan/plan-draft';
import { CrossRegionBandwidthStep } from './cross-region-bandwidth-step';

/** A ceiling for each wait, not a delay: the machine may be loaded. */
const PATIENT = { timeout: 30_000 };
const PKG = 'cenbwp-ent00000000000001';

const { world } = mockBffWorld<ConnectionWorld>(connectionWorld, connectionHandlers);

function seed(extra: Partial<Progress>) {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, ...connectionProgress, current: 4, ...extra }));
}

async function typeBandwidth(user: UserEvent, mbps: string) {
  const field = await screen.findByLabelText('Bandwidth', {}, PATIENT);
  await user.clear(field);
  await user.type(field, mbps);
  await user.click(await screen.findByRole('button', { name: 'Connect the two routers' }, PATIENT));
}

/** What the plan preview reads of step 5's form. */
function DraftProbe() {
  const draft = usePlanDraft();
  return (
    <output data-testid="draft">
      {JSON.stringify({ limit: draft.limit, problem: draft.problems?.limit })}
    </output>
  );
}

const writes = (action: string) => world().writes.filter((w) => w.action === action);

describe('Step 5 on Enterprise Edition', () => {
  it('connects the routers paid by data transfer, links them on both tables, then routes each VPC', async () => {
    seed({ interRegionPayBy: 'DataTransfer' });
    const user = userEvent.setup();
    renderWithProviders(<CrossRegionBandwidthStep />);
    expect(await screen.findByText(/Paid by data transfer/, {}, PATIENT)).toBeInTheDocument();
    // Nothing to associate before the connection exists.
    expect(screen.getByRole('button', { name: 'Associate and propagate on both routers' })).toBeDisabled();

    await typeBandwidth(user, '0');
    expect(
      await screen.findByText(
        'A whole number of Mbps from 1 to 100000.',
        { selector: '[role=alert]' },
        PATIENT,
      ),
    ).toBeInTheDocument();
    expect(writes('CreateTransitRouterPeerAttachment')).toEqual([]);

    await typeBandwidth(user, '5');
    await waitFor(() => expect(screen.getByTestId('tr-peer-status')).toHaveTextContent('Attaching'), PATIENT);
    const [peer] = writes('CreateTransitRouterPeerAttachment');
    expect(peer?.account).toBe('A');
    expect(peer?.params).toMatchObject({
      CenId: TR_CEN,
      TransitRouterId: ROUTER_A,
      RegionId: 'cn-qingdao',
      PeerTransitRouterId: ROUTER_B,
      PeerTransitRouterRegionId: 'cn-beijing',
      BandwidthType: 'DataTransfer',
      Bandwidth: 5,
    });
    expect(peer?.params.CenBandwidthPackageId).toBeUndefined();
    expect(typeof peer?.params.ClientToken).toBe('string');

    world().settle();
    await waitFor(() => expect(screen.getByTestId('tr-peer-status')).toHaveTextContent('Attached'), PATIENT);
    const link = screen.getByRole('button', { name: 'Associate and propagate on both routers' });
    await waitFor(() => expect(link).toBeEnabled(), PATIENT);
    await user.click(link);
    await waitFor(
      () => expect(screen.getByTestId('tr-peer-propagation-B')).toHaveTextContent('Enabling'),
      PATIENT,
    );
    const links = world().writes.filter((w) => w.params.TransitRouterAttachmentId === PEER);
    expect(links.map((w) => [w.action, w.account, w.params.TransitRouterRouteTableId])).toEqual([
      ['AssociateTransitRouterAttachmentWithRouteTable', 'A', TABLE[ROUTER_A]],
      ['EnableTransitRouterRouteTablePropagation', 'A', TABLE[ROUTER_A]],
      ['AssociateTransitRouterAttachmentWithRouteTable', 'A', TABLE[ROUTER_B]],
      ['EnableTransitRouterRouteTablePropagation', 'A', TABLE[ROUTER_B]],
    ]);
    world().settle();
    await waitFor(
      () => expect(screen.getByTestId('tr-peer-association-A')).toHaveTextContent('Active'),
      PATIENT,
    );

    // Each VPC's owner routes the other VPC's CIDR block to its own attachment.
    await user.click(await screen.findByRole('button', { name: /^Account A: add the route/ }, PATIENT));
    await user.click(await screen.findByRole('button', { name: /^Account B: add the route/ }, PATIENT));
    await waitFor(
      () => expect(screen.getByTestId('tr-route-status-B')).toHaveTextContent('Pending'),
      PATIENT,
    );
    expect(writes('CreateRouteEntry').map((w) => [w.account, w.params])).toEqual([
      [
        'A',
        expect.objectContaining({
          RegionId: 'cn-qingdao',
          RouteTableId: VPC_TABLE.A,
          DestinationCidrBlock: CIDR.B,
          NextHopType: 'Attachment',
          NextHopId: VPC_ATTACHMENT.A,
        }),
      ],
      [
        'B',
        expect.objectContaining({
          RegionId: 'cn-beijing',
          RouteTableId: VPC_TABLE.B,
          DestinationCidrBlock: CIDR.A,
          NextHopType: 'Attachment',
          NextHopId: VPC_ATTACHMENT.B,
        }),
      ],
    ]);
    expect(screen.queryByText(/The two regions are connected/)).not.toBeInTheDocument();
    world().settle();
    expect(await screen.findByText(/The two regions are connected/, {}, PATIENT)).toBeInTheDocument();
    expect(screen.getByTestId('tr-route-status-A')).toHaveTextContent('Available');
    expect(progressStore.get().steps['5']?.status).toBe('finish');
  }, 180_000);

  it('takes a share of the plan bought in step 4, within what the plan has left', async () => {
    seed({ interRegionPayBy: 'BandwidthPackage', bandwidthPackageId: PKG });
    world().packages = [
      {
        CenBandwidthPackageId: PKG,
        Name: 'EnterprisePlan',
        Status: 'InUse',
        Bandwidth: 10,
        GeographicRegionAId: 'china',
        GeographicRegionBId: 'china',
        CenIds: { CenId: [TR_CEN] },
      },
    ];
    // Another connection of this CEN already draws 6 Mbps from the plan.
    world().peers.push({
      id: 'tr-attach-other000000001',
      routerId: 'tr-cn-hangzhou-000000000',
      peerRouterId: 'tr-cn-shanghai-000000000',
      peerRegionId: 'cn-shanghai',
      bandwidth: 6,
      bandwidthType: 'BandwidthPackage',
      packageId: PKG,
      status: 'Attached',
    });
    const user = userEvent.setup();
    renderWithProviders(<CrossRegionBandwidthStep />);
    expect(await screen.findByText(/Paid out of the bandwidth plan/, {}, PATIENT)).toBeInTheDocument();
    await waitFor(
      () => expect(screen.getByTestId('tr-package-remaining')).toHaveTextContent('4 Mbps'),
      PATIENT,
    );
    await typeBandwidth(user, '5');
    expect(
      await screen.findByText(
        /Only 4 Mbps of the package's 10 Mbps is left/,
        { selector: '[role=alert] *, [role=alert]' },
        PATIENT,
      ),
    ).toBeInTheDocument();
    expect(writes('CreateTransitRouterPeerAttachment')).toEqual([]);

    await typeBandwidth(user, '4');
    await waitFor(() => expect(screen.getByTestId('tr-peer-status')).toHaveTextContent('Attaching'), PATIENT);
    expect(writes('CreateTransitRouterPeerAttachment')[0]?.params).toMatchObject({
      BandwidthType: 'BandwidthPackage',
      Bandwidth: 4,
      CenBandwidthPackageId: PKG,
    });
  }, 120_000);

  it('asks for step 4 when the way to pay is not chosen, and saves automatic publication when chosen', async () => {
    seed({});
    const user = userEvent.setup();
    renderWithProviders(<CrossRegionBandwidthStep />);
    expect(
      await screen.findByText(
        'Choose in step 4 how the connection between the regions is paid.',
        {},
        PATIENT,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect the two routers' })).not.toBeInTheDocument();

    const choice = screen.getByRole('radiogroup');
    expect(within(choice).getByRole('radio', { name: /A route entry in each VPC/ })).toBeChecked();
    await user.click(within(choice).getByRole('radio', { name: /Automatic publication/ }));
    expect(progressStore.get().routes).toBe('AutoPublish');
    expect(await screen.findByTestId('tr-publish-B', {}, PATIENT)).toHaveTextContent(
      /was created without automatic publication/,
    );
    expect(screen.queryByRole('button', { name: /add the route/ })).not.toBeInTheDocument();
  }, 120_000);

  it('shows the plan preview the bandwidth being typed, or the rule it breaks', async () => {
    seed({ interRegionPayBy: 'DataTransfer' });
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <CrossRegionBandwidthStep />
        <DraftProbe />
      </>,
    );
    const field = await screen.findByLabelText('Bandwidth', {}, PATIENT);
    await user.type(field, '7');
    await waitFor(
      () =>
        expect(JSON.parse(screen.getByTestId('draft').textContent ?? '{}')).toEqual({
          limit: { localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-beijing', bandwidthLimit: 7 },
        }),
      PATIENT,
    );
    await user.clear(field);
    await user.type(field, '0');
    await waitFor(
      () =>
        expect(JSON.parse(screen.getByTestId('draft').textContent ?? '{}')).toEqual({
          problem: 'Bandwidth must be a whole number of Mbps from 1 to 100000.',
        }),
      PATIENT,
    );
    expect(world().writes).toEqual([]);
  }, 60_000);

  it('speaks Chinese', async () => {
    seed({ interRegionPayBy: 'DataTransfer' });
    renderWithProviders(<CrossRegionBandwidthStep />, { locale: 'zh' });
    expect(await screen.findByText('转发路由器之间的连接', {}, PATIENT)).toBeInTheDocument();
    expect(await screen.findByText(/按流量计费/, {}, PATIENT)).toBeInTheDocument();
  }, 60_000);
});
