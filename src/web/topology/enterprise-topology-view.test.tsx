// @vitest-environment jsdom
// The topology on Enterprise Edition, from the journey's cloud (enterprise-journey-bff.ts): the CEN, both routers
// with their System tables, both VPC attachments with their owners and links, the peer attachment with its links on
// both tables, the VPC routes — each with the cloud's status, in the picture and in the list; a status still
// changing is read again until it settles; the SVG download holds it; Chinese labels.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressStore } from '../state/progress-store';
import {
  ATT_A,
  ATT_B,
  CIDR_A,
  EE_CEN,
  journeyProgress,
  PEER,
  TABLE_A,
  TR_A,
  TR_B,
} from '../test-support/enterprise-journey';
import { journeyHandlers, journeyWorld } from '../test-support/enterprise-journey-bff';
import { UID_B, VPC_B } from '../test-support/fake-cen-world';
import { mockBffWorld } from '../test-support/mock-bff';
import { catchDownloads } from '../test-support/caught-downloads';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { TopologyView } from './topology-view';

const { world, useWorld } = mockBffWorld(() => journeyWorld('routed'), journeyHandlers);
const WAIT = { timeout: 30_000 };

beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, ...journeyProgress('routed') }));
});
afterEach(() => vi.restoreAllMocks());

describe('Topology on Enterprise Edition', () => {
  it('shows the routers, both VPC attachments with their owners, the peer attachment and their links, with statuses', async () => {
    renderWithProviders(<TopologyView />);
    const svg = await screen.findByRole('img', { name: /transit routers of both regions/ });
    await waitFor(() => expect(within(svg).getByTestId('topology-peer')).toHaveTextContent(PEER), WAIT);
    // The routers' tables' links are read once the tables are known.
    await waitFor(
      () =>
        expect(within(svg).getByTestId('topology-router-B')).toHaveTextContent(
          'association ✓ Active · propagation ✓ Active',
        ),
      WAIT,
    );
    expect(within(svg).getByTestId('topology-cen')).toHaveTextContent(`CEN ${EE_CEN}`);
    const routerA = within(svg).getByTestId('topology-router-A');
    expect(routerA).toHaveTextContent(`Transit router ${TR_A}`);
    expect(routerA).toHaveTextContent('✓ Active');
    expect(routerA).toHaveTextContent(`System route table ${TABLE_A}`);
    expect(routerA).toHaveTextContent('association ✓ Active · propagation ✓ Active');
    expect(within(svg).getByTestId('topology-attachment-B')).toHaveTextContent(`VPC attachment ${ATT_B}`);
    expect(within(svg).getByTestId('topology-attachment-B')).toHaveTextContent('✓ Attached');
    expect(within(svg).getByTestId('topology-vpc-B')).toHaveTextContent(`VPC ${VPC_B}`);
    expect(within(svg).getByTestId('topology-vpc-B')).toHaveTextContent('Account B’s');
    expect(within(svg).getByTestId('topology-vpc-B')).toHaveTextContent(`route to ${CIDR_A}: ✓ Available`);
    expect(within(svg).getByTestId('topology-peer')).toHaveTextContent('10 Mbps · ✓ Attached');
    expect(within(svg).getByTestId('lane-B')).toHaveTextContent(`Account B · UID ${UID_B}`);

    // The same facts in words.
    const list = screen.getByRole('list', { name: 'The same, in words' });
    expect(within(list).getByTestId('topology-item-router-B')).toHaveTextContent(
      `Account B’s region cn-beijing: transit router ${TR_B}: Active`,
    );
    expect(within(list).getByTestId('topology-item-attachment-A')).toHaveTextContent(
      `VPC attachment ${ATT_A} of VPC`,
    );
    expect(within(list).getByTestId('topology-item-attachment-B')).toHaveTextContent(
      '(owner: Account B) to the router in cn-beijing: Attached; association Active, propagation Active',
    );
    expect(within(list).getByTestId('topology-item-peer')).toHaveTextContent(
      'on A’s table: association Active, propagation Active; on B’s table: association Active, propagation Active',
    );
    // Nothing is changing: no status line says so, and the Basic journey's reads were not sent.
    expect(screen.queryByTestId('topology-settling')).not.toBeInTheDocument();
    expect(world().calls).not.toContain('DescribeCenAttachedChildInstances');
  });

  it('reads a status that is still changing again until it settles', async () => {
    useWorld(journeyWorld('attached', 'Attaching'));
    renderWithProviders(<TopologyView />);
    const svg = await screen.findByRole('img', { name: /transit routers of both regions/ });
    const att = within(svg).getByTestId('topology-attachment-A');
    await waitFor(() => expect(att).toHaveAttribute('data-status', 'Attaching'), WAIT);
    expect(att).toHaveTextContent('⟳ Attaching');
    expect(att.querySelector('line')).toHaveAttribute('stroke-dasharray', '8 5');
    expect(await screen.findByTestId('topology-settling', {}, WAIT)).toHaveTextContent(
      'Something is still changing',
    );
    expect(within(svg).getByTestId('topology-peer')).toHaveTextContent('Routers not connected yet (step 5)');
    // The cloud settles; nobody presses anything: the poll brings it.
    for (const a of world().sources.vpcAttachments ?? []) a.Status = 'Attached';
    await waitFor(() => expect(att).toHaveAttribute('data-status', 'Attached'), WAIT);
    expect(att).toHaveTextContent('✓ Attached');
    for (const links of Object.values(world().sources.tableLinks))
      for (const l of [...links.associations, ...links.propagations]) l.Status = 'Active';
    await waitFor(() => expect(screen.queryByTestId('topology-settling')).not.toBeInTheDocument(), WAIT);
  });

  it('downloads the Enterprise picture as SVG, and speaks Chinese', async () => {
    const { blobs } = catchDownloads();
    renderWithProviders(<TopologyView />, { locale: 'zh' });
    expect(await screen.findByRole('heading', { name: '拓扑' })).toBeInTheDocument();
    const svg = await screen.findByRole('img');
    await waitFor(
      () => expect(within(svg).getByTestId('topology-router-A')).toHaveTextContent('✓ 可用'),
      WAIT,
    );
    expect(within(svg).getByTestId('topology-router-A')).toHaveTextContent(`转发路由器 ${TR_A}`);
    expect(within(svg).getByTestId('topology-attachment-A')).toHaveTextContent('✓ 已加载');
    await userEvent.setup().click(screen.getByRole('button', { name: '下载 SVG' }));
    const text = await blobs[0]!.text();
    expect(text.startsWith('<?xml')).toBe(true);
    for (const id of [EE_CEN, TR_A, TR_B, ATT_A, ATT_B, PEER]) expect(text).toContain(id);
  });
});
