// The process helper the e2e specs and the benchmarks share: a stop reaches the whole process group, waits a
// bounded time for a graceful exit, and keeps the output; a start that never gets ready says so with the output.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNode, waitForLine } from './node-process';

let dir: string;
const script = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cen-connect-node-process-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('stops a process that ignores SIGTERM, and what it started, after the grace period', async () => {
  const file = script(
    'stubborn.mjs',
    `import { spawn } from 'node:child_process';
process.on('SIGTERM', () => {});
const grandchild = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
console.log('READY ' + grandchild.pid);
setInterval(() => {}, 1000);
`,
  );
  const proc = startNode(file);
  const grandchild = Number((await waitForLine(proc, 'READY ')).rest);
  expect(alive(grandchild)).toBe(true);
  await proc.stop(200);
  expect(proc.running()).toBe(false);
  expect(proc.child.signalCode).toBe('SIGKILL');
  // Killed with its group; its new parent reaps it.
  await expect.poll(() => alive(grandchild), { timeout: 10_000 }).toBe(false);
});

it('lets a process stop gracefully on SIGTERM and keeps its output after the stop', async () => {
  const file = script(
    'graceful.mjs',
    `console.log('READY');
process.on('SIGTERM', () => { console.log('drained'); console.error('bye'); process.exit(0); });
setInterval(() => {}, 1000);
`,
  );
  const proc = startNode(file);
  await waitForLine(proc, 'READY');
  await proc.stop();
  expect(proc.child.exitCode).toBe(0);
  expect(proc.stdout()).toBe('READY\ndrained\n');
  expect(proc.output()).toBe('READY\ndrained\nbye\n');
  await proc.stop(); // a second stop is a no-op
});

it('names the script and shows its output when it exits before it is ready', async () => {
  const file = script('broken.mjs', `console.error('no config'); process.exit(3);`);
  const proc = startNode(file, ['--flag']);
  await expect(waitForLine(proc, 'READY ')).rejects.toThrow(
    /broken\.mjs --flag: no line "READY …" — it exited \(3\)[\s\S]*no config/,
  );
  expect(proc.running()).toBe(false);
});
