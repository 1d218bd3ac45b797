// The axe scan of every step's screen: no serious or critical violation on each step's
// form, on each step once done, and in Chinese. (The full walk ends with the same scan: full-walk.spec.ts.)
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { EN, adoptCen, choose, expectStepDone, networkOption, openStep, stepHeading } from './walk';

// Thirteen full-page scans: axe takes a few seconds each on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('each step form, before anything is done', async ({ page, cloud }) => {
  await page.goto('/');
  await expect(stepHeading(page, 1)).toBeVisible();
  await page.getByLabel('Attach a network').check();
  await expectNoSeriousA11yViolations(page, 'step 1 form');
  // A field error is announced and passes too.
  await page.getByRole('button', { name: 'Create CEN instance', exact: true }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'step 1 with field errors');

  await cloud.reset('after-step-1');
  await adoptCen(page);
  for (const n of [2, 3, 4, 5, 6]) {
    await openStep(page, n);
    // Step 2 with B's network chosen; step 3 with the not-yet-granted network listed disabled with its reason.
    if (n === 2 || n === 3) await choose(page, 'Region', EN.regionB);
    if (n === 2) await choose(page, 'Networks', networkOption('B-Beijing-VPC'));
    await expectNoSeriousA11yViolations(page, `step ${n} form`);
  }
});

test('each step once done, in English and in Chinese', async ({ page, cloud }) => {
  await cloud.reset('after-step-5');
  await adoptCen(page);
  await page.reload();
  // The console reconciles with the cloud, then every step is done: scan them after that, not while it runs.
  for (const n of [1, 2, 3, 4, 5]) await expectStepDone(page, n);
  for (const n of [1, 2, 3, 4, 5, 6]) {
    await openStep(page, n);
    await expectNoSeriousA11yViolations(page, `step ${n} done`);
  }
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '步骤6 测试连通性' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'step 6 in Chinese');
});
