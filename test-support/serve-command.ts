// `npm run serve`'s own command as a process, for the tests of what a real stop and restart do (graceful-stop,
// restart-state): started as a terminal or a service manager would, at the head of its own process group, with
// node_modules/.bin on the PATH as npm puts it (npm itself in between would only pass signals on); the mock cloud
// in-process with no delay and no retries, the console files not served, on a free port of 127.0.0.1.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { freePort } from './node-process';

export interface ServeCommand {
  base: string;
  /** Its stdout and stderr, interleaved as they came, so far. */
  output: () => string;
  /** The signal to its whole process group, unless it has exited. */
  signal: (signal: NodeJS.Signals) => void;
  /** How it exited. */
  exited: Promise<{ code: number | null; signal: string | null }>;
  /** signal(), then its exit. */
  stop: (signal: NodeJS.Signals) => Promise<{ code: number | null; signal: string | null }>;
}

/** Resolves once /api/health answers, or with its exit code and output if it exits first. */
export async function startServeCommand(
  env: Record<string, string>,
): Promise<ServeCommand | { exit: number | null; output: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const command = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { serve: string } }).scripts
    .serve;
  const child = spawn('sh', ['-c', `exec ${command}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
      PORT: String(port),
      CEN_CONNECT_SERVE_APP: '0',
      CEN_CONNECT_MOCK_DELAY_MS: '0',
      CEN_CONNECT_MAX_RETRIES: '0',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  for (;;) {
    if (!running()) {
      const { code } = await exited;
      return { exit: code, output };
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const signal = (name: NodeJS.Signals) => {
    if (running()) process.kill(-child.pid!, name);
  };
  return {
    base,
    output: () => output,
    signal,
    exited,
    stop: (name) => {
      signal(name);
      return exited;
    },
  };
}
