// Teardown in the order the cloud requires (docs/reference/peer-failures.md §1.3, from terraform-provider-alicloud's retry codes):
//   1  region connections to 0          (else unassociate fails: InvalidOperation.CenBandwidthLimitsNotZero)
//   2  unassociate the bandwidth package
//   3  detach the networks, wait until gone (else DeleteCen fails: InvalidOperation.CenInstanceStatus)
//   4  delete the CEN, wait until gone
//   5  B revokes its grant               (refused while still attached: TF retries IncorrectStatus)
// The input is what the cloud shows now, so a half-finished teardown yields only what remains (resumable).
// A prepaid (subscription) package cannot be deleted by API — Terraform "cannot destroy it" either
// (website/docs/r/cen_bandwidth_package.html.markdown) — so the plan warns instead of calling anything.
import { z } from 'zod';
import { buildCall, ref } from './call-builder';
import type { Plan, PlannedCall, PlanWarning, StepNumber } from './plan-types';
import { TOKEN_PURPOSE } from './client-token-purposes';
import { cenWait, childWait, grantGoneWait, limitWait, packageWait } from './waits';
import { accountNameSchema } from '../accounts';

const uid = z.string().regex(/^\d{1,20}$/);

export const teardownInputSchema = z.object({
  accounts: z.object({ A: z.object({ uid: uid.optional() }), B: z.object({ uid: uid.optional() }) }),
  /** The CEN as DescribeCens lists it; leave out once it is gone. */
  cen: z.object({ id: z.string().min(1), status: z.string().optional() }).optional(),
  /** Region connections DescribeCenInterRegionBandwidthLimits still lists. */
  limits: z.array(
    z.object({
      localRegionId: z.string(),
      oppositeRegionId: z.string(),
      bandwidthLimit: z.number(),
      status: z.string(),
    }),
  ),
  /** Packages associated with the CEN, and any package the run bought (Idle ones too, for the warning). */
  bandwidthPackages: z.array(
    z.object({
      id: z.string().min(1),
      status: z.string(),
      /** True while CenIds lists this CEN. */
      associated: z.boolean(),
      chargeType: z.enum(['PREPAY', 'POSTPAY']).optional(),
      expiredTime: z.string().optional(),
    }),
  ),
  /** Child instances DescribeCenAttachedChildInstances still lists (any status). */
  attachments: z.array(
    z.object({
      instanceId: z.string().min(1),
      type: z.enum(['VPC', 'VBR', 'CCN']),
      regionId: z.string().min(1),
      owner: accountNameSchema,
      status: z.string(),
    }),
  ),
  /** B's grants to this CEN that Vpc.DescribeGrantRulesToCen still lists. */
  grants: z.array(
    z.object({
      cenId: z.string().min(1),
      instanceId: z.string().min(1),
      type: z.enum(['VPC', 'VBR']),
      regionId: z.string().min(1),
    }),
  ),
  clientTokens: z.record(z.string(), z.string()),
});
export type TeardownInput = z.infer<typeof teardownInputSchema>;

export function planTeardown(input: TeardownInput): Plan {
  const calls: PlannedCall[] = [];
  const cenIdValue = input.cen?.id;
  const cenId = ref('cenId', cenIdValue);
  const cenGone = !input.cen;
  const cenDeleting = input.cen?.status === 'Deleting';

  // ── 1: every region connection to 0 ("0 deletes the connection", docs/reference/cen-api.md §2 step 5) ──
  const limitIds: string[] = [];
  if (!cenGone && !cenDeleting)
    for (const l of input.limits) {
      const id = `limit-zero:${[l.localRegionId, l.oppositeRegionId].sort().join(':')}`;
      limitIds.push(id);
      calls.push(
        buildCall({
          id,
          step: 1,
          product: 'Cbn',
          action: 'SetCenInterRegionBandwidthLimit',
          account: 'A',
          params: {
            CenId: cenId,
            LocalRegionId: l.localRegionId,
            OppositeRegionId: l.oppositeRegionId,
            BandwidthLimit: 0,
            BandwidthType: 'BandwidthPackage',
          },
          waitFor: limitWait(cenId, l.localRegionId, l.oppositeRegionId, 'gone'),
          // Already set to 0 and still being removed: only wait.
          status: l.bandwidthLimit === 0 ? 'waiting' : 'pending',
          summary: `Account A sets the ${l.localRegionId}↔${l.oppositeRegionId} connection to 0 Mbps (was ${l.bandwidthLimit})`,
        }),
      );
    }

  // ── 2: unassociate ──
  const unassociateIds: string[] = [];
  if (!cenGone && !cenDeleting)
    for (const p of input.bandwidthPackages.filter((x) => x.associated)) {
      const id = `unassociate:${p.id}`;
      unassociateIds.push(id);
      calls.push(unassociatePackageCall(cenIdValue, p.id, limitIds));
    }

  // ── 3: detach ──
  const detachIds: string[] = [];
  if (!cenGone && !cenDeleting)
    for (const a of input.attachments) {
      const id = `detach:${a.instanceId}`;
      detachIds.push(id);
      const crossAccount = a.owner === 'B';
      calls.push(
        buildCall({
          id,
          step: 3,
          product: 'Cbn',
          action: 'DetachCenChildInstance',
          account: 'A',
          params: {
            CenId: cenId,
            ChildInstanceId: a.instanceId,
            ChildInstanceType: a.type,
            ChildInstanceRegionId: a.regionId,
            ChildInstanceOwnerId: crossAccount ? input.accounts.B.uid : undefined,
          },
          dependsOn: [...limitIds, ...unassociateIds],
          waitFor: childWait(cenId, a, 'gone'),
          // Detaching: the call went through already; Attaching: wait until Attached before detaching.
          ...(a.status === 'Detaching'
            ? { status: 'waiting' as const }
            : a.status === 'Attached'
              ? { status: 'pending' as const }
              : {
                  status: 'blocked' as const,
                  reason: `${a.instanceId} is ${a.status}; detach it once it is Attached.`,
                }),
          summary: `Account A detaches ${crossAccount ? "Account B's" : 'its'} ${a.type} ${a.instanceId} (${a.regionId})`,
        }),
      );
    }

  // ── 4: delete the CEN (it must have no package and no child left, TF: https://github.com/aliyun/terraform-provider-alicloud/pull/4752) ──
  if (input.cen)
    calls.push(deleteCenCall(input.cen.id, cenDeleting, [...limitIds, ...unassociateIds, ...detachIds], 4));

  // ── 5: B revokes, after its network is detached (the issue's order: after the CEN is deleted) ──
  for (const g of input.grants) {
    const detach = detachIds.find((id) => id === `detach:${g.instanceId}`);
    calls.push(
      buildCall({
        id: `revoke:${g.instanceId}`,
        step: 5,
        product: 'Vpc',
        action: 'RevokeInstanceFromCen',
        account: 'B',
        params: {
          RegionId: g.regionId,
          InstanceId: g.instanceId,
          InstanceType: g.type,
          CenId: g.cenId,
          CenOwnerId: input.accounts.A.uid,
        },
        tokenPurpose: TOKEN_PURPOSE.revoke(g.cenId, g.instanceId),
        clientTokens: input.clientTokens,
        dependsOn: [...(detach ? [detach] : []), ...(input.cen ? ['delete-cen'] : [])],
        waitFor: grantGoneWait(g.cenId, g),
        ...(input.accounts.A.uid
          ? { status: 'pending' as const }
          : { status: 'blocked' as const, reason: "Account A's UID is unknown." }),
        summary: `Account B revokes the grant of its ${g.type} ${g.instanceId} (${g.regionId}) to ${g.cenId}`,
      }),
    );
  }

  return {
    kind: 'teardown',
    calls,
    warnings: packageWarnings(input),
    known: cenIdValue ? { cenId: cenIdValue } : {},
    accounts: { A: { ...input.accounts.A }, B: { ...input.accounts.B } },
  };
}

export function packageWarnings(input: Pick<TeardownInput, 'bandwidthPackages'>): PlanWarning[] {
  return input.bandwidthPackages.map((p) =>
    p.chargeType === 'POSTPAY'
      ? {
          code: 'package-left-behind' as const,
          resourceId: p.id,
          message: `Bandwidth package ${p.id} stays after the teardown: CEN Connect does not call DeleteCenBandwidthPackage. Delete it in the CEN console if you no longer need it.`,
        }
      : {
          code: 'prepaid-package-not-deletable' as const,
          resourceId: p.id,
          message: `Bandwidth package ${p.id} is prepaid (subscription): it cannot be deleted by API and keeps being billed until it expires${p.expiredTime ? ` (${p.expiredTime})` : ''}. Turn off auto-renewal in the CEN console; Terraform cannot destroy it either.`,
        },
  );
}

/** Unassociate a package from the CEN, wait until Idle (TF: at most 5 min); the package's own ID, not an output. */
export function unassociatePackageCall(
  cenId: string | undefined,
  packageId: string,
  dependsOn: readonly string[],
  step: StepNumber = 2,
): PlannedCall {
  return buildCall({
    id: `unassociate:${packageId}`,
    step,
    product: 'Cbn',
    action: 'UnassociateCenBandwidthPackage',
    account: 'A',
    params: { CenId: ref('cenId', cenId), CenBandwidthPackageId: packageId },
    dependsOn,
    waitFor: packageWait(packageId, ['Idle'], 5 * 60_000),
    status: 'pending',
    summary: `Account A unassociates bandwidth package ${packageId} from ${cenId}`,
  });
}

/** Delete the CEN once nothing is left in it (TF: https://github.com/aliyun/terraform-provider-alicloud/pull/4752). */
export function deleteCenCall(
  cenId: string,
  deleting: boolean,
  dependsOn: readonly string[],
  step: StepNumber,
): PlannedCall {
  const cen = ref('cenId', cenId);
  return buildCall({
    id: 'delete-cen',
    step,
    product: 'Cbn',
    action: 'DeleteCen',
    account: 'A',
    params: { CenId: cen },
    dependsOn,
    waitFor: cenWait(cen, 'gone'),
    status: deleting ? 'waiting' : 'pending',
    summary: `Account A deletes the CEN instance ${cenId}`,
  });
}
