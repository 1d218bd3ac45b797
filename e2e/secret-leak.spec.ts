// The browser never sees a key (the secret-leak scan): walk the console while recording
// every response body and header the browser receives, its storage and console, then read the BFF's audit file
// and every file of the built app. No demo AccessKey secret may appear in any of them.
// Its own BFF (docs/decisions/0004-isolated-test-sandboxes.md): the shared test server puts every test in a sandbox
// whose keys are random and never leave the BFF, so a scan for the demo secrets there could not fail. Here the
// console signs with the demo keys of a default cloud, and the audit file holds this walk's calls and nothing else.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../mocks/scenarios/seed';
import { test as base, expect } from './fixtures';
import { consoleBffOnDemand } from './console-bff';
import { auditOfFullWalk, builtAppText, recordBrowserSide, storageOf } from './secret-scan-places';
import { walkAllSteps } from './walk';

const SECRETS = DEMO_ACCOUNTS.map((account) => account.accessKeySecret);
/** The built app the BFFs serve (playwright.config.ts's web server and startConsoleBff alike). */
const DIST = process.env.CEN_CONNECT_DIST ?? 'dist';

let auditDir: string | undefined;
const auditFile = () => join(auditDir ?? '', 'audit.jsonl');
const bff = consoleBffOnDemand(() => {
  auditDir = mkdtempSync(join(tmpdir(), 'cen-connect-secret-leak-'));
  return { CEN_CONNECT_AUDIT_FILE: auditFile(), CEN_CONNECT_MOCK_SCENARIO: 'demo' };
});

const test = base.extend({
  // Playwright reads a fixture's dependencies from its destructuring: this one has none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(await bff.url()),
});
test.use({ sandboxed: false });

test.afterAll(async () => {
  await bff.stop();
  if (auditDir) rmSync(auditDir, { recursive: true, force: true });
});

test('no AccessKey secret reaches the browser, the audit file or the built app', async ({
  page,
  cloud: _cloud,
}) => {
  // The whole walk plus starting its own BFF (the baseURL fixture's time counts against the test's): 60 s ran out
  // on a shared 2-core machine at a load average of 28.
  test.setTimeout(120_000);
  const { seen, errors } = recordBrowserSide(page);

  // The FULL walk: all six steps, every write and read the console makes, and the ping both ways.
  await walkAllSteps(page);
  await page.request.get('/api/accounts').then(async (r) => seen.push(await r.text()));
  await page.request.get('/api/audit').then(async (r) => seen.push(await r.text()));
  seen.push(await storageOf(page));

  expect(seen.length).toBeGreaterThan(50);
  const browserSide = seen.join('\n');
  // The demo keys signed this walk (else the scan below would prove nothing): A's masked AccessKey ID is shown.
  expect(browserSide).toContain(`****${DEMO_ACCOUNTS[0]?.accessKeyId.slice(-4)}`);
  const audit = await auditOfFullWalk(auditFile());
  const bundle = builtAppText(DIST);
  for (const secret of SECRETS) {
    expect(browserSide, 'a response, header, storage entry or console message').not.toContain(secret);
    expect(audit, 'the audit file').not.toContain(secret);
    expect(bundle, 'the built app').not.toContain(secret);
  }
  expect(errors, 'the page printed console errors').toEqual([]);
});
