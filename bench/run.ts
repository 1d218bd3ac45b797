// `npm run bench`: every benchmark figure (bench/README.md) measured in one run, printed as a table and written to
// bench/results.json (and into the top-level README.md between its bench:table markers). Nothing here is a constant
// result: each number comes from this run, as the median of several runs where it is a rate or a time.
//   npm run bench                       all sections
//   npm run bench -- --only sign,client  some sections (sign, client, overhead, bundle, page, tenant, ui, calls, load,
//                                        sandboxes); their rows replace the same rows of the last run in results.json
//                                        and the README, the other rows are kept with the time they were measured
//   BENCH_PORT=8821 npm run bench        the BFF the browser loads listens there (else a free port)
//   npm run bench -- --quick            small iteration counts (a smoke run while developing)
//   npm run bench -- --load-runs 200    size of the load run (default 100)
import { cpus, loadavg, tmpdir } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchSigning } from './sign-bench';
import { benchClients } from './client-bench';
import { benchOverhead } from './overhead-bench';
import { benchBundle, buildConsole, gzipBytesOf } from './bundle-bench';
import { benchPageLoad } from './page-load-bench';
import { benchBigTenant } from './big-tenant-bench';
import { benchUiWalk, FULL_WALK_SPEC, UI_WALK_MINIMUM_TOTAL } from './ui-walk-bench';
import {
  mockCloudEnv,
  startBff,
  startMockProcess,
  startStandaloneMock,
} from '../test-support/server-processes';
import { apiOver, apiWithCookies, runLoad, type LoadResult } from '../test-support/load-run';
import { MINIMUM_CALLS, tutorialRun } from '../test-support/tutorial-run';
import { format, resolveConfig } from 'prettier';
import { round } from '../test-support/stats';

const SECTIONS = [
  'sign',
  'client',
  'overhead',
  'bundle',
  'page',
  'tenant',
  'ui',
  'calls',
  'load',
  'sandboxes',
] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]) {
  const args = { quick: false, only: new Set<Section>(SECTIONS), loadRuns: 100 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quick') args.quick = true;
    else if (flag === '--only') {
      const names = (argv[++i] ?? '').split(',');
      const bad = names.filter((n) => !SECTIONS.includes(n as Section));
      if (bad.length) throw new Error(`--only takes ${SECTIONS.join(',')}; unknown: ${bad.join(',')}`);
      args.only = new Set(names as Section[]);
    } else if (flag === '--load-runs') {
      args.loadRuns = Number(argv[++i]);
      if (!Number.isInteger(args.loadRuns) || args.loadRuns < 1) throw new Error('--load-runs needs a count');
    } else throw new Error(`Unknown argument "${flag}". Flags: --quick, --only <sections>, --load-runs <n>`);
  }
  return args;
}

type Status = 'met' | 'NOT met' | 'pending' | 'info';
interface Row {
  /** The section that measured it: a partial run (--only) replaces only its own sections' rows. */
  section: Section;
  figure: string;
  ours: string;
  reference: string;
  ratio: string;
  target: string;
  status: Status;
}

/** BENCH_PORT: the port of the BFF the browser loads (engineers sharing a machine each use their own). */
const benchPort = (): number | undefined =>
  process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;

const kB = (bytes: number) => `${round(bytes / 1000, 1)} kB`;
const ms = (v: number) => `${round(v, 2)} ms`;
const perS = (v: number) => `${Math.round(v).toLocaleString('en-US')}/s`;
const x = (v: number) => `${round(v, 2)}×`;
const check = (ok: boolean): Status => (ok ? 'met' : 'NOT met');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const q = args.quick;
  const rows: Row[] = [];
  const results: Record<string, unknown> = {};
  const on = (s: Section) => args.only.has(s);
  const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
  // When and under what load each section ran: the machine is shared, so a figure means little without it.
  const measured: Partial<Record<Section, Measured>> = {};
  const mark = (...sections: Section[]) => {
    for (const section of sections)
      if (on(section))
        measured[section] = { at: new Date().toISOString(), loadAverage1m: round(loadavg()[0] ?? 0, 2) };
  };

  if (on('sign')) {
    mark('sign');
    log('(a) signatures per second…');
    const s = benchSigning(q ? 3 : 7, q ? 150 : 400);
    results.signing = s;
    rows.push({
      section: 'sign',
      figure: '(a) signatures/s, v1 HMAC-SHA1',
      ours: perS(s.v1.ours),
      reference: `${perS(s.v1.theirs)} openapi-util getRPCSignature`,
      ratio: x(s.v1.ratio),
      target: '≥ 1×',
      status: check(s.v1.ratio >= 1),
    });
    rows.push({
      section: 'sign',
      figure: '(a) signatures/s, v3 ACS3-HMAC-SHA256',
      ours: perS(s.v3.ours),
      reference: `${perS(s.v3.theirs)} openapi-util getAuthorization`,
      ratio: x(s.v3.ratio),
      target: '≥ 1×',
      status: check(s.v3.ratio >= 1),
    });
  }

  if (on('client') || on('overhead')) {
    mark('client', 'overhead');
    log('starting the standalone mock cloud (npm run mock-cloud -- --port 0 --delay-ms 0)…');
    const mock = await startStandaloneMock();
    try {
      const a = mock.accounts.find((m) => m.name === 'A')!;
      if (on('client')) {
        log('(b) cloud client vs @alicloud/openapi-client (the mock, then a canned answer)…');
        const c = await benchClients(mock.url, a, q ? 3 : 5, 8, q ? 300 : 1000, mock.pid);
        results.client = c;
        const us = (v: number) => `${Math.round(v)} µs`;
        for (const [where, r, label] of [
          ['mock', c.mock, 'standalone mock'],
          ['canned', c.canned, 'canned-answer server (the clients are the bottleneck)'],
        ] as const) {
          rows.push({
            section: 'client',
            figure: `(b) DescribeCens req/s at concurrency ${c.concurrency}, ${label}`,
            ours: perS(r.rps.ours),
            reference: `${perS(r.rps.theirs)} @alicloud/openapi-client`,
            ratio: x(r.ratio),
            target: '≥ 1.5×',
            status: check(r.ratio >= 1.5),
          });
          rows.push({
            section: 'client',
            figure: `(b) client CPU per call (this process), ${where === 'mock' ? 'against the mock' : 'canned answer'}`,
            ours: us(r.cpuUsPerCall.ours),
            reference: `${us(r.cpuUsPerCall.theirs)} @alicloud/openapi-client`,
            ratio: x(r.cpuRatio),
            target: '≥ 1.5× (theirs / ours)',
            status: check(r.cpuRatio >= 1.5),
          });
        }
        rows.push({
          section: 'client',
          figure: "(b) the mock's CPU per call it answers",
          ours: us(c.mock.serverCpuUsPerCall.ours),
          reference: `${us(c.mock.serverCpuUsPerCall.theirs)} for @alicloud/openapi-client's calls`,
          ratio: '—',
          target: '—',
          status: 'info',
        });
        rows.push({
          section: 'client',
          figure: '(b) ours over node:http (kept for the mock inside the BFF), canned answer',
          ours: perS(c.canned.rps.oursNodeHttp),
          reference: `${perS(c.canned.rps.theirs)} @alicloud/openapi-client; ${us(c.canned.cpuUsPerCall.oursNodeHttp)} CPU per call`,
          ratio: x(c.canned.rps.oursNodeHttp / c.canned.rps.theirs),
          target: '—',
          status: 'info',
        });
        rows.push({
          section: 'client',
          figure: '(b) ours over undici fetch (the transport before), canned answer',
          ours: perS(c.canned.rps.oursViaFetch),
          reference: `${perS(c.canned.rps.theirs)} @alicloud/openapi-client; ${us(c.canned.cpuUsPerCall.oursViaFetch)} CPU per call`,
          ratio: x(c.canned.rps.oursViaFetch / c.canned.rps.theirs),
          target: '—',
          status: 'info',
        });
      }
      if (on('overhead')) {
        log('(c) latency the BFF adds…');
        const o = await benchOverhead(mock.url, mock.accounts, q ? 300 : 2000);
        results.overhead = o;
        rows.push({
          section: 'overhead',
          figure: `(c) latency the BFF adds (in-process, wall time), all ${o.samples} requests`,
          ours: `p50 ${ms(o.addedP50Ms)}, p99 ${ms(o.addedP99Ms)}`,
          reference: `direct p50 ${ms(o.direct.p50Ms)} p99 ${ms(o.direct.p99Ms)}; via BFF p50 ${ms(o.viaBff.p50Ms)} p99 ${ms(o.viaBff.p99Ms)}`,
          ratio: '—',
          target: 'p99 ≤ 1 ms',
          status: check(o.addedP99Ms <= 1),
        });
        rows.push({
          section: 'overhead',
          figure: `(c) the same, over the ${o.unpreempted.samples} requests never preempted by another process`,
          ours: `p50 ${ms(o.unpreempted.addedP50Ms)}, p99 ${ms(o.unpreempted.addedP99Ms)}`,
          reference: `${o.samples - o.unpreempted.samples} of ${o.samples} requests lost the CPU (involuntary context switch)`,
          ratio: '—',
          target: 'p99 ≤ 1 ms',
          status: check(o.unpreempted.addedP99Ms <= 1),
        });
        rows.push({
          section: 'overhead',
          figure: "(c) the BFF's own CPU time per request (process CPU minus its upstream call's)",
          ours: `p50 ${ms(o.cpu.p50Ms)}, p99 ${ms(o.cpu.p99Ms)}`,
          reference:
            "all threads, GC helpers and the audit appends included; the client's garbage is collected in it too",
          ratio: '—',
          target: 'p99 ≤ 1 ms',
          status: check(o.cpu.p99Ms <= 1),
        });
        rows.push({
          section: 'overhead',
          figure:
            '(c) the BFF alone (upstream answers at once; same guards, validation, audit file): CPU time',
          ours: `p50 ${ms(o.alone.cpu.p50Ms)}, p99 ${ms(o.alone.cpu.p99Ms)}`,
          reference: `wall p50 ${ms(o.alone.wall.p50Ms)}, p99 ${ms(o.alone.wall.p99Ms)} (the wall includes preemption)`,
          ratio: '—',
          target: 'p99 ≤ 1 ms',
          status: check(o.alone.cpu.p99Ms <= 1),
        });
      }
    } finally {
      await mock.stop();
    }
  }

  // One build per BENCH_PORT: engineers benchmarking on the same machine must not rebuild each other's console.
  const distDir = join(
    tmpdir(),
    `cen-connect-bench-dist${process.env.BENCH_PORT ? `-${process.env.BENCH_PORT}` : ''}`,
  );
  if (on('bundle') || on('page') || on('tenant') || on('ui')) {
    log(`building the console into ${distDir}…`);
    buildConsole(distDir);
  }
  if (on('bundle')) {
    mark('bundle');
    log('(d) initial JavaScript…');
    const b = benchBundle(distDir);
    results.bundle = b;
    rows.push({
      section: 'bundle',
      figure: '(d) initial JS, gzip (index.html script + modulepreloads)',
      ours: kB(b.initialGzipBytes),
      reference: `${kB(b.totalGzipBytes)} all ${b.totalFiles} scripts`,
      ratio: '—',
      target: '≤ 180 kB',
      status: check(b.initialGzipBytes <= 180_000),
    });
  }
  if (on('page')) {
    mark('page');
    log('(e) page load to step 1 interactive in Chromium…');
    const bff = await startBff({
      port: benchPort(),
      env: { CEN_CONNECT_DIST: distDir, CEN_CONNECT_MOCK_DELAY_MS: '0' },
    });
    try {
      const p = await benchPageLoad(bff.url, q ? 3 : 9);
      const jsBytes = gzipBytesOf(distDir, p.scriptsBeforeInteractive);
      results.pageLoad = { ...p, gzipBytesBeforeInteractive: jsBytes };
      rows.push({
        section: 'page',
        figure: `(e) page load → step 1 interactive, median of ${p.loads}`,
        ours: ms(p.medianMs),
        reference: `${kB(jsBytes)} gzip JS in ${p.scriptsBeforeInteractive.length} scripts fetched before interactive`,
        ratio: '—',
        target: '≤ 400 ms',
        status: check(p.medianMs <= 400),
      });
    } finally {
      await bff.stop();
    }
  }

  if (on('tenant')) {
    mark('tenant');
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
  }

  if (on('ui')) {
    mark('ui');
    log(`full walk through the UI (${FULL_WALK_SPEC}) against the standalone mock…`);
    const w = await benchUiWalk(distDir, q ? 1 : 3);
    results.uiWalk = w ?? { pending: `${FULL_WALK_SPEC} does not exist yet` };
    const { writes: minWrites, reads: minReads } = UI_WALK_MINIMUM_TOTAL;
    const minimum = minWrites + minReads;
    const cpu = w?.cpuS;
    rows.push({
      section: 'ui',
      figure: `full six-step run through the UI, median of ${w?.runs ?? 0} walks (page load to both pings answered; mock transitions ${w ? `${w.mockDelayMs} ms` : '0 ms'})`,
      ours: w
        ? `${w.walkMs === undefined ? '?' : ms(w.walkMs)}${w.passed ? '' : ' (spec FAILED)'}`
        : 'pending',
      reference: w
        ? `whole test ${ms(w.durationMs)}; CPU ${cpu ? `${round(cpu.browserAndRunner, 1)} s Chromium + Playwright, ${round(cpu.bff, 1)} s BFF, ${round(cpu.mock, 1)} s mock` : 'unknown'}`
        : `needs ${FULL_WALK_SPEC}`,
      ratio: '—',
      target: '≤ 4 s',
      status: w ? check(w.passed && w.walkMs !== undefined && w.walkMs <= 4000) : 'pending',
    });
    rows.push({
      section: 'ui',
      figure: '(f) cloud calls per full run — through the UI, counted at the mock',
      ours: w
        ? `${round(w.cloudCalls, 1)} (${round(w.writes, 1)} writes, ${round(w.reads, 1)} reads)`
        : 'pending',
      reference: `minimum ${minimum} (${minWrites} writes incl. 2 RunCommand + ${minReads} reads; bench/README.md (f))`,
      ratio: w ? x(w.cloudCalls / minimum) : '—',
      target: '≤ 1.2',
      status: w ? check(w.passed && w.cloudCalls / minimum <= 1.2) : 'pending',
    });
  }

  if (on('calls') || on('load')) {
    const runs = on('load') ? (q ? 20 : args.loadRuns) : 0;
    mark('calls', 'load');
    log(`starting the load-world mock (${runs + 1} pairs of networks) and the BFF (src/server/main.ts)…`);
    const mock = await startMockProcess('bench/load-mock.ts', [String(runs + 1)]);
    const bff = await startBff({ env: { ...mockCloudEnv(mock.url), CEN_CONNECT_SERVE_APP: '0' } });
    try {
      const uid = (name: string) => mock.accounts.find((m) => m.name === name)!.uid;
      const uids = { A: uid('A'), B: uid('B') };
      const api = apiOver((path, init) => fetch(`${bff.url}${path}`, init));
      if (on('calls')) {
        log('(f) cloud calls per full run (BFF API driver)…');
        mock.resetLog();
        const timings = await tutorialRun(api, { run: runs, uids });
        await new Promise((r) => setTimeout(r, 200));
        const atMock = mock.log().filter((l) => !l.includes('/_mock/')).length;
        const minimum = MINIMUM_CALLS.writes + MINIMUM_CALLS.reads;
        results.callsPerRun = { driver: 'BFF API', atMock, bffCalls: timings.length, minimum };
        rows.push({
          section: 'calls',
          figure: '(f) cloud calls per full run — BFF API driver, counted at the mock',
          ours: String(atMock),
          reference: `minimum ${minimum} (${MINIMUM_CALLS.writes} writes + ${MINIMUM_CALLS.reads} reads)`,
          ratio: x(atMock / minimum),
          target: '≤ 1.2',
          status: check(atMock / minimum <= 1.2),
        });
      }
      if (on('load')) {
        log(`(h) load: ${runs} concurrent tutorial runs through one BFF…`);
        const before = bff.memory();
        const load: LoadResult = await runLoad(api, { runs, uids, timeBudgetMs: 300_000 });
        const after = bff.memory();
        results.load = { ...load, bffRssBeforeBytes: before.rss, bffPeakRssBytes: after.peakRss };
        rows.push({
          section: 'load',
          figure: `(load) ${runs} concurrent six-step runs, one BFF, loopback`,
          ours: `${load.completed}/${runs} ok, ${load.errors.length} errors`,
          reference: `${round(load.wallMs / 1000, 2)} s, ${perS(load.callsPerSecond)} calls, ${round(load.runsPerSecond, 1)} runs/s`,
          ratio: '—',
          target: '0 errors',
          status: check(load.errors.length === 0 && load.completed === runs),
        });
        rows.push({
          section: 'load',
          figure: '(h) BFF peak RSS during the load run',
          ours: `${round(after.peakRss / 1048576, 1)} MiB`,
          reference: `${round(before.rss / 1048576, 1)} MiB before the load`,
          ratio: '—',
          target: '—',
          status: 'info',
        });
        if (load.errors.length) log(`load errors (first 5):\n  ${load.errors.slice(0, 5).join('\n  ')}`);
      }
    } finally {
      await bff.stop();
      await mock.stop();
    }
  }

  if (on('sandboxes')) {
    const runs = q ? 20 : args.loadRuns;
    mark('sandboxes');
    log(`load in training mode: ${runs} runs, each in its own sandbox of the standalone mock…`);
    const mock = await startStandaloneMock();
    // The whole load joins from this one address: the class and the per-client bound must both hold every run.
    const bff = await startBff({
      env: {
        ...mockCloudEnv(mock.url),
        CEN_CONNECT_SERVE_APP: '0',
        CEN_CONNECT_TRAINING: '1',
        CEN_CONNECT_CLASS_SIZE: String(runs),
        CEN_CONNECT_SANDBOXES_PER_CLIENT: String(runs),
      },
    });
    try {
      const uid = (name: string) => mock.accounts.find((m) => m.name === name)!.uid;
      const before = bff.memory();
      // Every run is a fresh browser (its own cookie jar) that joins, so the BFF gives each its own sandbox of the
      // tutorial's world, and every run uses the tutorial's own networks.
      const load = await runLoad(
        apiOver(() => Promise.reject(new Error('unused'))),
        {
          runs,
          uids: { A: uid('A'), B: uid('B') },
          timeBudgetMs: 300_000,
          apiFor: () => apiWithCookies(bff.url, { join: true }),
          vpcNames: { A: 'A-Qingdao-VPC', B: 'B-Beijing-VPC' },
        },
      );
      const after = bff.memory();
      results.sandboxLoad = { ...load, bffRssBeforeBytes: before.rss, bffPeakRssBytes: after.peakRss };
      rows.push({
        section: 'sandboxes',
        figure: `(load) ${runs} concurrent runs, each in its own training sandbox`,
        ours: `${load.completed}/${runs} ok, ${load.errors.length} errors`,
        reference: `${round(load.wallMs / 1000, 2)} s, ${perS(load.callsPerSecond)} calls; BFF peak RSS ${round(after.peakRss / 1048576, 1)} MiB`,
        ratio: '—',
        target: '0 errors',
        status: check(load.errors.length === 0 && load.completed === runs),
      });
      if (load.errors.length)
        log(`sandbox load errors (first 5):\n  ${load.errors.slice(0, 5).join('\n  ')}`);
    } finally {
      await bff.stop();
      await mock.stop();
    }
  }

  const measuredAt = new Date().toISOString();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverage1m: round(loadavg()[0] ?? 0, 2),
  };
  process.stdout.write(
    `\nCEN Connect benchmark — ${measuredAt} — ${machine.cpus} CPUs, Node ${machine.node}, load ${machine.loadAverage1m}\n\n${markdownTable(rows, measured)}\n`,
  );
  // Formatted like every other file in the repo, so `npm run lint` (prettier --check .) stays green.
  const resultsFile = join('bench', 'results.json');
  // A partial run (--only) replaces its own sections' rows and results and keeps the others from the last run,
  // each with the time and load it was measured at.
  const previous = q ? undefined : readPrevious(resultsFile);
  const keep = (section: Section) => !on(section) && previous !== undefined;
  const allRows = SECTIONS.flatMap((section) =>
    keep(section)
      ? (previous?.rows.filter((r) => r.section === section) ?? [])
      : rows.filter((r) => r.section === section),
  );
  const allMeasured: Partial<Record<Section, Measured>> = {};
  const allResults: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    const from = keep(section) ? previous : { measured, results };
    const m = from?.measured[section];
    if (m) allMeasured[section] = m;
    for (const key of RESULT_KEYS[section])
      if (from?.results[key] !== undefined) allResults[key] = from.results[key];
  }
  const json = JSON.stringify({
    measuredAt,
    machine,
    sections: SECTIONS.filter((section) => allMeasured[section]),
    quick: q,
    measured: allMeasured,
    rows: allRows,
    results: allResults,
  });
  writeFileSync(
    resultsFile,
    await format(json, { ...(await resolveConfig(resultsFile)), filepath: resultsFile }),
  );
  const load = allResults.load as LoadResult | undefined;
  if (!q)
    await updateReadme(
      measuredAt,
      machine,
      markdownTable(allRows, allMeasured),
      load ? perActionTable(load) : '',
    );
}

interface Measured {
  at: string;
  loadAverage1m: number;
}

/** Where each section keeps its raw figures in results.json. */
const RESULT_KEYS: Record<Section, string[]> = {
  sign: ['signing'],
  client: ['client'],
  overhead: ['overhead'],
  bundle: ['bundle'],
  page: ['pageLoad'],
  tenant: ['bigTenant'],
  ui: ['uiWalk'],
  calls: ['callsPerRun'],
  load: ['load'],
  sandboxes: ['sandboxLoad'],
};

/** Which section measured a row of a results.json written before rows named their section. */
function sectionOfFigure(figure: string): Section | undefined {
  const prefixes: [string, Section][] = [
    ['(a)', 'sign'],
    ['(b)', 'client'],
    ['(c)', 'overhead'],
    ['(d)', 'bundle'],
    ['(e)', 'page'],
    ['(g)', 'tenant'],
    ['full six-step run through the UI', 'ui'],
    ['(f) cloud calls per full run — through the UI', 'ui'],
    ['(f)', 'calls'],
    ['(h)', 'load'],
  ];
  if (figure.startsWith('(load)')) return figure.includes('training sandbox') ? 'sandboxes' : 'load';
  return prefixes.find(([prefix]) => figure.startsWith(prefix))?.[1];
}

function readPrevious(
  file: string,
):
  | { rows: Row[]; measured: Partial<Record<Section, Measured>>; results: Record<string, unknown> }
  | undefined {
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    measuredAt?: string;
    machine?: { loadAverage1m?: number };
    quick?: boolean;
    sections?: Section[];
    measured?: Partial<Record<Section, Measured>>;
    rows?: (Omit<Row, 'section'> & { section?: Section })[];
    results?: Record<string, unknown>;
  };
  if (json.quick) return undefined;
  const rows: Row[] = [];
  for (const row of json.rows ?? []) {
    const section = row.section ?? sectionOfFigure(row.figure);
    // The old placeholder row of a section that had not run (it had no figures).
    if (section && row.status !== 'pending') rows.push({ ...row, section });
  }
  const measured: Partial<Record<Section, Measured>> = { ...json.measured };
  for (const section of json.sections ?? [])
    measured[section] ??= {
      at: json.measuredAt ?? '?',
      loadAverage1m: json.machine?.loadAverage1m ?? Number.NaN,
    };
  return { rows, measured, results: json.results ?? {} };
}

function markdownTable(rows: Row[], measured: Partial<Record<Section, Measured>>): string {
  const head =
    '| Figure | Ours | Reference | Ratio | Target | Status | Measured (UTC, 1-min load) |\n|---|---|---|---|---|---|---|';
  const when = (section: Section) => {
    const m = measured[section];
    return m ? `${m.at.slice(0, 16).replace('T', ' ')}, ${m.loadAverage1m}` : '—';
  };
  return [
    head,
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${r.ours} | ${r.reference} | ${r.ratio} | ${r.target} | ${r.status} | ${when(r.section)} |`,
    ),
  ].join('\n');
}

function perActionTable(load: LoadResult): string {
  const head = '| Action (through the BFF) | Calls | p50 | p99 |\n|---|---|---|---|';
  const lines = Object.entries(load.perAction).map(
    ([action, s]) => `| ${action} | ${s.count} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} |`,
  );
  return [head, ...lines].join('\n');
}

/**
 * Replaces the block between the README's markers with the latest tables: this run's rows, and for sections it did
 * not run (--only) the rows of the run before, each row with the time and load it was measured at.
 */
async function updateReadme(
  measuredAt: string,
  machine: { cpus: number; node: string; loadAverage1m: number },
  table: string,
  perAction: string,
) {
  // The README shows the latest table; it is written here only.
  const file = 'README.md';
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:table:start -->';
  const end = '<!-- bench:table:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return;
  const block = `Last run ${measuredAt} on ${machine.cpus} CPUs, Node ${machine.node} (a shared machine: each row says when it was measured and the 1-minute load average then).\n\n${table}\n\n${perAction}\n`;
  // Only the block is formatted (aligned tables): the rest of the README is prose other people edit by hand, and
  // *.md is outside prettier's checks (.prettierignore).
  const formatted = await format(block, { parser: 'markdown', printWidth: 120 });
  const updated = `${text.slice(0, i)}${start}\n\n${formatted}\n${end}${text.slice(j + end.length)}`;
  writeFileSync(file, updated);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
