// The places both secret-leak scans read (secret-leak.spec.ts on the demo keys, secret-leak-live.spec.ts with a
// live-style key and AssumeRole): everything the browser side of a page receives or prints, its storage, the BFF's
// audit file after the walk, and every file of the built app. Each spec then says which secrets none may hold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * From now on, every response's headers and body and every console message of the page, as text (`seen`), and the
 * page's console errors and uncaught errors (`errors`).
 */
export function recordBrowserSide(page: Page): { seen: string[]; errors: string[] } {
  const seen: string[] = [];
  const errors: string[] = [];
  page.on('response', async (response) => {
    seen.push(JSON.stringify(response.headers()));
    try {
      seen.push(await response.text());
    } catch {
      // Redirects and aborted responses have no body to read.
    }
  });
  page.on('console', (message) => {
    seen.push(message.text());
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { seen, errors };
}

/** The page's localStorage and sessionStorage, as one text. */
export function storageOf(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
}

/**
 * The audit file once the full walk's last call is on disk (appends are asynchronous, src/server/audit-log.ts),
 * checked to hold the walk's writes so a scan of it proves something.
 */
export async function auditOfFullWalk(file: string): Promise<string> {
  await expect.poll(() => readFileSync(file, 'utf8')).toContain('RunCommand');
  const audit = readFileSync(file, 'utf8');
  for (const action of ['CreateCen', 'GrantInstanceToCen', 'CreateCenBandwidthPackage', 'RunCommand'])
    expect(audit).toContain(action);
  return audit;
}

/** Every file of the built app under `dir`, as one text (latin1: the images too), checked not to be empty. */
export function builtAppText(dir: string): string {
  const bundle = filesUnder(dir)
    .map((file) => readFileSync(file, 'latin1'))
    .join('\n');
  expect(bundle.length).toBeGreaterThan(10_000);
  return bundle;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
