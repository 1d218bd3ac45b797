// (g) The big tenant (mocks/scenarios/catalogue.ts "big-tenant": 2,000 more VPCs for Account B over 20 regions):
// step 2's network picker in headless Chromium against the real BFF serving the built console.
// - Picker ready: from the press on a region in the region picker until the network picker is enabled with every
//   page of DescribeVpcs read (its loading icon gone) — the console lists one region's networks at a time, so this
//   is the region's ~100 VPCs read page by page.
// - Filter input latency: the picker open, a filter typed one key at a time; per key, from the key event's
//   timestamp until the page's first task after the next frame (the filtered list is painted by then).
// Both are taken in the page (performance.now()), each run in a fresh browser context (cold cache).
import { chromium, type Page } from '@playwright/test';
import { median, percentile } from '../test-support/stats';

export const BIG_TENANT_REGION = { id: 'cn-beijing', label: 'China North 2 (Beijing)' };
/** Typed into the open picker one key at a time; narrows ~100 options down to one. */
export const BIG_TENANT_FILTER = 'tenant-vpc-0042';

export interface BigTenantBench {
  runs: number;
  region: string;
  /** VPCs the picker held once ready, and the DescribeVpcs pages read for them (the last run). */
  options: number;
  pages: number;
  readyMedianMs: number;
  readySamplesMs: number[];
  filter: string;
  keyLatencyMedianMs: number;
  keyLatencyP95Ms: number;
  keyLatencyMaxMs: number;
  keyLatencySamplesMs: number[];
}

/** Step 2 on screen, no CEN yet: the pickers work without one (Reconcile has nothing to check). */
const PROGRESS = JSON.stringify({ version: 1, current: 1, clientTokens: {}, steps: {} });

// Strings, not functions: tsx compiles functions with esbuild's name helper, which the page does not have.
const INSTRUMENT = `(() => {
  localStorage.setItem('cen-connect.progress.v1', ${JSON.stringify(PROGRESS)});
  const w = window;
  w.__keyLatencies = [];
  document.addEventListener('mousedown', (e) => {
    if (w.__regionPickedAt === undefined && e.target instanceof Element && e.target.closest('.ant-select-item-option'))
      w.__regionPickedAt = e.timeStamp;
  }, true);
  let keyAt;
  document.addEventListener('keydown', (e) => { if (w.__measureKeys) keyAt = e.timeStamp; }, true);
  document.addEventListener('input', () => {
    if (keyAt === undefined) return;
    const at = keyAt; keyAt = undefined;
    requestAnimationFrame(() => setTimeout(() => w.__keyLatencies.push(performance.now() - at), 0));
  }, true);
  const picker = () => document.getElementById('field-instanceId');
  let sawLoading = false;
  new MutationObserver(() => {
    if (w.__regionPickedAt === undefined || w.__pickerReadyAt !== undefined) return;
    const input = picker();
    const select = input && input.closest('.ant-select');
    if (!select) return;
    const loading = Boolean(select.querySelector('.anticon-loading'));
    if (loading) sawLoading = true;
    else if (sawLoading && !input.disabled) w.__pickerReadyAt = performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function oneRun(page: Page, url: string) {
  await page.goto(url);
  // What the picker holds: the VPCs of every DescribeVpcs page the console read (a virtual list renders only the
  // options in view, so they are counted here, not in the DOM).
  const listed = { vpcs: 0, pages: 0 };
  page.on('response', (response) => {
    if (!response.url().endsWith('/api/openapi/DescribeVpcs')) return;
    listed.pages += 1;
    void response.text().then((body) => (listed.vpcs += body.match(/"VpcId"/g)?.length ?? 0));
  });
  const region = page.getByLabel('Region', { exact: true });
  await region.click();
  await region.fill('Beijing');
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${BIG_TENANT_REGION.label.replace(/[()]/g, '\\$&')}$`) })
    .click();
  const readyMs = (await (
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __pickerReadyAt?: number; __regionPickedAt?: number };
        return w.__pickerReadyAt !== undefined && w.__regionPickedAt !== undefined
          ? w.__pickerReadyAt - w.__regionPickedAt
          : undefined;
      },
      undefined,
      { timeout: 60_000 },
    )
  ).jsonValue()) as number;

  const networks = page.getByLabel('Networks', { exact: true });
  await networks.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
  await page.evaluate(() => ((window as unknown as { __measureKeys: boolean }).__measureKeys = true));
  await page.keyboard.type(BIG_TENANT_FILTER, { delay: 120 });
  await page.waitForFunction(
    (n) => (window as unknown as { __keyLatencies: number[] }).__keyLatencies.length >= n,
    BIG_TENANT_FILTER.length,
  );
  const only = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  if ((await only.count()) !== 1 || !(await only.first().textContent())?.includes('B-Tenant-VPC-0042'))
    throw new Error(`filtering by "${BIG_TENANT_FILTER}" did not narrow the picker to B-Tenant-VPC-0042`);
  const keys = await page.evaluate(() => (window as unknown as { __keyLatencies: number[] }).__keyLatencies);
  return { readyMs, keys, ...listed };
}

export async function benchBigTenant(url: string, runs: number): Promise<BigTenantBench> {
  const reset = await fetch(`${url}/api/mock/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ scenario: 'big-tenant' }),
  });
  if (!reset.ok) throw new Error(`POST /api/mock/reset big-tenant: ${reset.status} ${await reset.text()}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const ready: number[] = [];
  const keys: number[] = [];
  let listed = { vpcs: Number.NaN, pages: Number.NaN };
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext();
      await context.addInitScript({ content: INSTRUMENT });
      const page = await context.newPage();
      const run = await oneRun(page, url);
      // The first run warms the BFF and the OS file cache; it is not counted.
      if (i > 0) {
        ready.push(run.readyMs);
        keys.push(...run.keys);
      }
      listed = { vpcs: run.vpcs, pages: run.pages };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    runs,
    region: BIG_TENANT_REGION.id,
    options: listed.vpcs,
    pages: listed.pages,
    readyMedianMs: median(ready),
    readySamplesMs: ready,
    filter: BIG_TENANT_FILTER,
    keyLatencyMedianMs: median(keys),
    keyLatencyP95Ms: percentile(keys, 95),
    keyLatencyMaxMs: Math.max(...keys),
    keyLatencySamplesMs: keys,
  };
}
