import { findAction } from '../openapi/actions';
import { DEMO, demoTeardownStart } from '../test-support/demo-fixture';
import { nextAction } from './plan-runner';
import type { Plan } from './plan-types';
import { planTeardown, type TeardownInput } from './teardown-plan';

const keys = (plan: Plan) => plan.calls.map((c) => `${c.step} ${c.key} ${c.status}`);

describe('planTeardown — the order the cloud requires', () => {
  it('limits to 0, unassociate, detach both, delete the CEN, then B revokes', () => {
    const plan = planTeardown(demoTeardownStart());
    expect(keys(plan)).toEqual([
      '1 Cbn.SetCenInterRegionBandwidthLimit pending',
      '2 Cbn.UnassociateCenBandwidthPackage pending',
      '3 Cbn.DetachCenChildInstance pending',
      '3 Cbn.DetachCenChildInstance pending',
      '4 Cbn.DeleteCen pending',
      '5 Vpc.RevokeInstanceFromCen pending',
    ]);
    const [limit, unassociate, , detachB, del, revoke] = plan.calls;
    expect(limit?.params).toMatchObject({ BandwidthLimit: 0, CenId: DEMO.cenId });
    expect(limit?.waitFor?.until).toBe('gone');
    expect(unassociate?.dependsOn).toEqual([limit?.id]);
    expect(detachB?.params).toMatchObject({ ChildInstanceId: DEMO.vpcB, ChildInstanceOwnerId: DEMO.uidB });
    expect(del?.dependsOn).toEqual(expect.arrayContaining(plan.calls.slice(0, 4).map((c) => c.id)));
    expect(del?.waitFor).toMatchObject({ poll: 'Cbn.DescribeCens', until: 'gone' });
    expect(revoke).toMatchObject({ account: 'B', regionId: DEMO.regionB });
    expect(revoke?.params).toMatchObject({ CenId: DEMO.cenId, CenOwnerId: DEMO.uidA, InstanceId: DEMO.vpcB });
    expect(revoke?.dependsOn).toEqual([`detach:${DEMO.vpcB}`, 'delete-cen']);
  });

  it('validates every call against the catalogue schema', () => {
    const plan = planTeardown({
      ...demoTeardownStart(),
      clientTokens: { [`teardown.RevokeInstanceFromCen:${DEMO.cenId}:${DEMO.vpcB}`]: 'tok-1' },
    });
    for (const call of plan.calls) {
      expect(findAction(call.product, call.action)?.params.safeParse(call.params).success, call.key).toBe(
        true,
      );
    }
    expect(plan.calls.at(-1)?.params.ClientToken).toBe('tok-1');
  });

  it('warns that the prepaid package cannot be deleted by API, and calls nothing for it', () => {
    const plan = planTeardown(demoTeardownStart());
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'prepaid-package-not-deletable', resourceId: DEMO.packageId }),
    ]);
    expect(plan.warnings[0]?.message).toMatch(/cannot be deleted by API/);
    expect(plan.calls.some((c) => /Delete.*Package/.test(c.action))).toBe(false);
  });

  describe('resumes a half-finished teardown with only what remains', () => {
    const start = demoTeardownStart();

    it('limits gone, package unassociated, one network detached and the other detaching', () => {
      const input: TeardownInput = {
        ...start,
        limits: [],
        bandwidthPackages: start.bandwidthPackages.map((p) => ({ ...p, associated: false, status: 'Idle' })),
        attachments: start.attachments
          .filter((a) => a.owner === 'B')
          .map((a) => ({ ...a, status: 'Detaching' })),
      };
      const plan = planTeardown(input);
      expect(keys(plan)).toEqual([
        '3 Cbn.DetachCenChildInstance waiting',
        '4 Cbn.DeleteCen pending',
        '5 Vpc.RevokeInstanceFromCen pending',
      ]);
      expect(nextAction(plan)).toMatchObject({ kind: 'wait', waitFor: { until: 'gone' } });
    });

    it('the CEN is gone and only B’s grant is left', () => {
      const plan = planTeardown({
        ...start,
        cen: undefined,
        limits: [],
        bandwidthPackages: [],
        attachments: [],
      });
      expect(keys(plan)).toEqual(['5 Vpc.RevokeInstanceFromCen pending']);
      expect(plan.calls[0]?.dependsOn).toEqual([]);
    });

    it('the CEN is being deleted: wait for it, then revoke', () => {
      const plan = planTeardown({
        ...start,
        cen: { id: DEMO.cenId, status: 'Deleting' },
        limits: [],
        bandwidthPackages: [],
        attachments: [],
      });
      expect(keys(plan)).toEqual(['4 Cbn.DeleteCen waiting', '5 Vpc.RevokeInstanceFromCen pending']);
    });

    it('a limit already set to 0 but still listed is only waited for', () => {
      const plan = planTeardown({
        ...start,
        limits: [{ ...start.limits[0]!, bandwidthLimit: 0, status: 'Modifying' }],
      });
      expect(plan.calls[0]?.status).toBe('waiting');
    });

    it('everything gone: nothing left to call, the package warning stays', () => {
      const plan = planTeardown({ ...start, cen: undefined, limits: [], attachments: [], grants: [] });
      expect(plan.calls).toEqual([]);
      expect(nextAction(plan)).toEqual({ kind: 'complete' });
      expect(plan.warnings.map((w) => w.code)).toEqual(['prepaid-package-not-deletable']);
    });
  });

  it('refuses to detach a network that is still attaching', () => {
    const start = demoTeardownStart();
    const plan = planTeardown({
      ...start,
      attachments: start.attachments.map((a) => ({ ...a, status: 'Attaching' })),
    });
    expect(plan.calls.find((c) => c.action === 'DetachCenChildInstance')).toMatchObject({
      status: 'blocked',
      reason: expect.stringMatching(/once it is Attached/),
    });
  });

  it('a pay-as-you-go package is left behind with a note, not the prepaid warning', () => {
    const start = demoTeardownStart();
    const plan = planTeardown({
      ...start,
      bandwidthPackages: start.bandwidthPackages.map((p) => ({ ...p, chargeType: 'POSTPAY' as const })),
    });
    expect(plan.warnings.map((w) => w.code)).toEqual(['package-left-behind']);
  });
});
