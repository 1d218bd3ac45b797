// What the cloud shows of one side of step 3 on Enterprise Edition (docs/reference/enterprise-edition.md §2 steps
// 5–6): the router of the VPC's region, the VPC's attachment to it, the router's System route table, and the
// attachment's association with and propagation to that table. Every value is read from the List* calls (polled
// while changing), so a reload resumes where the cloud is.
import { useQuery } from '@tanstack/react-query';
import type { Side, VpcSide } from '../../../domain/plan/enterprise-setup-input';
import { transitQueries } from '../../api/transit-routers';
import type { NetworkRef } from '../../state/progress-store';

export interface AttachSide {
  side: Side;
  network: NetworkRef | undefined;
  router: { id: string; status: string } | undefined;
  attachment: { id: string; status: string } | undefined;
  tableId: string | undefined;
  association: string | undefined;
  propagation: string | undefined;
  /** The table's associations and propagations have been read: until then a missing link may only be unread. */
  linksRead: boolean;
  /** Attached, associated and propagating. */
  done: boolean;
  /** The first read that failed, for its ErrorPanel with a retry. */
  readError: { error: unknown; retry: () => void } | undefined;
}

export function useAttachSide(cenId: string | undefined, side: Side, network: NetworkRef | undefined) {
  const routers = useQuery({ ...transitQueries.routers(cenId ?? ''), enabled: Boolean(cenId) });
  const attachments = useQuery({ ...transitQueries.vpcAttachments(cenId ?? ''), enabled: Boolean(cenId) });
  const r = routers.data?.find((x) => x.RegionId === network?.regionId);
  const a = attachments.data?.find((x) => x.VpcId === network?.instanceId);
  const routerActive = r?.Status === 'Active';
  const table = useQuery({
    ...transitQueries.systemTable(r?.TransitRouterId ?? ''),
    enabled: Boolean(r) && routerActive,
  });
  const tableId = table.data ?? undefined;
  const links = useQuery({ ...transitQueries.tableLinks(tableId ?? ''), enabled: Boolean(tableId) });
  const linkOf = (list: readonly { TransitRouterAttachmentId: string; Status: string }[] | undefined) =>
    a ? list?.find((l) => l.TransitRouterAttachmentId === a.TransitRouterAttachmentId)?.Status : undefined;
  const association = linkOf(links.data?.associations);
  const propagation = linkOf(links.data?.propagations);
  const failed = [routers, attachments, table, links].find((q) => q.isError);
  const state: AttachSide = {
    side,
    network,
    router: r ? { id: r.TransitRouterId, status: r.Status } : undefined,
    attachment: a ? { id: a.TransitRouterAttachmentId, status: a.Status } : undefined,
    tableId,
    association,
    propagation,
    linksRead: links.isSuccess,
    done: a?.Status === 'Attached' && association === 'Active' && propagation === 'Active',
    readError: failed ? { error: failed.error, retry: () => void failed.refetch() } : undefined,
  };
  return state;
}

/** The side as the plan's builders take it (enterprise-setup-calls.ts attachVpcCall, tableLinkCall). */
export function vpcSideOf(s: AttachSide, zones: VpcSide['zones']): VpcSide | undefined {
  if (!s.network) return undefined;
  return {
    vpcId: s.network.instanceId,
    regionId: s.network.regionId,
    zones,
    router: {
      ...(s.router ? { id: s.router.id, status: s.router.status } : {}),
      ...(s.tableId ? { routeTableId: s.tableId } : {}),
    },
    attachment: {
      ...(s.attachment ? { id: s.attachment.id, status: s.attachment.status } : {}),
      ...(s.association ? { association: s.association } : {}),
      ...(s.propagation ? { propagation: s.propagation } : {}),
    },
  };
}
