// The whole Enterprise-Edition journey through the console, once in English and once in Chinese, from the mock's
// "enterprise-edition" world (Basic Edition refused to both accounts, neither transit-router service on) in a fresh
// browser, with no ID typed by hand: step 1 turns both services on once confirmed and makes the CEN and its two
// routers, step 2 grants B's VPC, step 3 attaches and links both VPCs, step 4 pays by data transfer, step 5 connects
// the routers and routes each VPC to the other (docs/reference/enterprise-edition.md §2), step 6 pings both ways
// through Cloud Assistant. Then the cloud holds exactly that, and the writes the BFF sent the mock are the domain's
// plan for this world, each once, and the two pings (the plan has no step-6 call).
import { expectNoSeriousA11yViolations } from './axe';
import { EE_EN, EE_PEER_MBPS, EE_ZH, walkEnterprise, type EnterpriseWords } from './enterprise-walk';
import { test, expect } from './fixtures';
import { UID_A, UID_B } from './seeded-progress';
import { expectStepDone, type AuditEntry } from './walk';
import { WALK_MS_ANNOTATION, WALK_STEP } from '../test-support/ui-walk-step';
import {
  ENTERPRISE_WALK_CHOICES,
  enterpriseWalkPlan,
  type EnterpriseWorldState,
} from '../test-support/enterprise-walk-plan';

interface TransitState {
  cens: { id: string; ownerUid: string; status: string }[];
  invocations: { commandContent: string }[];
  transit: {
    serviceOpen: string[];
    routers: { cenId: string; regionId: string; status: string }[];
    grants: { cenId: string; cenOwnerUid: string; instanceId: string; orderType: string }[];
    vpcAttachments: { vpcId: string; vpcOwnerUid: string; status: string }[];
    peerAttachments: { bandwidth: number; bandwidthType: string; status: string }[];
    associations: { status: string }[];
    propagations: { status: string }[];
    vpcRoutes: { destination: string; ownerUid: string; status: string }[];
  };
}

/** The write actions of the plan, or of the audit, as sorted "Action" lines (one per call). */
const READ = /^(Check|List|Describe)/;
const sorted = (actions: string[]) => [...actions].sort();

for (const [language, words] of [
  ['English', EE_EN],
  ['Chinese', EE_ZH],
] as const satisfies readonly (readonly [string, EnterpriseWords])[]) {
  test(`walks the whole Enterprise Edition journey in ${language}`, async ({ page, cloud }) => {
    test.setTimeout(240_000);
    await cloud.reset('enterprise-edition');
    const world = (await cloud.state()) as unknown as EnterpriseWorldState;
    const since = new Date().toISOString();

    const started = performance.now();
    // One step, so the bench can count the walk's own browser actions for its floor (bench/walk-floor/).
    await test.step(WALK_STEP, () => walkEnterprise(page, words));
    test.info().annotations.push({
      type: WALK_MS_ANNOTATION,
      description: String(Math.round(performance.now() - started)),
    });
    for (const n of [1, 2, 3, 4, 5, 6]) await expectStepDone(page, n, words.base);
    await expectNoSeriousA11yViolations(page, `the end of the Enterprise walk (${language})`);

    const state = (await cloud.state()) as unknown as TransitState;
    const cen = state.cens.find((c) => c.ownerUid === UID_A);
    const vpc = (name: string) => world.vpcs.find((v) => v.name === name);
    const [vpcA, vpcB] = [vpc('A-Qingdao-VPC'), vpc('B-Beijing-VPC')];
    expect(cen?.status).toBe('Active');
    const t = state.transit;
    expect(sorted(t.serviceOpen)).toEqual(sorted([UID_A, UID_B]));
    expect(t.routers.map((r) => [r.cenId, r.regionId, r.status]).sort()).toEqual([
      [cen?.id, 'cn-beijing', 'Active'],
      [cen?.id, 'cn-qingdao', 'Active'],
    ]);
    expect(t.grants.map((g) => [g.cenId, g.cenOwnerUid, g.instanceId, g.orderType])).toEqual([
      [cen?.id, UID_A, vpcB?.id, 'PayByCenOwner'],
    ]);
    expect(t.vpcAttachments.map((a) => [a.vpcId, a.vpcOwnerUid, a.status]).sort()).toEqual(
      [
        [vpcA?.id, UID_A, 'Attached'],
        [vpcB?.id, UID_B, 'Attached'],
      ].sort(),
    );
    expect(t.peerAttachments.map((p) => [p.bandwidthType, p.bandwidth, p.status])).toEqual([
      ['DataTransfer', EE_PEER_MBPS, 'Attached'],
    ]);
    // Both VPC attachments and the peer attachment, each on its router's System table (the peer on both).
    expect(t.associations.map((l) => l.status)).toEqual(Array(4).fill('Active'));
    expect(t.propagations.map((l) => l.status)).toEqual(Array(4).fill('Active'));
    expect(t.vpcRoutes.map((r) => [r.ownerUid, r.destination, r.status]).sort()).toEqual([
      [UID_A, vpcB?.cidr, 'Available'],
      [UID_B, vpcA?.cidr, 'Available'],
    ]);

    expect(state.invocations).toHaveLength(2);

    // The writes the BFF sent the mock in this sandbox (its audit, attempts included) are the plan's, each once,
    // and the ping's RunCommand on each side.
    const plan = enterpriseWalkPlan(world, ENTERPRISE_WALK_CHOICES);
    const response = await page.request.get('/api/audit');
    expect(response.ok()).toBe(true);
    const entries = (
      (await response.json()) as { entries: (AuditEntry & { write: boolean })[] }
    ).entries.filter((e) => e.time >= since);
    const writes = entries.filter((e) => e.write);
    expect(writes.filter((e) => e.outcome !== 'ok' || (e.attempts ?? 1) !== 1)).toEqual([]);
    expect(sorted(writes.map((e) => e.action.replace(/^\w+\./, '')))).toEqual(
      sorted([...plan.calls.map((c) => c.action).filter((a) => !READ.test(a)), 'RunCommand', 'RunCommand']),
    );
  });
}
