// @vitest-environment jsdom
// The export view on Enterprise Edition: the Terraform file and the CLI script of the transit routers' plan
// (use-enterprise-setup-plan.ts), with import lines for what the cloud already lists.
import { screen, waitFor } from '@testing-library/react';
import { progressStore } from '../state/progress-store';
import { UID_A, VPC_B } from '../test-support/fake-cen-world';
import { ATT_B, EE_CEN, journeyProgress, PEER, TR_A } from '../test-support/enterprise-journey';
import { journeyHandlers, journeyWorld } from '../test-support/enterprise-journey-bff';
import { mockBffWorld } from '../test-support/mock-bff';
import {
  catchDownloads,
  savedSetupScript,
  savedTerraform,
  type CaughtDownloads,
} from '../test-support/caught-downloads';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { clearPlanDraft } from '../plan/plan-draft';
import { ExportView } from './export-view';

const { world } = mockBffWorld(() => journeyWorld('routed'), journeyHandlers);
const WAIT = { timeout: 30_000 };
let downloads: CaughtDownloads;

beforeEach(() => {
  resetBrowserState();
  clearPlanDraft();
  progressStore.update((p) => ({ ...p, ...journeyProgress('routed') }));
  downloads = catchDownloads();
});
afterEach(() => vi.restoreAllMocks());

async function ready() {
  // The import lines appear once the cloud's transit routers and attachments are read.
  await waitFor(() => expect(screen.getByTestId('export-imports')).toHaveTextContent(PEER), WAIT);
}

describe('Export on Enterprise Edition', () => {
  it('the Terraform file holds the transit-router resources, and import lines with the real IDs', async () => {
    renderWithProviders(<ExportView />);
    await ready();
    expect(screen.getByTestId('export-edition-note')).toHaveTextContent('Enterprise Edition');
    // A route entry's import ID needs the VPC's vRouter ID, which the console does not read: said, not guessed.
    expect(screen.getByTestId('export-imports')).toHaveTextContent(':VRT_ID_A:');
    expect(screen.getByTestId('export-vrouter-note')).toHaveTextContent('VRouterId in DescribeVpcs');
    expect(screen.getByTestId('export-imports')).toHaveTextContent(
      `terraform import alicloud_cen_transit_router.cn_qingdao ${EE_CEN}:${TR_A}`,
    );
    const hcl = await savedTerraform(downloads);
    for (const type of [
      'alicloud_cen_transit_router',
      'alicloud_cen_transit_router_grant_attachment',
      'alicloud_cen_transit_router_vpc_attachment',
      'alicloud_cen_transit_router_peer_attachment',
      'alicloud_route_entry',
    ])
      expect(hcl).toContain(`resource "${type}"`);
    expect(hcl).not.toContain('resource "alicloud_cen_instance_attachment"');
    expect(hcl).toContain(`cen_owner_id  = "${UID_A}"`);
    expect(hcl).toContain(`vpc_id            = "${VPC_B}"`);
    expect(hcl).toContain(`alicloud_cen_transit_router_vpc_attachment.b_cn_beijing ${EE_CEN}:${ATT_B}`);
    // The Basic journey's reads are not part of it.
    expect(world().calls).not.toContain('DescribeCenAttachedChildInstances');
  });

  it('the CLI script makes the transit-router calls, with the chosen profile', async () => {
    renderWithProviders(<ExportView />);
    await ready();
    const script = await savedSetupScript(downloads, 'tenant-b');
    expect(script).toContain('aliyun cbn CreateTransitRouterPeerAttachment');
    expect(script).toContain('aliyun cbn GrantInstanceToTransitRouter --profile "$PROFILE_B"');
    expect(script).toContain('PROFILE_B="${PROFILE_B:-tenant-b}"');
    expect(script).not.toContain('AttachCenChildInstance');
  });

  it('says it in Chinese', async () => {
    renderWithProviders(<ExportView />, { locale: 'zh' });
    await waitFor(() => expect(screen.getByTestId('export-edition-note')).toHaveTextContent('企业版'), WAIT);
  });
});
