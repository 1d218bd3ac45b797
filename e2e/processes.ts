// A BFF and a standalone mock cloud as their own processes, for the one drill the Playwright web server cannot
// give: restarting the BFF in the middle of a run. The mock cloud runs apart (mocks/standalone.ts) so the cloud's
// state outlives the BFF, as Alibaba Cloud outlives a restarted console server. And a BFF of its own with the
// mock in-process (startConsoleBff), for the specs the shared, sandboxed test server cannot serve.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Proc {
  url: string;
  stop(): Promise<void>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
}

const TSX = ['--import', 'tsx'];

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

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
}

async function waitFor(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms: ${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Node with tsx's loader in the same process (no npx wrapper), so stopping the child ends the server. */
export function startProcess(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [...TSX, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output, stop: stopper(child) };
}

/** The standalone mock cloud on a free port (every product and the control API on one origin). */
export async function startMockCloud(port: number, delayMs: number): Promise<Proc> {
  const { child, output, stop } = startProcess(
    ['mocks/standalone.ts', '--port', String(port), '--delay-ms', String(delayMs), '--scenario', 'demo'],
    {},
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/_mock/scenarios`, child, output);
  return { url, stop, output };
}

/** The real BFF serving the built app on a given port (the same origin across restarts keeps localStorage). */
export async function startBff(
  port: number,
  mockUrl: string,
  env: Record<string, string> = {},
): Promise<Proc> {
  const { child, output, stop } = startProcess(['src/server/main.ts'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    CEN_CONNECT_CLOUD: 'mock',
    CEN_CONNECT_ENDPOINT_CBN: mockUrl,
    CEN_CONNECT_ENDPOINT_VPC: mockUrl,
    CEN_CONNECT_ENDPOINT_ECS: mockUrl,
    CEN_CONNECT_ENDPOINT_STS: mockUrl,
    CEN_CONNECT_MOCK_CONTROL_URL: mockUrl,
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child, output);
  return { url, stop, output };
}

/**
 * A BFF of its own with the mock cloud in-process, on a free port, for a spec the shared test server cannot serve
 * (training mode; the secret-leak scan, which needs the demo keys and an audit file of its own walk only). It serves
 * the same built console as the shared server (CEN_CONNECT_DIST, else dist/).
 */
export async function startConsoleBff(env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const { child, output, stop } = startProcess(['src/server/main.ts'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    CEN_CONNECT_CLOUD: 'mock',
    CEN_CONNECT_MOCK_DELAY_MS: '300',
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child, output);
  return { url, stop, output };
}

/**
 * startConsoleBff on first use — from a fixture such as baseURL, which Playwright may set up before a file's
 * beforeAll runs — and stopped by stop() (the file's afterAll); a later test in a new worker starts it again.
 */
export function consoleBffOnDemand(env: () => Record<string, string>) {
  let running: Promise<Proc> | undefined;
  return {
    url: async () => (await (running ??= startConsoleBff(env()))).url,
    stop: async () => {
      const started = running;
      running = undefined;
      await (await started?.catch(() => undefined))?.stop();
    },
  };
}
