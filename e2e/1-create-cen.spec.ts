// Tutorial step 1 end to end: the form in Chromium → the BFF → a real signed CreateCen → the mock cloud, which
// verifies the signature, creates the CEN in Creating and turns it Active after its delay.
import { test, expect } from './fixtures';
import { EN, TUTORIAL, choose, createCen, networkOption, next, recordCalls } from './walk';

test('shows the six tutorial steps', async ({ page, cloud: _cloud }) => {
  await page.goto('/');
  for (const title of EN.titles) await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
});

test('refuses a bad name at the field, before any request', async ({ page, cloud: _cloud }) => {
  const calls = recordCalls(page, 'CreateCen');
  await page.goto('/');
  await page.getByLabel('Name').fill('1bad');
  await page.getByRole('button', { name: 'Create CEN instance' }).click();
  await expect(page.getByText(/starting with an English letter/).first()).toBeVisible();
  expect(calls).toEqual([]);
});

test('creates a CEN through the UI and sees it turn Active', async ({ page, cloud }) => {
  await cloud.holdTransitions();
  await page.goto('/');
  await page.getByLabel('Name').fill('DifferentAccountDifferentRegion');
  await page.getByLabel('Description').fill('Created by the e2e suite');
  await page.getByRole('button', { name: 'Create CEN instance' }).click();

  const status = page.getByTestId('cen-status');
  await expect(status).toHaveText(/Creating/);
  await expect(page.getByText(/cen-[a-z0-9]{18}/).first()).toBeVisible();
  await cloud.finishTransitions();
  await expect(status).toHaveText(/Active/);

  // The cloud really holds it: one CEN with this name, created once.
  const state = JSON.stringify(await cloud.state());
  expect(state.match(/DifferentAccountDifferentRegion/g)?.length).toBe(1);
});

test('"Attach a network", Current Account: A\'s own VPC is attached once the CEN is Active', async ({
  page,
  cloud,
}) => {
  await page.goto('/');
  await createCen(page); // walk.ts: checks the CEN Active and the network Attached
  const state = await cloud.state();
  const cen = (state.cens as { id: string; name: string }[]).find((c) => c.name === TUTORIAL.cenName);
  const attached = (state.attachments as { cenId: string; childOwnerUid: string }[]).filter(
    (a) => a.cenId === cen?.id,
  );
  expect(attached).toEqual([expect.objectContaining({ childOwnerUid: '1262302482727553' })]);
});

test('"Attach a network", Different Account: explains that B authorizes first and hands the network to step 2', async ({
  page,
  cloud,
}) => {
  const attaches = recordCalls(page, 'AttachCenChildInstance');
  await page.goto('/');
  await page.getByLabel('Name').fill(TUTORIAL.cenName);
  await page.getByLabel('Attach a network').check();
  await page.getByLabel('Different Account').check();
  await expect(page.getByText(/can be attached only after that account authorizes this CEN/)).toBeVisible();
  await choose(page, 'Region', EN.regionB);
  await choose(page, 'Networks', networkOption('B-Beijing-VPC'));
  await page.getByRole('button', { name: 'Create CEN instance', exact: true }).click();
  await expect(page.getByTestId('cen-status')).toHaveText(/Active/);
  await next(page, 2);
  // Handed over: step 2 opens on B's network, nothing to pick again.
  await expect(page.getByText(/^B-Beijing-VPC \(vpc-/)).toBeVisible();
  await page.getByRole('button', { name: 'Authorize', exact: true }).click();
  await expect(page.getByText(/^Account B has authorized the CEN for vpc-/)).toBeVisible();
  expect(attaches).toEqual([]); // not attached before B authorizes
  expect((await cloud.state()).grants).toHaveLength(2); // the other tenant's and ours
});
