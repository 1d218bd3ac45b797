// Tutorial step 6 end to end, from a cloud seeded "after step 5": pick an ECS instance on each side and get both
// private IPs and the exact ping to run on each (the diagnosis has its own spec, 6-diagnosis.spec.ts).
import { test, expect } from './fixtures';
import { pickInstances, startAt } from './walk';

test('shows both private IPs and the ping to run on each side', async ({ page, cloud }) => {
  await cloud.reset('after-step-5');
  await startAt(page, 6);
  await pickInstances(page);
  await expect(page.getByTestId('private-ip-A')).toHaveText('172.16.1.10');
  await expect(page.getByTestId('private-ip-B')).toHaveText('192.168.1.20');
});
