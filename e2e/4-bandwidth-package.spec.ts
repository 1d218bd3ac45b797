// Tutorial step 4 end to end, from a cloud seeded "after step 3": Account A buys the tutorial's package (areas
// proposed from the attached regions, the prepaid warning before buying) and it is associated with the CEN.
import { test, expect } from './fixtures';
import { buyPackage, recordCalls, startAt } from './walk';

test('buys a Mainland China package and associates it with the CEN', async ({ page, cloud }) => {
  await cloud.reset('after-step-3');
  const buys = recordCalls(page, 'CreateCenBandwidthPackage');
  await startAt(page, 4);
  await expect(page.getByLabel('Area A', { exact: true })).toBeVisible();
  await expect(page.getByText('Mainland China').first()).toBeVisible();
  await buyPackage(page);
  expect(buys).toHaveLength(1);

  const state = await cloud.state();
  const packages = state.bandwidthPackages as { bandwidth: number; name: string; cenId?: string | null }[];
  expect(packages).toHaveLength(1);
  expect(packages[0]).toMatchObject({ bandwidth: 8, name: 'MainlandBandwidthPackage' });
});

test('refuses a bandwidth outside 2–10000 Mbps at the field, before any request', async ({ page, cloud }) => {
  await cloud.reset('after-step-3');
  const buys = recordCalls(page, 'CreateCenBandwidthPackage');
  await startAt(page, 4);
  await page.getByLabel('Bandwidth', { exact: true }).fill('1');
  await page.getByLabel('Bandwidth Package Name').fill('MainlandBandwidthPackage');
  await page.getByRole('button', { name: 'Buy bandwidth package', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('from 2 to 10000');
  expect(buys).toEqual([]);
});
