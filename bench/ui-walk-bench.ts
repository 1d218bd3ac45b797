// The UI-driven figures: the full six-step walk through the console (e2e/full-walk.spec.ts, written with the
// console) — its duration, and the cloud calls it makes counted at the mock. The harness starts the standalone
// mock and the real BFF on Playwright's port, so Playwright reuses that server (playwright.config.ts
// reuseExistingServer) and every call the console makes lands in the mock's request log.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bffAgainst } from './bff-process';
import { startStandaloneMock } from './mock-process';

export const FULL_WALK_SPEC = 'e2e/full-walk.spec.ts';

export interface UiWalkBench {
  spec: string;
  passed: boolean;
  durationMs: number;
  cloudCalls: number;
  writes: number;
  reads: number;
  /** The mock's transition delay when the walk ended (the spec's fixtures choose it). */
  mockDelayMs: number | undefined;
}

const WRITE = /^(Create|Delete|Attach|Detach|Grant|Revoke|Associate|Unassociate|Set|Modify|Authorize|Run)/;

interface PlaywrightJson {
  suites?: PlaywrightSuite[];
}
interface PlaywrightSuite {
  suites?: PlaywrightSuite[];
  specs?: { tests: { results: { status: string; duration: number }[] }[] }[];
}

function results(suites: PlaywrightSuite[] = []): { status: string; duration: number }[] {
  return suites.flatMap((s) => [
    ...(s.specs ?? []).flatMap((spec) => spec.tests.flatMap((t) => t.results)),
    ...results(s.suites),
  ]);
}

/** Runs one Playwright spec against a BFF in front of the standalone mock; undefined when the spec is missing. */
export async function benchUiWalk(distDir: string, spec = FULL_WALK_SPEC): Promise<UiWalkBench | undefined> {
  if (!existsSync(spec)) return undefined;
  const mock = await startStandaloneMock();
  const bff = await bffAgainst(mock.url, { CEN_CONNECT_SERVE_APP: '1', CEN_CONNECT_DIST: distDir });
  try {
    const port = new URL(bff.url).port;
    mock.resetLog();
    const stdout = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        ['node_modules/@playwright/test/cli.js', 'test', spec, '--reporter=json'],
        { env: { ...process.env, E2E_PORT: port }, maxBuffer: 64 * 1024 * 1024 },
        // A failing spec exits non-zero; its JSON report still says what happened.
        (_error, out) => resolve(out),
      );
    });
    const report = JSON.parse(stdout) as PlaywrightJson;
    const runs = results(report.suites);
    const calls = mock
      .log()
      .map((line) => /\s(POST|GET) (\w+) \(/.exec(line)?.[2])
      .filter((action): action is string => action !== undefined);
    const state = (await (await fetch(`${mock.url}/_mock/state`)).json()) as { delayMs?: number };
    return {
      spec,
      mockDelayMs: state.delayMs,
      passed: runs.length > 0 && runs.every((r) => r.status === 'passed'),
      durationMs: runs.reduce((sum, r) => sum + r.duration, 0),
      cloudCalls: calls.length,
      writes: calls.filter((a) => WRITE.test(a)).length,
      reads: calls.filter((a) => !WRITE.test(a)).length,
    };
  } finally {
    await bff.stop();
    await mock.stop();
  }
}
