// The demo journey on Enterprise Edition as plan inputs, for tests and golden files (a fake world: it lives in
// test-support/): the demo accounts and VPCs of demo-fixture.ts — A's in cn-qingdao, B's in cn-beijing — with two
// zones each, paid by data transfer at 5 Mbps, routes by route entries. Resource IDs are fixed stand-ins shaped
// like the real ones (docs/reference/enterprise-edition.md §2); the mock makes its own.
import type { EnterpriseSetupInput, PaymentInput } from '../plan/enterprise-setup-input';
import type { EnterpriseTeardownInput } from '../plan/enterprise-teardown-plan';
import { DEMO, DEMO_PACKAGE } from './demo-fixture';

export const EE = {
  ...DEMO,
  cidrA: '172.16.0.0/16',
  cidrB: '10.0.0.0/16',
  zonesA: [
    { zoneId: 'cn-qingdao-b', vSwitchId: 'vsw-m5e1x9k2a7p0q3r8s4t6u' },
    { zoneId: 'cn-qingdao-c', vSwitchId: 'vsw-m5e2y8j3b6o1p4q7r5s9v' },
  ],
  zonesB: [
    { zoneId: 'cn-beijing-h', vSwitchId: 'vsw-2ze3c7n1d5m9l2k6j0h4g' },
    { zoneId: 'cn-beijing-i', vSwitchId: 'vsw-2ze4d8m2e6n0k3j7i1g5f' },
  ],
  vtbA: 'vtb-m5eroute0table0a0000',
  vtbB: 'vtb-2zeroute0table0b0000',
  routerA: 'tr-m5eh0a1b2c3d4e5f6g7h8i',
  routerB: 'tr-2zei9j8k7l6m5n4o3p2q1r',
  trTableA: 'vtb-m5etrsystem0table00a',
  trTableB: 'vtb-2zetrsystem0table00b',
  attachA: 'tr-attach-a1b2c3d4e5f6g7h8',
  attachB: 'tr-attach-b2c3d4e5f6g7h8i9',
  peer: 'tr-attach-p1e2e3r4a5t6t7a8',
} as const;

export const DATA_TRANSFER: PaymentInput = { type: 'DataTransfer', bandwidth: 5 };

/** Nothing created yet, both services unknown: the user has made every choice of the journey. */
export function enterpriseFresh(): EnterpriseSetupInput {
  return {
    accounts: { A: { uid: EE.uidA }, B: { uid: EE.uidB } },
    cen: { name: 'DifferentAccountDifferentRegion' },
    vpcs: {
      A: {
        vpcId: EE.vpcA,
        regionId: EE.regionA,
        cidrBlock: EE.cidrA,
        zones: [...EE.zonesA],
        routeTableId: EE.vtbA,
        router: {},
        attachment: {},
      },
      B: {
        vpcId: EE.vpcB,
        regionId: EE.regionB,
        cidrBlock: EE.cidrB,
        zones: [...EE.zonesB],
        routeTableId: EE.vtbB,
        router: {},
        attachment: {},
      },
    },
    grant: { orderType: 'PayByCenOwner', rules: [] },
    payment: DATA_TRANSFER,
    routes: 'RouteEntry',
    peer: { association: {}, propagation: {} },
    clientTokens: {},
  };
}

/** The same choices, the connection paid out of a bandwidth plan bought for a month (§2 steps 7–8). */
export function enterpriseByPackage(): EnterpriseSetupInput {
  return {
    ...enterpriseFresh(),
    payment: {
      type: 'BandwidthPackage',
      bandwidth: 5,
      package: { ...DEMO_PACKAGE },
    },
  };
}

/** Every call made and settled, as the List and Describe calls show it after the run. */
export function enterpriseDone(): EnterpriseSetupInput {
  const fresh = enterpriseFresh();
  const linked = { status: 'Attached', association: 'Active', propagation: 'Active' };
  return {
    ...fresh,
    accounts: { A: { uid: EE.uidA, service: 'on' }, B: { uid: EE.uidB, service: 'on' } },
    cen: { ...fresh.cen, id: EE.cenId, status: 'Active' },
    vpcs: {
      A: {
        ...fresh.vpcs.A!,
        router: { id: EE.routerA, status: 'Active', type: 'Enterprise', routeTableId: EE.trTableA },
        attachment: { id: EE.attachA, ...linked },
        route: { status: 'Available', nextHopId: EE.attachA },
      },
      B: {
        ...fresh.vpcs.B!,
        router: { id: EE.routerB, status: 'Active', type: 'Enterprise', routeTableId: EE.trTableB },
        attachment: { id: EE.attachB, ...linked },
        route: { status: 'Available', nextHopId: EE.attachB },
      },
    },
    grant: {
      orderType: 'PayByCenOwner',
      rules: [{ cenId: EE.cenId, cenOwnerId: EE.uidA, orderType: 'PayByCenOwner' }],
    },
    peer: {
      id: EE.peer,
      status: 'Attached',
      association: { A: 'Active', B: 'Active' },
      propagation: { A: 'Active', B: 'Active' },
    },
  };
}

/** What the cloud lists after enterpriseDone's run: everything a teardown must remove, all settled. */
export function enterpriseTeardownAll(): EnterpriseTeardownInput {
  return {
    accounts: { A: { uid: EE.uidA }, B: { uid: EE.uidB } },
    cen: { id: EE.cenId, status: 'Active' },
    routes: [
      { owner: 'A', regionId: EE.regionA, routeTableId: EE.vtbA, destination: EE.cidrB, status: 'Available' },
      { owner: 'B', regionId: EE.regionB, routeTableId: EE.vtbB, destination: EE.cidrA, status: 'Available' },
    ],
    links: [
      ...[
        [EE.attachA, EE.trTableA],
        [EE.attachB, EE.trTableB],
        [EE.peer, EE.trTableA],
        [EE.peer, EE.trTableB],
      ].flatMap(([attachmentId, routeTableId]) =>
        (['association', 'propagation'] as const).map((kind) => ({
          kind,
          attachmentId: attachmentId!,
          routeTableId: routeTableId!,
          status: 'Active',
        })),
      ),
    ],
    attachments: [
      { kind: 'vpc', id: EE.attachA, routerIds: [EE.routerA], status: 'Attached', vpcId: EE.vpcA },
      { kind: 'vpc', id: EE.attachB, routerIds: [EE.routerB], status: 'Attached', vpcId: EE.vpcB },
      { kind: 'peer', id: EE.peer, routerIds: [EE.routerA, EE.routerB], status: 'Attached' },
    ],
    routers: [
      { id: EE.routerA, regionId: EE.regionA, status: 'Active' },
      { id: EE.routerB, regionId: EE.regionB, status: 'Active' },
    ],
    grants: [{ cenId: EE.cenId, vpcId: EE.vpcB, regionId: EE.regionB }],
    bandwidthPackages: [],
    clientTokens: {},
  };
}
