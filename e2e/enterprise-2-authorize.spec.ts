// Step 2 on Enterprise Edition end to end, from the mock's "enterprise-after-step-1" world (both services on, the
// CEN and its two routers Active, nothing granted): Account B grants the VPC chosen in step 1 to A's CEN with
// GrantInstanceToTransitRouter, choosing by keyboard that B pays (OrderType PayByResourceOwner), sees the grant
// listed as this CEN and Account A's, and a reload finds the step done from the cloud
// (docs/reference/enterprise-edition.md §2 step 3). The screen passes axe.
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { press, tabTo } from './keyboard';
import { UID_A, seedEnterpriseProgress } from './seeded-progress';
import { expectStepDone, openStep, recordCalls } from './walk';

interface EnterpriseState {
  cens: { id: string; ownerUid: string }[];
  vpcs: { id: string; name: string; regionId: string }[];
  transit: { grants: { cenId: string; cenOwnerUid: string; instanceId: string; orderType: string }[] };
}

test('Account B grants its VPC to A’s CEN by keyboard, choosing who pays, and the grant is listed', async ({
  page,
  cloud,
}) => {
  test.setTimeout(180_000);
  await cloud.reset('enterprise-after-step-1');
  const state = (await cloud.state()) as unknown as EnterpriseState;
  // The progress step 1 would have saved on Enterprise Edition (edition, CEN, both VPCs), step 1 finished.
  const { cenId, vpcB } = await seedEnterpriseProgress(page, state, 1, {
    steps: { '1': { status: 'finish' } },
  });
  expect(state.transit.grants).toEqual([]);
  const grants = recordCalls(page, 'GrantInstanceToTransitRouter');
  await page.goto('/');
  await openStep(page, 2);

  await expect(page.getByLabel('CEN ID')).toHaveValue(cenId ?? 'none');
  await expect(page.getByLabel("Account A's UID")).toHaveValue(UID_A, { timeout: 30_000 });
  await expect(page.getByLabel('Account B’s VPC')).toHaveValue(new RegExp(`^${vpcB?.id}`));
  await expect(page.getByText('This VPC is not granted to any CEN yet.')).toBeVisible({ timeout: 30_000 });

  // The checked radio takes the focus; the arrow moves the choice to B.
  const byA = page.getByRole('radio', { name: /Account A, the CEN’s owner, pays/ });
  const byB = page.getByRole('radio', { name: /Account B, the VPC’s owner, pays/ });
  await expect(byA).toBeChecked();
  await tabTo(page, byA);
  await page.keyboard.press('ArrowDown');
  await expect(byB).toBeChecked();
  await press(page, page.getByRole('button', { name: 'Grant to the CEN' }));

  await expect(page.getByTestId(`tr-grant-match-${cenId}`)).toHaveText('This CEN, Account A', {
    timeout: 30_000,
  });
  await expect(page.getByText(/Account B has granted/)).toBeVisible();
  await expectStepDone(page, 2);
  expect(grants).toHaveLength(1);
  await expectNoSeriousA11yViolations(page, 'step 2 on Enterprise Edition');

  const after = (await cloud.state()) as unknown as EnterpriseState;
  expect(after.transit.grants.map((g) => [g.cenId, g.cenOwnerUid, g.instanceId, g.orderType])).toEqual([
    [cenId, UID_A, vpcB?.id, 'PayByResourceOwner'],
  ]);

  // A reload finds the grant in the cloud: the step stays done, with the payer it was granted with.
  await page.reload();
  await openStep(page, 2);
  await expect(page.getByTestId(`tr-grant-match-${cenId}`)).toHaveText('This CEN, Account A', {
    timeout: 30_000,
  });
  await expect(byB).toBeChecked();
  await expect(page.getByRole('button', { name: 'Grant to the CEN' })).toHaveCount(0);
  expect(grants).toHaveLength(1);
});
