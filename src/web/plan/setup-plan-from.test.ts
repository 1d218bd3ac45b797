// The preview's plan from the console's sources (setupPlanFrom): what the steps' drafts add before a write, and
// what the exports get for the package — the period step 4 bought it for, or "unknown" for an adopted one
// (DescribeCenBandwidthPackages does not list the period, docs/reference/cen-api.md §2 step 4).
import { renderTerraform } from '../../domain/export/terraform';
import type { PlannedCall } from '../../domain/plan/plan-types';
import { CEN, PKG, UID_A, UID_B, VPC_A, VPC_B } from '../test-support/fake-cen-world';
import { setupPlanFrom } from './use-setup-plan';

type Sources = Parameters<typeof setupPlanFrom>[0];

/** The cloud after step 5, as the console's queries read it. */
function afterStep5(): Sources {
  return {
    uidA: UID_A,
    uidB: UID_B,
    cenId: CEN,
    cen: { CenId: CEN, Name: 'DifferentAccountDifferentRegion', Status: 'Active' },
    network: { type: 'VPC', regionId: 'cn-beijing', instanceId: VPC_B },
    bandwidthPackageId: PKG,
    grants: [],
    attachments: [
      { ChildInstanceId: VPC_A, ChildInstanceRegionId: 'cn-qingdao', Owner: UID_A },
      { ChildInstanceId: VPC_B, ChildInstanceRegionId: 'cn-beijing', Owner: UID_B },
    ].map((c) => ({
      CenId: CEN,
      ChildInstanceId: c.ChildInstanceId,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: c.ChildInstanceRegionId,
      ChildInstanceOwnerId: c.Owner,
      Status: 'Attached',
    })),
    packages: [
      {
        CenBandwidthPackageId: PKG,
        Name: 'MainlandBandwidthPackage',
        Status: 'InUse',
        Bandwidth: 8,
        GeographicRegionAId: 'china',
        GeographicRegionBId: 'china',
        BandwidthPackageChargeType: 'PREPAY',
        ExpiredTime: '2026-12-26T16:00Z',
        CenIds: { CenId: [CEN] },
      },
    ],
    limits: [
      {
        CenId: CEN,
        LocalRegionId: 'cn-qingdao',
        OppositeRegionId: 'cn-beijing',
        BandwidthLimit: 5,
        Status: 'Active',
      },
    ],
    clientTokens: {},
  };
}

const call = (calls: PlannedCall[], id: string) => {
  const found = calls.find((c) => c.id === id);
  expect(found, id).toBeDefined();
  return found!;
};

describe('setupPlanFrom: the package term the exports get', () => {
  it('the period step 4 bought the package for, saved with its ID', () => {
    const plan = setupPlanFrom(
      { ...afterStep5(), packageTerm: { id: PKG, pricingCycle: 'Year', period: 1 } },
      {},
    );
    expect(call(plan.calls, 'create-package').params).toMatchObject({ PricingCycle: 'Year', Period: 1 });
    expect(renderTerraform(plan)).toMatch(/period {21}= 12/);
    expect(plan.warnings.map((w) => w.code)).not.toContain('package-period-unknown');
  });

  it('an adopted package (no saved term, or another package’s): unknown and said so, never one month', () => {
    for (const packageTerm of [
      undefined,
      { id: 'cenbwp-other', pricingCycle: 'Month' as const, period: 1 },
    ]) {
      const plan = setupPlanFrom({ ...afterStep5(), packageTerm }, {});
      const params = call(plan.calls, 'create-package').params;
      expect(params).not.toHaveProperty('Period');
      expect(params).not.toHaveProperty('PricingCycle');
      expect(plan.warnings.find((w) => w.code === 'package-period-unknown')?.message).toContain(
        '2026-12-26T16:00Z',
      );
      expect(renderTerraform(plan)).toContain(`# period: UNKNOWN — ${PKG}`);
    }
  });
});

describe('setupPlanFrom: the steps’ drafts', () => {
  it('a connection typed for a new pair is added after the existing ones', () => {
    const plan = setupPlanFrom(
      { ...afterStep5(), packages: [{ ...afterStep5().packages![0]!, Bandwidth: 10 }] },
      { limit: { localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-hangzhou', bandwidthLimit: 3 } },
    );
    const limits = plan.calls.filter((c) => c.action === 'SetCenInterRegionBandwidthLimit');
    expect(limits.map((c) => [c.params.OppositeRegionId, c.params.BandwidthLimit])).toEqual([
      ['cn-beijing', 5],
      ['cn-hangzhou', 3],
    ]);
  });

  it('a typed value the form refuses: the blocked call gives the field’s rule', () => {
    const plan = setupPlanFrom(
      { uidA: UID_A, uidB: UID_B, clientTokens: {} },
      { problems: { cen: 'Name rule.', bandwidthPackage: 'Bandwidth rule.' } },
    );
    expect(call(plan.calls, 'create-cen')).toMatchObject({ status: 'blocked', reason: 'Step 1: Name rule.' });
    expect(call(plan.calls, 'create-package')).toMatchObject({
      status: 'blocked',
      reason: 'Step 4: Bandwidth rule.',
      params: {},
    });
  });
});
