// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { progressStore } from '../state/progress-store';
import {
  CEN,
  PKG,
  progressAfterStep5,
  VPC_B,
  worldAfterStep5,
  worldHandlers,
} from '../test-support/fake-cen-world';
import {
  catchDownloads,
  savedSetupScript,
  savedTerraform,
  type CaughtDownloads,
} from '../test-support/caught-downloads';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { ExportView } from './export-view';

const server = setupServer();
let downloads: CaughtDownloads;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  server.use(...worldHandlers(worldAfterStep5()));
  downloads = catchDownloads();
});
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});

async function ready() {
  // The import lines appear once the cloud's resources are read: the plan then holds the real IDs.
  await waitFor(() => expect(screen.getByTestId('export-imports')).toHaveTextContent(PKG));
}

describe('Export', () => {
  it('the Terraform file holds the created resources with their real IDs, and import lines for them', async () => {
    progressStore.update((p) => ({ ...p, ...progressAfterStep5() }));
    renderWithProviders(<ExportView />);
    await ready();
    expect(screen.getByTestId('export-imports')).toHaveTextContent(`terraform import alicloud_cen_instance.`);
    expect(screen.getByTestId('export-imports')).toHaveTextContent(CEN);
    const hcl = await savedTerraform(downloads);
    for (const resource of [
      'alicloud_cen_instance',
      'alicloud_cen_instance_grant',
      'alicloud_cen_instance_attachment',
      'alicloud_cen_bandwidth_package',
      'alicloud_cen_bandwidth_package_attachment',
      'alicloud_cen_bandwidth_limit',
    ])
      expect(hcl).toContain(`resource "${resource}"`);
    expect(hcl).toContain(VPC_B);
    expect(hcl).toContain('profile = "A"');
    expect(hcl).not.toMatch(/demoSecret|access_key|secret_key/);
  });

  it('the CLI script uses the chosen profiles, waits on statuses and never holds a secret', async () => {
    progressStore.update((p) => ({ ...p, ...progressAfterStep5() }));
    renderWithProviders(<ExportView />);
    await ready();
    const script = await savedSetupScript(downloads, 'tenant-b');
    expect(script).toContain('set -euo pipefail');
    expect(script).toContain('--profile tenant-b');
    expect(script).toContain('wait_for');
    expect(script).toMatch(/aliyun vpc GrantInstanceToCen/i);
    expect(script).not.toMatch(/demoSecret|LTAI5t/);
  });

  it('with nothing created yet: no import lines, and the remaining script still downloads', async () => {
    renderWithProviders(<ExportView />);
    expect(await screen.findByText('Nothing created yet, so nothing to import.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByTestId('export-cli-remaining'));
    expect(await downloads.blobs[0]!.text()).toContain('set -euo pipefail');
  });
});
