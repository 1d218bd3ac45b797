// Training mode end to end: every scenario file is played to success in its own sandbox, with
// its hints opened one at a time in the console, and debriefed; many trainees at once never see each other's CEN.
// The shared webServer (playwright.config.ts) runs without training mode, so this file starts its own BFF with
// CEN_CONNECT_TRAINING=1 on a free port and points baseURL at it; its tests use training's own sandboxes (the
// signed cookie), not the shared server's test sandboxes (docs/decisions/0004-isolated-test-sandboxes.md).
// Needs the built console (`npm run build`, or CEN_CONNECT_DIST), like the rest of the e2e suite.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { consoleBffOnDemand } from './console-bff';
import { ConsoleTrainee } from './training-console';
import { allowFailedLoads, TUTORIAL } from './walk';
import { loadTrainingScenarios } from '../mocks/scenarios/training-dir';
import { TUTORIAL_SOLUTION, type TrainingScenario } from '../mocks/scenarios/training-schema';

const TRAINER_TOKEN = 'e2e-trainer-token-0123456789';

// Data-driven over the scenario files themselves, read and checked as the server reads them (mocks/scenarios/
// training/*.json): a trainer's new file gets a spec without touching this one — played with its own "solution",
// else the tutorial's six steps. GET /api/mock/scenarios is checked against this list below.
const SCENARIOS: TrainingScenario[] = loadTrainingScenarios(join(process.cwd(), 'mocks/scenarios/training'));

let distCopy: string | undefined;
const bff = consoleBffOnDemand(() => {
  // A private copy of the built console: another run of `npm run build` during this file (the team shares dist/)
  // would otherwise replace the hashed chunks the open pages still load.
  distCopy = mkdtempSync(join(tmpdir(), 'cen-connect-training-dist-'));
  cpSync(process.env.CEN_CONNECT_DIST ?? join(process.cwd(), 'dist'), distCopy, { recursive: true });
  return {
    CEN_CONNECT_DIST: distCopy,
    CEN_CONNECT_TRAINING: '1',
    CEN_CONNECT_TRAINER_TOKEN: TRAINER_TOKEN,
    CEN_CONNECT_RETRY_BASE_MS: '20',
  };
});

const test = base.extend({
  // Playwright reads a fixture's dependencies from its destructuring: this one has none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(await bff.url()),
});
test.use({ sandboxed: false });
// Every test works in its own training sandbox (its own cookie), so they may share a BFF and run side by side: with
// --workers=2 (CI) each worker starts its own training BFF and the scenarios are spread over both.
test.describe.configure({ mode: 'parallel' });

test.afterAll(async () => {
  await bff.stop();
  if (distCopy) rmSync(distCopy, { recursive: true, force: true });
});

/**
 * Every answer of 400 or more the page receives, as "status path": a page that has not joined sends no read the BFF
 * would refuse (TrainingNotJoined), so the join and the trainer view see none.
 */
function refusalsOf(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) refused.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  return refused;
}

/**
 * A new trainee: opens the console, joins by the dock's button (nothing else makes a sandbox), picks the scenario.
 * Before the join the steps wait for it (they say so) and nothing is refused.
 */
async function startScenario(page: Page, scenario: TrainingScenario, trainee: string) {
  const refused = refusalsOf(page);
  await page.goto('/');
  const join = page.getByRole('form', { name: 'Join the training' });
  await expect(join).toBeVisible();
  await expect(page.getByText('Join the training above to start the steps.')).toBeVisible();
  expect(await (await page.request.get('/api/training/session')).json()).toEqual({ joined: false });
  await join.getByLabel('Your name (optional)').fill(trainee);
  await join.getByRole('button', { name: 'Join the training' }).click();
  await expect(page.getByRole('heading', { name: /^Step 1 / })).toBeVisible();
  const dock = await pickScenario(page, scenario, trainee);
  expect(refused, 'answers of 400 or more before and at the join').toEqual([]);
  return dock;
}

/** The dock's scenario picker, on the page as it is. */
async function pickScenario(page: Page, scenario: TrainingScenario, trainee: string) {
  const dock = page.getByRole('region', { name: 'Training and demo tools' });
  await expect(dock.getByRole('heading', { name: /^Current scenario: / })).toBeVisible();
  // The list is virtual (only the first options are in the DOM): type to filter, as a keyboard user would.
  const picker = dock.getByRole('combobox', { name: 'Scenario', exact: true });
  await picker.click();
  await picker.fill(scenario.title.en);
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${scenario.title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .click();
  await dock.getByLabel('Your name (optional)').fill(trainee);
  await dock.getByRole('button', { name: 'Start this scenario' }).click();
  await expect(dock.getByRole('heading', { name: `Current scenario: ${scenario.title.en}` })).toBeVisible();
  return dock;
}

/**
 * Straight into the scenario by the API, without the join form or the picker (both are played in the reset test
 * below): a session for a trainee named after the scenario, as a page that has joined. Returns the trainee's name.
 */
async function startByRequest(page: Page, scenario: TrainingScenario): Promise<string> {
  const trainee = `e2e ${scenario.name}`;
  const started = await page.request.post('/api/training/session', {
    data: { scenario: scenario.name, trainee },
  });
  expect(started.status(), await started.text()).toBe(201);
  return trainee;
}

/** Opens the console on the started scenario and its hints one level at a time, in order; returns the dock. */
async function openWithEveryHint(page: Page, scenario: TrainingScenario) {
  await page.goto('/');
  const dock = page.getByRole('region', { name: 'Training and demo tools' });
  await expect(dock.getByRole('heading', { name: `Current scenario: ${scenario.title.en}` })).toBeVisible();
  for (const [i, hint] of scenario.hints.entries()) {
    await expect(dock.getByText(hint.en, { exact: false })).toHaveCount(0);
    await dock.getByRole('button', { name: `Show hint ${i + 1}` }).click();
    await expect(dock.getByText(hint.en, { exact: false })).toBeVisible();
  }
  return dock;
}

test('the scenario picker lists every scenario file', async ({ page }) => {
  const listed = (await (await page.request.get('/api/mock/scenarios')).json()) as {
    scenarios: { name: string }[];
  };
  expect(listed.scenarios.map((s) => s.name).sort()).toEqual(SCENARIOS.map((s) => s.name));
  expect(SCENARIOS.length).toBeGreaterThanOrEqual(11);
});

// An Enterprise file is played to success once its "solution" says how in the console, ending with step 6's ping
// both ways on the Enterprise screen like the Basic files (its "ping" move); an Enterprise file without a solution
// is opened, hinted, checked at step 1 and debriefed unsolved instead (below) until its moves exist.
const PLAYED = SCENARIOS.filter((s) => s.edition === 'basic' || s.solution !== undefined);
const UNPLAYED = SCENARIOS.filter((s) => !PLAYED.includes(s));

for (const [n, scenario] of PLAYED.entries()) {
  test(`plays “${scenario.name}” to success through the console using its hints, then debriefs`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(240_000);
    const trainee = await startByRequest(page, scenario);
    // Instant transitions (the speed buttons are played in the reset test below), so the spec waits for the
    // console, not for the mock's clock.
    expect((await page.request.put('/api/mock/delays', { data: { ms: 0 } })).ok()).toBe(true);
    const notJoined: string[] = [];
    page.on('response', async (r) => {
      if (r.status() !== 409) return;
      const body = (await r.json().catch(() => ({}))) as { error?: { code?: string } };
      if (body.error?.code === 'TrainingNotJoined') notJoined.push(new URL(r.url()).pathname);
    });
    // Hints open one level at a time, in order, and nothing beyond the last.
    const dock = await openWithEveryHint(page, scenario);
    await expect(dock.getByText('All hints shown.')).toBeVisible();

    // Do what the hints say, in the step screens (the file's solution: the moves its hints point at).
    const player = new ConsoleTrainee(page, scenario.solution ?? TUTORIAL_SOLUTION);
    await player.play();

    await expect(dock.getByText('Scenario complete.')).toBeVisible({ timeout: 20_000 });

    if (n === 0) {
      // What the cloud sees: the tutorial's CEN and a reachable path, read-only.
      await dock.getByRole('button', { name: 'What the cloud sees' }).click();
      const drawer = page.getByRole('dialog', { name: 'What the cloud sees (read only)' });
      await expect(drawer.getByText(new RegExp(TUTORIAL.cenName)).first()).toBeVisible();
      await expect(drawer.getByText('reachable', { exact: true }).first()).toBeVisible();
      await page.keyboard.press('Escape');
    }

    // The debrief: success, the hints used, every error the trainee met by its code.
    await dock.getByRole('button', { name: 'Debrief' }).first().click();
    await expect(page).toHaveURL(/#\/debrief$/);
    await expect(page.getByTestId('debrief-outcome')).toHaveText('Success');
    await expect(page.getByTestId('debrief-hints')).toHaveText(String(scenario.hints.length));
    await expect(page.getByTestId('debrief-attempt')).toContainText('1 (0 resets');
    for (const code of new Set(player.met))
      await expect(page.getByTestId('debrief-errors').getByText(code, { exact: true }).first()).toBeVisible();

    let text: string;
    if (n === 0) {
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download JSON' }).click();
      text = readFileSync(await (await download).path(), 'utf8');
    } else text = await (await page.request.get('/api/training/debrief')).text();
    const debrief = JSON.parse(text) as {
      scenario: string;
      trainee: string;
      success: boolean;
      attempt: number;
      hintsUsed: number;
      charged: { action: string }[];
    };
    expect(debrief).toMatchObject({ scenario: scenario.name, trainee, success: true, attempt: 1 });
    expect(debrief.hintsUsed).toBe(scenario.hints.length);
    // "No second package may appear" (lost-buy-response) holds for every scenario.
    expect(
      debrief.charged.filter((c) => c.action === 'Cbn.CreateCenBandwidthPackage').length,
    ).toBeLessThanOrEqual(1);
    // The refusals a scenario is about reach the browser as HTTP errors, which Chromium logs; nothing else may, and
    // none says this page has not joined.
    expect(notJoined, 'TrainingNotJoined answers').toEqual([]);
    allowFailedLoads(consoleErrors, [400, 403, 404, 409, 500, 502, 503, 504]);
  });
}

for (const scenario of UNPLAYED) {
  test(`opens the Enterprise scenario “${scenario.name}” on transit routers with its hints, and debriefs it unsolved`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(120_000);
    await startByRequest(page, scenario);
    const dock = await openWithEveryHint(page, scenario);
    // Basic Edition is refused to A in the scenario's world: step 1 says the console takes the Enterprise path.
    await expect(page.getByText('CEN edition: Enterprise Edition (transit routers)')).toBeVisible({
      timeout: 30_000,
    });
    // The debrief names the scenario, not yet won, with each of its criteria unmet or met.
    await dock.getByRole('button', { name: 'Debrief' }).first().click();
    await expect(page).toHaveURL(/#\/debrief$/);
    await expect(page.getByRole('heading', { name: `Debrief: ${scenario.title.en}` })).toBeVisible();
    await expect(page.getByTestId('debrief-outcome')).toHaveText('Not finished yet');
    await expect(page.getByTestId('debrief-hints')).toHaveText(String(scenario.hints.length));
    const debrief = (await (await page.request.get('/api/training/debrief')).json()) as {
      scenario: string;
      success: boolean;
      evidence: { criteria: { criterion: string; ok: boolean }[] };
    };
    expect(debrief).toMatchObject({ scenario: scenario.name, success: false });
    expect(debrief.evidence.criteria.filter((c) => !c.ok).length).toBeGreaterThan(0);
    allowFailedLoads(consoleErrors, [400, 403, 404, 409]);
  });
}

test('a trainee joins by the button, then a reset to the scenario start begins a new attempt and keeps the presenter’s speed; by keyboard', async ({
  page,
}) => {
  // No failed load is allowed here: the consoleErrors fixture (fixtures.ts) fails the test on any console error.
  test.setTimeout(90_000);
  const scenario = SCENARIOS.find((s) => s.name === 'forgot-to-authorize');
  const other = SCENARIOS.find((s) => s.name === 'happy-path');
  if (!scenario || !other) throw new Error('no forgot-to-authorize or happy-path scenario file');
  const dock = await startScenario(page, scenario, 'e2e keyboard');
  const delayMs = async () =>
    ((await (await page.request.get('/api/mock/state')).json()) as { delayMs: number }).delayMs;
  const speeds = dock.getByRole('radiogroup', { name: 'Demo speed' });
  await speeds.getByText('Fast').click();
  await expect(dock.getByText('Transitions now take 500 ms.')).toBeVisible();
  expect(await delayMs()).toBe(500);

  // Attempt 1, through the BFF with this page's cookie: a CEN, the attach the scenario refuses, a purchase.
  const openapi = async (action: string, params: Record<string, unknown>) =>
    page.request.post(`/api/openapi/${action}`, { data: { account: 'A', params } });
  const made = await openapi('CreateCen', { Name: 'MadeBeforeTheReset', ClientToken: `reset-${Date.now()}` });
  expect(made.ok(), await made.text()).toBe(true);
  const start = (await (await page.request.get('/api/mock/state')).json()) as {
    cens: { id: string; name: string }[];
    vpcs: { id: string; name: string }[];
  };
  const refused = await openapi('AttachCenChildInstance', {
    CenId: start.cens.find((c) => c.name === TUTORIAL.cenName)?.id,
    ChildInstanceId: start.vpcs.find((v) => v.name === 'B-Beijing-VPC')?.id,
    ChildInstanceType: 'VPC',
    ChildInstanceRegionId: 'cn-beijing',
    ChildInstanceOwnerId: '9263584710374521',
  });
  expect(refused.status()).toBe(409);
  const bought = await openapi('CreateCenBandwidthPackage', {
    Bandwidth: 8,
    GeographicRegionAId: 'China',
    GeographicRegionBId: 'China',
    PricingCycle: 'Month',
    Period: 1,
    ClientToken: `buy-${Date.now()}`,
  });
  expect(bought.ok(), await bought.text()).toBe(true);

  // Keyboard only: a hint, then the reset with its confirmation.
  await dock.getByRole('button', { name: 'Show hint 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(dock.getByText(scenario.hints[0]?.en ?? '')).toBeVisible();
  await dock.getByRole('button', { name: 'Reset to scenario start' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Reset', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(dock.getByText(`The mock cloud is back at the start of “${scenario.name}”.`)).toBeVisible();

  // The scenario's starting state is back; the presenter's speed is not the scenario's and stays.
  const state = JSON.stringify(await (await page.request.get('/api/mock/state')).json());
  expect(state).not.toContain('MadeBeforeTheReset');
  expect(await delayMs()).toBe(500);
  await expect(speeds.getByRole('radio', { name: 'Fast' })).toBeChecked();

  // Attempt 2 starts with no hint opened; the trainee opens one again.
  await expect(dock.getByText(scenario.hints[0]?.en ?? '')).toHaveCount(0);
  await dock.getByRole('button', { name: 'Show hint 1' }).click();
  await expect(dock.getByText(scenario.hints[0]?.en ?? '')).toBeVisible();

  const debrief = (await (await page.request.get('/api/training/debrief')).json()) as Record<string, unknown>;
  expect(debrief).toMatchObject({
    scenario: scenario.name,
    attempt: 2,
    resets: 1,
    hintsUsed: 1,
    errors: [],
    charged: [],
    attempts: [
      {
        attempt: 1,
        success: false,
        hintsUsed: 1,
        errors: [{ code: 'Forbbiden.AttachChildInstanceAcrossUid', count: 1 }],
        charged: [{ action: 'Cbn.CreateCenBandwidthPackage' }],
      },
    ],
    totals: { errors: 1, hintsUsed: 2, charged: 1 },
  });

  // The page says the same: this attempt's figures, the earlier attempt, and what everything cost together.
  await dock.getByRole('button', { name: 'Debrief' }).first().click();
  await expect(page.getByTestId('debrief-attempt')).toContainText('2 (1 resets');
  await expect(page.getByTestId('debrief-hints')).toHaveText('1');
  await expect(page.getByText('No errors.')).toBeVisible();
  const earlier = page.getByTestId('debrief-attempts');
  await expect(earlier).toContainText('Forbbiden.AttachChildInstanceAcrossUid');
  await expect(earlier).toContainText('Cbn.CreateCenBandwidthPackage');
  await expect(earlier).toContainText('Reset before success');
  await expect(page.getByTestId('debrief-totals')).toContainText('1 purchases');

  // Another scenario is a new sandbox: the presenter's speed follows it (sent again by the console).
  await page.getByRole('button', { name: 'Back to the console' }).click();
  await pickScenario(page, other, 'e2e keyboard');
  await expect.poll(delayMs).toBe(500);
  await expect(speeds.getByRole('radio', { name: 'Fast' })).toBeChecked();
});

test('many trainees at once each see only their own sandbox; the trainer sees them all', async ({
  page,
  browser,
  baseURL,
}) => {
  // No failed load is allowed on the trainer's page either (the consoleErrors fixture, fixtures.ts).
  test.setTimeout(120_000);
  const happy = SCENARIOS.find((s) => s.name === 'happy-path');
  if (!happy) throw new Error('no happy-path scenario file');
  const CLASS = 12;
  const contexts = await Promise.all(Array.from({ length: CLASS }, () => browser.newContext({ baseURL })));
  try {
    // The whole class at once: each context (its own cookie) starts a session and creates a CEN concurrently.
    const stamp = Date.now() % 100000;
    const names = await Promise.all(
      contexts.map(async (context, i) => {
        const started = await context.request.post('/api/training/session', {
          data: { scenario: happy.name, trainee: `trainee-${i}` },
        });
        expect(started.status(), await started.text()).toBe(201);
        const name = `IsolationCen${i}x${stamp}`;
        const created = await context.request.post('/api/openapi/CreateCen', {
          data: { account: 'A', params: { Name: name, ClientToken: `iso-${i}-${name}` } },
        });
        expect(created.ok(), await created.text()).toBe(true);
        return { context, name };
      }),
    );
    // Then each trainee's own console: "What the cloud sees" holds their CEN and nobody else's.
    for (const [i, { context, name }] of names.entries()) {
      const trainee = await context.newPage();
      await trainee.goto('/');
      await expect(
        trainee.getByRole('heading', { name: `Current scenario: ${happy.title.en}` }),
      ).toBeVisible();
      await trainee.getByRole('button', { name: 'What the cloud sees' }).click();
      const drawer = trainee.getByRole('dialog', { name: 'What the cloud sees (read only)' });
      await expect(drawer.getByText(new RegExp(name)).first()).toBeVisible();
      const text = await drawer.getByTestId('cloud-view').innerText();
      for (const [j, other] of names.entries()) if (j !== i) expect(text).not.toContain(other.name);
      // The cloud itself agrees: exactly one IsolationCen in this sandbox.
      const state = JSON.stringify(await (await trainee.request.get('/api/mock/state')).json());
      expect(state.match(/IsolationCen/g)?.length).toBe(1);
      await trainee.close();
    }

    // The trainer view, with the token the server requires (typed once earlier in this tab: a first request
    // without it would be a 401 in the console, which the fixtures count as an error).
    await page.addInitScript(
      (token) => sessionStorage.setItem('cen-connect.trainer-token', token),
      TRAINER_TOKEN,
    );
    const trainerRefused = refusalsOf(page);
    const trainerReads: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) trainerReads.push(new URL(r.url()).pathname);
    });
    await page.goto('/#/trainer');
    await expect(page.getByLabel('Trainer token')).toHaveValue(TRAINER_TOKEN);
    const table = page.getByTestId('trainer-table');
    for (let i = 0; i < CLASS; i++)
      await expect(table.getByText(`trainee-${i}`, { exact: true })).toBeVisible();
    // The trainer never joins, so the trainer's page reads the class and nothing of a sandbox: nothing is refused.
    expect(trainerRefused, 'answers of 400 or more on the trainer page').toEqual([]);
    expect(trainerReads).toContain('/api/training/sandboxes');
    expect(trainerReads.filter((path) => !['/api/health', '/api/training/sandboxes'].includes(path))).toEqual(
      [],
    );
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
