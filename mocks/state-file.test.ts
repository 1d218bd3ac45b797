// CEN_CONNECT_STATE_FILE (startMockCloud's stateFile): the default world and every sandbox survive a restart, IDs go
// on where they stopped, a write is atomic, and a file the mock cannot use stops the start with its name.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleControlRequest } from './control-api';
import { startMockCloud } from './node';
import { UID } from './scenarios/seed';
import { readStateFile, StateFileError, writeStateFile } from './state-file';
import type { MockCloud } from './cloud/mock-cloud';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mock-state-'));
  file = join(dir, 'state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function createCen(cloud: MockCloud, name: string): string {
  const r = cloud.call({ product: 'Cbn', action: 'CreateCen', callerUid: UID.A, params: { Name: name } });
  expect(r.status).toBe(200);
  return r.body.CenId as string;
}

async function control(
  mock: ReturnType<typeof startMockCloud>,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await handleControlRequest(
    mock.sandboxes,
    new Request(`http://mock-cloud.invalid${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A mock that keeps its state in `file`, closed (and so written) by the caller. */
const start = (seed?: number) =>
  startMockCloud({ listen: false, stateFile: file, ...(seed !== undefined ? { seed } : {}) });

describe('the mock cloud state file', () => {
  it('round trip: the default world and a sandbox come back with their worlds, keys, faults and speed', async () => {
    const first = start(11);
    const cen = createCen(first.cloud, 'kept-default');
    const sandbox = first.sandboxes.create({ scenario: 'demo', label: 'trainee 1' });
    const sandboxCen = createCen(sandbox.cloud, 'kept-sandbox');
    await control(first, 'POST', `/_mock/sandboxes/${sandbox.id}/faults`, {
      action: 'CreateCen',
      code: 'Throttling',
      count: 2,
    });
    await control(first, 'PUT', `/_mock/sandboxes/${sandbox.id}/delays`, { ms: 1234 });
    await control(first, 'POST', `/_mock/sandboxes/${sandbox.id}/clock/advance`, { ms: 3_600_000 });
    const worlds = { d: first.sandboxes.defaultSandbox.worldId, s: sandbox.worldId };
    const keyA = first.sandboxes.accountsOf(sandbox)[0]!;
    const lead = sandbox.cloud.now() - first.cloud.now();
    await first.flushState();
    first.close();

    const second = start(99); // the file's seed and worlds win over a new start's
    try {
      expect(second.sandboxes.defaultSandbox.worldId).toBe(worlds.d);
      expect(second.cloud.world.cens.map((c) => c.id)).toContain(cen);
      const back = second.sandboxes.get(sandbox.id)!;
      expect(back).toMatchObject({
        label: 'trainee 1',
        scenario: 'demo',
        worldId: worlds.s,
        chosenDelayMs: 1234,
      });
      expect(back.cloud.world.cens.map((c) => c.id)).toContain(sandboxCen);
      expect(back.cloud.delayMs).toBe(1234);
      expect(back.cloud.faults.list()).toMatchObject([
        { action: 'CreateCen', code: 'Throttling', remaining: 2 },
      ]);
      expect(back.cloud.now() - second.cloud.now()).toBeGreaterThanOrEqual(lead - 5);
      // Its keys still reach it, and only it.
      expect(second.sandboxes.ownerOfKey(keyA.accessKeyId)?.id).toBe(sandbox.id);
      expect((await control(second, 'GET', `/_mock/sandboxes/${sandbox.id}/world`)).body.worldId).toBe(
        worlds.s,
      );
    } finally {
      second.close();
    }
  });

  it('IDs go on where they stopped: the next CEN after a restart is the one an unstopped mock would make', () => {
    const unstopped = startMockCloud({ listen: false, seed: 5 });
    const [a1, a2] = [createCen(unstopped.cloud, 'one'), createCen(unstopped.cloud, 'two')];
    unstopped.close();

    const before = start(5);
    expect(createCen(before.cloud, 'one')).toBe(a1);
    const sandbox = before.sandboxes.create({ scenario: 'demo' });
    const inSandbox = createCen(sandbox.cloud, 'sandbox-one');
    before.close();

    const after = start();
    try {
      const next = createCen(after.cloud, 'two');
      expect(next).toBe(a2);
      expect(next).not.toBe(a1);
      const again = createCen(after.sandboxes.get(sandbox.id)!.cloud, 'sandbox-two');
      expect(again).not.toBe(inSandbox);
      // A sandbox made after the restart gets the next seed, not the restored one's.
      const newer = after.sandboxes.create({ scenario: 'demo' });
      expect(createCen(newer.cloud, 'sandbox-one')).not.toBe(inSandbox);
    } finally {
      after.close();
    }
  });

  it('is written atomically: a crash before the rename leaves the old file whole', () => {
    const mock = start(3);
    mock.close();
    const old = readFileSync(file, 'utf8');
    const state = readStateFile(file)!;
    expect(() =>
      writeStateFile(
        file,
        { ...state, clockLeadMs: 42 },
        {
          beforeRename: () => {
            throw new Error('killed');
          },
        },
      ),
    ).toThrow('killed');
    expect(readFileSync(file, 'utf8')).toBe(old);
    expect(readStateFile(file)?.clockLeadMs).toBe(state.clockLeadMs);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it.each([
    ['not JSON', '{"format": "cen-connect-mock-state", ', /is not JSON/],
    ['another format', '{"hello": 1}', /is not a mock cloud state file/],
    [
      'another version',
      '{"format": "cen-connect-mock-state", "version": 7}',
      /another version of CEN Connect \(format version 7; this one reads 1\)/,
    ],
  ])('a damaged file (%s) stops the start with its name, and is not written over', (_what, text, message) => {
    writeFileSync(file, text);
    expect(() => start()).toThrow(StateFileError);
    expect(() => start()).toThrow(message);
    expect(() => start()).toThrow(file);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a file of the wrong shape names the field', () => {
    const mock = start(3);
    mock.close();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      registry: { sandboxes: { cloud: { world: { cens: unknown } } }[] };
    };
    saved.registry.sandboxes[0]!.cloud.world.cens = 5;
    const text = JSON.stringify(saved);
    writeFileSync(file, text);
    expect(() => start()).toThrow(/registry\.sandboxes\.0\.cloud\.world\.cens/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a sandbox of a scenario this server does not have stops the start, naming the field', () => {
    const mock = start(3);
    mock.sandboxes.create({ scenario: 'demo' });
    mock.close();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      registry: { sandboxes: { scenario: string }[] };
    };
    saved.registry.sandboxes[1]!.scenario = 'removed-since';
    const text = JSON.stringify(saved);
    writeFileSync(file, text);
    expect(() => start()).toThrow(StateFileError);
    expect(() => start()).toThrow(
      /names a scenario this server does not have at registry\.sandboxes\.1\.scenario \("removed-since"/,
    );
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a path it cannot write stops the start, naming it, instead of a log line after every answer', () => {
    file = join(dir, 'no-such-folder', 'state.json');
    expect(() => start()).toThrow(StateFileError);
    expect(() => start()).toThrow(`state file ${file} cannot be written (ENOENT`);
  });

  it('every change is written a moment later, without a stop (debounced)', async () => {
    const mock = startMockCloud({ listen: true, stateFile: file, stateDebounceMs: 10, seed: 4 });
    try {
      const res = await fetch('http://mock-cloud.invalid/_mock/sandboxes', {
        method: 'POST',
        body: JSON.stringify({ scenario: 'demo', label: 'written' }),
      });
      expect(res.status).toBe(201);
      await vi.waitFor(() =>
        expect(readStateFile(file)?.registry.sandboxes.map((s) => s.label)).toEqual([null, 'written']),
      );
    } finally {
      mock.close();
    }
  });

  it('without a file yet: starts afresh and writes one', async () => {
    const mock = start(8);
    await mock.flushState();
    expect(readStateFile(file)?.registry.sandboxes.map((s) => s.id)).toEqual(['default']);
    mock.close();
  });
});
