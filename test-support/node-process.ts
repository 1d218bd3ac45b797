// A server of the repo (the BFF, a mock cloud) as a Node process of its own, for the e2e specs and the benchmarks:
// started as `node --import tsx <script>` — no npx or tsx CLI between, so the pid is the server's and a stop signal
// reaches it — in a process group of its own, and stopped by that group: SIGTERM, then SIGKILL if it is not gone
// after a bounded wait. Its output goes to files, not pipes: a pipe's writes are synchronous on Linux, so a parent
// too busy to read (a load run) would stall the server mid-request and measure its own reader.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRAIN_MS } from '../src/server/graceful-stop';

/** Node with tsx's loader in the same process. */
export const TSX = ['--import', 'tsx'];

/** How long stop() waits for a SIGTERM to end the process: the BFF drains for up to DRAIN_MS, then writes its audit file. */
export const STOP_GRACE_MS = DRAIN_MS + 5_000;

export interface NodeProcess {
  /** The script and its arguments, for messages. */
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** What it wrote to stdout so far (still there after stop()). */
  stdout(): string;
  /** Its stdout, then its stderr, so far (still there after stop()). */
  output(): string;
  running(): boolean;
  /** SIGTERM to its group, SIGKILL after graceMs; resolves once it has exited. Safe to call more than once. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Node flags before tsx's, e.g. ['--cpu-prof']. */
  nodeArgs?: string[];
}

/** Processes started and not yet stopped: stopped (by SIGKILL) when this process exits, and by stopAll(). */
const live = new Set<NodeProcess>();
let exitHook = false;

/** Starts `node --import tsx <script> <args>` from the repository's root (the current directory). */
export function startNode(script: string, args: string[] = [], options: StartOptions = {}): NodeProcess {
  const dir = mkdtempSync(join(tmpdir(), 'cen-connect-process-'));
  const outFile = join(dir, 'stdout.log');
  const errFile = join(dir, 'stderr.log');
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...TSX, script, ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', out, err],
    // Its own process group, so stop() reaches whatever it started too.
    detached: true,
  });
  closeSync(out);
  closeSync(err);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  let kept: { stdout: string; stderr: string } | undefined;
  let stopping: Promise<void> | undefined;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is gone already
    }
  };
  const proc: NodeProcess = {
    name: [script, ...args].join(' '),
    child,
    pid: child.pid ?? Number.NaN,
    stdout: () => kept?.stdout ?? read(outFile),
    output: () => (kept ? kept.stdout + kept.stderr : read(outFile) + read(errFile)),
    running: () => child.exitCode === null && child.signalCode === null,
    stop: (graceMs = STOP_GRACE_MS) =>
      (stopping ??= (async () => {
        if (proc.running()) {
          signal('SIGTERM');
          let timer: NodeJS.Timeout | undefined;
          const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
          if ((await Promise.race([exited, late])) === 'late') {
            signal('SIGKILL');
            await exited;
          }
          clearTimeout(timer);
        }
        kept = { stdout: read(outFile), stderr: read(errFile) };
        rmSync(dir, { recursive: true, force: true });
        live.delete(proc);
      })()),
  };
  if (child.pid === undefined) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start node ${script}`);
  }
  live.add(proc);
  if (!exitHook) {
    exitHook = true;
    // A group of its own does not get the terminal's Ctrl-C: whatever is still running goes with this process.
    process.once('exit', () => {
      for (const p of live)
        try {
          if (p.running()) process.kill(-p.pid, 'SIGKILL');
        } catch {
          // gone already
        }
    });
  }
  return proc;
}

/** Stops every process started here that is still running (e.g. from a SIGINT handler). */
export function stopAll(): Promise<void> {
  return Promise.all([...live].map((p) => p.stop())).then(() => undefined);
}

async function waitUntil<T>(
  proc: NodeProcess,
  what: string,
  timeoutMs: number,
  intervalMs: number,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (!proc.running() || Date.now() > deadline) {
      const why = proc.running()
        ? `not within ${timeoutMs} ms`
        : `it exited (${proc.child.exitCode ?? proc.child.signalCode})`;
      await proc.stop();
      throw new Error(`${proc.name}: ${what} — ${why}. Its output:\n${proc.output()}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Waits until `url` answers 2xx; stops the process and throws with its output if it exits or the time is up. */
export function waitForHttp(proc: NodeProcess, url: string, timeoutMs = 60_000): Promise<void> {
  return waitUntil(proc, `no answer from ${url}`, timeoutMs, 100, async () => {
    try {
      return (await fetch(url)).ok ? true : undefined;
    } catch {
      return undefined; // not listening yet
    }
  }).then(() => undefined);
}

/**
 * Waits for a stdout line starting with `prefix` and returns the rest of it, and the number of stdout lines up to
 * and including it; stops the process and throws with its output if it exits or the time is up.
 */
export function waitForLine(
  proc: NodeProcess,
  prefix: string,
  timeoutMs = 60_000,
): Promise<{ rest: string; lines: number }> {
  return waitUntil(proc, `no line "${prefix}…"`, timeoutMs, 50, () => {
    const lines = proc.stdout().split('\n').slice(0, -1);
    const index = lines.findIndex((l) => l.startsWith(prefix));
    return index < 0 ? undefined : { rest: lines[index]!.slice(prefix.length), lines: index + 1 };
  });
}

/** A port free on 127.0.0.1 now (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
