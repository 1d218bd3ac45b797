// The Enterprise UI walk's minimum beyond the plan (walkNeededReads, bench/README.md (f)) follows the plan and the
// world: one picking list per VPC, vSwitch list and router, one route-table read per route, and the path check's
// security-group reads per group of the picked instances.
import { MockCloud } from '../mocks/cloud/mock-cloud';
import { manualClock } from '../mocks/cloud/clock';
import { snapshot } from '../mocks/cloud/snapshot';
import { loadScenario } from '../mocks/scenarios/catalogue';
import {
  ENTERPRISE_WALK_CHOICES,
  enterpriseWalkPlan,
  walkNeededReads,
  type EnterpriseWorldState,
} from './enterprise-walk-plan';

function world(): EnterpriseWorldState {
  const cloud = new MockCloud({ clock: manualClock(), delayMs: 0, seed: 1 });
  loadScenario(cloud, 'enterprise-edition');
  return snapshot(cloud) as unknown as EnterpriseWorldState;
}

describe('walkNeededReads', () => {
  it('counts the lists the walk picks from and the path check reads, once each', () => {
    const state = world();
    const plan = enterpriseWalkPlan(state, ENTERPRISE_WALK_CHOICES);
    expect(walkNeededReads(plan, state, ENTERPRISE_WALK_CHOICES)).toEqual({
      DescribeVpcs: 2,
      DescribeVSwitches: 1,
      ListGrantVSwitchesToCen: 1,
      ListTransitRouterAvailableResource: 2,
      DescribeRouteTableList: 2,
      DescribeSecurityGroupAttribute: 2,
    });
  });

  it('reads each security group of the picked instance, and names an instance the world lacks', () => {
    const state = world();
    const plan = enterpriseWalkPlan(state, ENTERPRISE_WALK_CHOICES);
    const a = state.instances.find((i) => i.name === ENTERPRISE_WALK_CHOICES.instanceNames.A)!;
    a.securityGroupIds = [...a.securityGroupIds, 'sg-second'];
    expect(walkNeededReads(plan, state, ENTERPRISE_WALK_CHOICES).DescribeSecurityGroupAttribute).toBe(3);
    const renamed = { ...ENTERPRISE_WALK_CHOICES, instanceNames: { A: 'nowhere-ecs', B: 'b-beijing-ecs' } };
    expect(() => walkNeededReads(plan, state, renamed)).toThrow(/no instance nowhere-ecs in vpc-/);
  });
});
