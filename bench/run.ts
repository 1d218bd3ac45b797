// `npm run bench`: every benchmark figure (bench/README.md) measured in one run, printed as a table and written to
// bench/results.json (and into the top-level README.md between its bench:table markers). Nothing here is a constant
// result: each number comes from this run, as the median of several runs where it is a rate or a time.
//   npm run bench                       all sections
//   npm run bench -- --only sign,client  some sections (sign, client, overhead, bundle, demo, page, tenant, ui, calls, load,
//                                        sandboxes); their rows replace the same rows of the last run in results.json
//                                        and the README, the other rows are kept with the time they were measured
//   BENCH_PORT=8821 npm run bench        the BFF the browser loads listens there (else a free port)
//   npm run bench -- --quick            small iteration counts (a smoke run while developing)
//   npm run bench -- --load-runs 200    size of the load run (default 100)
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConsole } from './bundle-bench';
import { bundleSection, pageSection, tenantSection, uiSection } from './browser-sections';
import { demoSection } from './demo-section';
import { enterpriseCallsSection, enterpriseUiSection } from './enterprise-sections';
import { clientSection, loadSection, sandboxSection, signSection } from './node-sections';
import { writeReport } from './report';
import { SECTIONS, type BenchContext, type Measured, type Section, type SectionRun } from './section';
import { round } from '../test-support/stats';

/** In the order they run (and their rows stand): SECTIONS' order. */
const SECTION_RUNS: readonly SectionRun[] = [
  signSection,
  clientSection,
  bundleSection,
  demoSection,
  pageSection,
  tenantSection,
  uiSection,
  enterpriseUiSection,
  loadSection,
  enterpriseCallsSection,
  sandboxSection,
];

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

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const on = (s: Section) => args.only.has(s);
  // When and under what load each section ran: the machine is shared, so a figure means little without it.
  const measured: Partial<Record<Section, Measured>> = {};
  const mark = (...sections: readonly Section[]) => {
    for (const section of sections)
      if (on(section))
        measured[section] = { at: new Date().toISOString(), loadAverage1m: round(loadavg()[0] ?? 0, 2) };
  };
  const ctx: BenchContext = {
    quick: args.quick,
    loadRuns: args.loadRuns,
    on,
    log: (msg: string) => process.stderr.write(`bench: ${msg}\n`),
    rows: [],
    results: {},
    // One build per BENCH_PORT: engineers benchmarking on the same machine must not rebuild each other's console.
    distDir: join(
      tmpdir(),
      `cen-connect-bench-dist${process.env.BENCH_PORT ? `-${process.env.BENCH_PORT}` : ''}`,
    ),
  };
  let built = false;
  for (const section of SECTION_RUNS) {
    if (!section.sections.some(on)) continue;
    if (section.usesConsole && !built) {
      ctx.log(`building the console into ${ctx.distDir}…`);
      buildConsole(ctx.distDir);
      built = true;
    }
    mark(...section.sections);
    await section.run(ctx);
  }
  await writeReport({ quick: args.quick, on, rows: ctx.rows, results: ctx.results, measured });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
