// The static demo (npm run build:demo) as a visitor gets it from a static host under a base path: the service
// worker answers every /api call with the BFF and the mock cloud in the browser (docs/decisions/0007-demo-in-a-service-worker.md),
// so the whole tutorial runs with no server but the static one, which never sees an /api request. The mock cloud's
// state is in IndexedDB: a reload keeps the progress, "Reset to scenario start" brings back the scenario's start,
// and ?scenario= picks the scenario.
import { expect, test as base, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../test-support/static-server';
import { createCen, expectStepDone, stepHeading, TUTORIAL, walkAllSteps } from '../walk';

const PORT = Number(process.env.E2E_DEMO_PORT ?? Number(process.env.E2E_PORT ?? 8788) + 100);
const BASE = '/cen-connect/';

const test = base.extend<{ demo: StaticServer }>({
  // One static server per test: a fresh origin's storage is not guaranteed between tests, so each test opens its own
  // browser context (Playwright's default), whose IndexedDB and service worker are its own.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  demo: async ({}, use) => {
    const server = await serveStatic('dist-demo', PORT, BASE);
    await use(server);
    await server.close();
  },
});

/** The demo's speed set to "Instant" from its dock, as a presenter rehearsing would. */
async function instant(page: Page) {
  const dock = page.getByRole('region', { name: 'Training and demo tools' });
  await dock.getByText('Instant', { exact: true }).click();
  // The speed panel's own notice: the Start from picker beside it has a live region of its own.
  await expect(dock.getByRole('status').filter({ hasText: /^Transitions now take/ })).toHaveText(
    'Transitions now take 0 ms.',
  );
}

const apiRequests = (s: StaticServer) => s.seen.filter((p) => p.startsWith('/api') || p.includes('/api/'));

/** The demo opened at its base path, at the speed a presenter rehearsing would choose. */
async function openDemo(page: Page, demo: StaticServer) {
  await page.goto(demo.url);
  await instant(page);
}

test('walks all six steps on the static build with no BFF, and the static server sees no /api request', async ({
  page,
  demo,
}) => {
  await openDemo(page, demo);
  await walkAllSteps(page, demo.url);
  for (const n of [1, 2, 3, 4, 5, 6]) await expectStepDone(page, n);
  expect(demo.seen).toContain(`${BASE}sw.js`);
  expect(apiRequests(demo)).toEqual([]);
});

test('a reload keeps the progress and the cloud; Reset to scenario start brings back the start', async ({
  page,
  demo,
}) => {
  await openDemo(page, demo);
  await createCen(page);
  await page.reload();
  // The CEN made before the reload is still there: the console's progress and the mock's world agree.
  await expectStepDone(page, 1);
  const created = page.getByTestId('cen-status');
  await expect(created).toHaveText(/Active/);

  const dock = page.getByRole('region', { name: 'Training and demo tools' });
  await dock.getByRole('button', { name: 'Reset to scenario start' }).click();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(
    dock.getByRole('status').filter({ hasText: 'The mock cloud is back at the start of' }),
  ).toHaveCount(1);
  await expect(stepHeading(page, 1)).toBeVisible();
  await page.reload();
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(page.getByTestId('cen-status')).toHaveCount(0);
  expect(apiRequests(demo)).toEqual([]);
});

/** The browser's mock cloud as the console's training panel reads it (GET /api/mock/state, in the worker). */
async function cloudState(page: Page): Promise<string> {
  return page.evaluate(async () => JSON.stringify(await (await fetch('/api/mock/state')).json()));
}

test('?scenario= chooses the scenario of the browser’s mock cloud, and an unknown one is named', async ({
  page,
  demo,
}) => {
  await page.goto(`${demo.url}?scenario=forgot-to-authorize`);
  await expect(stepHeading(page, 1)).toBeVisible();
  // Its seed is "after step 1": the tutorial's CEN is there from the start, and stays after a reload without ?scenario.
  expect(await cloudState(page)).toContain(TUTORIAL.cenName);
  await page.goto(demo.url);
  await expect(stepHeading(page, 1)).toBeVisible();
  expect(await cloudState(page)).toContain(TUTORIAL.cenName);
  await page.goto(`${demo.url}?scenario=no-such-scenario`);
  await expect(page.getByRole('alert')).toContainText('Unknown scenario "no-such-scenario"');
  expect(apiRequests(demo)).toEqual([]);
});

test('the trainer view, which needs a server, says so on the static build', async ({ page, demo }) => {
  await page.goto(`${demo.url}#/trainer`);
  await expect(page.getByText(/need the server .*static demo runs in your browser alone/)).toBeVisible();
  expect(apiRequests(demo)).toEqual([]);
});
