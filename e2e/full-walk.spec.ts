// The whole tutorial in one flow (one full walk of all six steps), from the demo world to a ping
// that gets its replies both ways; each step's write happens exactly once in the cloud.
import { expectNoSeriousA11yViolations } from './axe';
import { test, expect } from './fixtures';
import { press, selectByKeyboard, tabTo, typeInto } from './keyboard';
import { EN, TUTORIAL, expectStepDone, networkOption, stepHeading, walkAllSteps } from './walk';
import { WALK_MS_ANNOTATION, WALK_STEP } from '../test-support/ui-walk-step';

test('walks all six steps from the demo world and pings both ways', async ({ page, cloud }) => {
  const started = performance.now();
  // One step, so the bench can count the walk's own browser actions for its floor (bench/walk-floor/).
  await test.step(WALK_STEP, () => walkAllSteps(page));
  // The walk alone, without the browser's start, the sandbox and the checks below (bench/ui-walk-bench.ts).
  test.info().annotations.push({
    type: WALK_MS_ANNOTATION,
    description: String(Math.round(performance.now() - started)),
  });
  for (const n of [1, 2, 3, 4, 5, 6]) await expectStepDone(page, n);
  await expectNoSeriousA11yViolations(page, 'the end of the full walk');

  const state = await cloud.state();
  expect(state.cens).toHaveLength(2); // ours and the other tenant's
  expect(state.bandwidthPackages).toHaveLength(1);
  expect(state.interRegionLimits).toHaveLength(1);
});

test('completes all six steps with the keyboard only', async ({ page, cloud: _cloud }) => {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const region = () => page.getByLabel('Region', { exact: true });
  const networks = () => page.getByLabel('Networks', { exact: true });
  const nextStep = async (n: number) => {
    await press(page, button(EN.next));
    await expect(stepHeading(page, n)).toBeVisible();
  };
  await page.goto('/');

  await typeInto(page, page.getByLabel('Name'), TUTORIAL.cenName);
  await typeInto(page, page.getByLabel('Description'), 'Keyboard only');
  await press(page, page.getByLabel('Attach a network'), 'Space');
  await tabTo(page, page.getByLabel('Different Account'));
  await page.keyboard.press('ArrowLeft'); // the radio group moves to "Current Account"
  await expect(page.getByLabel('Current Account')).toBeChecked();
  await selectByKeyboard(page, region(), /^China North 1 \(Qingdao\)$/);
  await selectByKeyboard(page, networks(), networkOption('A-Qingdao-VPC'));
  await press(page, button('Create CEN instance'));
  await expect(page.getByTestId('own-network-status')).toHaveText('Attached');
  await nextStep(2);

  await selectByKeyboard(page, region(), /^China North 2 \(Beijing\)$/);
  await selectByKeyboard(page, networks(), networkOption('B-Beijing-VPC'));
  await press(page, button('Authorize'));
  await expectStepDone(page, 2);
  await nextStep(3);

  await selectByKeyboard(page, region(), /^China North 2 \(Beijing\)$/);
  await selectByKeyboard(page, networks(), networkOption('B-Beijing-VPC'));
  await press(page, button('Attach network'));
  await expectStepDone(page, 3);
  await nextStep(4);

  await typeInto(page, page.getByLabel('Bandwidth', { exact: true }), String(TUTORIAL.packageMbps));
  await typeInto(page, page.getByLabel('Bandwidth Package Name'), TUTORIAL.packageName);
  await press(page, button('Buy bandwidth package'));
  await expectStepDone(page, 4);
  await nextStep(5);

  await typeInto(page, page.getByLabel('Bandwidth', { exact: true }), String(TUTORIAL.limitMbps));
  await press(page, button('Set cross-region bandwidth'));
  await expectStepDone(page, 5);
  await nextStep(6);

  await selectByKeyboard(page, page.getByLabel(/^ECS instance in .*Qingdao/), /a-qingdao-ecs/);
  await selectByKeyboard(page, page.getByLabel(/^ECS instance in .*Beijing/), /b-beijing-ecs/);
  await expect(page.getByTestId('ping-from-A')).toHaveText(`ping -c 4 ${TUTORIAL.ipB}`);
  for (const n of [1, 2, 3, 4, 5, 6]) await expectStepDone(page, n);
});
