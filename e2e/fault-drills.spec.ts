// Fault drills: for each fault in the mock's catalogue (mocks/cloud/faults.ts) — throttling, 5xx, latency
// spikes, Operation.Blocking, an answer dropped after the write was applied — the console ends in the right state,
// with no duplicate resource. (Lost answers on the ClientToken writes: lost-response.spec.ts; a BFF restart in the
// middle of a run: resume.spec.ts.)
import type { Page } from '@playwright/test';
import { test, expect, type MockCloud } from './fixtures';
import {
  EN,
  TUTORIAL,
  allowFailedLoads,
  attachB,
  buyPackage,
  choose,
  createCen,
  expectStepDone,
  navStep,
  networkOption,
  next,
  recordCalls,
  setLimit,
  startAt,
  submitLimit,
  expectLimitActive,
} from './walk';

const UID_B = '9263584710374521';

interface Attachment {
  cenId: string;
  childId: string;
  childOwnerUid: string;
  status: string;
}

/** B's networks attached to a CEN of Account A (the other tenant's Shanghai VPC sits on its own CEN). */
async function bAttachmentsOfA(cloud: MockCloud) {
  const state = await cloud.state();
  const ours = new Set(
    (state.cens as { id: string; name: string }[])
      .filter((c) => c.name === TUTORIAL.cenName)
      .map((c) => c.id),
  );
  return (state.attachments as Attachment[]).filter((a) => ours.has(a.cenId) && a.childOwnerUid === UID_B);
}

function failure(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'The request failed' });
}

/** Step 3's form up to the click, for drills that expect the first click to fail. */
async function submitAttach(page: Page) {
  await choose(page, 'Region', EN.regionB);
  await choose(page, 'Networks', networkOption('B-Beijing-VPC'));
  await page.getByRole('button', { name: 'Attach network', exact: true }).click();
}

test('throttling: reads and token writes are retried by the BFF; a refused attach is retried by the user', async ({
  page,
  cloud,
  consoleErrors,
}) => {
  await cloud.reset('after-step-2');
  // Every action's next two calls are throttled: the BFF's backoff absorbs them.
  await cloud.setFault({ code: 'Throttling.User', count: 2 });
  await cloud.setFault({ action: 'CreateCenBandwidthPackage', code: 'Throttling.User', count: 2 });
  // A write without a ClientToken is not retried blindly by the BFF: the user sees the code and retries.
  await cloud.setFault({ action: 'AttachCenChildInstance', code: 'Throttling.User', count: 1 });
  await startAt(page, 3);
  await submitAttach(page);
  await expect(failure(page).getByTestId('error-code')).toHaveText('Throttling.User');
  await expect(failure(page).getByTestId('error-request-id')).not.toBeEmpty();
  await attachB(page);
  await next(page, 4);
  await buyPackage(page);
  expect(await bAttachmentsOfA(cloud)).toHaveLength(1);
  expect((await cloud.state()).bandwidthPackages).toHaveLength(1);
  allowFailedLoads(consoleErrors, [400]);
});

test('5xx: InternalError and ServiceUnavailable end in one CEN and one attachment', async ({
  page,
  cloud,
  consoleErrors,
}) => {
  await cloud.setFault({ action: 'CreateCen', code: 'InternalError', count: 2 });
  await cloud.setFault({ action: 'DescribeCens', code: 'ServiceUnavailable', count: 2 });
  await page.goto('/');
  await createCen(page);
  const cens = ((await cloud.state()).cens as { name: string }[]).filter((c) => c.name === TUTORIAL.cenName);
  expect(cens).toHaveLength(1);

  await cloud.reset('after-step-2');
  await cloud.setFault({ action: 'AttachCenChildInstance', code: 'ServiceUnavailable', count: 1 });
  const attaches = recordCalls(page, 'AttachCenChildInstance');
  await page.evaluate(() => localStorage.clear());
  await startAt(page, 3);
  await submitAttach(page);
  await expect(failure(page).getByTestId('error-code')).toHaveText('ServiceUnavailable');
  await attachB(page);
  expect(attaches).toHaveLength(2);
  expect(await bAttachmentsOfA(cloud)).toHaveLength(1);
  allowFailedLoads(consoleErrors, [503]);
});

test('latency spike: the slow write and the slow read are waited for, one region connection', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-4');
  await cloud.setFault({ action: 'SetCenInterRegionBandwidthLimit', latencyMs: 3000, count: 1 });
  await cloud.setFault({ action: 'DescribeCenInterRegionBandwidthLimits', latencyMs: 1500, count: 2 });
  const sets = recordCalls(page, 'SetCenInterRegionBandwidthLimit');
  await startAt(page, 5);
  await submitLimit(page);
  // The wait shows in the Steps bar while it lasts.
  await expect(navStep(page, 5)).toContainText(EN.inProgress);
  await expectLimitActive(page);
  expect(sets).toHaveLength(1);
  expect((await cloud.state()).interRegionLimits).toHaveLength(1);
});

test('Operation.Blocking: attach and bandwidth limit are refused while the CEN is busy, retrying succeeds', async ({
  page,
  cloud,
  consoleErrors,
}) => {
  await cloud.reset('operation-blocking'); // two attaches and one limit answer Operation.Blocking
  const attaches = recordCalls(page, 'AttachCenChildInstance');
  await startAt(page, 3);
  await submitAttach(page);
  const code = failure(page).getByTestId('error-code');
  await expect(code).toHaveText('Operation.Blocking');
  await expect(failure(page).getByTestId('error-hint')).toBeVisible();
  await page.getByRole('button', { name: 'Attach network', exact: true }).click();
  await expect.poll(() => attaches.length).toBe(2);
  await expect(code).toHaveText('Operation.Blocking');
  await attachB(page);
  expect(attaches).toHaveLength(3);
  await next(page, 4);
  await buyPackage(page);
  await next(page, 5);
  await submitLimit(page);
  await expect(code).toHaveText('Operation.Blocking');
  await setLimit(page);
  expect(await bAttachmentsOfA(cloud)).toHaveLength(1);
  expect((await cloud.state()).interRegionLimits).toHaveLength(1);
  allowFailedLoads(consoleErrors, [400]);
});

test('a dropped answer after AttachCenChildInstance (no ClientToken): the console ends Attached, once', async ({
  page,
  cloud,
  consoleErrors,
}) => {
  await cloud.reset('after-step-2');
  await cloud.setFault({ action: 'AttachCenChildInstance', count: 1, dropResponse: true });
  await startAt(page, 3);
  await submitAttach(page);
  await expect(failure(page)).toContainText('no answer came back from the cloud');
  // The user does what the console suggests: retry. The cloud says it is attached already; the console reads
  // the attachments again and follows the cloud.
  await page.getByRole('button', { name: 'Attach network', exact: true }).click();
  await expect(page.getByText("Account B's network is attached. Continue with step 4.")).toBeVisible();
  await expectStepDone(page, 3);
  expect(await bAttachmentsOfA(cloud)).toHaveLength(1);
  allowFailedLoads(consoleErrors, [400, 409, 504]);
});
