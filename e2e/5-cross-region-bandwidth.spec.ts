// Tutorial step 5 end to end, from a cloud seeded "after step 4": the package's budget is shown, an over-allocation
// is refused before any request, and 5 Mbps between Qingdao and Beijing goes Modifying → Active.
import { test, expect } from './fixtures';
import { recordCalls, setLimit, startAt, submitLimit } from './walk';

test('sets 5 Mbps between China North 1 and China North 2 and sees it Active', async ({ page, cloud }) => {
  await cloud.reset('after-step-4');
  const sets = recordCalls(page, 'SetCenInterRegionBandwidthLimit');
  await startAt(page, 5);
  await expect(page.getByLabel('Local region')).toBeVisible();
  await setLimit(page);
  await expect(page.getByRole('region', { name: 'Region connections' })).toContainText(
    'China North 1 (Qingdao) ↔ China North 2 (Beijing)',
  );
  expect(sets).toHaveLength(1);
  const limits = (await cloud.state()).interRegionLimits as { bandwidthLimit?: number }[];
  expect(limits).toHaveLength(1);
});

test('refuses more than the package holds, before any request', async ({ page, cloud }) => {
  await cloud.reset('after-step-4');
  const sets = recordCalls(page, 'SetCenInterRegionBandwidthLimit');
  await startAt(page, 5);
  await expect(page.getByText('Remaining8 Mbps')).toBeVisible();
  await submitLimit(page, 9);
  await expect(page.getByRole('alert')).toContainText('8 Mbps');
  expect(sets).toEqual([]);
  expect((await cloud.state()).interRegionLimits).toEqual([]);
});
