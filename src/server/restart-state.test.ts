// A real restart of the server (`npm run serve`'s command, stopped by a signal, started again) with and without
// CEN_CONNECT_STATE_FILE (mocks/state-file.ts, README "What survives a restart"):
// - without it every start is a new mock cloud whose IDs and world are new: a browser's saved progress of the last
//   run can never match a resource of this one;
// - with it the default world comes back (its CENs, its world id, so saved progress stays valid) and IDs go on where
//   they stopped, after a graceful stop and after a SIGKILL once the debounced write is on disk;
// - a damaged file stops the start (exit 2) with a message naming it, and is left as it was.
// Speed-independent: every wait is for a state (health answers, the process exits, the file holds a CEN).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServeCommand, type ServeCommand } from '../../test-support/serve-command';

async function started(env: Record<string, string>): Promise<ServeCommand> {
  const s = await startServeCommand(env);
  if (!('base' in s)) throw new Error(`the server did not start (exit ${s.exit}): ${s.output}`);
  return s;
}

const post = async (s: ServeCommand, action: string, params: Record<string, unknown>) => {
  const res = await fetch(`${s.base}/api/openapi/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account: 'A', params }),
  });
  const body = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(body)}`);
  return body;
};

let serial = 0;
const createCen = async (s: ServeCommand) =>
  (await post(s, 'CreateCen', { Name: 'restart-probe', ClientToken: `restart-${++serial}` })).CenId as string;
const listCens = async (s: ServeCommand) =>
  JSON.stringify(await post(s, 'DescribeCens', {})).match(/cen-[a-z0-9]{18}/g) ?? [];
const worldOf = async (s: ServeCommand) =>
  ((await (await fetch(`${s.base}/api/mock/world`)).json()) as { worldId: string }).worldId;

/** One start: its world, the CENs it lists at first, the CEN it makes; then it is stopped by `signal`. */
async function oneStart(
  env: Record<string, string>,
  signal: NodeJS.Signals,
  beforeStop?: (cen: string) => unknown,
) {
  const s = await started(env);
  try {
    const world = await worldOf(s);
    const listed = await listCens(s);
    const created = await createCen(s);
    await beforeStop?.(created);
    const exit = await s.stop(signal);
    return { world, listed, created, exit, output: s.output() };
  } finally {
    await s.stop('SIGKILL');
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cen-connect-restart-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Concurrent: each start takes seconds (tsx compiles the server); the three cases overlap.
describe.concurrent('restarting the server with the mock cloud inside', () => {
  it('without a state file: each start is a new world with new IDs, the last run is gone', async ({
    expect,
  }) => {
    const starts = [];
    for (let i = 0; i < 3; i++) starts.push(await oneStart({}, 'SIGTERM'));
    for (const s of starts) expect(s.listed, s.output).toEqual([]);
    expect(new Set(starts.map((s) => s.created)).size).toBe(3);
    expect(new Set(starts.map((s) => s.world)).size).toBe(3);
  }, 120_000);

  it('with CEN_CONNECT_STATE_FILE: the world and its CENs come back, IDs go on, also after a SIGKILL', async ({
    expect,
  }) => {
    const file = join(dir, 'kept.json');
    const env = { CEN_CONNECT_STATE_FILE: file };
    const first = await oneStart(env, 'SIGTERM');
    expect(first.exit, first.output).toEqual({ code: 0, signal: null });
    expect(first.output).toContain(`Mock cloud state: kept in ${file} across restarts.`);
    expect(first.output).not.toContain('restored from');
    // Killed outright: what it answered is in the file once the debounced write has run.
    const second = await oneStart(env, 'SIGKILL', (cen) =>
      expect.poll(() => readFileSync(file, 'utf8').includes(cen), { timeout: 20_000 }).toBe(true),
    );
    const third = await oneStart(env, 'SIGTERM');
    expect(third.output).toContain(
      `Mock cloud state: restored from ${file}; the default world keeps its own`,
    );
    expect(second.listed).toEqual([first.created]);
    expect([...third.listed].sort()).toEqual([first.created, second.created].sort());
    expect(new Set([first.created, second.created, third.created]).size).toBe(3);
    expect(new Set([first.world, second.world, third.world]).size).toBe(1);
  }, 120_000);

  it('a damaged state file stops the start, naming the file, and is left as it was', async ({ expect }) => {
    const file = join(dir, 'damaged.json');
    const text = '{"format": "cen-connect-mock-state", "version": 1, "registry": ';
    writeFileSync(file, text);
    const s = await startServeCommand({ CEN_CONNECT_STATE_FILE: file });
    if ('base' in s) await s.stop('SIGKILL');
    expect(s).toMatchObject({ exit: 2 });
    const { output } = s as { output: string };
    expect(output).toContain(`CEN_CONNECT_STATE_FILE: The mock cloud's state file ${file} is not JSON`);
    expect(output).toContain('Nothing was written over it');
    expect(readFileSync(file, 'utf8')).toBe(text);
  }, 60_000);
});
