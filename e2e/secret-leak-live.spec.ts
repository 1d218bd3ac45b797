// The secret-leak scan with a live-style configuration: the demo AccessKey secrets, and a
// live-style secret configured for the test, appear in none of the places scanned, the BFF's logs included. Next to
// secret-leak.spec.ts, which walks on the demo keys: here Account A signs with an AccessKey configured the way a
// user configures a live one (CEN_CONNECT_A_ACCESS_KEY_ID/SECRET) and Account B is reached by AssumeRole from it
// (CEN_CONNECT_B_ROLE_ARN), so the STS secret and token minted for B are in play too. The mock cloud
// (e2e/leak-mock.ts) is the demo world plus that key; the BFF is this file's own process, so its stdout and stderr
// are read to the last byte. Scanned: every response body and header the browser receives, its storage and console,
// the BFF's stdout/stderr and audit file, and every file of the built app.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Playwright's own test, not ./fixtures: those reset and sandbox the shared test server's cloud, and this file
// brings its own cloud and BFF.
import { test, expect } from '@playwright/test';
import { DEMO_ACCOUNTS, UID } from '../mocks/scenarios/seed';
import {
  mockCloudEnv,
  startBff,
  startMockProcess,
  type BffProcess,
  type MockProcess,
} from '../test-support/server-processes';
import { auditOfFullWalk, builtAppText, recordBrowserSide, storageOf } from './secret-scan-places';
import { walkAllSteps } from './walk';

/** The built console the BFF serves and the scan reads (the brief's per-engineer copy, else dist/). */
const DIST = process.env.CEN_CONNECT_DIST ?? 'dist';
/** Shaped like a real pair (LTAI5t…, 30+ characters), made up for this test and known only to leak-mock.ts. */
const LIVE = {
  accessKeyId: 'LTAI5tLeakScanLiveKey0042',
  accessKeySecret: 'liveStyleS3cret-e2e-9Qz7Kp2Lm4Xw',
};
const DEMO_SECRETS = DEMO_ACCOUNTS.map((account) => account.accessKeySecret);
const masked = (id: string) => `${id.slice(0, 4)}****${id.slice(-4)}`;

/** Its own port: LEAK_E2E_PORT, else the one after E2E_PORT (each engineer's range on a shared machine). */
const port = Number(process.env.LEAK_E2E_PORT ?? Number(process.env.E2E_PORT ?? 8788) + 1);
const baseURL = `http://127.0.0.1:${port}`;
let workDir = '';
let mock: MockProcess | undefined;
let bff: BffProcess | undefined;
const mockOutput = () => mock?.output() ?? '';
const bffOutput = () => bff?.output() ?? '';
const auditFile = () => join(workDir, 'audit.jsonl');

/** STS secrets and tokens the mock minted (it prints one line per session). */
function stsSecrets(): string[] {
  return mockOutput()
    .split('\n')
    .filter((line) => line.startsWith('STS_SESSION '))
    .flatMap((line) => {
      const s = JSON.parse(line.slice('STS_SESSION '.length)) as {
        accessKeySecret: string;
        securityToken: string;
      };
      return [s.accessKeySecret, s.securityToken];
    });
}

test.use({ baseURL });

test.beforeAll(async () => {
  if (await fetch(`${baseURL}/api/health`).catch(() => undefined))
    throw new Error(`Port ${port} is taken; set LEAK_E2E_PORT to a free port.`);
  workDir = mkdtempSync(join(tmpdir(), 'cen-connect-leak-live-'));
  mock = await startMockProcess('e2e/leak-mock.ts', [JSON.stringify(LIVE), '300']);
  bff = await startBff({
    port,
    env: {
      ...mockCloudEnv(mock.url),
      CEN_CONNECT_DIST: DIST,
      CEN_CONNECT_AUDIT_FILE: auditFile(),
      // The live-style configuration (src/server/env.ts): A by its own AccessKey, B by a role A may assume.
      CEN_CONNECT_A_ACCESS_KEY_ID: LIVE.accessKeyId,
      CEN_CONNECT_A_ACCESS_KEY_SECRET: LIVE.accessKeySecret,
      CEN_CONNECT_B_ROLE_ARN: `acs:ram::${UID.B}:role/cen-connect-operator`,
    },
  });
});

test.afterAll(async () => {
  await Promise.all([bff?.stop(), mock?.stop()]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('no secret — demo, live-style or STS — reaches the browser, the BFF output, its audit file or the built app', async ({
  page,
}) => {
  // The whole tutorial with 300 ms transitions: about 40 s alone, more on a shared machine.
  test.setTimeout(240_000);
  const { seen, errors } = recordBrowserSide(page);
  const get = async (path: string) => {
    const text = await (await page.request.get(path)).text();
    seen.push(text);
    return text;
  };

  // The live-style key is the one in use: A signs with it, B by the role it assumes with it (both shown masked).
  const accounts = JSON.parse(await get('/api/accounts')) as {
    accounts: { name: string; mode: string; accessKeyId: string }[];
  };
  expect(accounts.accounts.map((a) => `${a.name} ${a.mode} ${a.accessKeyId}`)).toEqual([
    `A AK ${masked(LIVE.accessKeyId)}`,
    `B RamRoleArn ${masked(LIVE.accessKeyId)}`,
  ]);

  // The FULL walk: all six steps, every write and read the console makes, and the ping both ways.
  await walkAllSteps(page);
  await get('/api/accounts');
  await get('/api/audit');
  seen.push(await storageOf(page));

  // Every secret in play, and proof that each really was.
  const sts = stsSecrets();
  expect(sts.length, 'B was reached by AssumeRole: the mock minted a session').toBeGreaterThanOrEqual(2);
  const secrets = [...DEMO_SECRETS, LIVE.accessKeySecret, ...sts];
  expect(seen.length).toBeGreaterThan(50);
  const browserSide = seen.join('\n');
  const audit = await auditOfFullWalk(auditFile());
  expect(bffOutput(), "the BFF's stdout was captured").toContain('CEN Connect console (mock cloud)');
  const bundle = builtAppText(DIST);
  // Where each secret was found, with a little context and the secret itself masked (the report stays readable).
  const places: Record<string, string> = {
    'a response, header, storage entry or console message': browserSide,
    "the BFF's stdout or stderr": bffOutput(),
    'the audit file': audit,
    'the built app': bundle,
  };
  const names = [...DEMO_ACCOUNTS.map((a) => `demo ${a.name}`), 'live-style A', ...sts.map(() => 'STS')];
  const leaks = secrets.flatMap((secret, i) =>
    Object.entries(places)
      .filter(([, text]) => text.includes(secret))
      .map(([place, text]) => {
        const at = text.indexOf(secret);
        const context = text
          .slice(Math.max(0, at - 80), at + secret.length + 80)
          .replaceAll(secret, '[SECRET]');
        return `${names[i] ?? 'secret'} secret in ${place}: …${context}…`;
      }),
  );
  expect(leaks).toEqual([]);
  expect(errors, 'the page printed console errors').toEqual([]);
});
