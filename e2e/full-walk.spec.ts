// The whole tutorial in one flow (issue 5 "Tests": one full walk of all six steps), from the demo world to a ping
// that gets its replies both ways; each step's write happens exactly once in the cloud.
import { expectNoSeriousA11yViolations } from './axe';
import { test, expect } from './fixtures';
import { expectStepDone, walkAllSteps } from './walk';

test('walks all six steps from the demo world and pings both ways', async ({ page, cloud }) => {
  await walkAllSteps(page);
  for (const n of [1, 2, 3, 4, 5, 6]) await expectStepDone(page, n);
  await expectNoSeriousA11yViolations(page, 'the end of the full walk');

  const state = await cloud.state();
  expect(state.cens).toHaveLength(2); // ours and the other tenant's
  expect(state.bandwidthPackages).toHaveLength(1);
  expect(state.interRegionLimits).toHaveLength(1);
});
