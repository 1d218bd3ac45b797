// Training mode end to end (issue 8 "Tests"): every scenario file is played to success in its own sandbox, with
// its hints opened one at a time in the console, and debriefed; many trainees at once never see each other's CEN.
// The shared webServer (playwright.config.ts) runs without training mode, so this file starts its own BFF with
// CEN_CONNECT_TRAINING=1 on a free port and points baseURL at it; its tests use training's own sandboxes (the
// signed cookie), not the shared server's test sandboxes (docs/decisions/0004-isolated-test-sandboxes.md).
// Needs the built console (`npm run build`, or CEN_CONNECT_DIST), like the rest of the e2e suite.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { consoleBffOnDemand } from './processes';
import { HttpTrainee, TUTORIAL } from './training-trainee';

const TRAINER_TOKEN = 'e2e-trainer-token-0123456789';

// Data-driven over the scenario files themselves (mocks/scenarios/training/*.json): a trainer's new file gets a
// spec without touching this one. GET /api/mock/scenarios is checked against this list below.
interface ScenarioFile {
  name: string;
  title: { en: string; zh: string };
  hints: { en: string; zh: string }[];
}
const dir = join(process.cwd(), 'mocks/scenarios/training');
const SCENARIOS: ScenarioFile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ScenarioFile);

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

test.afterAll(async () => {
  await bff.stop();
  if (distCopy) rmSync(distCopy, { recursive: true, force: true });
});

async function startScenario(page: Page, scenario: ScenarioFile, trainee: string) {
  await page.goto('/');
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

test('the scenario picker lists every scenario file', async ({ page }) => {
  const listed = (await (await page.request.get('/api/mock/scenarios')).json()) as {
    scenarios: { name: string }[];
  };
  expect(listed.scenarios.map((s) => s.name).sort()).toEqual(SCENARIOS.map((s) => s.name));
  expect(SCENARIOS.length).toBeGreaterThanOrEqual(11);
});

for (const scenario of SCENARIOS) {
  test(`plays “${scenario.name}” to success using its hints, then debriefs`, async ({ page }) => {
    test.setTimeout(120_000);
    const trainee = `e2e ${scenario.name}`;
    const dock = await startScenario(page, scenario, trainee);

    // The presenter's control: transitions become instant for the scripted trainee.
    await dock.getByRole('radiogroup', { name: 'Demo speed' }).getByText('Instant').click();
    await expect(dock.getByText('Transitions now take 0 ms.')).toBeVisible();

    // Hints open one level at a time, in order, and nothing beyond the last.
    for (const [i, hint] of scenario.hints.entries()) {
      await expect(dock.getByText(hint.en, { exact: false })).toHaveCount(0);
      await dock.getByRole('button', { name: `Show hint ${i + 1}` }).click();
      await expect(dock.getByText(hint.en, { exact: false })).toBeVisible();
    }
    await expect(dock.getByText('All hints shown.')).toBeVisible();

    // Play what the hints say, through the BFF with this page's sandbox cookie.
    const player = new HttpTrainee(page.request);
    await player.play();

    await expect(dock.getByText('Scenario complete.')).toBeVisible({ timeout: 15_000 });

    // What the cloud sees: the tutorial's CEN and a reachable path, read-only.
    await dock.getByRole('button', { name: 'What the cloud sees' }).click();
    const drawer = page.getByRole('dialog', { name: 'What the cloud sees (read only)' });
    await expect(drawer.getByText(new RegExp(TUTORIAL.cenName)).first()).toBeVisible();
    await expect(drawer.getByText('reachable', { exact: true }).first()).toBeVisible();
    await page.keyboard.press('Escape');

    // The debrief: success, the hints used, every error the trainee met by its code, at most one purchase.
    await dock.getByRole('button', { name: 'Debrief' }).first().click();
    await expect(page).toHaveURL(/#\/debrief$/);
    await expect(page.getByTestId('debrief-outcome')).toHaveText('Success');
    await expect(page.getByTestId('debrief-hints')).toHaveText(String(scenario.hints.length));
    for (const code of new Set(player.met))
      await expect(page.getByTestId('debrief-errors').getByText(code, { exact: true }).first()).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download JSON' }).click();
    const file = await (await download).path();
    const debrief = JSON.parse(readFileSync(file, 'utf8')) as {
      scenario: string;
      trainee: string;
      success: boolean;
      hintsUsed: number;
      charged: { action: string }[];
    };
    expect(debrief).toMatchObject({ scenario: scenario.name, trainee, success: true });
    expect(debrief.hintsUsed).toBe(scenario.hints.length);
    // "No second package may appear" (lost-buy-response) holds for every scenario.
    expect(
      debrief.charged.filter((c) => c.action === 'Cbn.CreateCenBandwidthPackage').length,
    ).toBeLessThanOrEqual(1);
  });
}

test('resets the sandbox to the scenario start, and the tools work from the keyboard', async ({ page }) => {
  const scenario = SCENARIOS.find((s) => s.name === 'forgot-to-authorize');
  if (!scenario) throw new Error('no forgot-to-authorize scenario file');
  const dock = await startScenario(page, scenario, 'e2e keyboard');
  const created = await page.request.post('/api/openapi/CreateCen', {
    data: { account: 'A', params: { Name: 'MadeBeforeTheReset', ClientToken: `reset-${Date.now()}` } },
  });
  expect(created.ok(), await created.text()).toBe(true);

  // Keyboard only: a hint, then the reset with its confirmation.
  await dock.getByRole('button', { name: 'Show hint 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(dock.getByText(scenario.hints[0]?.en ?? '')).toBeVisible();
  await dock.getByRole('button', { name: 'Reset to scenario start' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Reset', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(dock.getByText(`The mock cloud is back at the start of “${scenario.name}”.`)).toBeVisible();

  const state = JSON.stringify(await (await page.request.get('/api/mock/state')).json());
  expect(state).not.toContain('MadeBeforeTheReset');
  const debrief = (await (await page.request.get('/api/training/debrief')).json()) as {
    scenario: string;
    resets: number;
    hintsUsed: number;
  };
  expect(debrief).toMatchObject({ scenario: scenario.name, resets: 1, hintsUsed: 1 });
});

test('many trainees at once each see only their own sandbox; the trainer sees them all', async ({
  page,
  browser,
  baseURL,
}) => {
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
    await page.goto('/#/trainer');
    await expect(page.getByLabel('Trainer token')).toHaveValue(TRAINER_TOKEN);
    const table = page.getByTestId('trainer-table');
    for (let i = 0; i < CLASS; i++)
      await expect(table.getByText(`trainee-${i}`, { exact: true })).toBeVisible();
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
