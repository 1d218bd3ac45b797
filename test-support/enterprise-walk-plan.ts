// The Enterprise-Edition journey's plan for the mock's "enterprise-edition" world, as the domain computes it
// (planEnterpriseSetup, docs/reference/enterprise-edition.md §2): the input the console would hold once the user
// has made the walk's choices — the tutorial's CEN name, A's Qingdao VPC and B's Beijing VPC (one vSwitch per zone,
// at most two, as step 3 preselects), both services to be opened once confirmed, A pays for B's attachment, pay by
// data transfer with the walk's cap, a route entry in each VPC — read from the world's own state, nothing seen
// created yet. Shared by the e2e walk (the calls made must be the plan's) and the bench (its floor: the plan's
// calls plus one read per write that waits, the fewest a run can make).
import { planEnterpriseSetup } from '../src/domain/plan/enterprise-setup-plan';
import type { EnterpriseSetupInput, VpcSide } from '../src/domain/plan/enterprise-setup-input';
import type { Plan } from '../src/domain/plan/plan-types';

/** The part of GET /api/mock/state (mocks/cloud/snapshot.ts) the input is read from. */
export interface EnterpriseWorldState {
  accounts: { name: string; uid: string }[];
  vpcs: {
    id: string;
    name: string;
    regionId: string;
    cidr: string;
    routeTableId: string;
    ownerUid: string;
  }[];
  vSwitches: { id: string; vpcId: string; zoneId: string }[];
  /** The ECS instances (step 6 picks one per VPC; the path check reads each one's security groups). */
  instances: { name: string; vpcId: string; securityGroupIds: string[] }[];
}

/** The walk's choices that are not read from the world (e2e/enterprise-walk.ts makes the same ones). */
export interface EnterpriseWalkChoices {
  cenName: string;
  vpcNames: { A: string; B: string };
  /** The instance step 6 picks on each side, by name. */
  instanceNames: { A: string; B: string };
  peerMbps: number;
}

/** The choices of the Enterprise walk (e2e/enterprise-walk.ts) and of the bench's API-driven run. */
export const ENTERPRISE_WALK_CHOICES: EnterpriseWalkChoices = {
  // The tutorial's (docs/reference/tutorial.md; e2e/walk.ts TUTORIAL).
  cenName: 'DifferentAccountDifferentRegion',
  vpcNames: { A: 'A-Qingdao-VPC', B: 'B-Beijing-VPC' },
  instanceNames: { A: 'a-qingdao-ecs', B: 'b-beijing-ecs' },
  peerMbps: 2,
};

function vpcSide(state: EnterpriseWorldState, name: string): VpcSide {
  const vpc = state.vpcs.find((v) => v.name === name);
  if (!vpc) throw new Error(`The world has no VPC named ${name} (GET /api/mock/state vpcs).`);
  const byZone = new Map<string, string>();
  for (const s of state.vSwitches.filter((x) => x.vpcId === vpc.id))
    if (!byZone.has(s.zoneId)) byZone.set(s.zoneId, s.id);
  return {
    vpcId: vpc.id,
    regionId: vpc.regionId,
    cidrBlock: vpc.cidr,
    zones: [...byZone].slice(0, 2).map(([zoneId, vSwitchId]) => ({ zoneId, vSwitchId })),
    routeTableId: vpc.routeTableId,
    router: {},
    attachment: {},
  };
}

export function enterpriseWalkInput(
  state: EnterpriseWorldState,
  choices: EnterpriseWalkChoices,
  clientTokens: Record<string, string> = {},
): EnterpriseSetupInput {
  const uid = (name: string) => {
    const found = state.accounts.find((a) => a.name === name)?.uid;
    if (!found) throw new Error(`The world has no account ${name} (GET /api/mock/state accounts).`);
    return found;
  };
  return {
    accounts: {
      A: { uid: uid('A'), service: 'off', openConfirmed: true },
      B: { uid: uid('B'), service: 'off', openConfirmed: true },
    },
    cen: { name: choices.cenName },
    vpcs: { A: vpcSide(state, choices.vpcNames.A), B: vpcSide(state, choices.vpcNames.B) },
    grant: { orderType: 'PayByCenOwner', rules: [] },
    payment: { type: 'DataTransfer', bandwidth: choices.peerMbps },
    routes: 'RouteEntry',
    peer: { association: {}, propagation: {} },
    clientTokens,
  };
}

export function enterpriseWalkPlan(
  state: EnterpriseWorldState,
  choices: EnterpriseWalkChoices,
  clientTokens: Record<string, string> = {},
): Plan {
  const plan = planEnterpriseSetup(enterpriseWalkInput(state, choices, clientTokens));
  // Every call can be made in order ('done' only for the services' checks, whose answer the input already holds).
  const stuck = plan.calls.filter((c) => c.status === 'blocked' || c.status === 'waiting');
  if (stuck.length)
    throw new Error(
      `The fresh world's plan should have no call blocked or waiting; not so: ${stuck.map((c) => `${c.key} ${c.status} (${c.reason ?? ''})`).join('; ')}`,
    );
  return plan;
}

/** Unqualified action name → count (e.g. { CreateTransitRouter: 2 }). */
export type ActionCounts = Record<string, number>;

export interface PlanFloor {
  /** The plan's own calls, by action (writes and the reads it makes, e.g. CheckTransitRouterService). */
  calls: ActionCounts;
  /** One poll per call that waits for a status (its waitFor), by action. */
  polls: ActionCounts;
  total: number;
}

const add = (counts: ActionCounts, action: string) => (counts[action] = (counts[action] ?? 0) + 1);
const unqualified = (key: string) => key.slice(key.indexOf('.') + 1);

/** The fewest calls a run of the plan makes: each call once, and each wait read once (its status already final). */
export function planFloor(plan: Plan): PlanFloor {
  const calls: ActionCounts = {};
  const polls: ActionCounts = {};
  for (const call of plan.calls) {
    add(calls, call.action);
    if (call.waitFor) add(polls, unqualified(call.waitFor.poll));
  }
  const total = plan.calls.length + Object.values(polls).reduce((a, b) => a + b, 0);
  return { calls, polls, total };
}

const param = (call: Plan['calls'][number], name: string) => {
  const value = call.params[name];
  return typeof value === 'string' ? value : '';
};

/**
 * The reads the walk cannot go on without beyond the plan's own calls and waits — the same rule as the Basic walk's
 * minimum (bench/README.md (f), "The minimum needed"): a list the user must pick from, and the path check's own reads
 * of the live state. Each is derived from the plan's calls and the world, not typed in:
 * - DescribeVpcs once per VPC attachment's owner and region (step 1: each account's networks, to pick one);
 * - one vSwitch list per VPC attachment (step 3 maps a vSwitch per zone): A's own VPC's (DescribeVSwitches), and for
 *   a VPC granted by B the vSwitches A may attach (ListGrantVSwitchesToCen, docs/reference/enterprise-edition.md §2
 *   step 4);
 * - ListTransitRouterAvailableResource once per router created (the zones a VPC attachment may use,
 *   docs/reference/enterprise-edition.md §2 step 2);
 * - DescribeRouteTableList once per VPC route table a route goes into (CreateRouteEntry's RouteTableId,
 *   docs/reference/enterprise-edition.md §2 step 10 b);
 * - DescribeSecurityGroupAttribute once per security group of the instance step 6 picks in each attached VPC (the path
 *   check reads them live; its other reads are the steps' own, already counted).
 * Not counted, as on Basic: B's own vSwitch list (free IPs shown), the grants step 2 shows, the services' re-check
 * after opening, and every re-read of a status while it polls.
 */
export function walkNeededReads(
  plan: Plan,
  state: EnterpriseWorldState,
  choices: EnterpriseWalkChoices,
): ActionCounts {
  const reads: ActionCounts = {};
  const once = new Set<string>();
  const count = (action: string, key: string) => {
    if (!once.has(`${action} ${key}`)) add(reads, action);
    once.add(`${action} ${key}`);
  };
  for (const call of plan.calls) {
    if (call.action === 'CreateTransitRouterVpcAttachment') {
      const owner = call.params['VpcOwnerId'] === undefined ? 'A' : 'B';
      const vpcId = param(call, 'VpcId');
      count('DescribeVpcs', `${owner} ${param(call, 'RegionId')}`);
      count(owner === 'A' ? 'DescribeVSwitches' : 'ListGrantVSwitchesToCen', vpcId);
      const name = choices.instanceNames[owner];
      const instance = state.instances.find((i) => i.vpcId === vpcId && i.name === name);
      if (!instance) throw new Error(`The world has no instance ${name} in ${vpcId} (GET /api/mock/state).`);
      for (const group of instance.securityGroupIds) count('DescribeSecurityGroupAttribute', group);
    }
    if (call.action === 'CreateTransitRouter')
      count('ListTransitRouterAvailableResource', param(call, 'RegionId'));
    if (call.action === 'CreateRouteEntry')
      count('DescribeRouteTableList', `${call.account} ${param(call, 'RouteTableId')}`);
  }
  return reads;
}
