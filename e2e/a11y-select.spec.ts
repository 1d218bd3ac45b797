// The axe scan with a Select's dropdown opened onto nothing. rc-select shows an empty list as
// a role="listbox" without options and points the combobox's aria-activedescendant at `<id>_list_-1`, an option
// that does not exist (axe: aria-required-children and aria-valid-attr-value, critical; aria-input-field-name,
// serious, while it closes). The shared AccessibleSelect (src/web/components/accessible-select.tsx) never opens an
// empty list; these scans run with the user's empty search still typed, and fail on a Select that is not shared.
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { EN, choose, startAt, stepHeading } from './walk';

test.describe.configure({ timeout: 120_000 });

test('a region search that matches nothing leaves no empty list open (shared RegionSelect)', async ({
  page,
}) => {
  await page.goto('/');
  await expect(stepHeading(page, 1)).toBeVisible();
  await page.getByLabel('Attach a network').check();
  const region = page.getByLabel('Region', { exact: true });
  await region.click();
  await expect(page.getByRole('option', { name: EN.regionA })).toBeVisible();
  await region.fill('no such region');
  await expect(region).toHaveValue('no such region');
  await expect(region).toHaveAttribute('aria-expanded', 'false');
  await expect(region).not.toHaveAttribute('aria-activedescendant');
  await expectNoSeriousA11yViolations(page, 'step 1 with a region search that matches nothing');
});

test('step 2 in a region where B has no network says so in the field and opens no empty list (NetworkSelect)', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-1');
  await startAt(page, 2);
  await choose(page, 'Region', /^China East 1 \(Hangzhou\)$/);
  const networks = page.getByLabel('Networks', { exact: true });
  await expect(page.getByText('No VPC in this region for this account.')).toBeVisible();
  await networks.click();
  await page.keyboard.press('ArrowDown');
  await expect(networks).toHaveAttribute('aria-expanded', 'false');
  await expect(networks).not.toHaveAttribute('aria-activedescendant');
  await expectNoSeriousA11yViolations(page, 'step 2 with no network of B in the region');
});

test('step 3 in a region without networks says so in the field and opens no empty list', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-2');
  await startAt(page, 3);
  await choose(page, 'Region', /^China East 1 \(Hangzhou\)$/);
  const networks = page.getByLabel('Networks', { exact: true });
  await expect(page.getByText('No VPC in this region for this account.')).toBeVisible();
  await networks.click();
  await expect(networks).toHaveAttribute('aria-expanded', 'false');
  await expectNoSeriousA11yViolations(page, 'step 3 with no network in the region');
});
