// Spawns a mock cloud as its own process on 127.0.0.1 and waits for its ready line. Used for the standalone mock
// (`npm run --silent mock-cloud`, mocks/standalone.ts) and for the load world (bench/load-mock.ts). Every line the
// mock prints after the ready line is one request it answered, so the caller can count cloud calls at the mock.
// Its output goes to a file, not a pipe: a pipe's writes are synchronous on Linux, so a benchmark process too busy
// to read would stall the mock mid-request and the load run would measure its own reader.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  log(): string[];
  resetLog(): void;
  stop(): Promise<void>;
}

let spawned = 0;

export async function startMockProcess(
  command: string,
  args: string[],
  readyPrefix = 'MOCK_CLOUD_READY ',
  timeoutMs = 60_000,
): Promise<MockProcess> {
  const file = join(tmpdir(), `cen-connect-bench-mock-${process.pid}-${++spawned}.log`);
  const fd = openSync(file, 'w');
  const child = spawn(command, args, { stdio: ['ignore', fd, 'pipe'], cwd: process.cwd() });
  closeSync(fd);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = () => readFileSync(file, 'utf8').split('\n').slice(0, -1);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const index = lines().findIndex((l) => l.startsWith(readyPrefix));
    if (index >= 0) {
      const info = JSON.parse(lines()[index]!.slice(readyPrefix.length)) as {
        url: string;
        accounts: MockAccount[];
      };
      let from = index + 1;
      return {
        url: info.url,
        accounts: info.accounts,
        child,
        log: () => lines().slice(from),
        resetLog: () => void (from = lines().length),
        stop: () =>
          new Promise<void>((done) => {
            const finish = () => {
              rmSync(file, { force: true });
              done();
            };
            if (child.exitCode !== null) return finish();
            child.once('exit', finish);
            child.kill('SIGTERM');
          }),
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGTERM');
      rmSync(file, { force: true });
      throw new Error(`${command} ${args.join(' ')} did not get ready (exit ${child.exitCode}): ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
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
