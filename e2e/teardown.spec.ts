// The guided teardown end to end: against the mock cloud after the tutorial's five steps, with the
// prepaid-package warning and a confirmation first; and a teardown interrupted by a reload half-way resumes from
// what the cloud shows, sending no write twice.
import type { Page } from '@playwright/test';
import { test, expect, type MockCloud } from './fixtures';
import { seedProgress, UID_A } from './seeded-progress';

function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/openapi\/(?:Cbn\.|Vpc\.)?((?:Set|Unassociate|Detach|Delete|Revoke)[A-Za-z]+)/.exec(
      r.url(),
    );
    if (m && r.method() === 'POST') writes.push(m[1] ?? '');
  });
  return writes;
}

async function cloudIsClean(cloud: MockCloud, cenId: string) {
  const state = (await cloud.state()) as {
    cens: { id: string }[];
    grants: { cenId: string }[];
    attachments: { cenId: string }[];
    bandwidthPackages: { id: string; ownerUid: string }[];
  };
  expect(state.cens.map((c) => c.id)).not.toContain(cenId);
  expect(state.grants.filter((g) => g.cenId === cenId)).toEqual([]);
  expect(state.attachments.filter((a) => a.cenId === cenId)).toEqual([]);
  // The prepaid package stays: no API deletes it.
  expect(state.bandwidthPackages.filter((p) => p.ownerUid === UID_A)).toHaveLength(1);
}

test('tears the finished setup down in order, after a warning and a confirmation', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-5');
  const writes = recordWrites(page);
  const world = await seedProgress(page, cloud, '#teardown');
  const view = page.getByTestId('teardown-view');
  await expect(view.getByTestId('teardown-prepaid-warning')).toContainText('cannot be deleted by API');
  await expect(view.getByTestId('plan-call')).toHaveCount(6);
  await expect(view.getByTestId('plan-call').first()).toContainText('"BandwidthLimit": 0');
  await view.getByRole('button', { name: 'Tear down…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Tear down ${world.cenId}?`);
  expect(writes).toEqual([]);
  await dialog.getByRole('button', { name: 'Tear down' }).click();
  await expect(view.getByTestId('teardown-complete')).toBeVisible({ timeout: 45_000 });
  expect(writes).toEqual([
    'SetCenInterRegionBandwidthLimit',
    'UnassociateCenBandwidthPackage',
    'DetachCenChildInstance',
    'DetachCenChildInstance',
    'DeleteCen',
    'RevokeInstanceFromCen',
  ]);
  await cloudIsClean(cloud, world.cenId);
});

test('resumes a half-finished teardown after a reload, sending no write twice', async ({ page, cloud }) => {
  test.setTimeout(90_000);
  await cloud.reset('after-step-5');
  // Slow statuses, so the reload lands while the cloud is still detaching.
  await cloud.setDelay(2000);
  const writes = recordWrites(page);
  const world = await seedProgress(page, cloud, '#teardown');
  const view = page.getByTestId('teardown-view');
  await expect(view.getByTestId('plan-call')).toHaveCount(6);
  await view.getByRole('button', { name: 'Tear down…' }).click();
  const firstDetach = page.waitForResponse((r) => r.url().includes('DetachCenChildInstance'), {
    timeout: 45_000,
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Tear down' }).click();
  // Reload once the cloud has accepted the first detach: the run is half-way, the cloud still detaching.
  expect((await firstDetach).ok()).toBe(true);
  await page.reload();

  const resume = page.getByTestId('teardown-resume');
  await expect(resume).toContainText(`A teardown of ${world.cenId}`);
  // Only what remains is planned: the connection and the package association are already gone.
  await expect(view.getByTestId('plan-call').first()).not.toContainText('SetCenInterRegionBandwidthLimit');
  await resume.getByRole('button', { name: 'Resume teardown' }).click();
  await expect(view.getByTestId('teardown-complete')).toBeVisible({ timeout: 60_000 });
  for (const w of [
    'SetCenInterRegionBandwidthLimit',
    'UnassociateCenBandwidthPackage',
    'DeleteCen',
    'RevokeInstanceFromCen',
  ])
    expect(
      writes.filter((x) => x === w),
      w,
    ).toHaveLength(1);
  expect(writes.filter((x) => x === 'DetachCenChildInstance')).toHaveLength(2);
  await cloudIsClean(cloud, world.cenId);
});
