// Spawns a mock cloud as its own process on 127.0.0.1 and waits for its ready line. Used for the standalone mock
// (`npm run --silent mock-cloud`, mocks/standalone.ts) and for the load world (bench/load-mock.ts). Every line the
// mock prints after the ready line is one request it answered, so the caller can count cloud calls at the mock.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Node with tsx's loader in the same process (not `npx tsx`, whose wrapper would stand between us and the pid). */
export const TSX = ['--import', 'tsx'];

export interface MockAccount {
  name: string;
  uid: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export interface MockProcess {
  url: string;
  accounts: MockAccount[];
  child: ChildProcess;
  /** Request lines printed since start (or since the last resetLog()). */
  log: string[];
  resetLog(): void;
  stop(): Promise<void>;
}

export function startMockProcess(
  command: string,
  args: string[],
  readyPrefix = 'MOCK_CLOUD_READY ',
  timeoutMs = 60_000,
): Promise<MockProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${command} ${args.join(' ')} was not ready after ${timeoutMs} ms. ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`));
    });
    const lines = createInterface({ input: child.stdout });
    let ready: MockProcess | undefined;
    lines.on('line', (line) => {
      if (ready) {
        ready.log.push(line);
        return;
      }
      if (!line.startsWith(readyPrefix)) return;
      clearTimeout(timer);
      const info = JSON.parse(line.slice(readyPrefix.length)) as { url: string; accounts: MockAccount[] };
      const proc: MockProcess = {
        url: info.url,
        accounts: info.accounts,
        child,
        log: [],
        resetLog: () => void (proc.log.length = 0),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      };
      ready = proc;
      resolve(proc);
    });
  });
}

/** The standalone mock cloud with instant transitions (mocks/standalone.ts). */
export function startStandaloneMock(scenario = 'demo'): Promise<MockProcess> {
  return startMockProcess(process.execPath, [
    ...TSX,
    'mocks/standalone.ts',
    '--port',
    '0',
    '--delay-ms',
    '0',
    '--scenario',
    scenario,
  ]);
}
