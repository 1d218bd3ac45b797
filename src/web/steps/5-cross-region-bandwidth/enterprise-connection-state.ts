// What step 5 on Enterprise Edition sees of the cloud, read live (api/transit-routers.ts), for the two sides of the
// journey — side A is A's VPC in its region, side B is B's VPC in its own (step 1 chose both) — and the plan's
// input built from it, so the step's clicks send the plan's own calls (createPeerCall, tableLinkCall, routeCall in
// src/domain/plan/enterprise-setup-calls.ts, decision 0006). docs/reference/enterprise-edition.md §2 steps 8–10.
import { useQuery } from '@tanstack/react-query';
import type { AccountName } from '../../../domain/accounts';
import type { EnterpriseSetupInput, Side, VpcSide } from '../../../domain/plan/enterprise-setup-input';
import { networkQueries } from '../../api/networks';
import { transitQueries } from '../../api/transit-routers';
import { useProgress } from '../../state/progress-store';

const SIDES: readonly Side[] = ['A', 'B'];
const bySide = <T>(make: (side: Side) => T): Record<Side, T> => ({ A: make('A'), B: make('B') });

/** One side's VPC as step 1 saved it: A's own network, B's network. */
function useSideVpc(side: Side) {
  return useProgress((p) => (side === 'A' ? p.ownNetwork : p.network));
}

function useSide(cenId: string, side: Side) {
  const account: AccountName = side;
  const vpc = useSideVpc(side);
  const regionId = vpc?.regionId ?? '';
  const vpcId = vpc?.instanceId ?? '';
  const routers = useQuery(transitQueries.routers(cenId));
  const router = routers.data?.find((r) => r.RegionId === regionId);
  const table = useQuery({
    ...transitQueries.systemTable(router?.TransitRouterId ?? ''),
    enabled: router?.Status === 'Active',
  });
  const attachments = useQuery(transitQueries.vpcAttachments(cenId));
  const attachment = attachments.data?.find((a) => a.VpcId === vpcId);
  const links = useQuery({ ...transitQueries.tableLinks(table.data ?? ''), enabled: Boolean(table.data) });
  // Each account lists its own VPCs: the CIDR block is the destination of the other side's route (§2 step 10 b).
  const vpcs = useQuery({ ...networkQueries.list(account, regionId, 'VPC'), enabled: Boolean(regionId) });
  const cidr = vpcs.data?.find((v) => v.id === vpcId)?.cidr;
  const routes = useQuery({
    ...transitQueries.vpcRoutes(account, regionId, vpcId),
    enabled: Boolean(vpcId && regionId),
  });
  return {
    side,
    vpcId,
    regionId,
    router,
    tableId: table.data ?? undefined,
    attachment,
    links: links.data,
    cidr,
    routeTableId: routes.data?.tableId ?? undefined,
    routeEntries: routes.data?.entries ?? [],
    errors: [routers, table, attachments, links, vpcs, routes].filter((q) => q.isError).map((q) => q.error),
    refetch: () => Promise.all([routers, attachments, links, vpcs, routes].map((q) => q.refetch())),
  };
}
export type SideState = ReturnType<typeof useSide>;

/** The status of `attachmentId`'s association and propagation on one side's System table, as listed. */
export function linkStatus(side: SideState, link: 'association' | 'propagation', attachmentId?: string) {
  if (!attachmentId) return undefined;
  const list = link === 'association' ? side.links?.associations : side.links?.propagations;
  return list?.find((l) => l.TransitRouterAttachmentId === attachmentId)?.Status;
}

/** The route of `side`'s VPC toward the other side's CIDR, if listed. */
export function routeToOther(side: SideState, destination: string | undefined) {
  if (!destination) return undefined;
  return side.routeEntries.find((e) => e.DestinationCidrBlock === destination);
}

export function useEnterpriseConnection(cenId: string) {
  const sides = { A: useSide(cenId, 'A'), B: useSide(cenId, 'B') };
  const clientTokens = useProgress((p) => p.clientTokens);
  const peers = useQuery(transitQueries.peerAttachments(cenId));
  const [a, b] = [sides.A.router?.TransitRouterId, sides.B.router?.TransitRouterId];
  // The one connection between the two routers, made from either end (§2 step 8).
  const peer = peers.data?.find(
    (p) =>
      (p.TransitRouterId === a && p.PeerTransitRouterId === b) ||
      (p.TransitRouterId === b && p.PeerTransitRouterId === a),
  );
  const vpcSide = (s: SideState): VpcSide | undefined =>
    s.vpcId && s.regionId
      ? {
          vpcId: s.vpcId,
          regionId: s.regionId,
          ...(s.cidr ? { cidrBlock: s.cidr } : {}),
          zones: [],
          ...(s.routeTableId ? { routeTableId: s.routeTableId } : {}),
          router: {
            ...(s.router ? { id: s.router.TransitRouterId, status: s.router.Status } : {}),
            ...(s.tableId ? { routeTableId: s.tableId } : {}),
          },
          attachment: s.attachment
            ? {
                id: s.attachment.TransitRouterAttachmentId,
                status: s.attachment.Status,
                association: linkStatus(s, 'association', s.attachment.TransitRouterAttachmentId),
                propagation: linkStatus(s, 'propagation', s.attachment.TransitRouterAttachmentId),
              }
            : {},
        }
      : undefined;
  const peerId = peer?.TransitRouterAttachmentId;
  const input: Pick<EnterpriseSetupInput, 'vpcs' | 'peer' | 'cen' | 'clientTokens'> = {
    cen: { id: cenId },
    vpcs: bySide((s) => vpcSide(sides[s])),
    peer: {
      ...(peer ? { id: peer.TransitRouterAttachmentId, status: peer.Status } : {}),
      association: bySide((s) => linkStatus(sides[s], 'association', peerId)),
      propagation: bySide((s) => linkStatus(sides[s], 'propagation', peerId)),
    },
    clientTokens,
  };
  return {
    sides,
    peer,
    peers,
    input,
    errors: [...SIDES.flatMap((s) => sides[s].errors), ...(peers.isError ? [peers.error] : [])],
  };
}
export type EnterpriseConnection = ReturnType<typeof useEnterpriseConnection>;
