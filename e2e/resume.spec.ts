// Never lose progress: reload in the middle of each asynchronous wait —
// Creating, Attaching, Modifying — and the console comes back at the same step with the cloud's status, which then
// finishes; nothing is sent twice. And a BFF restart in the middle of a run: the browser's saved progress survives
// and the console reconciles it against the cloud, which (like Alibaba Cloud) outlives the console server.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  EN,
  TUTORIAL,
  adoptCen,
  allowFailedLoads,
  choose,
  expectProgressChecked,
  expectStepDone,
  navStep,
  networkOption,
  recordCalls,
  startAt,
  submitLimit,
  expectLimitActive,
  stepHeading,
} from './walk';
import { freePort } from '../test-support/node-process';
import { mockCloudEnv, startBff, startStandaloneMock } from '../test-support/server-processes';

test('reload while the CEN is Creating: back at step 1, it turns Active, created once', async ({
  page,
  cloud,
}) => {
  await cloud.holdTransitions();
  const creates = recordCalls(page, 'CreateCen');
  await page.goto('/');
  await page.getByLabel('Name').fill(TUTORIAL.cenName);
  await page.getByRole('button', { name: 'Create CEN instance', exact: true }).click();
  await expect(page.getByTestId('cen-status')).toHaveText(/Creating/);
  await expect(navStep(page, 1)).toContainText(EN.inProgress);

  await page.reload();
  await expect(stepHeading(page, 1)).toBeVisible();
  // Checked while Creating: a CEN already Active when the check reads it rightly opens step 2 instead.
  await expectProgressChecked(page);
  await expect(page.getByTestId('cen-status')).toHaveText(/Creating/);
  await cloud.finishTransitions();
  await expect(page.getByTestId('cen-status')).toHaveText(/Active/);
  await expectStepDone(page, 1);
  expect(creates).toHaveLength(1);
  expect(
    ((await cloud.state()).cens as { name: string }[]).filter((c) => c.name === TUTORIAL.cenName),
  ).toHaveLength(1);
});

test('reload while the network is Attaching: back at step 3, it turns Attached, attached once', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-2');
  await cloud.holdTransitions();
  const attaches = recordCalls(page, 'AttachCenChildInstance');
  await startAt(page, 3);
  await choose(page, 'Region', EN.regionB);
  await choose(page, 'Networks', networkOption('B-Beijing-VPC'));
  await page.getByRole('button', { name: 'Attach network', exact: true }).click();
  const attached = page.getByRole('region', { name: 'Attached networks' });
  await expect(attached).toContainText('Attaching');

  await page.reload();
  // The saved progress is reconciled with the cloud: steps 1–2 done, step 3 still waiting on the cloud.
  await expect(stepHeading(page, 3)).toBeVisible();
  await expectProgressChecked(page);
  await expectStepDone(page, 2);
  await expect(attached).toContainText('Attaching');
  await cloud.finishTransitions();
  await expect(page.getByText("Account B's network is attached. Continue with step 4.")).toBeVisible();
  await expectStepDone(page, 3);
  expect(attaches).toHaveLength(1);
});

test('reload while the bandwidth limit is Modifying: back at step 5, it turns Active, set once', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-4');
  await cloud.holdTransitions();
  const sets = recordCalls(page, 'SetCenInterRegionBandwidthLimit');
  await startAt(page, 5);
  await submitLimit(page);
  await expect(page.getByRole('region', { name: 'Region connections' })).toContainText('Modifying');

  await page.reload();
  await expect(stepHeading(page, 5)).toBeVisible();
  // Checked while Modifying: a check that read the cloud after the clock moved would rightly open step 6.
  await expectProgressChecked(page);
  await expect(page.getByRole('region', { name: 'Region connections' })).toContainText('Modifying');
  await cloud.finishTransitions();
  await expectLimitActive(page);
  expect(sets).toHaveLength(1);
  expect((await cloud.state()).interRegionLimits).toHaveLength(1);
});

test('a click on the step on screen while the saved progress is checked keeps the user on it', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-5');
  await adoptCen(page);
  // The reconciliation's last read waits until the click is in. Unheld, which comes first depends on the
  // machine's speed: the a11y walk clicked step 1 on a loaded machine and saw step 6 open instead.
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/api/openapi/DescribeCenInterRegionBandwidthLimits', async (route) => {
    await answered;
    await route.continue();
  });
  await page.reload();
  await expect(stepHeading(page, 1)).toBeVisible();
  await navStep(page, 1).click();
  answer();
  // Every step is done once the reconciliation has run; it would open step 6 had the user not chosen step 1.
  for (const n of [1, 2, 3, 4, 5]) await expectStepDone(page, n);
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(stepHeading(page, 6)).toHaveCount(0);
});

test('BFF restart while Attaching: saved progress survives and the console reconciles with the cloud', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const mock = await startStandaloneMock({ delayMs: 0 });
  const bffPort = await freePort();
  let bff = await startBff({ port: bffPort, env: mockCloudEnv(mock.url) });
  try {
    await page.request.post(`${mock.url}/_mock/reset`, { data: { scenario: 'after-step-2' } });
    // Attaching lasts until the test moves the mock's clock on: a restart that takes long on a busy machine must
    // not let the attach finish before the reload, or the console rightly opens step 4 instead.
    await page.request.put(`${mock.url}/_mock/delays`, { data: { ms: 600_000 } });
    const attaches = recordCalls(page, 'AttachCenChildInstance');
    await page.goto(bff.url);
    await choose(page, 'Or use an existing CEN instance of Account A', new RegExp(TUTORIAL.cenName));
    await page.getByRole('button', { name: 'Use this CEN', exact: true }).click();
    await expectStepDone(page, 1);
    await navStep(page, 3).click();
    await choose(page, 'Region', EN.regionB);
    await choose(page, 'Networks', networkOption('B-Beijing-VPC'));
    await page.getByRole('button', { name: 'Attach network', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Attached networks' })).toContainText('Attaching');

    await bff.stop();
    bff = await startBff({ port: bffPort, env: mockCloudEnv(mock.url) });
    await page.reload();
    await expect(stepHeading(page, 3)).toBeVisible();
    await expectProgressChecked(page);
    await expectStepDone(page, 1);
    await expectStepDone(page, 2);
    await expect(page.getByRole('region', { name: 'Attached networks' })).toContainText('Attaching');
    await page.request.post(`${mock.url}/_mock/clock/advance`, { data: { ms: 600_000 } });
    await expect(page.getByText("Account B's network is attached. Continue with step 4.")).toBeVisible({
      timeout: 20_000,
    });
    await expectStepDone(page, 3);
    expect(attaches).toHaveLength(1);
    const state = (await (await page.request.get(`${mock.url}/_mock/state`)).json()) as {
      attachments: { childOwnerUid: string; cenId: string }[];
      cens: { id: string; name: string }[];
    };
    const ours = state.cens.find((c) => c.name === TUTORIAL.cenName)?.id;
    expect(state.attachments.filter((a) => a.cenId === ours)).toHaveLength(2); // A's own and B's
  } finally {
    await bff.stop();
    await mock.stop();
  }
  // Polls that were in flight when the BFF stopped fail in the browser; the reload recovers from them.
  const rest = consoleErrors.filter(
    (e) => !/ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|status of 50\d/.test(e),
  );
  consoleErrors.splice(0, consoleErrors.length, ...rest);
  allowFailedLoads(consoleErrors, []);
});

/** The world the browser's saved progress names (src/web/state/progress-schema.ts worldId). */
async function savedWorld(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('cen-connect.progress.v1');
    return raw ? ((JSON.parse(raw) as { worldId?: string }).worldId ?? undefined) : undefined;
  });
}

async function currentWorld(page: Page, base = ''): Promise<string> {
  const path = base ? `${base}/_mock/world` : '/api/mock/world';
  return ((await (await page.request.get(path)).json()) as { worldId: string }).worldId;
}

const OTHER_WORLD = 'The mock cloud was restarted (or reset): your saved progress belongs to another world.';

test('a reset of the mock after the progress was saved: explained, never matched, started over on request', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-5');
  await adoptCen(page);
  const before = await currentWorld(page);
  await expect.poll(() => savedWorld(page)).toBe(before);
  const cenId = (await page.getByTestId('cen-id').textContent()) ?? '';
  // The same scenario again: a reset rewinds the seeded IDs, so the same CEN ID now names a resource of a new world.
  await cloud.reset('after-step-5');
  await page.reload();
  const notice = page.getByTestId('other-world');
  await expect(notice).toContainText(OTHER_WORLD);
  await expect(notice).toContainText(cenId);
  await notice.getByRole('button', { name: 'Start over', exact: true }).click();
  await expect(notice).toHaveCount(0);
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(navStep(page, 1)).not.toContainText(EN.done);
  const now = await currentWorld(page);
  expect(now).not.toBe(before);
  await expect.poll(() => savedWorld(page)).toBe(now);
});

test('a restart of the mock cloud: the saved progress is explained as of another world', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const mockPort = await freePort();
  let mock = await startStandaloneMock({ port: mockPort, delayMs: 0 });
  const bff = await startBff({ env: mockCloudEnv(mock.url) });
  try {
    await page.request.post(`${mock.url}/_mock/reset`, { data: { scenario: 'after-step-2' } });
    await page.goto(bff.url);
    await choose(page, 'Or use an existing CEN instance of Account A', new RegExp(TUTORIAL.cenName));
    await page.getByRole('button', { name: 'Use this CEN', exact: true }).click();
    await expectStepDone(page, 1);
    const before = await currentWorld(page, mock.url);
    await expect.poll(() => savedWorld(page)).toBe(before);

    await mock.stop();
    mock = await startStandaloneMock({ port: mockPort, delayMs: 0 });
    expect(await currentWorld(page, mock.url)).not.toBe(before);
    await page.reload();
    await expect(page.getByTestId('other-world')).toContainText(OTHER_WORLD);
  } finally {
    await bff.stop();
    await mock.stop();
  }
  // A read in flight while the mock was down fails in the browser (the BFF answers 502); the reload recovers.
  const rest = consoleErrors.filter((e) => !/status of 50\d/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...rest);
});
