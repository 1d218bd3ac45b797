// Test support for step 5 on Enterprise Edition (never imported by the app): the fake enterprise world
// (fake-enterprise-world.ts) with steps 1–3 done — both services on, the CEN and both routers Active, A's VPC and
// B's Attached, each router with its System route table — answering what step 5 reads and writes: the peer
// attachment, its links on both System tables, and the VPC routes (docs/reference/enterprise-edition.md §2 steps
// 8–10). A status that changes (Attaching, Associating, Enabling, Pending) stays so until the test calls settle():
// the test sees it before it moves on, however often the console polls.
import { http, HttpResponse } from 'msw';
import { UID_A, UID_B, VPC_A, VPC_B } from './fake-cen-world';
import {
  enterpriseHandlers,
  enterpriseProgress,
  routedEnterpriseWorld,
  routerIdIn,
  TR_CEN,
  type EnterpriseWorld,
} from './fake-enterprise-world';
import type { BffBody } from './mock-bff';

export const ROUTER_A = routerIdIn('cn-qingdao');
export const ROUTER_B = routerIdIn('cn-beijing');
export const TABLE = { [ROUTER_A]: 'vtb-trqingdao000000001', [ROUTER_B]: 'vtb-trbeijing000000001' } as const;
export const VPC_ATTACHMENT = { A: 'tr-attach-vpcqingdao0001', B: 'tr-attach-vpcbeijing0001' } as const;
export const VPC_TABLE = { A: 'vtb-vpcqingdao00000001', B: 'vtb-vpcbeijing00000001' } as const;
export const PEER = 'tr-attach-peer0000000001';
export const CIDR = { A: '172.16.0.0/16', B: '192.168.0.0/16' } as const;

interface Link {
  attachmentId: string;
  tableId: string;
  status: string;
}

export interface ConnectionWorld extends EnterpriseWorld {
  vpcAttachments: {
    id: string;
    routerId: string;
    vpcId: string;
    regionId: string;
    ownerUid: string;
    status: string;
    autoPublish: boolean;
  }[];
  peers: {
    id: string;
    routerId: string;
    peerRouterId: string;
    peerRegionId: string;
    bandwidth: number;
    bandwidthType: string;
    packageId: string;
    status: string;
  }[];
  associations: Link[];
  propagations: Link[];
  vpcRoutes: { account: string; tableId: string; destination: string; nextHopId: string; status: string }[];
  /** What DescribeCenBandwidthPackages lists for Account A. */
  packages: Record<string, unknown>[];
  /** Moves every changing status to where it ends. */
  settle(): void;
}

const SETTLED: Record<string, string> = {
  Attaching: 'Attached',
  Associating: 'Active',
  Enabling: 'Active',
  Pending: 'Available',
};

/** Steps 1–3 done on Enterprise Edition; nothing of step 5 yet. */
export function connectionWorld(): ConnectionWorld {
  const base = routedEnterpriseWorld();
  const w: ConnectionWorld = {
    ...base,
    vpcAttachments: [
      {
        id: VPC_ATTACHMENT.A,
        routerId: ROUTER_A,
        vpcId: VPC_A,
        regionId: 'cn-qingdao',
        ownerUid: UID_A,
        status: 'Attached',
        autoPublish: false,
      },
      {
        id: VPC_ATTACHMENT.B,
        routerId: ROUTER_B,
        vpcId: VPC_B,
        regionId: 'cn-beijing',
        ownerUid: UID_B,
        status: 'Attached',
        autoPublish: false,
      },
    ],
    peers: [],
    associations: [
      { attachmentId: VPC_ATTACHMENT.A, tableId: TABLE[ROUTER_A], status: 'Active' },
      { attachmentId: VPC_ATTACHMENT.B, tableId: TABLE[ROUTER_B], status: 'Active' },
    ],
    propagations: [
      { attachmentId: VPC_ATTACHMENT.A, tableId: TABLE[ROUTER_A], status: 'Active' },
      { attachmentId: VPC_ATTACHMENT.B, tableId: TABLE[ROUTER_B], status: 'Active' },
    ],
    vpcRoutes: [],
    packages: [],
    settle() {
      for (const item of [
        ...w.vpcAttachments,
        ...w.peers,
        ...w.associations,
        ...w.propagations,
        ...w.vpcRoutes,
      ])
        item.status = SETTLED[item.status] ?? item.status;
    },
  };
  return w;
}

/** The step 1–3 progress the console would have saved for this world. */
export const connectionProgress = enterpriseProgress;

const ok = (body: Record<string, unknown> = {}) => HttpResponse.json({ RequestId: 'r', ...body });
const tokenPage = (list: Record<string, unknown>) => ok({ TotalCount: 1, MaxResults: 100, ...list });
const refuse = (code: string) =>
  HttpResponse.json(
    { error: { code, message: code, httpStatus: 400, requestId: 'req-refused', source: 'cloud' } },
    { status: 400 },
  );

function answer(w: ConnectionWorld, action: string, body: BffBody) {
  const p = body.params;
  const vpcSide = body.account === 'B' ? 'B' : 'A';
  const links = (list: Link[], key: string) =>
    tokenPage({
      [key]: list
        .filter((l) => l.tableId === p.TransitRouterRouteTableId)
        .map((l) => ({
          TransitRouterAttachmentId: l.attachmentId,
          TransitRouterRouteTableId: l.tableId,
          Status: l.status,
        })),
    });
  switch (action) {
    case 'ListTransitRouterVpcAttachments':
      return tokenPage({
        TransitRouterAttachments: w.vpcAttachments.map((a) => ({
          TransitRouterAttachmentId: a.id,
          TransitRouterId: a.routerId,
          CenId: TR_CEN,
          Status: a.status,
          VpcId: a.vpcId,
          VpcOwnerId: Number(a.ownerUid),
          VpcRegionId: a.regionId,
          AutoPublishRouteEnabled: a.autoPublish,
          ZoneMappings: [],
        })),
      });
    case 'ListTransitRouterPeerAttachments':
      return tokenPage({
        TransitRouterAttachments: w.peers.map((a) => ({
          TransitRouterAttachmentId: a.id,
          TransitRouterId: a.routerId,
          CenId: TR_CEN,
          Status: a.status,
          Bandwidth: a.bandwidth,
          BandwidthType: a.bandwidthType,
          CenBandwidthPackageId: a.packageId,
          PeerTransitRouterId: a.peerRouterId,
          PeerTransitRouterRegionId: a.peerRegionId,
        })),
      });
    case 'ListTransitRouterRouteTables': {
      const id = TABLE[String(p.TransitRouterId) as keyof typeof TABLE];
      return tokenPage({
        TransitRouterRouteTables: id
          ? [
              {
                TransitRouterRouteTableId: id,
                TransitRouterRouteTableType: 'System',
                TransitRouterRouteTableStatus: 'Active',
              },
            ]
          : [],
      });
    }
    case 'ListTransitRouterRouteTableAssociations':
      return links(w.associations, 'TransitRouterAssociations');
    case 'ListTransitRouterRouteTablePropagations':
      return links(w.propagations, 'TransitRouterPropagations');
    case 'DescribeRouteTableList': {
      const list = [{ RouteTableId: VPC_TABLE[vpcSide], RouteTableType: 'System', VpcId: String(p.VpcId) }];
      return ok({
        TotalCount: 1,
        PageNumber: 1,
        PageSize: 50,
        RouterTableList: { RouterTableListType: list },
      });
    }
    case 'DescribeRouteEntryList':
      return ok({
        RouteEntrys: {
          RouteEntry: w.vpcRoutes
            .filter((r) => r.tableId === p.RouteTableId)
            .map((r) => ({
              RouteTableId: r.tableId,
              DestinationCidrBlock: r.destination,
              Status: r.status,
              Type: 'Custom',
              NextHops: { NextHop: [{ NextHopType: 'Attachment', NextHopId: r.nextHopId }] },
            })),
        },
      });
    case 'DescribeCenBandwidthPackages':
      return ok({
        TotalCount: w.packages.length,
        PageNumber: 1,
        PageSize: 50,
        CenBandwidthPackages: { CenBandwidthPackage: w.packages },
      });
  }
  w.writes.push({ action, account: body.account, params: p });
  switch (action) {
    case 'CreateTransitRouterPeerAttachment':
      w.peers.push({
        id: PEER,
        routerId: String(p.TransitRouterId),
        peerRouterId: String(p.PeerTransitRouterId),
        peerRegionId: String(p.PeerTransitRouterRegionId),
        bandwidth: Number(p.Bandwidth),
        bandwidthType: String(p.BandwidthType),
        packageId: typeof p.CenBandwidthPackageId === 'string' ? p.CenBandwidthPackageId : '',
        status: 'Attaching',
      });
      return ok({ TransitRouterAttachmentId: PEER });
    case 'AssociateTransitRouterAttachmentWithRouteTable':
    case 'EnableTransitRouterRouteTablePropagation': {
      const list = action.startsWith('Associate') ? w.associations : w.propagations;
      const attachmentId = String(p.TransitRouterAttachmentId);
      const peer = w.peers.find((a) => a.id === attachmentId);
      if (peer && peer.status !== 'Attached') return refuse('IncorrectStatus.Attachment');
      list.push({
        attachmentId,
        tableId: String(p.TransitRouterRouteTableId),
        status: action.startsWith('Associate') ? 'Associating' : 'Enabling',
      });
      return ok();
    }
    case 'CreateRouteEntry':
      w.vpcRoutes.push({
        account: body.account,
        tableId: String(p.RouteTableId),
        destination: String(p.DestinationCidrBlock),
        nextHopId: String(p.NextHopId),
        status: 'Pending',
      });
      return ok({ RouteEntryId: `rte-${w.vpcRoutes.length}` });
  }
  w.writes.pop();
  return undefined;
}

/** This file's answers first; what it does not answer falls through to the fake enterprise world's. */
export function connectionHandlers(w: ConnectionWorld) {
  return [
    http.post('/api/openapi/:action', async ({ params, request }) => {
      const action = String(params.action).replace(/^(Cbn|Vpc|Ecs)\./, '');
      return answer(w, action, (await request.clone().json()) as BffBody);
    }),
    ...enterpriseHandlers(w),
  ];
}
