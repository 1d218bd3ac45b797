// The load run's short form: 10 simulated six-step tutorial runs at once through ONE BFF
// (createApp, in-process) against the mock cloud (msw/node), each with its own networks — 0 errors, and the cloud
// ends with exactly one CEN, package and region connection per run. LOAD_FULL=1 runs the full 100.
// Throughput and p50/p99 per action are reported by `npm run bench` (bench/run.ts), not asserted here.
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { buildLoadWorld } from '../../mocks/test-support/load-world';
import { apiOver, runLoad } from '../../test-support/load-run';
import { MINIMUM_CALLS } from '../../test-support/tutorial-run';
import { createAuditLog } from './audit-log';
import { createCloudClient } from './openapi-client';
import type { AccountName } from '../domain/accounts';
import { demoAccountsOf, mockAccounts, mockModeApp } from './test-support/mock-cloud-app';

const RUNS = process.env.LOAD_FULL === '1' ? 100 : 10;

let mock: RunningMockCloud;
beforeAll(() => {
  mock = startMockCloud({ delayMs: 0, scenario: 'empty', seed: 11 });
  buildLoadWorld(mock.cloud, RUNS);
});
afterAll(() => mock.close());

it(
  `${RUNS} concurrent tutorial runs through one BFF finish with 0 errors and no duplicate resource`,
  async () => {
    const demo = await demoAccountsOf(mock);
    const audit = createAuditLog();
    const app = mockModeApp(mockAccounts(demo), {
      client: createCloudClient({ timeoutMs: 5000, maxRetries: 3, retryBaseMs: 0 }),
      audit,
    });
    const uid = (name: AccountName) => demo.find((a) => a.name === name)!.uid;

    const result = await runLoad(
      apiOver((path, init) => Promise.resolve(app.request(path, init))),
      {
        runs: RUNS,
        uids: { A: uid('A'), B: uid('B') },
        timeBudgetMs: 60_000,
      },
    );

    expect(result.errors).toEqual([]);
    expect(result.completed).toBe(RUNS);
    // Every call the runs made reached the cloud once and succeeded there.
    const entries = audit.list();
    expect(entries).toHaveLength(result.calls);
    expect(entries.filter((e) => e.outcome !== 'ok')).toEqual([]);
    expect(entries.filter((e) => e.write)).toHaveLength(MINIMUM_CALLS.writes * RUNS);
    // What the cloud holds: one CEN per run with both networks attached, one package in use, one connection.
    const world = mock.cloud.world;
    const cens = world.cens.filter((c) => c.name.startsWith('LoadRun'));
    expect(new Set(cens.map((c) => c.name)).size).toBe(RUNS);
    expect(cens).toHaveLength(RUNS);
    for (const cen of cens) {
      expect(world.attachments.filter((a) => a.cenId === cen.id)).toHaveLength(2);
    }
    expect(world.packages.filter((p) => p.name.startsWith('LoadPackage'))).toHaveLength(RUNS);
    expect(
      world.limits.filter((l) => cens.some((c) => c.id === l.cenId && l.bandwidthLimit === 5)),
    ).toHaveLength(RUNS);
  },
  RUNS > 10 ? 300_000 : 120_000,
);
