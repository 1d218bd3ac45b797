// Preflight before steps 3–5 end to end: the panel reads both accounts through the BFF and the mock
// cloud and names what would make the write fail — a missing grant (with the one-call fix, sent only after
// confirmation), identical CIDR blocks, a package for the wrong areas, an over-allocated package — with evidence.
import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openStepWithCen } from './open-with-cen';

async function chooseRegion(page: Page, label: string, region: RegExp) {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: region })
    .first()
    .click();
}

test('step 3: a missing grant blocks, and the grant is sent only after confirmation', async ({
  page,
  cloud,
}) => {
  await cloud.reset('missing-grant');
  const cenId = await openStepWithCen(page, cloud, 'Account A attaches the network');
  await chooseRegion(page, 'Region', /Beijing/);
  const panel = page.getByTestId('preflight-panel');
  const blocked = panel.locator('li[data-verdict="blocking"]', { hasText: 'has not granted' });
  await expect(blocked).toBeVisible({ timeout: 20_000 });
  await expect(blocked).toContainText('Blocking');
  await expect(blocked).toContainText(`to ${cenId}`);
  await expect(page.getByTestId('preflight-summary')).toContainText('blocking');

  await blocked.getByTestId('fix-button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Vpc.GrantInstanceToCen');
  await expect(dialog.getByTestId('fix-params')).toContainText('"CenOwnerId": "1262302482727553"');
  await dialog.getByRole('button', { name: 'Send it' }).click();
  await expect(panel.locator('li[data-verdict="blocking"]', { hasText: 'has not granted' })).toHaveCount(0, {
    timeout: 20_000,
  });
  const grants = JSON.stringify(await cloud.state());
  expect(grants).toContain(cenId);
});

test('step 3: identical CIDR blocks block the attach, naming both blocks', async ({ page, cloud }) => {
  await cloud.reset('identical-cidr');
  await openStepWithCen(page, cloud, 'Account A attaches the network');
  await chooseRegion(page, 'Region', /Beijing/);
  await chooseRegion(page, 'Networks', /^B-Beijing-VPC \(/);
  const items = page.getByTestId('preflight-panel').locator('li[data-verdict="blocking"]', {
    hasText: 'the same block',
  });
  // Only the chosen network is checked now: one clash, with A's network.
  await expect(items).toHaveCount(1, { timeout: 20_000 });
  await expect(items).toContainText(/vpc-\w+ uses 172\.16\.0\.0\/16 and vpc-\w+ uses 172\.16\.0\.0\/16/);
  await expect(items).toContainText('REDUCED');
});

test('step 5: a package for the wrong areas is named before Set', async ({ page, cloud }) => {
  await cloud.reset('wrong-area');
  await openStepWithCen(page, cloud, 'Set the cross-region bandwidth');
  await page.getByLabel('Bandwidth', { exact: true }).fill('5');
  const item = page.getByTestId('preflight-panel').locator('li[data-verdict="blocking"]').first();
  await expect(item).toBeVisible({ timeout: 20_000 });
  await expect(item).toContainText('Mainland China');
});

test('step 5: an over-allocated package shows the numbers before Set', async ({ page, cloud }) => {
  await cloud.reset('over-allocated-bandwidth');
  await openStepWithCen(page, cloud, 'Set the cross-region bandwidth');
  await page.getByLabel('Bandwidth', { exact: true }).fill('5');
  const item = page.getByTestId('preflight-panel').locator('li[data-verdict="blocking"]', {
    hasText: 'does not fit',
  });
  await expect(item).toBeVisible({ timeout: 20_000 });
  await expect(item).toContainText('6 Mbps');
  await expect(item).toContainText('8 Mbps');
  await expect(item).toContainText('2 Mbps is left');
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="preflight-panel"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
