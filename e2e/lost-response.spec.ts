// A retry after a lost answer creates nothing twice (never lose progress, even to a dropped answer): the
// mock applies the write and drops its response. The BFF retries a write that carries a ClientToken by itself
// (src/server/openapi-client.ts); when every one of its attempts loses the answer too, the console says the outcome
// is unknown and that retrying is safe, the user retries — and the cloud holds exactly one CEN / one bandwidth
// package, because every attempt sent the same saved ClientToken (docs/reference/cen-api.md §2 steps 1 and 4).
import type { Page } from '@playwright/test';
import { test, expect, type MockCloud } from './fixtures';
import {
  TUTORIAL,
  allowFailedLoads,
  auditOf,
  buyPackage,
  createCen,
  recordCalls,
  startAt,
  stepHeading,
} from './walk';

/** The BFF's own attempts per browser call: 1 + CEN_CONNECT_MAX_RETRIES (default 3, src/server/env.ts). */
const BFF_ATTEMPTS = 4;

async function cenCount(cloud: MockCloud) {
  return ((await cloud.state()).cens as { name: string }[]).filter((c) => c.name === TUTORIAL.cenName).length;
}

async function expectOneToken(page: Page, action: string, since: string) {
  const entries = await auditOf(page, action, since);
  expect(entries.length).toBeGreaterThan(0);
  expect(new Set(entries.map((e) => e.params.ClientToken)).size).toBe(1);
  return entries;
}

function lostAnswer(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'the network: no answer came back from the cloud' });
}

test('CreateCen: one lost answer is retried by the BFF with the same token — one CEN', async ({
  page,
  cloud,
}) => {
  const since = new Date().toISOString();
  await cloud.reset('lost-response'); // drops the first CreateCen after creating it
  await page.goto('/');
  await createCen(page);
  expect(await cenCount(cloud)).toBe(1);
  const [entry] = await expectOneToken(page, 'CreateCen', since);
  expect(entry).toMatchObject({ outcome: 'ok', attempts: 2 });
});

test('CreateCen: every attempt loses its answer, the user retries — one CEN', async ({
  page,
  cloud,
  consoleErrors,
}) => {
  const since = new Date().toISOString();
  await cloud.setFault({ action: 'CreateCen', count: BFF_ATTEMPTS, dropResponse: true });
  const creates = recordCalls(page, 'CreateCen');
  await page.goto('/');
  await expect(stepHeading(page, 1)).toBeVisible();
  await page.getByLabel('Name').fill(TUTORIAL.cenName);
  const create = page.getByRole('button', { name: 'Create CEN instance', exact: true });
  await create.click();

  await expect(lostAnswer(page)).toContainText(
    'Retrying is safe for calls that create or buy: the same ClientToken is sent',
  );
  // The write was applied although no answer came back.
  expect(await cenCount(cloud)).toBe(1);

  await create.click();
  await expect(page.getByTestId('cen-status')).toHaveText(/Active/);
  expect(creates).toHaveLength(2);
  expect(await cenCount(cloud)).toBe(1);
  const entries = await expectOneToken(page, 'CreateCen', since);
  expect(entries.map((e) => e.outcome)).toEqual(['error', 'ok']);
  allowFailedLoads(consoleErrors, [504]);
});

test('CreateCenBandwidthPackage: every attempt loses its answer, the user retries — one package', async ({
  page,
  cloud,
  consoleErrors,
}) => {
  const since = new Date().toISOString();
  await cloud.reset('after-step-3');
  await cloud.setFault({ action: 'CreateCenBandwidthPackage', count: BFF_ATTEMPTS, dropResponse: true });
  const buys = recordCalls(page, 'CreateCenBandwidthPackage');
  await startAt(page, 4);
  await page.getByLabel('Bandwidth', { exact: true }).fill(String(TUTORIAL.packageMbps));
  await page.getByLabel('Bandwidth Package Name').fill(TUTORIAL.packageName);
  await page.getByRole('button', { name: 'Buy bandwidth package', exact: true }).click();
  await expect(lostAnswer(page)).toContainText('Retrying is safe');
  expect((await cloud.state()).bandwidthPackages).toHaveLength(1);

  await buyPackage(page); // the same form, submitted again
  expect(buys).toHaveLength(2);
  expect((await cloud.state()).bandwidthPackages).toHaveLength(1);
  await expectOneToken(page, 'CreateCenBandwidthPackage', since);
  allowFailedLoads(consoleErrors, [504]);
});
