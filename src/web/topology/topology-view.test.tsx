// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressStore } from '../state/progress-store';
import {
  CEN,
  PKG,
  progressAfterStep5,
  VPC_A,
  VPC_B,
  worldAfterStep5,
  worldHandlers,
} from '../test-support/fake-cen-world';
import { mockBffWorld } from '../test-support/mock-bff';
import { catchDownloads } from '../test-support/caught-downloads';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { shapeOf } from './topology-model';
import { TopologyView } from './topology-view';

const { world } = mockBffWorld(worldAfterStep5, worldHandlers);

beforeEach(() => resetBrowserState());
afterEach(() => vi.restoreAllMocks());

describe('Topology picture', () => {
  it('draws the CEN, both lanes with their region and network CIDR, the connection and the package budget', async () => {
    progressStore.update((p) => ({ ...p, ...progressAfterStep5() }));
    renderWithProviders(<TopologyView />);
    const svg = await screen.findByRole('img', { name: /Diagram of the CEN/ });
    await waitFor(() => expect(within(svg).getAllByTestId('topology-network')).toHaveLength(2));
    const cen = within(svg).getByTestId('topology-cen');
    expect(cen).toHaveTextContent(CEN);
    expect(cen).toHaveTextContent('✓ Active');
    const laneA = within(svg).getByTestId('lane-A');
    expect(laneA).toHaveTextContent('Account A · UID 1262302482727553');
    const a = svg.querySelector(`[data-network="${VPC_A}"]`)!;
    await waitFor(() => expect(a).toHaveTextContent('172.16.0.0/16'));
    expect(a).toHaveTextContent('✓ Attached');
    const b = svg.querySelector(`[data-network="${VPC_B}"]`)!;
    await waitFor(() => expect(b).toHaveTextContent('192.168.0.0/16'));
    // Regions are groups, named as the tutorial names them.
    expect(svg.querySelector('[data-region="cn-beijing"]')).toHaveTextContent('China North 2 (Beijing)');
    const edge = within(svg).getByTestId('topology-edge');
    expect(edge).toHaveTextContent('cn-qingdao ↔ cn-beijing: 5 Mbps · ✓ Active');
    const pkg = within(svg).getByTestId('topology-package');
    expect(pkg).toHaveTextContent(PKG);
    expect(within(pkg).getByTestId('topology-package-totals')).toHaveTextContent(
      '8 Mbps total · 5 Mbps allocated',
    );
  });

  it('shows what is still missing as dotted shapes with words', async () => {
    world().children.delete(VPC_B);
    world().grant = true;
    world().pkg = undefined;
    world().limit = undefined;
    progressStore.update((p) => ({ ...p, cenId: CEN, network: progressAfterStep5().network }));
    renderWithProviders(<TopologyView />);
    const svg = await screen.findByRole('img', { name: /Diagram of the CEN/ });
    const b = await waitFor(() => {
      const el = svg.querySelector(`[data-network="${VPC_B}"]`);
      expect(el).not.toBeNull();
      return el!;
    });
    await waitFor(() => expect(b).toHaveTextContent('granted, not attached'));
    expect(b.querySelector('rect')).toHaveAttribute('stroke-dasharray', '2 4');
    expect(within(svg).getByTestId('topology-package')).toHaveTextContent(
      'No bandwidth package yet (step 4)',
    );
    expect(within(svg).queryByTestId('topology-edge')).not.toBeInTheDocument();
  });

  it('downloads the picture as a self-contained SVG', async () => {
    progressStore.update((p) => ({ ...p, ...progressAfterStep5() }));
    const { blobs, click } = catchDownloads();
    renderWithProviders(<TopologyView />);
    const svg = await screen.findByRole('img', { name: /Diagram of the CEN/ });
    await waitFor(() => expect(within(svg).getAllByTestId('topology-network')).toHaveLength(2));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download SVG' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await blobs[0]!.text();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain(CEN);
    expect(text).toContain('5 Mbps');
    expect(blobs[0]!.type).toBe('image/svg+xml');
  });

  it('speaks Chinese', async () => {
    progressStore.update((p) => ({ ...p, ...progressAfterStep5() }));
    renderWithProviders(<TopologyView />, { locale: 'zh' });
    expect(await screen.findByRole('heading', { name: '拓扑' })).toBeInTheDocument();
    const svg = await screen.findByRole('img');
    await waitFor(() => expect(within(svg).getByTestId('topology-cen')).toHaveTextContent('✓ 可用'));
  });
});

describe('shapeOf', () => {
  it('settled solid, changing dashed, absent dotted', () => {
    expect(shapeOf('Active')).toBe('settled');
    expect(shapeOf('Attaching')).toBe('changing');
    expect(shapeOf('Granted')).toBe('absent');
    expect(shapeOf('NotAttached')).toBe('absent');
  });
});
