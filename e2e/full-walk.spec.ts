// The whole tutorial in one flow (issue 5 "Tests": one full walk of all six steps), from the demo world to a ping
// that gets its replies both ways; each step's write happens exactly once in the cloud.
import { test, expect } from './fixtures';
import {
  attachB,
  authorize,
  buyPackage,
  createCen,
  expectStepDone,
  next,
  pickInstances,
  pingBothWays,
  setLimit,
} from './walk';

test('walks all six steps from the demo world and pings both ways', async ({ page, cloud }) => {
  await page.goto('/');
  await createCen(page);
  await next(page, 2);
  await authorize(page);
  await next(page, 3);
  await attachB(page);
  await next(page, 4);
  await buyPackage(page);
  await next(page, 5);
  await setLimit(page);
  await next(page, 6);
  await pickInstances(page);
  await pingBothWays(page);
  for (const n of [1, 2, 3, 4, 5, 6]) await expectStepDone(page, n);

  const state = await cloud.state();
  expect(state.cens).toHaveLength(2); // ours and the other tenant's
  expect(state.bandwidthPackages).toHaveLength(1);
  expect(state.interRegionLimits).toHaveLength(1);
});
