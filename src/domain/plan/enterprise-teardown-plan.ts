// Teardown of the Enterprise-Edition journey in the order the cloud requires (docs/reference/enterprise-edition.md
// §2 "Teardown"; the mock refuses any other, mocks/FIDELITY.md §8):
//   1  the VPC routes that point at an attachment     (else the attachment's delete: DependencyViolation)
//   2  dissociate and disable propagation             (else the delete: DependencyViolation.TransitRouterAttachment)
//   3  delete the peer and VPC attachments, wait until gone
//   4  delete the routers (none may keep an attachment: InvalidOperation.AttachedChildInstanceExist); B revokes
//      its grant once its VPC is detached (refused while attached)
//   5  unassociate the bandwidth plan, if the connection used one
//   6  delete the CEN (refused while it has routers: DependencyViolation.TransitRouter)
// The input is what the cloud shows now, so a half-finished teardown yields only what remains (resumable).
import { z } from 'zod';
import { accountNameSchema } from '../accounts';
import { buildCall, ref } from './call-builder';
import { attachmentWait, routeEntryWait, routerWait, tableLinkWait } from './enterprise-waits';
import type { Plan, PlannedCall } from './plan-types';
import { accountUidSchema } from './setup-input';
import { deleteCenCall, packageWarnings, teardownInputSchema, unassociatePackageCall } from './teardown-plan';

const id = z.string().min(1);

export const enterpriseTeardownInputSchema = z.object({
  accounts: z.object({
    A: z.object({ uid: accountUidSchema.optional() }),
    B: z.object({ uid: accountUidSchema.optional() }),
  }),
  /** The CEN as DescribeCens lists it; leave out once it is gone. */
  cen: z.object({ id, status: z.string().optional() }).optional(),
  /** VPC routes whose next hop is one of the CEN's attachments (DescribeRouteEntryList, by each VPC's owner). */
  routes: z.array(
    z.object({
      owner: accountNameSchema,
      regionId: id,
      routeTableId: id,
      destination: id,
      routeEntryId: id.optional(),
      status: z.string(),
    }),
  ),
  /** Associations and propagations ListTransitRouterRouteTable{Associations,Propagations} still list. */
  links: z.array(
    z.object({
      kind: z.enum(['association', 'propagation']),
      attachmentId: id,
      routeTableId: id,
      status: z.string(),
    }),
  ),
  /** VPC and peer attachments still listed (any status); `routerIds`: the router(s) each is on. */
  attachments: z.array(
    z.object({
      kind: z.enum(['vpc', 'peer']),
      id,
      routerIds: z.array(id).min(1),
      status: z.string(),
      /** For a VPC attachment: the VPC and its owner (B's VPC is B's grant's instance). */
      vpcId: id.optional(),
    }),
  ),
  /** The CEN's Enterprise routers ListTransitRouters still lists; Basic ones go with their attachments. */
  routers: z.array(z.object({ id, regionId: id, status: z.string() })),
  /** B's grants to this CEN that DescribeGrantRulesToResource still lists. */
  grants: z.array(z.object({ cenId: id, vpcId: id, regionId: id })),
  bandwidthPackages: teardownInputSchema.shape.bandwidthPackages,
  clientTokens: z.record(z.string(), z.string()),
});
export type EnterpriseTeardownInput = z.infer<typeof enterpriseTeardownInputSchema>;

/** Already on its way out: only wait. Still settling: blocked until it has. Settled: call. */
function leaving(status: string, settled: string, going: string, what: string) {
  if (status === going) return { status: 'waiting' as const };
  if (status === settled) return { status: 'pending' as const };
  return { status: 'blocked' as const, reason: `${what} is ${status}; remove it once it is ${settled}.` };
}

export function planEnterpriseTeardown(input: EnterpriseTeardownInput): Plan {
  const calls: PlannedCall[] = [];
  const cenId = input.cen?.id;
  const tokens = input.clientTokens;
  const token = (purpose: string) => ({ tokenPurpose: purpose, clientTokens: tokens });

  // ── 1: routes toward the attachments, by each VPC's owner ──
  const routeIds = input.routes.map((r) => {
    const callId = `delete-route:${r.routeTableId}:${r.destination}`;
    calls.push(
      buildCall({
        id: callId,
        step: 1,
        product: 'Vpc',
        action: 'DeleteRouteEntry',
        account: r.owner,
        params: r.routeEntryId
          ? { RegionId: r.regionId, RouteEntryId: r.routeEntryId }
          : { RegionId: r.regionId, RouteTableId: r.routeTableId, DestinationCidrBlock: r.destination },
        waitFor: routeEntryWait(r.owner, r, 'gone'),
        ...leaving(r.status, 'Available', 'Deleting', `The route to ${r.destination}`),
        summary: `Account ${r.owner} deletes the route to ${r.destination} in ${r.routeTableId}`,
      }),
    );
    return callId;
  });

  // ── 2: dissociate and disable propagation ──
  const linkIds = new Map<string, string[]>();
  for (const l of input.links) {
    const association = l.kind === 'association';
    const callId = `${association ? 'dissociate' : 'disable'}:${l.attachmentId}:${l.routeTableId}`;
    linkIds.set(l.attachmentId, [...(linkIds.get(l.attachmentId) ?? []), callId]);
    calls.push(
      buildCall({
        id: callId,
        step: 2,
        product: 'Cbn',
        action: association
          ? 'DissociateTransitRouterAttachmentFromRouteTable'
          : 'DisableTransitRouterRouteTablePropagation',
        account: 'A',
        params: { TransitRouterAttachmentId: l.attachmentId, TransitRouterRouteTableId: l.routeTableId },
        ...token(
          `teardown.${association ? 'Dissociate' : 'DisablePropagation'}:${l.attachmentId}:${l.routeTableId}`,
        ),
        dependsOn: routeIds,
        waitFor: tableLinkWait(l.kind, l.routeTableId, l.attachmentId, 'gone'),
        ...leaving(l.status, 'Active', association ? 'Dissociating' : 'Disabling', `The ${l.kind}`),
        summary: association
          ? `Account A dissociates ${l.attachmentId} from route table ${l.routeTableId}`
          : `Account A stops propagating ${l.attachmentId} to route table ${l.routeTableId}`,
      }),
    );
  }

  // ── 3: the attachments ──
  const attachmentIds = new Map<string, string[]>();
  const vpcDetach = new Map<string, string>();
  for (const a of input.attachments) {
    const callId = `delete-attachment:${a.id}`;
    for (const r of a.routerIds) attachmentIds.set(r, [...(attachmentIds.get(r) ?? []), callId]);
    if (a.vpcId) vpcDetach.set(a.vpcId, callId);
    const vpc = a.kind === 'vpc';
    calls.push(
      buildCall({
        id: callId,
        step: 3,
        product: 'Cbn',
        action: vpc ? 'DeleteTransitRouterVpcAttachment' : 'DeleteTransitRouterPeerAttachment',
        account: 'A',
        params: { TransitRouterAttachmentId: a.id },
        ...token(`teardown.Delete${vpc ? 'Vpc' : 'Peer'}Attachment:${a.id}`),
        dependsOn: [...routeIds, ...(linkIds.get(a.id) ?? [])],
        waitFor: attachmentWait(a.kind, a.routerIds[0]!, a.id, 'gone'),
        ...leaving(a.status, 'Attached', 'Detaching', `Attachment ${a.id}`),
        summary: `Account A deletes the ${vpc ? `attachment of VPC ${a.vpcId ?? ''}` : 'peer attachment'} ${a.id}`,
      }),
    );
  }

  // ── 4: the routers; B's grants once its VPC is detached ──
  const routerIds = input.routers.map((r) => {
    const callId = `delete-router:${r.id}`;
    calls.push(
      buildCall({
        id: callId,
        step: 4,
        product: 'Cbn',
        action: 'DeleteTransitRouter',
        account: 'A',
        params: { TransitRouterId: r.id },
        ...token(`teardown.DeleteTransitRouter:${r.id}`),
        dependsOn: attachmentIds.get(r.id) ?? [],
        waitFor: routerWait(ref('cenId', cenId), r.regionId, r.id, 'gone'),
        ...leaving(r.status, 'Active', 'Deleting', `Router ${r.id}`),
        summary: `Account A deletes the transit router ${r.id} (${r.regionId})`,
      }),
    );
    return callId;
  });
  for (const g of input.grants) {
    const detach = vpcDetach.get(g.vpcId);
    calls.push(
      buildCall({
        id: `revoke-from-router:${g.vpcId}`,
        step: 4,
        product: 'Cbn',
        action: 'RevokeInstanceFromTransitRouter',
        account: 'B',
        params: {
          CenId: g.cenId,
          CenOwnerId: input.accounts.A.uid,
          InstanceId: g.vpcId,
          InstanceType: 'VPC',
          RegionId: g.regionId,
        },
        dependsOn: detach ? [detach] : [],
        ...(input.accounts.A.uid
          ? { status: 'pending' as const }
          : { status: 'blocked' as const, reason: "Account A's UID is unknown." }),
        summary: `Account B revokes the grant of its VPC ${g.vpcId} (${g.regionId}) to ${g.cenId}`,
      }),
    );
  }

  // ── 5: the bandwidth plan, once no peer attachment uses it; 6: the CEN ──
  const allAttachments = [...attachmentIds.values()].flat();
  const unassociateIds: string[] = [];
  if (input.cen && input.cen.status !== 'Deleting')
    for (const p of input.bandwidthPackages.filter((x) => x.associated)) {
      const call = unassociatePackageCall(cenId, p.id, [...new Set(allAttachments)], 5);
      unassociateIds.push(call.id);
      calls.push(call);
    }
  if (input.cen)
    calls.push(
      deleteCenCall(input.cen.id, input.cen.status === 'Deleting', [...routerIds, ...unassociateIds], 6),
    );

  return {
    kind: 'teardown',
    edition: 'Enterprise',
    calls,
    warnings: packageWarnings(input),
    known: cenId ? { cenId } : {},
    accounts: { A: { ...input.accounts.A }, B: { ...input.accounts.B } },
  };
}
