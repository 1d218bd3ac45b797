// What the Enterprise-Edition hops look up in the reads (enterprise-path-types.ts): the router of a region, the
// attachment of a VPC, the connection between two routers, a side's System table, and a side as the plan's VpcSide
// (src/domain/plan/enterprise-setup-input.ts), from which the fixes rebuild the plan's own calls.
import type { AccountName } from '../../accounts';
import type { VpcSide } from '../../plan/enterprise-setup-input';
import type { PathEnd } from '../path/path-types';
import type {
  EnterprisePathInput,
  RouterTable,
  TransitRouterItem,
  TrPeerAttachmentItem,
  TrVpcAttachmentItem,
} from './enterprise-path-types';

export const endOf = (input: EnterprisePathInput, side: AccountName): PathEnd =>
  side === 'A' ? input.a : input.b;

/** The CEN's router in a region: one per region per CEN (docs/reference/enterprise-edition.md §2 step 2). */
export function routerOf(input: EnterprisePathInput, regionId: string): TransitRouterItem | undefined {
  if (!input.routers.ok) return undefined;
  return input.routers.value.find((r) => r.RegionId === regionId && r.CenId === input.cenId);
}

/** The VPC's attachment to this CEN, the one still there before one on its way out. */
export function vpcAttachmentOf(input: EnterprisePathInput, vpcId: string): TrVpcAttachmentItem | undefined {
  if (!input.vpcAttachments.ok) return undefined;
  const mine = input.vpcAttachments.value.filter(
    (a) => a.VpcId === vpcId && (a.CenId === undefined || a.CenId === input.cenId),
  );
  return mine.find((a) => a.Status !== 'Detaching') ?? mine[0];
}

/** The peer attachment joining the two routers, whichever end it was created from (§2 step 8). */
export function peerOf(
  input: EnterprisePathInput,
  routerIds: readonly (string | undefined)[],
): TrPeerAttachmentItem | undefined {
  const [x, y] = routerIds;
  if (!input.peerAttachments.ok || !x || !y) return undefined;
  const joins = (p: TrPeerAttachmentItem) =>
    (p.TransitRouterId === x && p.PeerTransitRouterId === y) ||
    (p.TransitRouterId === y && p.PeerTransitRouterId === x);
  const mine = input.peerAttachments.value.filter(
    (p) => joins(p) && (p.CenId === undefined || p.CenId === input.cenId),
  );
  return mine.find((p) => p.Status !== 'Detaching' && p.Status !== 'Detached') ?? mine[0];
}

/** A side's router's System table as read, when it was. */
export function tableOf(input: EnterprisePathInput, side: AccountName): RouterTable | undefined {
  const t = input.tables[side];
  return t?.ok ? t.value : undefined;
}

/** A side as the setup plan names it, for the builders of its calls. */
export function vpcSide(input: EnterprisePathInput, side: AccountName): VpcSide {
  const end = endOf(input, side);
  const router = routerOf(input, end.regionId);
  const attachment = vpcAttachmentOf(input, end.vpcId);
  const routes = input.vpcRoutes[side];
  return {
    vpcId: end.vpcId,
    regionId: end.regionId,
    ...(end.vpcCidr.ok ? { cidrBlock: end.vpcCidr.value } : {}),
    zones: [...(input.choices.zones?.[side] ?? [])],
    ...(routes.ok && routes.value.tableId ? { routeTableId: routes.value.tableId } : {}),
    router: {
      ...(router ? { id: router.TransitRouterId, status: router.Status, type: router.Type } : {}),
      ...(tableOf(input, side)?.tableId ? { routeTableId: tableOf(input, side)!.tableId! } : {}),
    },
    attachment: attachment ? { id: attachment.TransitRouterAttachmentId, status: attachment.Status } : {},
  };
}
