// Training sandboxes end to end: isolation through msw with real signatures, routing of sandbox and STS keys,
// idle expiry, the maximum count, the scoped control routes, and the heap one sandbox costs.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { manualClock, type MockClock } from './cloud/clock';
import { MockCloud } from './cloud/mock-cloud';
import { handleControlRequest } from './control-api';
import { DROP, handleCloudRequest } from './gateway';
import { startMockCloud, type RunningMockCloud } from './node';
import { nodeCrypto } from './node-crypto';
import { SandboxRegistry } from './sandboxes';
import { UID } from './scenarios/seed';
import { TraineeBot } from './scenarios/trainee-bot';
import { ScenarioBook } from './scenarios/training-catalogue';
import { loadTrainingScenarios } from './scenarios/training-dir';
import { trainingScenarioSchema } from './scenarios/training-schema';
import { parseJsonLossless } from '../src/domain/openapi/lossless-json';
import { signRequest, type SignInput } from '../src/domain/openapi/signing';
import type { AccountName } from '../src/domain/accounts';

interface Keys {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}
interface Created {
  id: string;
  label: string | null;
  scenario: string;
  accounts: { name: string; uid: string; accessKeyId: string; accessKeySecret: string }[];
}

const DEMO_A = {
  accessKeyId: 'LTAI5tDemoAccountA00000001',
  accessKeySecret: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b',
};
const scenarios = loadTrainingScenarios();
let nonce = 0;

function signedRequest(
  clock: MockClock,
  keys: Keys,
  c: Partial<SignInput> & Pick<SignInput, 'action'>,
): Request {
  const req = signRequest(
    {
      style: 'v3',
      method: 'POST',
      host: 'cbn.aliyuncs.com',
      version: '2017-09-12',
      ...keys,
      nonce: `n-${++nonce}-${Math.random()}`,
      timestamp: new Date(clock.wallNow()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...c,
    },
    nodeCrypto,
  );
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    ...(req.body !== undefined ? { body: req.body } : {}),
  });
}

const json = async (r: Response) => parseJsonLossless(await r.text()) as Record<string, unknown>;
const keysOf = (s: Created, name: AccountName): Keys => {
  const a = s.accounts.find((x) => x.name === name);
  if (!a) throw new Error(name);
  return { accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret };
};

describe('sandboxes through msw: isolation', () => {
  let mock: RunningMockCloud;
  const clock = manualClock();
  const control = (path: string, method = 'GET', body?: unknown) =>
    fetch(`${mock.controlOrigin}/_mock/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  const cloudCall = (keys: Keys, c: Partial<SignInput> & Pick<SignInput, 'action'>) =>
    fetch(signedRequest(clock, keys, c));
  const cenNames = async (keys: Keys) => {
    const b = await json(await cloudCall(keys, { action: 'DescribeCens', params: { PageSize: 50 } }));
    return ((b.Cens as { Cen: { Name: string; CenId: string }[] }).Cen ?? []).map((c) => c.Name);
  };

  beforeAll(() => {
    mock = startMockCloud({ clock, seed: 13 });
  });
  afterAll(() => mock.close());

  it('gives each sandbox the same UIDs but its own keys, and a CEN made in one never appears in another', async () => {
    const one = (await (await control('sandboxes', 'POST', { label: 'Ana' })).json()) as Created;
    const two = (await (await control('sandboxes', 'POST', { scenario: 'happy-path' })).json()) as Created;
    expect(one).toMatchObject({ label: 'Ana', scenario: 'happy-path' });
    expect(one.accounts.map((a) => [a.name, a.uid])).toEqual([
      ['A', UID.A],
      ['B', UID.B],
    ]);
    expect(two.accounts.map((a) => a.uid)).toEqual(one.accounts.map((a) => a.uid));
    const allKeys = [...one.accounts, ...two.accounts].map((a) => a.accessKeyId);
    expect(new Set([...allKeys, DEMO_A.accessKeyId]).size).toBe(5);
    for (const k of allKeys) expect(k).toMatch(/^LTAI5t[A-Za-z0-9]{18}$/);

    const created = await cloudCall(keysOf(one, 'A'), {
      action: 'CreateCen',
      params: { Name: 'OnlyInSandboxOne', ClientToken: 'iso-1' },
    });
    expect(created.status).toBe(200);
    expect(await cenNames(keysOf(one, 'A'))).toContain('OnlyInSandboxOne');
    expect(await cenNames(keysOf(two, 'A'))).not.toContain('OnlyInSandboxOne');
    expect(await cenNames(DEMO_A)).not.toContain('OnlyInSandboxOne');
    const stateTwo = await (await control(`sandboxes/${two.id}/state`)).text();
    expect(stateTwo).not.toContain('OnlyInSandboxOne');
    expect(await (await control('state')).text()).not.toContain('OnlyInSandboxOne');
    expect(await (await control(`sandboxes/${one.id}/state`)).text()).toContain('OnlyInSandboxOne');

    // Same UID, other sandbox's secret: the key decides, so the signature does not match.
    const mixed = await cloudCall(
      { accessKeyId: keysOf(one, 'A').accessKeyId, accessKeySecret: keysOf(two, 'A').accessKeySecret },
      { action: 'DescribeCens' },
    );
    expect((await json(mixed)).Code).toBe('SignatureDoesNotMatch');

    const list = (await (await control('sandboxes')).json()) as { sandboxes: Record<string, unknown>[] };
    const entry = list.sandboxes.find((s) => s.id === one.id);
    // Authenticated calls only: the mixed-key one never reached the sandbox.
    expect(entry).toMatchObject({ label: 'Ana', scenario: 'happy-path', calls: 2 });
    expect(entry?.progress).toMatchObject({ success: false, steps: { cen: true, grant: false } });
    expect(JSON.stringify(list)).not.toMatch(/accessKey/i);
    expect(list.sandboxes.map((s) => s.id)).toContain('default');
  });

  it('keeps 30 trainees apart while they all work at once', async () => {
    const room = await Promise.all(
      Array.from(
        { length: 30 },
        async (_, i) =>
          (await (await control('sandboxes', 'POST', { label: `trainee-${i}` })).json()) as Created,
      ),
    );
    await Promise.all(
      room.map(async (s, i) => {
        const r = await cloudCall(keysOf(s, 'A'), {
          action: 'CreateCen',
          params: { Name: `Cen-of-trainee-${i}`, ClientToken: `room-${i}` },
        });
        expect(r.status).toBe(200);
      }),
    );
    const seen = await Promise.all(room.map((s) => cenNames(keysOf(s, 'A'))));
    seen.forEach((names, i) => {
      expect(names.filter((n) => n.startsWith('Cen-of-trainee-'))).toEqual([`Cen-of-trainee-${i}`]);
    });
    await Promise.all(room.map((s) => control(`sandboxes/${s.id}`, 'DELETE')));
  });

  it('routes STS session keys minted in a sandbox to that sandbox, and forgets them with it', async () => {
    const s = (await (await control('sandboxes', 'POST', {})).json()) as Created;
    const assumed = await json(
      await cloudCall(keysOf(s, 'A'), {
        action: 'AssumeRole',
        host: 'sts.aliyuncs.com',
        version: '2015-04-01',
        params: {
          RoleArn: `acs:ram::${UID.B}:role/cen-connect-operator`,
          RoleSessionName: 'trainee',
        },
      }),
    );
    const c = assumed.Credentials as { AccessKeyId: string; AccessKeySecret: string; SecurityToken: string };
    const session = {
      accessKeyId: c.AccessKeyId,
      accessKeySecret: c.AccessKeySecret,
      securityToken: c.SecurityToken,
    };
    const who = await json(
      await cloudCall(session, {
        action: 'GetCallerIdentity',
        host: 'sts.aliyuncs.com',
        version: '2015-04-01',
      }),
    );
    expect(who).toMatchObject({ AccountId: UID.B, IdentityType: 'AssumedRoleUser' });
    expect(mock.sandboxes.get(s.id)?.calls).toBe(2);

    expect((await control(`sandboxes/${s.id}`, 'DELETE')).status).toBe(200);
    for (const keys of [session, keysOf(s, 'A')]) {
      const gone = await cloudCall(keys, { action: 'DescribeCens' });
      expect(gone.status).toBe(404);
      expect((await json(gone)).Code).toBe('InvalidAccessKeyId.NotFound');
    }
    expect((await control(`sandboxes/${s.id}/state`)).status).toBe(404);
  });

  it('keeps the unscoped routes on "default" with the demo keys', async () => {
    expect(((await (await control('accounts')).json()) as Created).accounts[0]?.accessKeyId).toBe(
      DEMO_A.accessKeyId,
    );
    expect((await cloudCall(DEMO_A, { action: 'DescribeCens' })).status).toBe(200);
    expect((await control('sandboxes/default', 'DELETE')).status).toBe(400);
  });
});

/**
 * A registry on an injected clock, driven through the same request handlers msw uses; `book` holds the scenarios
 * it offers (the repo's own unless a test adds one).
 */
function registry(
  options: { idleMs?: number; maxSandboxes?: number; delayMs?: number } = {},
  book = new ScenarioBook(scenarios),
) {
  let wall = Date.parse('2026-11-25T10:00:00Z');
  const clock = manualClock(wall);
  const defaultCloud = new MockCloud({ clock, seed: 3 });
  book.load(defaultCloud, 'demo');
  const sandboxes = new SandboxRegistry({
    book,
    defaultCloud,
    defaultScenario: 'demo',
    clock,
    now: () => wall,
    ...options,
  });
  const control = async (path: string, method = 'GET', body?: unknown) => {
    const r = await handleControlRequest(
      sandboxes,
      new Request(`http://mock-cloud.invalid/_mock/${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }),
    );
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const call = async (keys: Keys, c: Partial<SignInput> & Pick<SignInput, 'action'>) => {
    const answer = await handleCloudRequest(sandboxes, signedRequest(clock, keys, c), nodeCrypto);
    if (answer === DROP) throw new Error('dropped');
    return { status: answer.status, body: await json(answer) };
  };
  const create = async (body: unknown = {}) =>
    (await control('sandboxes', 'POST', body)).body as unknown as Created;
  return { sandboxes, control, call, create, pass: (ms: number) => (wall += ms) };
}

describe('idle expiry', () => {
  it('drops a sandbox idle longer than idleMs: its keys answer 404 InvalidAccessKeyId.NotFound', async () => {
    const r = registry({ idleMs: 60_000 });
    const s = await r.create();
    expect((await r.call(keysOf(s, 'A'), { action: 'DescribeCens' })).status).toBe(200);
    r.pass(50_000);
    // A cloud call keeps it alive; reads of state and progress (the trainer view) do not.
    expect((await r.call(keysOf(s, 'A'), { action: 'DescribeCens' })).status).toBe(200);
    r.pass(50_000);
    expect((await r.control(`sandboxes/${s.id}/progress`)).status).toBe(200);
    expect((await r.control(`sandboxes/${s.id}/state`)).status).toBe(200);
    r.pass(11_000);
    const gone = await r.call(keysOf(s, 'A'), { action: 'DescribeCens' });
    expect(gone).toMatchObject({
      status: 404,
      body: { Code: 'InvalidAccessKeyId.NotFound', Message: 'Specified access key is not found.' },
    });
    expect(await r.control(`sandboxes/${s.id}/progress`)).toMatchObject({
      status: 404,
      body: { error: { code: 'SandboxNotFound' } },
    });
    expect(((await r.control('sandboxes')).body.sandboxes as { id: string }[]).map((x) => x.id)).toEqual([
      'default',
    ]);
    expect(r.sandboxes.size).toBe(0);
  });

  it('counts control writes as use, and never expires "default"', async () => {
    const r = registry({ idleMs: 60_000 });
    const s = await r.create();
    r.pass(59_000);
    expect((await r.control(`sandboxes/${s.id}/delays`, 'PUT', { ms: 10 })).status).toBe(200);
    r.pass(59_000);
    expect((await r.control(`sandboxes/${s.id}/progress`)).status).toBe(200);
    r.pass(24 * 3600_000);
    expect((await r.call(DEMO_A, { action: 'DescribeCens' })).status).toBe(200);
    expect((await r.control(`sandboxes/${s.id}`)).status).toBe(404);
  });
});

describe('maximum count', () => {
  it('refuses one more than the maximum with 409 SandboxLimitReached, then evicts an expired one', async () => {
    const r = registry({ idleMs: 60_000, maxSandboxes: 2 });
    const first = await r.create({ label: 'first' });
    r.pass(30_000);
    await r.create({ label: 'second' });
    const refused = await r.control('sandboxes', 'POST', {});
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'SandboxLimitReached' } } });
    expect(String((refused.body.error as { message: string }).message)).toMatch(/All 2 sandboxes are in use/);
    r.pass(31_000); // the first is now idle for 61 s, the second for 31 s
    const third = await r.create({ label: 'third' });
    expect(third.id).toMatch(/^sbx-[a-z0-9]{12}$/);
    const ids = ((await r.control('sandboxes')).body.sandboxes as { label: string | null }[]).map(
      (x) => x.label,
    );
    expect(ids).toEqual([null, 'second', 'third']);
    expect(r.sandboxes.get(first.id)).toBeUndefined();
    // Deleting frees a place at once.
    expect((await r.control('sandboxes', 'POST', {})).status).toBe(409);
    expect((await r.control(`sandboxes/${third.id}`, 'DELETE')).status).toBe(200);
    expect((await r.control('sandboxes', 'POST', {})).status).toBe(201);
  });
});

describe("a presenter's speed", () => {
  // Decided (README "Training a class"): the speed is the presenter's, the starting state the scenario's. A reset
  // restores the state — CENs made since are gone — and keeps a speed chosen with PUT delays, even over a
  // scenario file's own "delay" change; without a choice, that change (or the server's default) applies again.
  const slow = trainingScenarioSchema.parse({
    ...scenarios.find((x) => x.name === 'happy-path'),
    name: 'slow-happy-path',
    start: { seed: 'demo', changes: [{ kind: 'delay', ms: 2500 }] },
  });
  const setup = () => registry({ delayMs: 300 }, new ScenarioBook([...scenarios, slow]));
  const cenCount = (cloud: MockCloud) => cloud.world.cens.length;

  it('survives a reset, which restores the starting state', async () => {
    const { sandboxes, control } = setup();
    const s = sandboxes.create({ scenario: 'happy-path' });
    expect(s.cloud.delayMs).toBe(300);
    const start = cenCount(s.cloud);
    expect((await control(`sandboxes/${s.id}/delays`, 'PUT', { ms: 0 })).status).toBe(200);
    s.cloud.call({
      product: 'Cbn',
      action: 'CreateCen',
      accessKeyId: s.cloud.account('A')?.accessKeyId,
      params: { Name: 'MadeBeforeTheReset' },
    });
    expect(cenCount(s.cloud)).toBe(start + 1);
    expect((await control(`sandboxes/${s.id}/reset`, 'POST', {})).status).toBe(200);
    expect(cenCount(s.cloud)).toBe(start);
    expect(s.cloud.delayMs).toBe(0);
    // Also when the reset switches to another scenario of the same sandbox, and in the default sandbox.
    await control(`sandboxes/${s.id}/reset`, 'POST', { scenario: 'forgot-to-authorize' });
    expect(s.cloud.delayMs).toBe(0);
    await control('delays', 'PUT', { ms: 8000 });
    await control('reset', 'POST', { scenario: 'after-step-2' });
    expect(sandboxes.defaultSandbox.cloud.delayMs).toBe(8000);
  });

  it("wins over a scenario file's own delay after a reset; without a choice the file's delay applies again", async () => {
    const { sandboxes, control } = setup();
    const s = sandboxes.create({ scenario: 'slow-happy-path' });
    expect(s.cloud.delayMs).toBe(2500);
    s.cloud.delayMs = 42; // not a presenter's choice (no PUT delays): the reset puts the file's delay back
    await control(`sandboxes/${s.id}/reset`, 'POST', {});
    expect(s.cloud.delayMs).toBe(2500);
    await control(`sandboxes/${s.id}/delays`, 'PUT', { ms: 500 });
    await control(`sandboxes/${s.id}/reset`, 'POST', {});
    expect(s.cloud.delayMs).toBe(500);
    // Another sandbox keeps its own speed.
    expect(sandboxes.create({ scenario: 'slow-happy-path' }).cloud.delayMs).toBe(2500);
  });
});

describe('scoped control routes', () => {
  it('reset, clock, delays, faults, scenarios, progress and accounts act on that sandbox only', async () => {
    const r = registry();
    const one = await r.create({ scenario: 'sg-blocks-icmp' });
    const two = await r.create({ scenario: 'sg-blocks-icmp' });
    const scoped = (s: Created, path: string, method = 'GET', body?: unknown) =>
      r.control(`sandboxes/${s.id}/${path}`, method, body);

    // accounts: the sandbox's keys, the same ones creation answered.
    expect((await scoped(one, 'accounts')).body.accounts).toEqual(one.accounts);

    // faults: a rule in one leaves the other alone.
    expect(
      (await scoped(one, 'faults', 'POST', { action: 'DescribeCens', code: 'Throttling.User' })).status,
    ).toBe(200);
    expect((await r.call(keysOf(one, 'A'), { action: 'DescribeCens' })).body.Code).toBe('Throttling.User');
    expect((await r.call(keysOf(two, 'A'), { action: 'DescribeCens' })).status).toBe(200);
    expect(((await scoped(two, 'faults')).body.faults as unknown[]).length).toBe(0);
    expect(((await scoped(one, 'faults', 'DELETE')).body.faults as unknown[]).length).toBe(0);

    // clock and delays.
    const before = Date.parse(String((await scoped(two, 'state')).body.now));
    const advanced = await scoped(one, 'clock/advance', 'POST', { ms: 3_600_000 });
    expect(Date.parse(String(advanced.body.now)) - before).toBe(3_600_000);
    expect(Date.parse(String((await scoped(two, 'state')).body.now))).toBe(before);
    expect((await scoped(one, 'delays', 'PUT', { ms: 1500 })).body).toEqual({ ok: true, delayMs: 1500 });
    expect(r.sandboxes.get(two.id)?.cloud.delayMs).toBe(0);

    // progress: the symptom, with evidence; then the fix through the sandbox's keys, and success.
    const before5 = await scoped(one, 'progress');
    expect(before5.body).toMatchObject({
      scenario: 'sg-blocks-icmp',
      success: false,
      steps: {
        cen: true,
        grant: true,
        attach: true,
        package: true,
        associate: true,
        limit: true,
        ping: false,
      },
    });
    const evidence = before5.body.evidence as {
      connectivity: Record<string, { reachable: boolean; reason?: string }>;
    };
    expect(evidence.connectivity['A->B']).toMatchObject({
      reachable: false,
      reason: expect.stringMatching(/ICMP/),
    });
    expect(evidence.connectivity['B->A']?.reachable).toBe(true);
    const sg = r.sandboxes.get(one.id)?.cloud.world.securityGroups.find((g) => g.name === 'sg-b-beijing')?.id;
    const fixed = await r.call(keysOf(one, 'B'), {
      action: 'AuthorizeSecurityGroup',
      host: 'ecs.cn-beijing.aliyuncs.com',
      version: '2014-05-26',
      params: {
        RegionId: 'cn-beijing',
        SecurityGroupId: sg,
        Permissions: [{ IpProtocol: 'ICMP', PortRange: '-1/-1', SourceCidrIp: '172.16.0.0/16' }],
      },
    });
    expect(fixed.status).toBe(200);
    const after = await scoped(one, 'progress');
    expect(after.body.success).toBe(true);
    expect((await scoped(two, 'progress')).body.success).toBe(false);

    // reset: back to the sandbox's own scenario by default, or another one; the keys stay the sandbox's.
    expect((await scoped(one, 'reset', 'POST', {})).body).toEqual({ ok: true, scenario: 'sg-blocks-icmp' });
    expect((await scoped(one, 'progress')).body.success).toBe(false);
    expect((await scoped(one, 'reset', 'POST', { scenario: 'after-step-5' })).body).toEqual({
      ok: true,
      scenario: 'after-step-5',
    });
    expect((await scoped(one, 'progress')).body).toMatchObject({ scenario: 'after-step-5', success: true });
    expect((await r.call(keysOf(one, 'A'), { action: 'DescribeCens' })).status).toBe(200);
    expect((await r.call(DEMO_A, { action: 'DescribeCens' })).status).toBe(200);

    // scenarios: both languages, goal and hints.
    const listed = (await scoped(one, 'scenarios')).body as {
      scenarios: { name: string; title: { en: string; zh: string }; goal: unknown; hints: unknown[] }[];
      seeds: { name: string }[];
    };
    const happy = listed.scenarios.find((s) => s.name === 'happy-path');
    expect(happy?.title.zh.length).toBeGreaterThan(0);
    expect(happy?.goal).toMatchObject({ en: expect.any(String), zh: expect.any(String) });
    expect(happy?.hints.length).toBeGreaterThanOrEqual(1);
    expect(listed.seeds.map((s) => s.name)).toContain('after-step-5');
  });

  it('validates bodies with zod and names unknown sandboxes and scenarios', async () => {
    const r = registry();
    const s = await r.create();
    expect(await r.control('sandboxes', 'POST', { scenario: 'nope' })).toMatchObject({
      status: 400,
      body: { error: { code: 'InvalidBody', message: expect.stringContaining('Unknown scenario "nope"') } },
    });
    expect(await r.control('sandboxes', 'POST', { label: 42 })).toMatchObject({
      status: 400,
      body: { error: { code: 'InvalidBody', message: expect.stringMatching(/^label:/) } },
    });
    expect((await r.control('sandboxes', 'POST', { extra: true })).status).toBe(400);
    expect((await r.control('sandboxes', 'POST', '{')).status).toBe(400);
    expect((await r.control(`sandboxes/${s.id}/clock/advance`, 'POST', { ms: -1 })).status).toBe(400);
    expect((await r.control(`sandboxes/${s.id}/delays`, 'PUT', { ms: 'fast' })).status).toBe(400);
    expect((await r.control(`sandboxes/${s.id}/faults`, 'POST', { action: 'X' })).status).toBe(400);
    expect((await r.control(`sandboxes/${s.id}/reset`, 'POST', { scenario: 'nope' })).status).toBe(400);
    expect((await r.control(`sandboxes/${s.id}/nothing`)).status).toBe(404);
    expect(await r.control('sandboxes/sbx-nosuchthing0/state')).toMatchObject({
      status: 404,
      body: { error: { code: 'SandboxNotFound' } },
    });
  });
});

describe('memory', () => {
  it('measures the heap one sandbox costs, fresh and after the tutorial', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const r = registry({ maxSandboxes: 500 });
    const COUNT = 100;
    gc();
    const before = process.memoryUsage().heapUsed;
    const made = [];
    for (let i = 0; i < COUNT; i++) made.push(r.sandboxes.create({ scenario: 'happy-path' }));
    gc();
    const perSandbox = (process.memoryUsage().heapUsed - before) / COUNT;
    console.log(
      `heap per fresh happy-path (demo seed) sandbox: ${(perSandbox / 1024).toFixed(1)} KiB (${COUNT} sandboxes)`,
    );
    expect(r.sandboxes.size).toBe(COUNT);
    expect(made[COUNT - 1]?.cloud.world.vpcs.length).toBeGreaterThan(5);
    // A guard, not a benchmark: 200 sandboxes must fit a small server many times over.
    expect(perSandbox).toBeLessThan(2 * 1024 * 1024);
    // After a whole tutorial played in each (the trainee's writes, nonces, ClientToken records, invocations).
    for (const s of made) new TraineeBot(s.cloud).play();
    gc();
    const played = (process.memoryUsage().heapUsed - before) / COUNT;
    console.log(`heap per sandbox after the tutorial was played in it: ${(played / 1024).toFixed(1)} KiB`);
    expect(made.every((s) => r.sandboxes.progress(s).success)).toBe(true);
    expect(played).toBeLessThan(4 * 1024 * 1024);
    for (const s of made) r.sandboxes.remove(s.id);
    expect(r.sandboxes.size).toBe(0);
  });
});
