// What a section of `npm run bench` (bench/run.ts) is given and gives back: the rows of the table it measured, its
// raw figures for results.json, and the formatting every row shares. run.ts runs the sections in SECTIONS' order;
// report.ts writes their rows out.
import { round } from '../test-support/stats';

export const SECTIONS = [
  'sign',
  'client',
  'overhead',
  'bundle',
  'demo',
  'page',
  'tenant',
  'ui',
  'calls',
  'load',
  'sandboxes',
] as const;
export type Section = (typeof SECTIONS)[number];

export type Status = 'met' | 'NOT met' | 'pending' | 'info';
export interface Row {
  /** The section that measured it: a partial run (--only) replaces only its own sections' rows. */
  section: Section;
  figure: string;
  ours: string;
  reference: string;
  ratio: string;
  target: string;
  status: Status;
}

/** When a section ran and the machine's load then: the machine is shared, so a figure means little without it. */
export interface Measured {
  at: string;
  loadAverage1m: number;
}

export interface BenchContext {
  /** --quick: small iteration counts. */
  quick: boolean;
  /** --load-runs: the size of the load run. */
  loadRuns: number;
  /** Whether the section was asked for (--only, else every section). */
  on: (section: Section) => boolean;
  log: (message: string) => void;
  rows: Row[];
  /** Raw figures by results.json key (report.ts RESULT_KEYS). */
  results: Record<string, unknown>;
  /** The built console the browser sections serve (built once, before the first of them runs). */
  distDir: string;
}

/**
 * One or more sections measured together: they share a server (client and overhead one mock; calls and load one
 * BFF) or the built console (usesConsole). run() is called once if any of them is asked for, and measures those.
 */
export interface SectionRun {
  sections: readonly Section[];
  usesConsole?: boolean;
  run(ctx: BenchContext): Promise<void> | void;
}

export const kB = (bytes: number) => `${round(bytes / 1000, 1)} kB`;
export const ms = (v: number) => `${round(v, 2)} ms`;
export const perS = (v: number) => `${Math.round(v).toLocaleString('en-US')}/s`;
export const x = (v: number) => `${round(v, 2)}×`;
export const check = (ok: boolean): Status => (ok ? 'met' : 'NOT met');

/**
 * A row's ratio, its target and whether it is met, from one threshold, so the target a row shows and the check it
 * makes cannot disagree. `per` says which way the ratio is taken when it is not ours over theirs.
 */
export const ratioAtLeast = (
  ratio: number,
  min: number,
  per?: string,
): Pick<Row, 'ratio' | 'target' | 'status'> => ({
  ratio: x(ratio),
  target: `≥ ${min}×${per ? ` (${per})` : ''}`,
  status: check(ratio >= min),
});
