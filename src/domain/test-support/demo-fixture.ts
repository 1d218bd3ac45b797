// The demo scenario as plan inputs, for tests and golden files (a fake world: it lives in test-support/): the demo
// accounts and A's VPC in China North 1 (cn-qingdao) and B's in China North 2 (cn-beijing) as the mock's demo seed
// has them (mocks/scenarios/seed.ts), and the tutorial's choices: CEN "DifferentAccountDifferentRegion", an 8 Mbps
// Mainland China↔Mainland China package for 1 month named "MainlandBandwidthPackage", 5 Mbps between the two
// regions (the tutorial's Steps 1–5). Resource IDs are fixed stand-ins shaped like the real ones
// (docs/reference/cen-api.md §7); the mock makes its own.
import type { SetupInput } from '../plan/setup-input';
import type { TeardownInput } from '../plan/teardown-plan';

export const DEMO = {
  uidA: '1262302482727553',
  uidB: '9263584710374521',
  vpcA: 'vpc-m5eqn7ag2f1qzb1ocgk8d',
  vpcB: 'vpc-2zeh3nv8q0lc7m9f4x1ab',
  cenId: 'cen-7qthudw0ll6jmc8y1z',
  packageId: 'cenbwp-4c2zaavbvh5fx8k2qm',
  regionA: 'cn-qingdao',
  regionB: 'cn-beijing',
  tokens: {
    'step1.CreateCen': '3f1c2a9e-8b7d-4e6f-9a0b-1c2d3e4f5a6b',
    'step2.GrantInstanceToCen:cen-7qthudw0ll6jmc8y1z:vpc-2zeh3nv8q0lc7m9f4x1ab':
      '7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d',
    'step4.CreateCenBandwidthPackage': 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5e',
  } as Record<string, string>,
} as const;

/** The tutorial's package choice (Step 4): 8 Mbps Mainland China↔Mainland China for one month. */
export const DEMO_PACKAGE = {
  areaA: 'China',
  areaB: 'China',
  bandwidth: 8,
  name: 'MainlandBandwidthPackage',
  pricingCycle: 'Month',
  period: 1,
} as const satisfies NonNullable<SetupInput['bandwidthPackage']>;

/** Nothing created yet: the user has made every choice of the tutorial. */
export function demoFresh(): SetupInput {
  return {
    accounts: { A: { uid: DEMO.uidA }, B: { uid: DEMO.uidB } },
    cen: { name: 'DifferentAccountDifferentRegion' },
    networks: [
      { owner: 'A', type: 'VPC', regionId: DEMO.regionA, instanceId: DEMO.vpcA },
      { owner: 'B', type: 'VPC', regionId: DEMO.regionB, instanceId: DEMO.vpcB },
    ],
    bandwidthPackage: { ...DEMO_PACKAGE },
    limits: [{ localRegionId: DEMO.regionA, oppositeRegionId: DEMO.regionB, bandwidthLimit: 5 }],
    clientTokens: {},
  };
}

/** Every step done and settled, as the Describe* calls show it after the run. */
export function demoDone(): SetupInput {
  const fresh = demoFresh();
  return {
    ...fresh,
    cen: { ...fresh.cen, id: DEMO.cenId, status: 'Active' },
    networks: fresh.networks.map((n) => ({ ...n, granted: n.owner === 'B', attachment: 'Attached' })),
    bandwidthPackage: fresh.bandwidthPackage && {
      ...fresh.bandwidthPackage,
      id: DEMO.packageId,
      status: 'InUse',
      cenIds: [DEMO.cenId],
      chargeType: 'PREPAY',
    },
    limits: fresh.limits.map((l) => ({
      ...l,
      current: { bandwidthLimit: l.bandwidthLimit, status: 'Active' },
    })),
    clientTokens: { ...DEMO.tokens },
  };
}

/**
 * Every step done, but the package was bought outside this console and adopted in step 4: the cloud lists its
 * charge type and expiry, never the period it was bought for (docs/reference/cen-api.md §2 step 4), so that stays unknown.
 */
export function demoAdoptedPackage(): SetupInput {
  const done = demoDone();
  const { pricingCycle: _cycle, period: _period, ...pkg } = done.bandwidthPackage!;
  return { ...done, bandwidthPackage: { ...pkg, expiredTime: '2026-12-26T16:00Z' } };
}

/** Half-way: the CEN is Active, A's VPC attached and B's grant made; B's attach and steps 4–5 remain. */
export function demoHalfway(): SetupInput {
  const fresh = demoFresh();
  return {
    ...fresh,
    cen: { ...fresh.cen, id: DEMO.cenId, status: 'Active' },
    networks: fresh.networks.map((n) =>
      n.owner === 'A' ? { ...n, attachment: 'Attached' } : { ...n, granted: true },
    ),
    clientTokens: { ...DEMO.tokens },
  };
}

/** The cloud after a complete setup, as the teardown reads it. */
export function demoTeardownStart(): TeardownInput {
  return {
    accounts: { A: { uid: DEMO.uidA }, B: { uid: DEMO.uidB } },
    cen: { id: DEMO.cenId, status: 'Active' },
    limits: [
      { localRegionId: DEMO.regionA, oppositeRegionId: DEMO.regionB, bandwidthLimit: 5, status: 'Active' },
    ],
    bandwidthPackages: [
      {
        id: DEMO.packageId,
        status: 'InUse',
        associated: true,
        chargeType: 'PREPAY',
        expiredTime: '2026-12-26T16:00Z',
      },
    ],
    attachments: [
      { instanceId: DEMO.vpcA, type: 'VPC', regionId: DEMO.regionA, owner: 'A', status: 'Attached' },
      { instanceId: DEMO.vpcB, type: 'VPC', regionId: DEMO.regionB, owner: 'B', status: 'Attached' },
    ],
    grants: [{ cenId: DEMO.cenId, instanceId: DEMO.vpcB, type: 'VPC', regionId: DEMO.regionB }],
    clientTokens: {},
  };
}
