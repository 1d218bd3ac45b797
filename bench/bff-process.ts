// The real BFF (src/server/main.ts) as its own process on 127.0.0.1, so its memory can be read from /proc and the
// browser can load the built console from it exactly as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { TSX } from './mock-process';

export interface BffProcess {
  url: string;
  pid: number;
  /** Resident set size now and its peak since start (VmRSS / VmHWM), in bytes; Linux only. */
  memory(): { rss: number; peakRss: number };
  stop(): Promise<void>;
}

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

function statusKb(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** Starts the BFF with the given CEN_CONNECT_* settings and waits until /api/health answers. */
export async function startBff(
  env: Record<string, string>,
  timeoutMs = 60_000,
  /** Extra node flags, e.g. ['--cpu-prof'] to see where the BFF spends its time under load. */
  nodeArgs: string[] = [],
): Promise<BffProcess> {
  // A fixed port when the caller passes PORT (BENCH_PORT: engineers sharing a machine each use their own).
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...TSX, 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the BFF exited with ${child.exitCode}: ${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the BFF did not answer /api/health within ${timeoutMs} ms: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    memory: () => ({ rss: statusKb(pid, 'VmRSS'), peakRss: statusKb(pid, 'VmHWM') }),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** The BFF pointed at a mock cloud served on its own port (every product and the control API). */
export function bffAgainst(
  mockUrl: string,
  extra: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<BffProcess> {
  return startBff(
    {
      CEN_CONNECT_CLOUD: 'mock',
      CEN_CONNECT_ENDPOINT_CBN: mockUrl,
      CEN_CONNECT_ENDPOINT_VPC: mockUrl,
      CEN_CONNECT_ENDPOINT_ECS: mockUrl,
      CEN_CONNECT_ENDPOINT_STS: mockUrl,
      CEN_CONNECT_MOCK_CONTROL_URL: mockUrl,
      CEN_CONNECT_SERVE_APP: '0',
      ...extra,
    },
    60_000,
    nodeArgs,
  );
}
