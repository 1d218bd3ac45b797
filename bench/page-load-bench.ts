// (e) Page load to step 1 interactive in headless Chromium on localhost: from navigation start (the page's
// performance.now() origin) until step 1's Name field accepts input, each load in a fresh browser context (cold
// cache), against the real BFF serving the built console with the mock cloud inside it.
import { chromium } from '@playwright/test';
import { median } from './stats';

export interface PageLoadBench {
  loads: number;
  medianMs: number;
  samplesMs: number[];
  /** Paths of the scripts the browser fetched before step 1 was interactive (the last load). */
  scriptsBeforeInteractive: string[];
}

export async function benchPageLoad(url: string, loads: number): Promise<PageLoadBench> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const samples: number[] = [];
  let scripts: string[] = [];
  try {
    for (let i = 0; i < loads + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('.js')) fetched.push(path);
      });
      await page.goto(url, { waitUntil: 'commit' });
      await page.getByLabel('Name', { exact: true }).first().waitFor({ state: 'visible', timeout: 30_000 });
      const field = page.getByLabel('Name', { exact: true }).first();
      if (!(await field.isEditable())) throw new Error('step 1 Name field is not editable');
      const at = await page.evaluate(() => performance.now());
      // The first load warms the BFF and the OS file cache; it is not counted.
      if (i > 0) samples.push(at);
      scripts = [...fetched];
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { loads, medianMs: median(samples), samplesMs: samples, scriptsBeforeInteractive: scripts };
}
