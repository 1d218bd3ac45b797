// Tutorial step 2 end to end, from a cloud seeded "after step 1": Account B grants its Beijing VPC to A's CEN with
// the CEN ID and A's UID filled in (nothing copied by hand), and B's grant rules show it.
import { test, expect } from './fixtures';
import { EN, authorize, choose, networkOption, recordCalls, startAt } from './walk';

const UID_A = '1262302482727553';

test('Account B authorizes its VPC for the CEN of step 1', async ({ page, cloud }) => {
  await cloud.reset('after-step-1');
  const grants = recordCalls(page, 'GrantInstanceToCen');
  await startAt(page, 2);
  await authorize(page);
  expect(grants).toHaveLength(1);

  const rules = page.getByRole('region', { name: 'Existing grant rules of this network (Account B)' });
  await expect(rules.getByRole('listitem')).toHaveCount(1);
  await expect(rules).toContainText(`CEN owner UID: ${UID_A}`);

  const state = await cloud.state();
  const ours = (state.grants as { cenOwnerUid: string; instanceOwnerUid: string }[]).filter(
    (g) => g.cenOwnerUid === UID_A,
  );
  expect(ours).toHaveLength(1);
  expect(ours[0]?.instanceOwnerUid).toBe('9263584710374521');
});

test('a grant made elsewhere is adopted, not made twice', async ({ page, cloud }) => {
  await cloud.reset('after-step-2');
  const grants = recordCalls(page, 'GrantInstanceToCen');
  await startAt(page, 2);
  await choose(page, 'Region', EN.regionB);
  await choose(page, 'Networks', networkOption('B-Beijing-VPC'));
  await expect(page.getByText('This network is already authorized for this CEN.')).toBeVisible();
  await page.getByRole('button', { name: 'Use this network', exact: true }).click();
  await expect(page.getByText(/^Account B has authorized the CEN for vpc-/)).toBeVisible();
  expect(grants).toEqual([]);
});
