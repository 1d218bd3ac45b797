// The repo's servers as processes of their own on 127.0.0.1 (node-process.ts): the real BFF (src/server/main.ts),
// waited for at /api/health; and a mock cloud that prints `MOCK_CLOUD_READY {"url":…,"accounts":[…]}` once it
// listens (mocks/standalone.ts, bench/load-mock.ts, e2e/leak-mock.ts, bench/canned-answer-server.ts). Every line
// such a mock prints after its ready line is one request it answered, so a caller can count cloud calls at the mock.
import { readFileSync } from 'node:fs';
import {
  freePort,
  startNode,
  waitForHttp,
  waitForLine,
  type NodeProcess,
  type StartOptions,
} from './node-process';

export interface BffProcess {
  url: string;
  pid: number;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resident set size now and its peak since start (VmRSS / VmHWM), in bytes; Linux only. */
  memory(): { rss: number; peakRss: number };
  stop(): Promise<void>;
}

function statusKb(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** The BFF's settings for a mock cloud served on its own origin (every product and the control API). */
export function mockCloudEnv(mockUrl: string): Record<string, string> {
  return {
    CEN_CONNECT_CLOUD: 'mock',
    CEN_CONNECT_ENDPOINT_CBN: mockUrl,
    CEN_CONNECT_ENDPOINT_VPC: mockUrl,
    CEN_CONNECT_ENDPOINT_ECS: mockUrl,
    CEN_CONNECT_ENDPOINT_STS: mockUrl,
    CEN_CONNECT_MOCK_CONTROL_URL: mockUrl,
  };
}

/** Starts the BFF with the given CEN_CONNECT_* settings on `port` (else a free one); resolves once /api/health answers. */
export async function startBff(
  options: StartOptions & { port?: number | undefined; timeoutMs?: number } = {},
): Promise<BffProcess> {
  const port = options.port ?? (await freePort());
  const proc = startNode('src/server/main.ts', [], {
    ...options,
    env: { HOST: '127.0.0.1', ...options.env, PORT: String(port) },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(proc, `${url}/api/health`, options.timeoutMs);
  return {
    url,
    pid: proc.pid,
    output: () => proc.output(),
    memory: () => ({ rss: statusKb(proc.pid, 'VmRSS'), peakRss: statusKb(proc.pid, 'VmHWM') }),
    stop: () => proc.stop(),
  };
}

export interface MockAccount {
  name: string;
  uid: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export interface MockProcess {
  url: string;
  accounts: MockAccount[];
  pid: number;
  /** Request lines printed since it got ready (or since the last resetLog()). */
  log(): string[];
  resetLog(): void;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

const READY = 'MOCK_CLOUD_READY ';

/** Starts a mock cloud script (`node --import tsx <script> <args>`) and resolves once it prints its ready line. */
export async function startMockProcess(
  script: string,
  args: string[],
  options: StartOptions = {},
): Promise<MockProcess> {
  const proc: NodeProcess = startNode(script, args, options);
  const ready = await waitForLine(proc, READY);
  const info = JSON.parse(ready.rest) as { url: string; accounts: MockAccount[] };
  const lines = () => proc.stdout().split('\n').slice(0, -1);
  let from = ready.lines;
  return {
    url: info.url,
    accounts: info.accounts,
    pid: proc.pid,
    log: () => lines().slice(from),
    resetLog: () => void (from = lines().length),
    output: () => proc.output(),
    stop: () => proc.stop(),
  };
}

/** The standalone mock cloud (mocks/standalone.ts), instant transitions unless told, on a free port unless told. */
export function startStandaloneMock(
  options: { port?: number; delayMs?: number; scenario?: string } = {},
): Promise<MockProcess> {
  return startMockProcess('mocks/standalone.ts', [
    '--port',
    String(options.port ?? 0),
    '--delay-ms',
    String(options.delayMs ?? 0),
    '--scenario',
    options.scenario ?? 'demo',
  ]);
}
