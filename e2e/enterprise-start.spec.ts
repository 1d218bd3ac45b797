// A newcomer reaches the Enterprise Edition journey from `npm start`'s world, keyboard only: the demo tools'
// "Start from" picks "Accounts opened today: Enterprise Edition" (the mock's enterprise-edition seed, Basic Edition
// refused to A and B), after a confirm the mock cloud is rebuilt and the console is back at step 1, whose edition
// note says Enterprise and why (docs/reference/enterprise-edition.md §1). Then, in a fresh browser on the
// enterprise-after-step-1 world, step 1 adopts the existing Enterprise CEN: its two routers are used, none created.
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { press, selectByKeyboard, tabTo } from './keyboard';
import { UID_A, UID_B } from './seeded-progress';
import { expectStepDone, recordCalls, stepHeading } from './walk';

interface TransitState {
  cens: { id: string; ownerUid: string }[];
  transit: { basicRefused: string[]; routers: { id: string; regionId: string; type?: string }[] };
}

test('the demo tools start the Enterprise world by keyboard; step 1 takes the Enterprise path', async ({
  page,
  cloud,
}) => {
  test.setTimeout(180_000);
  await cloud.reset('demo');
  await page.goto('/');
  const note = page.getByTestId('cen-edition');
  await expect(note).toContainText('CEN edition: Basic Edition', { timeout: 30_000 });

  const world = page.getByLabel('Start from');
  await selectByKeyboard(page, world, /^Accounts opened today: Enterprise Edition$/);
  await expect(page.getByTestId('world-explain')).toContainText('can no longer use Basic Edition');
  await press(page, page.getByRole('button', { name: 'Start on this world' }));
  await expect(page.getByText(/^Start again on “Accounts opened today: Enterprise Edition”\?/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the world picker and its confirm');
  await press(page, page.getByRole('button', { name: 'Start again' }));
  await expect(
    page.getByText(
      'The mock cloud is at the start of “Accounts opened today: Enterprise Edition”; the console is back at step 1.',
    ),
  ).toBeVisible({ timeout: 30_000 });

  const state = (await cloud.state()) as unknown as TransitState;
  expect([...state.transit.basicRefused].sort()).toEqual([UID_A, UID_B].sort());
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(note).toContainText('CEN edition: Enterprise Edition (transit routers)', { timeout: 30_000 });
  await expect(note).toContainText('Account A can no longer use Basic Edition');
  await expect(page.getByTestId('tr-service-A')).toHaveText('Off', { timeout: 30_000 });
  await expectNoSeriousA11yViolations(page, 'step 1 on Enterprise Edition after the world was chosen');
});

test('a fresh browser adopts the existing Enterprise CEN in step 1, keyboard only, and its routers', async ({
  page,
  cloud,
}) => {
  test.setTimeout(180_000);
  await cloud.reset('enterprise-after-step-1');
  const state = (await cloud.state()) as unknown as TransitState;
  const cenId = state.cens.find((c) => c.ownerUid === UID_A)?.id ?? 'no CEN of A';
  const routers = recordCalls(page, 'CreateTransitRouter');
  await page.goto('/');
  const note = page.getByTestId('cen-edition');
  await expect(note).toContainText('Enterprise Edition', { timeout: 30_000 });

  // The picker reads A's CENs when it takes the focus (adopt-cen.tsx): wait for that answer before moving in it.
  const picker = page.getByLabel('Or use an existing CEN instance of Account A');
  const listed = page.waitForResponse((r) =>
    /\/api\/openapi\/(Cbn\.)?DescribeCens$/.test(new URL(r.url()).pathname),
  );
  await tabTo(page, picker);
  await listed;
  await selectByKeyboard(page, picker, new RegExp(cenId));
  await press(page, page.getByRole('button', { name: 'Use this CEN' }));
  const form = page.getByRole('form', { name: 'The two VPCs this CEN connects' });
  await expect(form).toBeVisible({ timeout: 30_000 });
  await expect(note).toContainText('a CEN keeps its edition');
  for (const [account, region, vpc] of [
    ['A', /Qingdao/, /A-Qingdao-VPC/],
    ['B', /Beijing/, /B-Beijing-VPC/],
  ] as const) {
    const group = form.getByRole('group', { name: `Account ${account}’s VPC` });
    await selectByKeyboard(page, group.getByRole('combobox', { name: 'Region' }), region);
    const networks = group.getByRole('combobox', { name: 'Networks' });
    await expect(networks).toBeEnabled();
    await selectByKeyboard(page, networks, vpc);
  }
  await expectNoSeriousA11yViolations(page, 'step 1 choosing an adopted CEN’s VPCs');
  await press(page, form.getByRole('button', { name: 'Use these VPCs' }));

  for (const region of ['cn-qingdao', 'cn-beijing'])
    await expect(page.getByTestId(`tr-status-${region}`)).toHaveText('Active', { timeout: 30_000 });
  await expectStepDone(page, 1);
  expect(routers).toEqual([]);
  await expect(page.getByText(/Next: Account B grants its VPC/)).toBeVisible();

  // A reload keeps the adopted CEN, its VPCs and the edition (reconcile-enterprise.tsx finds step 1 done).
  await page.reload();
  await expectStepDone(page, 1);
  await expect(note).toContainText('Enterprise Edition (transit routers)', { timeout: 30_000 });
});
