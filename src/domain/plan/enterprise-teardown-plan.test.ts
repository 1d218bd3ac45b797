import { EE, enterpriseTeardownAll } from '../test-support/enterprise-fixture';
import { expectCatalogueValid, expectDependsOnEarlier } from '../test-support/plan-assertions';
import { planEnterpriseTeardown, type EnterpriseTeardownInput } from './enterprise-teardown-plan';
import { nextAction } from './plan-runner';
import type { Plan } from './plan-types';

const keys = (plan: Plan) => plan.calls.map((c) => [c.step, c.key, c.account]);
const byId = (plan: Plan, id: string) => plan.calls.find((c) => c.id === id)!;

describe('planEnterpriseTeardown — in the order the cloud requires', () => {
  it('removes routes, then links, then attachments, then routers and B’s grant, then the CEN', () => {
    const plan = planEnterpriseTeardown(enterpriseTeardownAll());
    expect(plan.edition).toBe('Enterprise');
    expect(keys(plan)).toEqual([
      [1, 'Vpc.DeleteRouteEntry', 'A'],
      [1, 'Vpc.DeleteRouteEntry', 'B'],
      ...Array.from({ length: 4 }, () => [
        [2, 'Cbn.DissociateTransitRouterAttachmentFromRouteTable', 'A'],
        [2, 'Cbn.DisableTransitRouterRouteTablePropagation', 'A'],
      ]).flat(),
      [3, 'Cbn.DeleteTransitRouterVpcAttachment', 'A'],
      [3, 'Cbn.DeleteTransitRouterVpcAttachment', 'A'],
      [3, 'Cbn.DeleteTransitRouterPeerAttachment', 'A'],
      [4, 'Cbn.DeleteTransitRouter', 'A'],
      [4, 'Cbn.DeleteTransitRouter', 'A'],
      [4, 'Cbn.RevokeInstanceFromTransitRouter', 'B'],
      [6, 'Cbn.DeleteCen', 'A'],
    ]);
    expect(plan.calls.every((c) => c.status === 'pending')).toBe(true);
    expectCatalogueValid(plan);
  });

  it('makes each removal wait for what the cloud would refuse it over', () => {
    const plan = planEnterpriseTeardown(enterpriseTeardownAll());
    expectDependsOnEarlier(plan);
    expect(byId(plan, `delete-attachment:${EE.peer}`).dependsOn).toEqual(
      expect.arrayContaining([
        `dissociate:${EE.peer}:${EE.trTableA}`,
        `disable:${EE.peer}:${EE.trTableB}`,
        `delete-route:${EE.vtbA}:${EE.cidrB}`,
      ]),
    );
    // A router goes after every attachment on it, the peer attachment included (it is on both).
    expect(byId(plan, `delete-router:${EE.routerB}`).dependsOn).toEqual([
      `delete-attachment:${EE.attachB}`,
      `delete-attachment:${EE.peer}`,
    ]);
    expect(byId(plan, `revoke-from-router:${EE.vpcB}`).dependsOn).toEqual([
      `delete-attachment:${EE.attachB}`,
    ]);
    expect(byId(plan, `revoke-from-router:${EE.vpcB}`).params).toMatchObject({
      CenOwnerId: EE.uidA,
      InstanceId: EE.vpcB,
    });
    expect(byId(plan, 'delete-cen').dependsOn).toEqual([
      `delete-router:${EE.routerA}`,
      `delete-router:${EE.routerB}`,
    ]);
  });

  it('resumes: what is gone is not listed, what is on its way out is waited for, what still settles blocks', () => {
    const half: EnterpriseTeardownInput = {
      ...enterpriseTeardownAll(),
      routes: [],
      links: [],
      attachments: [
        { kind: 'vpc', id: EE.attachB, routerIds: [EE.routerB], status: 'Detaching', vpcId: EE.vpcB },
        { kind: 'peer', id: EE.peer, routerIds: [EE.routerA, EE.routerB], status: 'Attaching' },
      ],
    };
    const plan = planEnterpriseTeardown(half);
    expect(byId(plan, `delete-attachment:${EE.attachB}`)).toMatchObject({
      status: 'waiting',
      waitFor: { until: 'gone' },
    });
    expect(byId(plan, `delete-attachment:${EE.peer}`)).toMatchObject({
      status: 'blocked',
      reason: expect.stringMatching(/Attaching/),
    });
    expect(nextAction(plan)).toMatchObject({ kind: 'wait', call: { id: `delete-attachment:${EE.attachB}` } });
    const gone = planEnterpriseTeardown({
      ...half,
      attachments: [],
      routers: [],
      grants: [],
      cen: undefined,
    });
    expect(gone.calls).toEqual([]);
  });

  it('unassociates a bandwidth plan after the peer attachment, before the CEN, and warns that a prepaid one stays', () => {
    const plan = planEnterpriseTeardown({
      ...enterpriseTeardownAll(),
      bandwidthPackages: [{ id: EE.packageId, status: 'InUse', associated: true, chargeType: 'PREPAY' }],
    });
    expect(byId(plan, `unassociate:${EE.packageId}`)).toMatchObject({ step: 5 });
    expect(byId(plan, `unassociate:${EE.packageId}`).dependsOn).toContain(`delete-attachment:${EE.peer}`);
    expect(byId(plan, 'delete-cen').dependsOn).toContain(`unassociate:${EE.packageId}`);
    expect(plan.warnings.map((w) => w.code)).toEqual(['prepaid-package-not-deletable']);
  });
});
