// (e) Page load to step 1 interactive in headless Chromium on localhost: from navigation start (the page's
// performance.now() origin) until step 1's Name field accepts input, each load in a fresh browser context (cold
// cache), against the real BFF serving the built console with the mock cloud inside it.
// The moment is taken in the page: Playwright's own wait polls at growing intervals (up to 500 ms apart), which
// added up to half a second to the figure. The page records when the field is first visible and enabled, and then
// when the main thread next runs a task after a frame (so a keystroke there would be handled).
import { chromium, type Browser } from '@playwright/test';
import { median } from '../test-support/stats';

export interface PageLoadBench {
  loads: number;
  medianMs: number;
  samplesMs: number[];
  /** Paths of the scripts the browser requested before step 1 was interactive (the last load). */
  scriptsBeforeInteractive: string[];
}

/**
 * Runs in the page before its scripts: marks __step1FieldAt / __step1InteractiveAt (performance.now()). A string,
 * not a function: tsx compiles functions with esbuild's name helper, which does not exist in the page.
 */
export const WATCH_STEP1_FIELD = `(() => {
  const ready = () => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Name');
    const field = label && label.control;
    return field instanceof HTMLInputElement && !field.disabled && !field.readOnly && field.checkVisibility();
  };
  const observer = new MutationObserver(() => {
    if (window.__step1FieldAt !== undefined || !ready()) return;
    window.__step1FieldAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__step1InteractiveAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** One load in a fresh context (cold cache): when the Name field was interactive, and the scripts fetched until then. */
async function loadOnce(browser: Browser, url: string): Promise<{ at: number; scripts: string[] }> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: WATCH_STEP1_FIELD });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const field = page.getByLabel('Name', { exact: true }).first();
    await field.waitFor({ state: 'visible', timeout: 30_000 });
    if (!(await field.isEditable())) throw new Error(`step 1 Name field is not editable at ${url}`);
    const at = (await (
      await page.waitForFunction(
        () => (window as unknown as { __step1InteractiveAt?: number }).__step1InteractiveAt,
      )
    ).jsonValue()) as number;
    const scripts = await page.evaluate(
      (until) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= until)
          .map((e) => new URL(e.name).pathname)
          .filter((path) => path.endsWith('.js')),
      at,
    );
    return { at, scripts };
  } finally {
    await context.close();
  }
}

/**
 * The console's page load and, when given, its floor's (bench/page-floor/: a bare React + antd page with step 1's
 * form), loaded in turn in the same browser — console first in even rounds, the floor first in odd ones — so both
 * see the same machine. Each URL gets one warm-up load (the BFF's and the OS file cache's) that is not counted.
 */
export async function benchPageLoad(
  url: string,
  loads: number,
  floorUrl?: string,
): Promise<PageLoadBench & { floor?: PageLoadBench }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const sides = floorUrl === undefined ? [url] : [url, floorUrl];
  const samples = sides.map(() => [] as number[]);
  const scripts = sides.map(() => [] as string[]);
  try {
    for (let i = 0; i < loads + 1; i++) {
      const order = i % 2 === 0 ? sides.keys() : [...sides.keys()].reverse();
      for (const side of order) {
        const load = await loadOnce(browser, sides[side]!);
        if (i > 0) samples[side]!.push(load.at);
        scripts[side] = load.scripts;
      }
    }
  } finally {
    await browser.close();
  }
  const result = (side: number): PageLoadBench => ({
    loads,
    medianMs: median(samples[side]!),
    samplesMs: samples[side]!,
    scriptsBeforeInteractive: scripts[side]!,
  });
  return { ...result(0), ...(floorUrl === undefined ? {} : { floor: result(1) }) };
}
