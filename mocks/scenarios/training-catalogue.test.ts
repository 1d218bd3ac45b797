// Broken training files are refused at start-up with the file and the field named; declarative changes build the
// state they describe; startMockCloud and the standalone server both refuse to start on a broken directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { manualClock } from '../cloud/clock';
import { MockCloud } from '../cloud/mock-cloud';
import { snapshot } from '../cloud/snapshot';
import { startMockCloud } from '../node';
import { ScenarioBook, TrainingCatalogueError } from './training-catalogue';
import { DEFAULT_TRAINING_DIR, loadTrainingScenarios } from './training-dir';

const happy = JSON.parse(readFileSync(join(DEFAULT_TRAINING_DIR, 'happy-path.json'), 'utf8')) as Record<
  string,
  unknown
>;
const hint = { en: 'a hint', zh: '提示' };

/** A copy of happy-path.json named `name`, with `patch` applied on top. */
const variant = (name: string, patch: Record<string, unknown>) => ({ ...happy, name, ...patch });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'training-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, content: unknown): string {
  writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return relative(process.cwd(), join(dir, file));
}

function problems(): string[] {
  try {
    loadTrainingScenarios(dir);
  } catch (e) {
    if (e instanceof TrainingCatalogueError) return e.problems;
    throw e;
  }
  throw new Error('the directory was accepted');
}

describe('broken training files', () => {
  it('names the file and the field of every problem', () => {
    const f = {
      hints: write('four-hints.json', variant('four-hints', { hints: [hint, hint, hint, hint] })),
      zh: write('no-zh.json', variant('no-zh', { title: { en: 'Only English' } })),
      json: write('not-json.json', '{ "name": "not-json", '),
      name: write('renamed.json', variant('something-else', {})),
      seed: write('bad-seed.json', variant('bad-seed', { start: { seed: 'after-step-9', changes: [] } })),
      ref: write(
        'bad-ref.json',
        variant('bad-ref', {
          start: {
            seed: 'demo',
            changes: [{ kind: 'grant', vpc: 'Nope-VPC', cen: 'OtherTeamCen', cenOwner: 'C' }],
          },
        }),
      ),
      cidr: write(
        'bad-cidr.json',
        variant('bad-cidr', {
          start: { seed: 'demo', changes: [{ kind: 'cidr', vpc: 'B-Beijing-VPC', cidr: '300.1.0.0/16' }] },
        }),
      ),
      kind: write(
        'bad-kind.json',
        variant('bad-kind', { start: { seed: 'demo', changes: [{ kind: 'teleport', vpc: 'x' }] } }),
      ),
      fault: write(
        'bad-fault.json',
        variant('bad-fault', {
          start: { seed: 'demo', changes: [{ kind: 'fault', rule: { action: 'CreateCen' } }] },
        }),
      ),
      success: write('no-success.json', variant('no-success', { success: {} })),
      extra: write('extra-field.json', variant('extra-field', { difficulty: 'hard' })),
      call: write(
        'bad-call.json',
        variant('bad-call', {
          start: {
            seed: 'demo',
            changes: [{ kind: 'call', as: 'A', action: 'Cbn.CreateCen', params: { Name: '1bad' } }],
          },
        }),
      ),
      move: write('bad-move.json', variant('bad-move', { solution: { moves: [{ do: 'teleport' }] } })),
      network: write(
        'bad-network.json',
        variant('bad-network', {
          solution: { moves: [{ do: 'createCen' }, { do: 'authorize', network: 'Nope-VPC' }] },
        }),
      ),
    };
    const got = problems();
    const line = (file: string) => got.filter((p) => p.startsWith(`${file}: `));
    expect(line(f.hints)).toEqual([`${f.hints}: hints[3]: at most 3 hint levels`]);
    expect(line(f.zh)).toEqual([expect.stringMatching(/^.*no-zh\.json: title\.zh: /)]);
    expect(line(f.json)).toEqual([expect.stringContaining(`${f.json}: not valid JSON`)]);
    expect(line(f.name)).toEqual([`${f.name}: name: "something-else" must match the file name "renamed"`]);
    expect(line(f.seed)[0]).toMatch(
      /bad-seed\.json: start\.seed: unknown seed "after-step-9"; known: demo, /,
    );
    expect(line(f.ref)).toEqual([`${f.ref}: start.changes[0].vpc: no VPC named "Nope-VPC" in this seed`]);
    expect(line(f.cidr)).toEqual([
      `${f.cidr}: start.changes[0].cidr: not an IPv4 CIDR block like 10.0.0.0/16`,
    ]);
    expect(line(f.kind)[0]).toMatch(/bad-kind\.json: start\.changes\[0\]\.kind: /);
    expect(line(f.fault)[0]).toMatch(/bad-fault\.json: start\.changes\[0\]\.rule: A fault rule needs code/);
    expect(line(f.success)).toEqual([`${f.success}: success: at least one success criterion`]);
    expect(line(f.extra)[0]).toMatch(/extra-field\.json: \(file\): .*difficulty/);
    expect(line(f.call)[0]).toMatch(
      /bad-call\.json: start\.changes\[0\]: seed CreateCen as A failed: .*InvalidParameter/,
    );
    expect(line(f.move)[0]).toMatch(/bad-move\.json: solution\.moves\[0\]\.do: /);
    expect(line(f.network)).toEqual([
      `${f.network}: solution.moves[1].network: no VPC named "Nope-VPC" in the starting state`,
    ]);
    expect(got).toHaveLength(14);
  });

  it('refuses the whole catalogue for one broken file, and the message says which', () => {
    write('happy-path.json', happy);
    const bad = write('wrong-area.json', variant('wrong-area', { hints: [] }));
    expect(() => loadTrainingScenarios(dir)).toThrow(
      new TrainingCatalogueError([`${bad}: hints: at least 1 hint level`]),
    );
    expect(() => startMockCloud({ trainingDir: dir, listen: false })).toThrow(
      /wrong-area\.json: hints: at least 1/,
    );
  });

  it('names the shipped directory relative to the repository, as a trainer would type it', () => {
    expect(relative(process.cwd(), DEFAULT_TRAINING_DIR)).toBe(join('mocks', 'scenarios', 'training'));
  });

  it('standalone: exits 2 naming the broken file; bad sandbox flags exit 2 with a clear message', async () => {
    const bad = write('broken.json', variant('broken', { hints: [hint, hint, hint, hint] }));
    const run = async (args: string[]) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'mocks/standalone.ts', '--port', '0', ...args],
        {
          stdio: 'pipe',
        },
      );
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      return { code, err };
    };
    const [broken, idle, max] = await Promise.all([
      run(['--training-dir', dir]),
      run(['--sandbox-idle-ms', 'soon']),
      run(['--max-sandboxes', '0']),
    ]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain(`${bad}: hints[3]: at most 3 hint levels`);
    expect(idle).toMatchObject({ code: 2, err: expect.stringContaining('--sandbox-idle-ms needs a number') });
    expect(max).toMatchObject({
      code: 2,
      err: expect.stringContaining('--max-sandboxes needs a number from 1'),
    });
  }, 60_000);
});

describe('broken Enterprise training files', () => {
  it('name the file and the field: an Enterprise file on a Basic world, a bad vSwitch, an unknown reference', () => {
    const vSwitch = (change: Record<string, unknown>) => ({
      start: { seed: 'enterprise-edition', changes: [{ kind: 'vSwitch', vpc: 'B-Beijing-VPC', ...change }] },
      edition: 'enterprise',
    });
    const f = {
      basic: write('basic-world.json', variant('basic-world', { edition: 'enterprise' })),
      edition: write('bad-edition.json', variant('bad-edition', { edition: 'premium' })),
      zone: write(
        'other-zone.json',
        variant('other-zone', vSwitch({ zone: 'cn-qingdao-c', cidr: '192.168.2.0/24' })),
      ),
      outside: write(
        'outside.json',
        variant('outside', vSwitch({ zone: 'cn-beijing-c', cidr: '10.9.0.0/24' })),
      ),
      clash: write(
        'clash.json',
        variant('clash', vSwitch({ zone: 'cn-beijing-c', cidr: '192.168.1.128/25' })),
      ),
      ref: write(
        'bad-tr-ref.json',
        variant('bad-tr-ref', {
          edition: 'enterprise',
          start: {
            seed: 'enterprise-edition',
            changes: [
              {
                kind: 'call',
                as: 'A',
                action: 'Cbn.EnableTransitRouterRouteTablePropagation',
                params: {
                  TransitRouterAttachmentId: '${trAttachment:B-Beijing-VPC}',
                  TransitRouterRouteTableId: 'x',
                },
              },
            ],
          },
        }),
      ),
      fix: write('empty-fix.json', variant('empty-fix', { fix: [] })),
    };
    const got = problems();
    const line = (file: string) => got.filter((p) => p.startsWith(`${file}: `));
    expect(line(f.basic)).toEqual([
      `${f.basic}: edition: "enterprise" needs a starting state that refuses Basic Edition to Account A: the seed "enterprise-edition" or "enterprise-after-step-N", or a change {"kind": "basicEdition", "account": "A", "available": false}`,
    ]);
    expect(line(f.edition)[0]).toMatch(/bad-edition\.json: edition: /);
    // The API's own refusals (Vpc CreateVSwitch), naming the change.
    expect(line(f.zone)[0]).toMatch(
      /other-zone\.json: start\.changes\[0\]: seed CreateVSwitch as B failed: .*ResourceNotAvailable/,
    );
    expect(line(f.outside)[0]).toMatch(
      /outside\.json: start\.changes\[0\]: seed CreateVSwitch as B failed: .*not valid in VPC/,
    );
    expect(line(f.clash)[0]).toMatch(
      /clash\.json: start\.changes\[0\]: seed CreateVSwitch as B failed: .*InvalidCidrBlock\.Overlapped/,
    );
    expect(line(f.ref)).toEqual([
      `${f.ref}: start.changes[0].params.TransitRouterAttachmentId: no trAttachment named "B-Beijing-VPC"`,
    ]);
    expect(line(f.fix)).toEqual([`${f.fix}: fix: at least one call`]);
    expect(got).toHaveLength(7);
  });
});

describe('declarative changes', () => {
  it('re-address a VPC, edit security-group rules, add a VPC with an instance, set delays — as described', () => {
    write(
      'custom.json',
      variant('custom', {
        start: {
          seed: 'after-step-5',
          changes: [
            { kind: 'securityGroupRule', group: 'sg-b-beijing', op: 'remove', rule: { ipProtocol: 'ICMP' } },
            {
              kind: 'cidr',
              vpc: 'B-Beijing-Legacy-VPC',
              cidr: '10.99.0.0/16',
              vSwitches: ['10.99.1.0/24'],
            },
            {
              kind: 'vpc',
              owner: 'B',
              region: 'cn-beijing',
              name: 'B-Extra-VPC',
              cidr: '10.77.0.0/16',
              vSwitch: '10.77.1.0/24',
              instance: { name: 'b-extra-ecs', ip: '10.77.1.5', icmpFrom: ['172.16.0.0/16'] },
            },
            { kind: 'fault', rule: { id: 'slow', action: 'DescribeCens', latencyMs: 300 } },
            { kind: 'delay', ms: 2500 },
          ],
        },
      }),
    );
    const [scenario] = loadTrainingScenarios(dir);
    expect(scenario?.name).toBe('custom');
    const cloud = new MockCloud({ clock: manualClock(), seed: 2 });
    new ScenarioBook(scenario ? [scenario] : []).load(cloud, 'custom');
    const w = cloud.world;
    expect(w.securityGroups.find((g) => g.name === 'sg-b-beijing')?.rules.map((r) => r.ipProtocol)).toEqual([
      'TCP',
    ]);
    expect(w.vpcs.find((v) => v.name === 'B-Beijing-Legacy-VPC')?.cidr).toBe('10.99.0.0/16');
    expect(w.instances.find((i) => i.name === 'b-extra-ecs')?.privateIp).toBe('10.77.1.5');
    expect(cloud.faults.list().map((f) => f.id)).toEqual(['slow']);
    expect(cloud.delayMs).toBe(2500);
    // The removed ICMP rule has the symptom of the sg-blocks-icmp drill: A → B fails, B → A works.
    const s = snapshot(cloud) as { connectivity: { toIp: string; reachable: boolean; from: string }[] };
    const a = w.instances.find((i) => i.name === 'a-qingdao-ecs')?.id;
    expect(s.connectivity.find((c) => c.from === a && c.toIp === '192.168.1.20')?.reachable).toBe(false);
    expect(s.connectivity.find((c) => c.toIp === '172.16.1.10' && c.from !== a)?.reachable).toBe(true);
  });

  it('turn Basic Edition off (or back on) per account, on top of a seed, and open the transit-router service', () => {
    write(
      'enterprise.json',
      variant('enterprise', {
        start: {
          seed: 'enterprise-edition',
          changes: [
            { kind: 'basicEdition', account: 'B', available: true },
            { kind: 'basicEdition', account: 'C', available: false },
            { kind: 'call', as: 'A', action: 'Cbn.OpenTransitRouterService', params: {} },
          ],
        },
      }),
    );
    const [scenario] = loadTrainingScenarios(dir);
    const cloud = new MockCloud({ clock: manualClock(), seed: 2 });
    new ScenarioBook(scenario ? [scenario] : []).load(cloud, 'enterprise');
    const uid = (name: string) => cloud.account(name)?.uid;
    expect(cloud.world.transit.basicRefused).toEqual([uid('A'), uid('C')]);
    expect(cloud.world.transit.serviceOpen).toEqual([uid('A')]);
  });

  it('close a service the seed opened, and add a vSwitch in another zone, which the region then offers', () => {
    write(
      'zones.json',
      variant('zones', {
        edition: 'enterprise',
        start: {
          seed: 'enterprise-after-step-1',
          changes: [
            { kind: 'transitService', account: 'B', open: false },
            { kind: 'vSwitch', vpc: 'B-Beijing-Legacy-VPC', zone: 'cn-beijing-c', cidr: '172.16.9.0/24' },
          ],
        },
      }),
    );
    const [scenario] = loadTrainingScenarios(dir);
    const cloud = new MockCloud({ clock: manualClock(), seed: 2 });
    new ScenarioBook(scenario ? [scenario] : []).load(cloud, 'zones');
    expect(cloud.world.transit.serviceOpen).toEqual([cloud.account('A')?.uid]);
    const r = cloud.call({
      product: 'Cbn',
      action: 'ListTransitRouterAvailableResource',
      accessKeyId: cloud.account('A')?.accessKeyId,
      params: { RegionId: 'cn-beijing' },
    });
    expect(r.body.AvailableZones).toEqual(['cn-beijing-b', 'cn-beijing-c']);
    expect(cloud.world.vSwitches.find((v) => v.zoneId === 'cn-beijing-c')?.name).toBe(
      'B-Beijing-Legacy-VPC-vsw-2',
    );
  });
});
