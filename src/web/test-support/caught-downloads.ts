// Shared by the web's component tests of screens that save files (the exports, the topology picture): stands in
// for the browser's file save (export/download.ts saveBlob) so a test can read what would have been saved.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockInstance } from 'vitest';

export interface CaughtDownloads {
  /** Each Blob handed to URL.createObjectURL, in order. */
  blobs: Blob[];
  /** Each clicked <a download>'s file name, in order. */
  names: string[];
  click: MockInstance<(this: HTMLAnchorElement) => void>;
}

/** Spies on the object URLs and the anchor's click from now until vi.restoreAllMocks(); nothing is downloaded. */
export function catchDownloads(): CaughtDownloads {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:caught';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names, click };
}

/** The export view's Terraform button clicked: the .tf file it saves (its name checked), as text. */
export async function savedTerraform(downloads: CaughtDownloads): Promise<string> {
  await userEvent.setup().click(screen.getByTestId('export-terraform'));
  expect(downloads.names.at(-1)).toMatch(/^cen-connect-.*\.tf$/);
  return downloads.blobs.at(-1)!.text();
}

/** The export view's whole setup script saved with `profileB` typed as Account B's profile (its name checked). */
export async function savedSetupScript(downloads: CaughtDownloads, profileB: string): Promise<string> {
  const user = userEvent.setup();
  const field = screen.getByLabelText('CLI / Terraform profile of Account B');
  await user.clear(field);
  await user.type(field, profileB);
  await user.click(screen.getByTestId('export-cli-all'));
  expect(downloads.names.at(-1)).toMatch(/^cen-connect-setup-.*\.sh$/);
  return downloads.blobs.at(-1)!.text();
}
