// Every named scenario the control API can load (POST /_mock/reset {scenario}). "demo" is the default seed.
import type { MockCloud } from '../cloud/mock-cloud';
import { buildDemo, runTutorial } from './demo';
import { DRILLS } from './drills';
import { buildEnterpriseDemo, runEnterpriseTutorial } from './enterprise-tutorial';
import { addAccounts, addVpc, UID } from './seed';
import { REGIONS } from '../../src/domain/regions';

export interface Scenario {
  name: string;
  title: string;
  description: string;
  build(cloud: MockCloud): void;
}

const afterStep = (n: number): Scenario => ({
  name: `after-step-${n}`,
  title: `After step ${n}`,
  description: `The demo world with the tutorial's steps 1–${n} done through the API, every status final.`,
  build: (cloud) => void runTutorial(cloud, buildDemo(cloud), n),
});

// The Enterprise twin of after-step-N: the console's Enterprise steps 1–N (enterprise-tutorial.ts says what each
// makes; step 4, pay by data transfer, makes nothing), on the enterprise-edition world.
const enterpriseAfterStep = (n: number): Scenario => ({
  name: `enterprise-after-step-${n}`,
  title: `Enterprise Edition, after step ${n}`,
  description: `The enterprise-edition world with the Enterprise steps 1–${n} done through the API (transit routers, docs/reference/enterprise-edition.md §2), every status final.`,
  build: (cloud) => void runEnterpriseTutorial(cloud, buildEnterpriseDemo(cloud), n),
});

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'demo',
    title: 'Tutorial start',
    description:
      'Account A (VPC in cn-qingdao 172.16.0.0/16) and Account B (VPC in cn-beijing 192.168.0.0/16), an ECS instance in each whose security group accepts ICMP from the peer, plus decoys in other regions and areas.',
    build: (cloud) => void buildDemo(cloud),
  },
  ...[1, 2, 3, 4, 5].map(afterStep),
  {
    name: 'big-tenant',
    title: 'Big tenant',
    description:
      'The demo world plus 2,000 more VPCs for Account B spread over 20 regions (100 each): paging and search.',
    build(cloud) {
      buildDemo(cloud);
      const regions = REGIONS.slice(0, 20);
      for (let i = 0; i < 2000; i++) {
        const region = regions[i % regions.length];
        if (!region) continue;
        addVpc(cloud, {
          owner: UID.B,
          region: region.id,
          name: `B-Tenant-VPC-${String(i + 1).padStart(4, '0')}`,
          cidr: `10.${128 + Math.floor(i / 256)}.${i % 256}.0/24`,
        });
      }
    },
  },
  {
    name: 'enterprise-edition',
    title: 'Enterprise Edition only',
    description:
      'The demo world for accounts that can no longer use Basic Edition (docs/reference/cen-api.md §8.8): A’s and B’s AttachCenChildInstance and SetCenInterRegionBandwidthLimit are refused with OperationUnsupported.TransitRouterType, and neither has turned the transit-router service on yet (docs/reference/enterprise-edition.md §2).',
    build(cloud) {
      buildDemo(cloud);
      cloud.world.transit.basicRefused.push(UID.A, UID.B);
    },
  },
  ...[1, 2, 3, 4, 5].map(enterpriseAfterStep),
  {
    name: 'empty',
    title: 'Empty accounts',
    description: 'Accounts A, B and C with no networks at all.',
    build: (cloud) => addAccounts(cloud),
  },
  ...DRILLS,
];

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}

/** Empties the cloud (world, faults, nonces, seeded IDs) and builds the named scenario. */
export function loadScenario(cloud: MockCloud, name = 'demo'): Scenario {
  const scenario = findScenario(name);
  if (!scenario)
    throw new Error(`Unknown scenario "${name}". Known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  cloud.reset();
  scenario.build(cloud);
  return scenario;
}
