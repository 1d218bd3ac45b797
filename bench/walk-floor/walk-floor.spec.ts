// The floor of the UI walk (bench/README.md, the full six-step run): as many navigations, fills, checks, clicks and
// assertions of each kind as the walk made (WALK_FLOOR_ACTIONS, counted by walk-action-reporter.ts), done by the
// same Playwright runner in the same browser with the same options (playwright.config.ts here extends the root's),
// on a bare HTML page where every element is already there and nothing waits for anything. The walk's time over
// this one is what the console and the cloud cost beyond driving a browser.
import { expect, test } from '@playwright/test';
import { WALK_MS_ANNOTATION, WALK_STEP } from '../../test-support/ui-walk-step';
import type { WalkActions } from './walk-actions';

// Served by the browser's own request routing, not a server: the floor has no network cost to speak of.
const FLOOR_URL = 'http://walk-floor.invalid/';

function floorActions(): WalkActions {
  const raw = process.env.WALK_FLOOR_ACTIONS;
  if (!raw) throw new Error('WALK_FLOOR_ACTIONS is not set: bench/ui-walk-bench.ts passes the walk’s counts');
  return JSON.parse(raw) as WalkActions;
}

function floorPage(checkboxes: number): string {
  const boxes = Array.from(
    { length: checkboxes },
    (_, i) => `<label><input type="checkbox" id="box-${i}"> Box ${i}</label>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Walk floor</title></head><body>
<h2>Floor</h2>
<label for="field">Field</label> <input id="field">
${boxes}
<button type="button" id="press" onclick="document.getElementById('count').textContent = 'pressed ' + ++this.dataset.n" data-n="0">Press</button>
<p id="count" role="status">pressed 0</p>
<p id="fixed">ready</p>
</body></html>`;
}

test('the walk floor', async ({ page }) => {
  const actions = floorActions();
  const n = (kind: string) => actions[kind] ?? 0;
  const known = new Set(['navigate', 'fill', 'check', 'click']);
  const unknown = Object.keys(actions).filter((k) => !known.has(k) && !k.startsWith('expect.'));
  if (unknown.length > 0)
    throw new Error(`the walk floor cannot repeat actions of kind ${unknown.join(', ')}`);
  await page.route(FLOOR_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: floorPage(Math.max(1, n('check'))) }),
  );
  const started = performance.now();
  await test.step(WALK_STEP, async () => {
    for (let i = 0; i < Math.max(1, n('navigate')); i++) await page.goto(FLOOR_URL);
    const field = page.getByLabel('Field', { exact: true });
    const press = page.getByRole('button', { name: 'Press', exact: true });
    for (let i = 0; i < n('fill'); i++) await field.fill(`value ${i}`);
    for (let i = 0; i < n('check'); i++) await page.getByLabel(`Box ${i}`, { exact: true }).check();
    for (let i = 0; i < n('click'); i++) await press.click();
    for (const [kind, count = 0] of Object.entries(actions)) {
      if (!kind.startsWith('expect.')) continue;
      for (let i = 0; i < count; i++) await expectOnce(kind.slice('expect.'.length));
    }
  });
  test.info().annotations.push({
    type: WALK_MS_ANNOTATION,
    description: String(Math.round(performance.now() - started)),
  });

  // One assertion on the bare page per assertion of the walk, of the same matcher where the page has what it needs.
  async function expectOnce(matcher: string): Promise<void> {
    switch (matcher) {
      case 'toHaveText':
        return expect(page.locator('#fixed')).toHaveText('ready');
      case 'toContainText':
        return expect(page.getByRole('status')).toContainText('pressed');
      case 'toHaveValue':
        return expect(page.locator('#field')).toHaveValue(/^value|^$/);
      case 'toBeChecked':
        return expect(page.locator('#box-0')).toBeChecked({ checked: n('check') > 0 });
      case 'toBeEnabled':
        return expect(page.locator('#press')).toBeEnabled();
      case 'toHaveAttribute':
        return expect(page.locator('#press')).toHaveAttribute('type', 'button');
      default:
        return expect(page.getByRole('heading', { name: 'Floor' })).toBeVisible();
    }
  }
});
