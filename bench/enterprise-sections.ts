// The Enterprise-Edition rows of `npm run bench` (bench/README.md, "Enterprise Edition"), beside the Basic ones:
// the journey walked through the console (e2e/enterprise-full-walk.spec.ts) — its time against the floor of the same
// browser actions on a bare page, and the cloud calls it makes counted at the mock — and the same journey driven
// through the BFF's API (test-support/enterprise-api-run.ts). Both call counts are set against the minimum the
// domain's plan gives for the world (planEnterpriseSetup: each call once, each wait read once), not a typed number;
// the UI walk's adds, by the Basic walk's rule, the lists the user picks from and the path check's own reads
// (walkNeededReads) and the ping's calls.
import { MockCloud } from '../mocks/cloud/mock-cloud';
import { manualClock } from '../mocks/cloud/clock';
import { snapshot } from '../mocks/cloud/snapshot';
import { loadScenario } from '../mocks/scenarios/catalogue';
import { enterpriseApiRun } from '../test-support/enterprise-api-run';
import {
  ENTERPRISE_WALK_CHOICES,
  enterpriseWalkPlan,
  planFloor,
  walkNeededReads,
  type ActionCounts,
  type EnterpriseWorldState,
  type PlanFloor,
} from '../test-support/enterprise-walk-plan';
import { apiOver } from '../test-support/load-run';
import { mockCloudEnv, startBff, startStandaloneMock } from '../test-support/server-processes';
import { round } from '../test-support/stats';
import { actionCount, CALLS_MAX_RATIO, WALK_MAX_RATIO } from './browser-sections';
import { check, ms, x, type SectionRun } from './section';
import { benchUiWalk } from './ui-walk-bench';

export const ENTERPRISE_WALK_SPEC = 'e2e/enterprise-full-walk.spec.ts';
/** The spec's English walk (its Chinese twin makes the same calls and actions). */
export const ENTERPRISE_WALK_TEST = 'walks the whole Enterprise Edition journey in English';
/** The scenario both the spec and the API run start from (mocks/scenarios/catalogue.ts). */
const WORLD = 'enterprise-edition';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function freshWorld(): EnterpriseWorldState {
  const cloud = new MockCloud({ clock: manualClock(), delayMs: 0, seed: 1 });
  loadScenario(cloud, WORLD);
  return snapshot(cloud) as unknown as EnterpriseWorldState;
}

/** The plan's floor for a fresh enterprise-edition world (the counts do not depend on the world's IDs). */
export function enterpriseFloor(): PlanFloor {
  return planFloor(enterpriseWalkPlan(freshWorld(), ENTERPRISE_WALK_CHOICES));
}

/**
 * Step 6 has no call in the plan (enterprise-setup-plan.ts: "6 — the ping"), so the walk's own least calls for it are
 * added, as the Basic walk's minimum counts them (ui-walk-bench.ts UI_WALK_MINIMUM): each side's instances to pick
 * from, the active ping each way and its one result.
 */
export const ENTERPRISE_PING_MINIMUM: Readonly<Record<string, number>> = {
  DescribeInstances: 2,
  RunCommand: 2,
  DescribeInvocationResults: 2,
};

/** The UI walk's minimum, by the Basic walk's rule: the plan's floor, the lists picked from and the path check's
 * own reads (walkNeededReads), and the ping's calls. */
export interface WalkFloor extends PlanFloor {
  /** The reads beyond the plan's that the walk cannot go on without (in `calls` too). */
  needed: ActionCounts;
}

export function enterpriseWalkFloor(): WalkFloor {
  const world = freshWorld();
  const plan = enterpriseWalkPlan(world, ENTERPRISE_WALK_CHOICES);
  const floor = planFloor(plan);
  const needed = walkNeededReads(plan, world, ENTERPRISE_WALK_CHOICES);
  const calls = { ...floor.calls };
  for (const extra of [needed, ENTERPRISE_PING_MINIMUM])
    for (const [action, n] of Object.entries(extra)) calls[action] = (calls[action] ?? 0) + n;
  return {
    calls,
    polls: floor.polls,
    needed,
    total: floor.total + sum(needed) + sum(ENTERPRISE_PING_MINIMUM),
  };
}

const floorWords = (f: PlanFloor, extra?: { needed: number; ping: number }) =>
  extra
    ? `minimum ${f.total}: the plan's ${sum(f.calls) - extra.needed - extra.ping} calls + ${sum(f.polls)} status reads (one per write that waits) + ${extra.needed} reads to pick from and for the path check + ${extra.ping} for the ping`
    : `minimum ${f.total} from the plan: ${sum(f.calls)} calls + ${sum(f.polls)} status reads, one per write that waits`;

export const enterpriseUiSection: SectionRun = {
  sections: ['ui'],
  usesConsole: true,
  async run({ quick: q, log, rows, results, distDir }) {
    log(`Enterprise walk through the UI (${ENTERPRISE_WALK_SPEC}) against the standalone mock…`);
    const w = await benchUiWalk(distDir, q ? 1 : 3, ENTERPRISE_WALK_SPEC, ENTERPRISE_WALK_TEST);
    const floor = enterpriseWalkFloor();
    const beyond = w ? beyondFloor(w.perAction, floor) : {};
    results.uiWalkEnterprise = w
      ? { ...w, minimum: floor, beyondMinimum: beyond }
      : { pending: `${ENTERPRISE_WALK_SPEC} is missing` };
    if (w) log(`Enterprise walk: calls beyond the minimum, per run: ${JSON.stringify(beyond)}`);
    const walkFloor = w?.floor;
    const walkRatio = w?.walkMs !== undefined && walkFloor ? w.walkMs / walkFloor.walkMs : undefined;
    const cpu = w?.cpuS;
    rows.push({
      section: 'ui',
      figure: `full six-step Enterprise Edition run through the UI, median of ${w?.runs ?? 0} walks (page load to both pings answered; mock transitions ${w ? `${w.mockDelayMs} ms` : '0 ms'}; floor: the walk's ${w?.actions ? actionCount(w.actions) : 'browser actions'} on a bare page, same runner and browser)`,
      ours: w
        ? `${w.walkMs === undefined ? '?' : ms(w.walkMs)}${w.passed ? '' : ' (spec FAILED)'}`
        : 'pending',
      reference: w
        ? `floor ${walkFloor ? ms(walkFloor.walkMs) : '?'}; whole test ${ms(w.durationMs)}; CPU ${cpu ? `${round(cpu.browserAndRunner, 1)} s Chromium + Playwright (floor ${walkFloor?.cpuS === undefined ? '?' : round(walkFloor.cpuS, 1)} s), ${round(cpu.bff, 1)} s BFF, ${round(cpu.mock, 1)} s mock` : 'unknown'}`
        : `needs ${ENTERPRISE_WALK_SPEC}`,
      ratio: walkRatio === undefined ? '—' : x(walkRatio),
      target: `≤ ${WALK_MAX_RATIO}× floor`,
      status: w ? check(w.passed && walkRatio !== undefined && walkRatio <= WALK_MAX_RATIO) : 'pending',
    });
    rows.push({
      section: 'ui',
      figure: '(f) cloud calls per full Enterprise Edition run — through the UI, counted at the mock',
      ours: w
        ? `${round(w.cloudCalls, 1)} (${round(w.writes, 1)} writes, ${round(w.reads, 1)} reads)`
        : 'pending',
      reference: `${floorWords(floor, { needed: sum(floor.needed), ping: sum(ENTERPRISE_PING_MINIMUM) })} (bench/README.md (f))`,
      ratio: w ? x(w.cloudCalls / floor.total) : '—',
      target: `≤ ${CALLS_MAX_RATIO}×`,
      status: w ? check(w.passed && w.cloudCalls / floor.total <= CALLS_MAX_RATIO) : 'pending',
    });
  },
};

/** Calls per action the walk made beyond the minimum (its calls and one read per wait), most first. */
function beyondFloor(perAction: Record<string, number>, floor: PlanFloor): Record<string, number> {
  const planned = (action: string) => (floor.calls[action] ?? 0) + (floor.polls[action] ?? 0);
  const actions = new Set([
    ...Object.keys(perAction),
    ...Object.keys(floor.calls),
    ...Object.keys(floor.polls),
  ]);
  return Object.fromEntries(
    [...actions]
      .map((action) => [action, (perAction[action] ?? 0) - planned(action)] as const)
      .filter(([, extra]) => extra !== 0)
      .sort((a, b) => b[1] - a[1]),
  );
}

/** The Basic API driver's target (node-sections.ts): the driver reads nothing it does not need. */
const API_CALLS_MAX_RATIO = 1.2;

export const enterpriseCallsSection: SectionRun = {
  sections: ['calls'],
  async run({ log, rows, results }) {
    log('(f) cloud calls per Enterprise Edition run (BFF API driver)…');
    const mock = await startStandaloneMock({ scenario: WORLD });
    const bff = await startBff({ env: { ...mockCloudEnv(mock.url), CEN_CONNECT_SERVE_APP: '0' } });
    try {
      const state = (await (await fetch(`${mock.url}/_mock/state`)).json()) as EnterpriseWorldState;
      const plan = enterpriseWalkPlan(state, ENTERPRISE_WALK_CHOICES);
      const floor = planFloor(plan);
      const api = apiOver((path, init) => fetch(`${bff.url}${path}`, init));
      mock.resetLog();
      const sent = await enterpriseApiRun(api, plan, { tag: `bench-ee-${Date.now().toString(36)}` });
      // The mock prints a request's line before it answers; the pipe may still hold the last ones.
      const atMock = await cloudCallsLogged(() => mock.log(), sent.length);
      results.callsPerRunEnterprise = { driver: 'BFF API', atMock, bffCalls: sent.length, minimum: floor };
      rows.push({
        section: 'calls',
        figure:
          '(f) cloud calls per Enterprise Edition run (steps 1–5) — BFF API driver running the plan, counted at the mock',
        ours: String(atMock),
        reference: floorWords(floor),
        ratio: x(atMock / floor.total),
        target: `≤ ${API_CALLS_MAX_RATIO}`,
        status: check(atMock / floor.total <= API_CALLS_MAX_RATIO),
      });
    } finally {
      await bff.stop();
      await mock.stop();
    }
  },
};

/** The cloud calls in the mock's log (its control API left out), once at least `expected` have arrived. */
async function cloudCallsLogged(log: () => string[], expected: number): Promise<number> {
  const count = () => log().filter((l) => !l.includes('/_mock/')).length;
  for (let i = 0; i < 500 && count() < expected; i++) await new Promise((r) => setTimeout(r, 10));
  return count();
}
