// The browser never sees a key (issue 3, "Safety"; issue 9, "Secret-leak scan"): walk the console while recording
// every response body and header the browser receives, its storage and console, then read the BFF's audit file
// and every file of the built app. No demo AccessKey secret may appear in any of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../mocks/scenarios/seed';
import { E2E_AUDIT_FILE } from '../playwright.config';
import { test, expect } from './fixtures';
import { walkAllSteps } from './walk';

const SECRETS = DEMO_ACCOUNTS.map((account) => account.accessKeySecret);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('no AccessKey secret reaches the browser, the audit file or the built app', async ({
  page,
  cloud: _cloud,
}) => {
  const seen: string[] = [];
  page.on('response', async (response) => {
    seen.push(JSON.stringify(response.headers()));
    try {
      seen.push(await response.text());
    } catch {
      // Redirects and aborted responses have no body to read.
    }
  });
  page.on('console', (message) => seen.push(message.text()));

  // The FULL walk (issue 9): all six steps, every write and read the console makes, and the ping both ways.
  await walkAllSteps(page);
  await page.request.get('/api/accounts').then(async (r) => seen.push(await r.text()));
  await page.request.get('/api/audit').then(async (r) => seen.push(await r.text()));
  seen.push(
    await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
  );

  expect(seen.length).toBeGreaterThan(50);
  const browserSide = seen.join('\n');
  const audit = readFileSync(E2E_AUDIT_FILE, 'utf8');
  for (const action of ['CreateCen', 'GrantInstanceToCen', 'CreateCenBandwidthPackage', 'RunCommand'])
    expect(audit).toContain(action);
  const bundle = filesUnder('dist')
    .map((file) => readFileSync(file, 'latin1'))
    .join('\n');
  expect(bundle.length).toBeGreaterThan(10_000);
  for (const secret of SECRETS) {
    expect(browserSide, 'a response, header, storage entry or console message').not.toContain(secret);
    expect(audit, 'the audit file').not.toContain(secret);
    expect(bundle, 'the built app').not.toContain(secret);
  }
});
