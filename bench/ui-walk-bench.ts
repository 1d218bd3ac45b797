// The UI-driven figures: the full six-step walk through the console (e2e/full-walk.spec.ts, written with the
// console) — its duration, and the cloud calls it makes counted at the mock. The harness starts the standalone
// mock and the real BFF on Playwright's port, so Playwright reuses that server (playwright.config.ts
// reuseExistingServer) and every call the console makes lands in the mock's request log.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockCloudEnv, startBff, startStandaloneMock } from '../test-support/server-processes';
import { median } from '../test-support/stats';
import { WALK_MS_ANNOTATION } from '../test-support/ui-walk-step';
import type { WalkActions } from './walk-floor/walk-actions';

export const FULL_WALK_SPEC = 'e2e/full-walk.spec.ts';
/** The one test of the spec that is the tutorial's full run (the spec also holds a keyboard-only walk). */
export const FULL_WALK_TEST = 'walks all six steps from the demo world and pings both ways';
/**
 * The walk is timed with instant transitions (its target is for the console, not the mock's waits); the specs
 * themselves keep 300 ms (e2e/fixtures.ts).
 */
export const UI_WALK_MOCK_DELAY_MS = 0;

/** Counts each walk's browser actions for the floor (bench/walk-floor/). */
const ACTION_REPORTER = './bench/walk-floor/walk-action-reporter.ts';
const FLOOR_CONFIG = 'bench/walk-floor/playwright.config.ts';

/** The walk's floor: the same browser actions on a bare page, same runner and browser, right after the walk. */
export interface UiWalkFloor {
  /** Median over as many runs as the walk had. */
  walkMs: number;
  walksMs: number[];
  /** CPU seconds per run of the runner and its Chromium. */
  cpuS: number | undefined;
}

export interface UiWalkBench {
  spec: string;
  passed: boolean;
  /** Walks measured (each its own test in its own sandbox). */
  runs: number;
  /** The Playwright test (median): browser context, sandbox, the walk, the axe scan and the state checks. */
  durationMs: number;
  /** The walk alone (median), from page.goto to both pings answered (the spec's walk-ms annotation). */
  walkMs: number | undefined;
  walksMs: number[];
  /** The browser actions of the (first) walk by kind — navigations, fills, checks, clicks, assertions by matcher. */
  actions: WalkActions | undefined;
  floor: UiWalkFloor | undefined;
  /**
   * CPU seconds one run cost (mean), which a loaded machine changes far less than the wall time: the Playwright runner with
   * its Chromium (every process, reaped into the shell's `times`), the BFF and the mock.
   */
  cpuS: { browserAndRunner: number; bff: number; mock: number } | undefined;
  /** Per run (the mean over the runs; every run makes the same calls when nothing fails). */
  cloudCalls: number;
  writes: number;
  reads: number;
  /** The mock's transition delay when the walk ended (E2E_MOCK_DELAY_MS, read by e2e/fixtures.ts). */
  mockDelayMs: number | undefined;
  /** Calls per action at the mock, most first (e.g. { DescribeVpcs: 4, CreateCen: 1 }). */
  perAction: Record<string, number>;
}

// Enterprise Edition's writes too: OpenTransitRouterService, Enable/DisableTransitRouterRouteTablePropagation,
// DissociateTransitRouterAttachmentFromRouteTable (docs/reference/enterprise-edition.md §2).
const WRITE =
  /^(Create|Delete|Attach|Detach|Grant|Revoke|Associate|Unassociate|Dissociate|Set|Modify|Authorize|Run|Open|Enable|Disable)/;

interface PlaywrightJson {
  suites?: PlaywrightSuite[];
}
interface PlaywrightSuite {
  suites?: PlaywrightSuite[];
  specs?: { tests: PlaywrightTest[] }[];
}
interface PlaywrightTest {
  annotations?: { type: string; description?: string }[];
  results: { status: string; duration: number }[];
}

function tests(suites: PlaywrightSuite[] = []): PlaywrightTest[] {
  return suites.flatMap((s) => [...(s.specs ?? []).flatMap((spec) => spec.tests), ...tests(s.suites)]);
}

/** utime + stime of a live process, in seconds (/proc/<pid>/stat fields 14 and 15, in clock ticks of 10 ms). */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The children's line of bash's `times` ("0m12.340s 0m1.200s"): user + system seconds. */
function childrenCpu(stderr: string): number | undefined {
  const lines = stderr.trim().split('\n').slice(-2);
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(lines[1] ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : undefined;
}

interface SpecRun {
  report: PlaywrightJson;
  /** CPU seconds of the runner and every browser process it started (bash's `times`, once all are reaped). */
  cpuS: number | undefined;
}

/** One Playwright run (JSON report on stdout), never traced: the runs are timed, whatever the config or a retry says. */
function runPlaywright(args: readonly string[], env: Record<string, string>): Promise<SpecRun> {
  return new Promise((resolve, reject) => {
    execFile(
      '/bin/bash',
      [
        '-c',
        '"$0" "$@"; status=$?; times >&2; exit $status',
        process.execPath,
        'node_modules/@playwright/test/cli.js',
        'test',
        ...args,
        `--reporter=json,${ACTION_REPORTER}`,
        '--trace',
        'off',
      ],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      // A failing spec exits non-zero; its JSON report still says what happened.
      (_error, stdout, stderr) => {
        try {
          resolve({ report: JSON.parse(stdout) as PlaywrightJson, cpuS: childrenCpu(stderr) });
        } catch {
          reject(new Error(`playwright ${args.join(' ')} wrote no JSON report:\n${stderr.slice(-2000)}`));
        }
      },
    );
  });
}

interface TimedRuns {
  passed: boolean;
  durationsMs: number[];
  walksMs: number[];
  /** The browser actions of each run's walk, by kind (bench/walk-floor/walk-action-reporter.ts). */
  actions: WalkActions[];
}

function timedRuns(report: PlaywrightJson, runs: number, actionsFile: string): TimedRuns {
  const attempts = tests(report.suites).flatMap((t) => t.results);
  return {
    passed: attempts.length === runs && attempts.every((r) => r.status === 'passed'),
    durationsMs: attempts.map((r) => r.duration),
    walksMs: tests(report.suites)
      .flatMap((t) => t.annotations ?? [])
      .filter((a) => a.type === WALK_MS_ANNOTATION)
      .map((a) => Number(a.description)),
    actions: existsSync(actionsFile) ? (JSON.parse(readFileSync(actionsFile, 'utf8')) as WalkActions[]) : [],
  };
}

const sameActions = (a: WalkActions, b: WalkActions) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Runs one Playwright spec against a BFF in front of the standalone mock; undefined when the spec is missing. */
export async function benchUiWalk(
  distDir: string,
  /** Walks in one Playwright run (--repeat-each), each in its own sandbox: times are medians, calls the mean. */
  runs = 3,
  spec = FULL_WALK_SPEC,
  test = FULL_WALK_TEST,
): Promise<UiWalkBench | undefined> {
  if (!existsSync(spec)) return undefined;
  const mock = await startStandaloneMock();
  // Test sandboxes on: the e2e fixtures give every test its own sandbox of the mock (decision 0004).
  const bff = await startBff({
    env: {
      ...mockCloudEnv(mock.url),
      CEN_CONNECT_SERVE_APP: '1',
      CEN_CONNECT_DIST: distDir,
      CEN_CONNECT_TEST_SANDBOXES: '1',
    },
  });
  const scratch = mkdtempSync(join(tmpdir(), 'cen-connect-walk-'));
  try {
    const port = new URL(bff.url).port;
    // Only the full run: every other test in the spec would add its own calls to the count.
    const grep = `${test.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
    mock.resetLog();
    const cpuBefore = { bff: cpuSeconds(bff.pid), mock: cpuSeconds(mock.pid) };
    const walkFile = join(scratch, 'walk-actions.json');
    const walkRun = await runPlaywright([spec, '--grep', grep, '--repeat-each', String(runs)], {
      E2E_PORT: port,
      E2E_MOCK_DELAY_MS: String(UI_WALK_MOCK_DELAY_MS),
      WALK_ACTIONS_FILE: walkFile,
    });
    const cpuS =
      walkRun.cpuS === undefined
        ? undefined
        : {
            browserAndRunner: walkRun.cpuS,
            bff: cpuSeconds(bff.pid) - cpuBefore.bff,
            mock: cpuSeconds(mock.pid) - cpuBefore.mock,
          };
    const walk = timedRuns(walkRun.report, runs, walkFile);
    const calls = mock
      .log()
      .map((line) => /\s(POST|GET) (\w+) \(/.exec(line)?.[2])
      .filter((action): action is string => action !== undefined);
    const floor = await benchWalkFloor(walk.actions[0], runs, join(scratch, 'floor-actions.json'));
    return {
      spec,
      // What the fixtures were told to set in the test's sandbox (e2e/fixtures.ts checks the value).
      mockDelayMs: UI_WALK_MOCK_DELAY_MS,
      runs,
      passed: walk.passed,
      durationMs: median(walk.durationsMs),
      walkMs: walk.walksMs.length === runs ? median(walk.walksMs) : undefined,
      walksMs: walk.walksMs,
      actions: walk.actions[0],
      floor,
      cpuS: cpuS && {
        browserAndRunner: cpuS.browserAndRunner / runs,
        bff: cpuS.bff / runs,
        mock: cpuS.mock / runs,
      },
      cloudCalls: calls.length / runs,
      writes: calls.filter((a) => WRITE.test(a)).length / runs,
      reads: calls.filter((a) => !WRITE.test(a)).length / runs,
      perAction: countByAction(calls, runs),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await bff.stop();
    await mock.stop();
  }
}

/**
 * The walk's floor (bench/walk-floor/walk-floor.spec.ts): the walk's own browser actions, as many of each kind, on a
 * bare page, by the same runner in the same browser, right after the walk. Undefined when the walk's actions were
 * not counted (it failed before its walk step); the floor's own count must equal them, or the figure is refused.
 */
async function benchWalkFloor(
  actions: WalkActions | undefined,
  runs: number,
  actionsFile: string,
): Promise<UiWalkFloor | undefined> {
  if (actions === undefined) return undefined;
  const run = await runPlaywright(['--config', FLOOR_CONFIG, '--repeat-each', String(runs)], {
    WALK_FLOOR_ACTIONS: JSON.stringify(actions),
    WALK_ACTIONS_FILE: actionsFile,
  });
  const floor = timedRuns(run.report, runs, actionsFile);
  if (!floor.passed || floor.walksMs.length !== runs) throw new Error('the walk floor did not pass');
  const differs = floor.actions.find((a) => !sameActions(a, actions));
  if (differs)
    throw new Error(
      `the walk floor made other actions than the walk: ${JSON.stringify(differs)} for ${JSON.stringify(actions)}`,
    );
  return { walkMs: median(floor.walksMs), walksMs: floor.walksMs, cpuS: run.cpuS && run.cpuS / runs };
}

/** Calls per action and run at the mock, most first. */
function countByAction(calls: string[], runs: number): Record<string, number> {
  const counts = new Map<string, number>();
  for (const action of calls) counts.set(action, (counts.get(action) ?? 0) + 1);
  return Object.fromEntries(
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a, n]) => [a, n / runs]),
  );
}

/**
 * The fewest cloud calls the UI walk (FULL_WALK_TEST) can make, call by call — bench/README.md "(f)" says why each
 * is needed and which of the console's other reads are not counted. The tutorial's 7 writes and the reads without
 * which it cannot go on: a list the user must pick from, or a status the next call waits for
 * (docs/reference/cen-api.md §3). The walk also clicks "Check the path" and the active ping both ways, so their own
 * least calls are counted too.
 */
export const UI_WALK_MINIMUM = {
  writes: {
    CreateCen: 1,
    AttachCenChildInstance: 2,
    GrantInstanceToCen: 1,
    CreateCenBandwidthPackage: 1,
    AssociateCenBandwidthPackage: 1,
    SetCenInterRegionBandwidthLimit: 1,
    // The active ping, one each way (beyond the tutorial's seven).
    RunCommand: 2,
  },
  reads: {
    // Steps 1 and 2: each account's networks in the chosen region, to pick from.
    DescribeVpcs: 2,
    // The CEN Creating → Active before anything can be attached.
    DescribeCens: 1,
    // Each attachment Attaching → Attached.
    DescribeCenAttachedChildInstances: 2,
    // The package Idle after buying (before associating), then InUse after associating (docs/reference/cen-api.md §3).
    DescribeCenBandwidthPackages: 2,
    // The region connection Modifying → Active.
    DescribeCenInterRegionBandwidthLimits: 1,
    // Step 6: each side's instances, to pick one and read its private IP.
    DescribeInstances: 2,
    // The path check: each side's security group rules and its CEN routes.
    DescribeSecurityGroupAttribute: 2,
    DescribeCenChildInstanceRouteEntries: 2,
    // The active ping: each invocation's result.
    DescribeInvocationResults: 2,
  },
} as const;

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
export const UI_WALK_MINIMUM_TOTAL = {
  writes: sum(UI_WALK_MINIMUM.writes),
  reads: sum(UI_WALK_MINIMUM.reads),
} as const;
