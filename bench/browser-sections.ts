// The sections of `npm run bench` that need the built console (bench/README.md (d), (e), (g), the UI walk): its
// initial JavaScript, the page load and the big tenant's picker in Chromium against the real BFF, and the full
// tutorial walked through the UI by the e2e spec.
import { benchBundle, buildPageFloor, gzipBytesOf } from './bundle-bench';
import { benchPageLoad } from './page-load-bench';
import { benchBigTenant } from './big-tenant-bench';
import { benchUiWalk, FULL_WALK_SPEC, UI_WALK_MINIMUM_TOTAL } from './ui-walk-bench';
import { startBff } from '../test-support/server-processes';
import { round } from '../test-support/stats';
import { check, kB, ms, x, type SectionRun } from './section';
import type { WalkActions } from './walk-floor/walk-actions';

/** "79 browser actions (1 navigate, 5 fill, …, 42 assertions)": the walk's by kind (bench/walk-floor/walk-actions.ts). */
export function actionCount(actions: WalkActions): string {
  const total = Object.values(actions).reduce<number>((a, b) => a + (b ?? 0), 0);
  const expects = Object.entries(actions)
    .filter(([k]) => k.startsWith('expect.'))
    .reduce((a, [, n = 0]) => a + n, 0);
  const rest = Object.entries(actions).filter(([k]) => !k.startsWith('expect.'));
  return `${total} browser actions (${rest.map(([k, n]) => `${n} ${k}`).join(', ')}, ${expects} assertions)`;
}

/** BENCH_PORT: the port of the BFF the browser loads (engineers sharing a machine each use their own). */
const benchPort = (): number | undefined =>
  process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;

// The targets (bench/README.md): ratios to floors measured in the same run, so a loaded machine slows
// both sides alike; bench/README.md says how each floor is built.
const INITIAL_JS_MAX_BYTES = 160_000;
const PAGE_LOAD_MAX_RATIO = 1.3;
export const WALK_MAX_RATIO = 3;
export const CALLS_MAX_RATIO = 1.1;

export const bundleSection: SectionRun = {
  sections: ['bundle'],
  usesConsole: true,
  run({ log, rows, results, distDir }) {
    log('(d) initial JavaScript…');
    const b = benchBundle(distDir);
    results.bundle = b;
    rows.push({
      section: 'bundle',
      figure: '(d) initial JS, gzip (index.html script + modulepreloads)',
      ours: kB(b.initialGzipBytes),
      reference: `${kB(b.totalGzipBytes)} all ${b.totalFiles} scripts`,
      ratio: '—',
      target: `≤ ${kB(INITIAL_JS_MAX_BYTES)}`,
      status: check(b.initialGzipBytes <= INITIAL_JS_MAX_BYTES),
    });
  },
};

export const pageSection: SectionRun = {
  sections: ['page'],
  usesConsole: true,
  async run({ quick: q, log, rows, results, distDir }) {
    log('(e) page load to step 1 interactive in Chromium, side by side with its floor…');
    const floorDir = `${distDir}-page-floor`;
    buildPageFloor(floorDir);
    const env = { CEN_CONNECT_MOCK_DELAY_MS: '0' };
    const bff = await startBff({ port: benchPort(), env: { ...env, CEN_CONNECT_DIST: distDir } });
    // The floor from a BFF of its own (same server, same headers), as it serves only its dist/.
    const floorBff = await startBff({ env: { ...env, CEN_CONNECT_DIST: floorDir } });
    try {
      const p = await benchPageLoad(bff.url, q ? 3 : 9, floorBff.url);
      const floor = p.floor!;
      const jsBytes = gzipBytesOf(distDir, p.scriptsBeforeInteractive);
      const floorBytes = gzipBytesOf(floorDir, floor.scriptsBeforeInteractive);
      results.pageLoad = { ...p, gzipBytesBeforeInteractive: jsBytes, floorGzipBytes: floorBytes };
      const ratio = p.medianMs / floor.medianMs;
      rows.push({
        section: 'page',
        figure: `(e) page load → step 1 interactive, median of ${p.loads} (floor: bare React + antd page with step 1's form, same Vite build, loads alternating)`,
        ours: ms(p.medianMs),
        reference: `floor ${ms(floor.medianMs)}; ${kB(jsBytes)} gzip JS in ${p.scriptsBeforeInteractive.length} scripts before interactive (floor ${kB(floorBytes)} in ${floor.scriptsBeforeInteractive.length})`,
        ratio: x(ratio),
        target: `≤ ${PAGE_LOAD_MAX_RATIO}× floor`,
        status: check(ratio <= PAGE_LOAD_MAX_RATIO),
      });
    } finally {
      await floorBff.stop();
      await bff.stop();
    }
  },
};

export const tenantSection: SectionRun = {
  sections: ['tenant'],
  usesConsole: true,
  async run({ quick: q, log, rows, results, distDir }) {
    log('(g) big tenant: the network picker over 2,000 VPCs in Chromium…');
    const bff = await startBff({
      port: benchPort(),
      env: { CEN_CONNECT_DIST: distDir, CEN_CONNECT_MOCK_DELAY_MS: '0' },
    });
    try {
      const g = await benchBigTenant(bff.url, q ? 2 : 7);
      results.bigTenant = g;
      rows.push({
        section: 'tenant',
        figure: `(g) big tenant: network picker ready after choosing a region, median of ${g.runs}`,
        ours: ms(g.readyMedianMs),
        reference: `${g.options} VPCs in ${g.region} (${g.pages} DescribeVpcs pages) of the scenario's 2,000 over 20 regions`,
        ratio: '—',
        target: '≤ 1 s',
        status: check(g.readyMedianMs <= 1000),
      });
      rows.push({
        section: 'tenant',
        figure: `(g) big tenant: input latency filtering the picker ("${g.filter}", key by key), median`,
        ours: ms(g.keyLatencyMedianMs),
        reference: `p95 ${ms(g.keyLatencyP95Ms)}, max ${ms(g.keyLatencyMaxMs)} over ${g.keyLatencySamplesMs.length} keys`,
        ratio: '—',
        target: '≤ 50 ms',
        status: check(g.keyLatencyMedianMs <= 50),
      });
    } finally {
      await bff.stop();
    }
  },
};

export const uiSection: SectionRun = {
  sections: ['ui'],
  usesConsole: true,
  async run({ quick: q, log, rows, results, distDir }) {
    log(`full walk through the UI (${FULL_WALK_SPEC}) against the standalone mock…`);
    const w = await benchUiWalk(distDir, q ? 1 : 3);
    results.uiWalk = w ?? { pending: `${FULL_WALK_SPEC} does not exist yet` };
    const { writes: minWrites, reads: minReads } = UI_WALK_MINIMUM_TOTAL;
    const minimum = minWrites + minReads;
    const cpu = w?.cpuS;
    const floor = w?.floor;
    const walkRatio = w?.walkMs !== undefined && floor ? w.walkMs / floor.walkMs : undefined;
    rows.push({
      section: 'ui',
      figure: `full six-step run through the UI, median of ${w?.runs ?? 0} walks (page load to both pings answered; mock transitions ${w ? `${w.mockDelayMs} ms` : '0 ms'}; floor: the walk's ${w?.actions ? actionCount(w.actions) : 'browser actions'} on a bare page, same runner and browser)`,
      ours: w
        ? `${w.walkMs === undefined ? '?' : ms(w.walkMs)}${w.passed ? '' : ' (spec FAILED)'}`
        : 'pending',
      reference: w
        ? `floor ${floor ? ms(floor.walkMs) : '?'}; whole test ${ms(w.durationMs)}; CPU ${cpu ? `${round(cpu.browserAndRunner, 1)} s Chromium + Playwright (floor ${floor?.cpuS === undefined ? '?' : round(floor.cpuS, 1)} s), ${round(cpu.bff, 1)} s BFF, ${round(cpu.mock, 1)} s mock` : 'unknown'}`
        : `needs ${FULL_WALK_SPEC}`,
      ratio: walkRatio === undefined ? '—' : x(walkRatio),
      target: `≤ ${WALK_MAX_RATIO}× floor`,
      status: w ? check(w.passed && walkRatio !== undefined && walkRatio <= WALK_MAX_RATIO) : 'pending',
    });
    rows.push({
      section: 'ui',
      figure: '(f) cloud calls per full run — through the UI, counted at the mock',
      ours: w
        ? `${round(w.cloudCalls, 1)} (${round(w.writes, 1)} writes, ${round(w.reads, 1)} reads)`
        : 'pending',
      reference: `minimum ${minimum} (${minWrites} writes incl. 2 RunCommand + ${minReads} reads; bench/README.md (f))`,
      ratio: w ? x(w.cloudCalls / minimum) : '—',
      target: `≤ ${CALLS_MAX_RATIO}×`,
      status: w ? check(w.passed && w.cloudCalls / minimum <= CALLS_MAX_RATIO) : 'pending',
    });
  },
};
