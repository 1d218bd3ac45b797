// The report of `npm run bench` (bench/run.ts): the table on stdout, bench/results.json, and the README's table
// between its bench:table markers. A partial run (--only) replaces its own sections' rows and results and keeps the
// others from the last run, each with the time and load it was measured at.
import { cpus, loadavg } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { LoadResult } from '../test-support/load-run';
import { round } from '../test-support/stats';
import { ms, SECTIONS, type Measured, type Row, type Section } from './section';

export interface RunReport {
  quick: boolean;
  on: (section: Section) => boolean;
  rows: Row[];
  results: Record<string, unknown>;
  measured: Partial<Record<Section, Measured>>;
}

/**
 * Prints this run's table; unless --quick, writes results.json and the README's table. A quick run's small
 * iteration counts are a smoke test, not figures, so it leaves both files as the last real run wrote them.
 */
export async function writeReport({ quick: q, on, rows, results, measured }: RunReport): Promise<void> {
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
  if (q) return;
  // Formatted like every other file in the repo, so `npm run lint` (prettier --check .) stays green.
  const resultsFile = join('bench', 'results.json');
  // A partial run (--only) replaces its own sections' rows and results and keeps the others from the last run,
  // each with the time and load it was measured at.
  const previous = readPrevious(resultsFile);
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
    quick: false,
    measured: allMeasured,
    rows: allRows,
    results: allResults,
  });
  writeFileSync(
    resultsFile,
    await format(json, { ...(await resolveConfig(resultsFile)), filepath: resultsFile }),
  );
  const load = allResults.load as LoadResult | undefined;
  await updateReadme(
    measuredAt,
    machine,
    markdownTable(allRows, allMeasured),
    load ? perActionTable(load) : '',
  );
}

/** Where each section keeps its raw figures in results.json. */
const RESULT_KEYS: Record<Section, string[]> = {
  sign: ['signing'],
  client: ['client'],
  overhead: ['overhead'],
  bundle: ['bundle'],
  demo: ['demoBundle'],
  page: ['pageLoad'],
  tenant: ['bigTenant'],
  ui: ['uiWalk', 'uiWalkEnterprise'],
  calls: ['callsPerRun', 'callsPerRunEnterprise'],
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
