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
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { ExportView } from './export-view';

const server = setupServer();
const blobs: Blob[] = [];
const names: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  server.use(...worldHandlers(worldAfterStep5()));
  blobs.length = 0;
  names.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:export';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
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
    await userEvent.setup().click(screen.getByTestId('export-terraform'));
    expect(names[0]).toMatch(/^cen-connect-.*\.tf$/);
    const hcl = await blobs[0]!.text();
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
    const user = userEvent.setup();
    renderWithProviders(<ExportView />);
    await ready();
    await user.clear(screen.getByLabelText('CLI / Terraform profile of Account B'));
    await user.type(screen.getByLabelText('CLI / Terraform profile of Account B'), 'tenant-b');
    await user.click(screen.getByTestId('export-cli-all'));
    expect(names[0]).toMatch(/^cen-connect-setup-.*\.sh$/);
    const script = await blobs[0]!.text();
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
    expect(await blobs[0]!.text()).toContain('set -euo pipefail');
  });
});
