// What the Enterprise-Edition picture shows (docs/reference/enterprise-edition.md §2): the CEN, each region's transit
// router with its System route table, each VPC's attachment to it (A's and B's, with the VPC's owner) and that
// attachment's association and propagation on the table, the peer attachment between the two routers with its links
// on both tables, and each VPC's route toward its attachment — every one with the status the cloud lists now. Read
// from the same sources the plan reads (state/enterprise-snapshot.ts), through the plan's own reading of them
// (plan/enterprise-setup-input-from.ts), so the picture and the plan never disagree on a status. Pure.
import type { AccountName } from '../../domain/accounts';
import { enterpriseSetupInputFrom } from '../plan/enterprise-setup-input-from';
import type { EnterpriseSources } from '../state/enterprise-snapshot';

export interface EnterpriseSide {
  account: AccountName;
  uid?: string | undefined;
  /** The VPC step 1 chose for this side; absent until chosen. */
  vpc?: { id: string; regionId: string; cidr?: string | undefined } | undefined;
  router?: { id: string; status: string; routeTableId?: string | undefined } | undefined;
  attachment?:
    | { id: string; status: string; association?: string | undefined; propagation?: string | undefined }
    | undefined;
  /** The peer attachment's links on this side's System table. */
  peerLinks: { association?: string | undefined; propagation?: string | undefined };
  /** The route in this side's VPC toward its attachment, for the other side's CIDR block. */
  route?: { destination?: string | undefined; status: string } | undefined;
}

export interface EnterpriseTopology {
  cen?: { id: string; name?: string | undefined; status: string } | undefined;
  sides: [EnterpriseSide, EnterpriseSide];
  peer?: { id: string; status: string; bandwidth?: number | undefined } | undefined;
}

export function enterpriseTopologyFrom(s: EnterpriseSources): EnterpriseTopology {
  const input = enterpriseSetupInputFrom(s);
  const other = (a: AccountName): AccountName => (a === 'A' ? 'B' : 'A');
  const side = (account: AccountName): EnterpriseSide => {
    const v = input.vpcs[account];
    const router = v?.router;
    const att = v?.attachment;
    return {
      account,
      uid: account === 'A' ? s.uidA : s.uidB,
      ...(v ? { vpc: { id: v.vpcId, regionId: v.regionId, cidr: v.cidrBlock } } : {}),
      ...(router?.id && router.status
        ? { router: { id: router.id, status: router.status, routeTableId: router.routeTableId } }
        : {}),
      ...(att?.id && att.status
        ? {
            attachment: {
              id: att.id,
              status: att.status,
              association: att.association,
              propagation: att.propagation,
            },
          }
        : {}),
      peerLinks: {
        association: input.peer.association[account],
        propagation: input.peer.propagation[account],
      },
      ...(v?.route?.status
        ? { route: { destination: input.vpcs[other(account)]?.cidrBlock, status: v.route.status } }
        : {}),
    };
  };
  const peer = s.peerAttachments?.find((p) => p.TransitRouterAttachmentId === input.peer.id);
  return {
    ...(input.cen.id
      ? { cen: { id: input.cen.id, name: input.cen.name, status: input.cen.status ?? 'Unknown' } }
      : {}),
    sides: [side('A'), side('B')],
    ...(peer
      ? { peer: { id: peer.TransitRouterAttachmentId, status: peer.Status, bandwidth: peer.Bandwidth } }
      : {}),
  };
}

/** Something still changing: the view says so and the queries behind it poll until it settles (api/transit-routers.ts). */
export function settling(t: EnterpriseTopology): boolean {
  const settled = new Set(['Active', 'Attached', 'Available']);
  const statuses = [
    t.cen?.status,
    t.peer?.status,
    ...t.sides.flatMap((s) => [
      s.router?.status,
      s.attachment?.status,
      s.attachment?.association,
      s.attachment?.propagation,
      s.peerLinks.association,
      s.peerLinks.propagation,
      s.route?.status,
    ]),
  ];
  return statuses.some((x) => x !== undefined && !settled.has(x));
}
