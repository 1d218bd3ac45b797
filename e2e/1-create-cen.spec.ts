// Tutorial step 1 end to end: the form in Chromium → the BFF → a real signed CreateCen → the mock cloud, which
// verifies the signature, creates the CEN in Creating and turns it Active after its delay.
import { test, expect } from './fixtures';

const TITLES = [
  'Account A creates a CEN instance',
  'Account B authorizes Account A to attach a network under Account B',
  'Account A attaches the network',
  'Account A buys a bandwidth package',
  'Set the cross-region bandwidth',
  'Test the connectivity',
];

test('shows the six tutorial steps', async ({ page, cloud: _cloud }) => {
  await page.goto('/');
  for (const title of TITLES) await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
});

test('refuses a bad name at the field, before any request', async ({ page, cloud: _cloud }) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/openapi/CreateCen')) calls.push(request.url());
  });
  await page.goto('/');
  await page.getByLabel('Name').fill('1bad');
  await page.getByRole('button', { name: 'Create CEN instance' }).click();
  await expect(page.getByText(/starting with an English letter/).first()).toBeVisible();
  expect(calls).toEqual([]);
});

test('creates a CEN through the UI and sees it turn Active', async ({ page, cloud }) => {
  await cloud.setDelay(2000);
  await page.goto('/');
  await page.getByLabel('Name').fill('DifferentAccountDifferentRegion');
  await page.getByLabel('Description').fill('Created by the e2e suite');
  await page.getByRole('button', { name: 'Create CEN instance' }).click();

  const status = page.getByTestId('cen-status');
  await expect(status).toHaveText(/Creating/);
  await expect(page.getByText(/cen-[a-z0-9]{18}/).first()).toBeVisible();
  await expect(status).toHaveText(/Active/, { timeout: 15_000 });

  // The cloud really holds it: one CEN with this name, created once.
  const state = JSON.stringify(await cloud.state());
  expect(state.match(/DifferentAccountDifferentRegion/g)?.length).toBe(1);
});
