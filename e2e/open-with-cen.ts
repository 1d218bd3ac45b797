// Opens the console on Account A's CEN of the current mock scenario, as if steps 1–5 had been walked in this
// browser: the progress store (localStorage) gets the CEN ID before the app loads, then the named step is opened
// from the tutorial's Steps bar.
import type { Page } from '@playwright/test';
import { expect, type MockCloud } from './fixtures';

const UID_A = '1262302482727553';

export async function openStepWithCen(page: Page, cloud: MockCloud, stepTitle: string): Promise<string> {
  const state = (await cloud.state()) as { cens: { id: string; ownerUid: string }[] };
  const cenId = state.cens.find((c) => c.ownerUid === UID_A)?.id;
  expect(cenId, 'the scenario has a CEN of Account A').toBeTruthy();
  await page.addInitScript((id) => {
    if (!localStorage.getItem('cen-connect.progress.v1'))
      localStorage.setItem(
        'cen-connect.progress.v1',
        JSON.stringify({ version: 1, current: 0, cenId: id, clientTokens: {}, steps: {} }),
      );
  }, cenId);
  await page.goto('/');
  const nav = page.getByRole('navigation');
  // The console reconciles saved progress with the cloud once on load and then opens the first unfinished step;
  // wait for that (step 1's CEN shows Done) so it does not move away from the step opened here.
  await expect(nav.getByText('Done').first()).toBeVisible({ timeout: 20_000 });
  await nav.getByText(stepTitle, { exact: true }).click();
  return cenId!;
}
