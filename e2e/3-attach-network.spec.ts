// Tutorial step 3 end to end, from a cloud seeded "after step 2": Account A attaches B's granted VPC (Different
// Account, B's UID filled in), ungranted networks are disabled with the reason, and Attaching → Attached is polled.
import { test, expect } from './fixtures';
import { EN, attachB, choose, networkOption, recordCalls, startAt } from './walk';

test('Account A attaches the granted VPC of Account B and sees it Attached', async ({ page, cloud }) => {
  await cloud.reset('after-step-2');
  await cloud.holdTransitions();
  const attaches = recordCalls(page, 'AttachCenChildInstance');
  await startAt(page, 3);
  const done = attachB(page);
  // The asynchronous wait is visible while it lasts: the attachment stays Attaching until the clock moves on.
  // The clock of this expect starts before attachB picks region and network, hence the longer wait.
  await expect(page.getByRole('region', { name: 'Attached networks' })).toContainText('Attaching', {
    timeout: 30_000,
  });
  await cloud.finishTransitions();
  await done;
  expect(attaches).toHaveLength(1);

  const state = await cloud.state();
  const attached = (state.attachments as { childOwnerUid: string; status: string; cenId: string }[]).filter(
    (a) => a.childOwnerUid === '9263584710374521' && a.status === 'Attached',
  );
  expect(attached).toHaveLength(2); // ours and the other tenant's Shanghai VPC
});

test('a network not granted to this CEN cannot be chosen, and says why', async ({ page, cloud }) => {
  await cloud.reset('missing-grant');
  const attaches = recordCalls(page, 'AttachCenChildInstance');
  await startAt(page, 3);
  await choose(page, 'Region', EN.regionB);
  await page.getByLabel('Networks', { exact: true }).click();
  const option = page.getByRole('option', { name: networkOption('B-Beijing-VPC') });
  await expect(option).toHaveAttribute('aria-disabled', 'true');
  await expect(option).toContainText('not authorized to this CEN — do step 2 first');
  await expect(page.getByRole('option', { name: networkOption('B-Beijing-Legacy-VPC') })).toHaveAttribute(
    'aria-disabled',
    'false',
  );
  expect(attaches).toEqual([]);
});
