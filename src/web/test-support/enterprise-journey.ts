// Test support (never imported by the app): the Enterprise-Edition journey's cloud as the console's queries read it
// (state/enterprise-snapshot.ts EnterpriseSources), at the stage a test names — A's VPC in cn-qingdao, B's in
// cn-beijing (the tutorial's), one transit router per region, each VPC attached to its router and linked to its
// System table, the peer attachment between the routers and a route in each VPC toward its own attachment
// (docs/reference/enterprise-edition.md §2). enterprise-journey-bff.ts answers the console's calls from it.
import type { EnterpriseSources } from '../state/enterprise-snapshot';
import { UID_A, UID_B, VPC_A, VPC_B } from './fake-cen-world';

export const EE_CEN = 'cen-ent0000000000000001';
export const TR_A = 'tr-m5e0000000000000001';
export const TR_B = 'tr-2ze0000000000000002';
export const TABLE_A = 'vtb-m5e0000000000000001';
export const TABLE_B = 'vtb-2ze0000000000000002';
export const ATT_A = 'tr-attach-a000000000001';
export const ATT_B = 'tr-attach-b000000000002';
export const PEER = 'tr-attach-peer0000000003';
export const VPC_TABLE_A = 'vtb-vpca000000000000001';
export const VPC_TABLE_B = 'vtb-vpcb000000000000002';
export const CIDR_A = '172.16.0.0/16';
export const CIDR_B = '192.168.0.0/16';

/** How far the journey got: each stage has everything of the ones before it. */
export type JourneyStage = 'vpcs-chosen' | 'routers' | 'granted' | 'attached' | 'paid' | 'peered' | 'routed';
const ORDER: readonly JourneyStage[] = [
  'vpcs-chosen',
  'routers',
  'granted',
  'attached',
  'paid',
  'peered',
  'routed',
];

/** `status`: the status of the newest resources of the stage (e.g. 'Attaching' for the attachments). */
export function journeySources(stage: JourneyStage, status?: string): EnterpriseSources {
  const at = (s: JourneyStage) => ORDER.indexOf(stage) >= ORDER.indexOf(s);
  const newest = (s: JourneyStage, settled: string) => (stage === s && status ? status : settled);
  const link = (attachment: string, table: string, s: JourneyStage) => ({
    TransitRouterAttachmentId: attachment,
    TransitRouterRouteTableId: table,
    Status: newest(s, 'Active'),
  });
  const links = (table: string, own: string) => {
    const list = [
      ...(at('attached') ? [link(own, table, 'attached')] : []),
      ...(at('peered') ? [link(PEER, table, 'peered')] : []),
    ];
    return { associations: list, propagations: list };
  };
  const vpcRoute = (table: string, destination: string, attachment: string) => ({
    tableId: table,
    entries: at('routed')
      ? [
          {
            RouteEntryId: `rte-${attachment}`,
            RouteTableId: table,
            DestinationCidrBlock: destination,
            Status: newest('routed', 'Available'),
            Type: 'Custom',
            NextHops: { NextHop: [{ NextHopType: 'Attachment', NextHopId: attachment }] },
          },
        ]
      : [],
  });
  const vpcAttachment = (
    id: string,
    router: string,
    vpc: string,
    region: string,
    zone: string,
    owner: string,
  ) => ({
    TransitRouterAttachmentId: id,
    TransitRouterId: router,
    CenId: EE_CEN,
    Status: newest('attached', 'Attached'),
    VpcId: vpc,
    VpcOwnerId: owner,
    VpcRegionId: region,
    ZoneMappings: [
      { ZoneId: `${region}-${zone}`, VSwitchId: `vsw-${vpc.slice(4, 9)}${zone}` },
      { ZoneId: `${region}-c`, VSwitchId: `vsw-${vpc.slice(4, 9)}c` },
    ],
  });
  return {
    uidA: UID_A,
    uidB: UID_B,
    service: { A: at('routers'), B: at('routers') },
    ...(at('routers')
      ? { cenId: EE_CEN, cen: { CenId: EE_CEN, Name: 'EnterpriseJourney', Status: 'Active' } }
      : {}),
    ownNetwork: { type: 'VPC', regionId: 'cn-qingdao', instanceId: VPC_A },
    network: { type: 'VPC', regionId: 'cn-beijing', instanceId: VPC_B },
    vpcs: {
      A: { id: VPC_A, type: 'VPC', regionId: 'cn-qingdao', cidr: CIDR_A, status: 'Available' },
      B: { id: VPC_B, type: 'VPC', regionId: 'cn-beijing', cidr: CIDR_B, status: 'Available' },
    },
    ...(at('routers')
      ? {
          routers: [
            { id: TR_A, region: 'cn-qingdao' },
            { id: TR_B, region: 'cn-beijing' },
          ].map((r) => ({
            TransitRouterId: r.id,
            CenId: EE_CEN,
            RegionId: r.region,
            Status: newest('routers', 'Active'),
            Type: 'Enterprise',
            AliUid: UID_A,
          })),
          vpcAttachments: at('attached')
            ? [
                vpcAttachment(ATT_A, TR_A, VPC_A, 'cn-qingdao', 'b', UID_A),
                vpcAttachment(ATT_B, TR_B, VPC_B, 'cn-beijing', 'a', UID_B),
              ]
            : [],
          peerAttachments: at('peered')
            ? [
                {
                  TransitRouterAttachmentId: PEER,
                  TransitRouterId: TR_A,
                  CenId: EE_CEN,
                  Status: newest('peered', 'Attached'),
                  Bandwidth: 10,
                  BandwidthType: 'DataTransfer',
                  PeerTransitRouterId: TR_B,
                  PeerTransitRouterRegionId: 'cn-beijing',
                },
              ]
            : [],
        }
      : {}),
    systemTables: at('routers') ? { [TR_A]: TABLE_A, [TR_B]: TABLE_B } : {},
    tableLinks: at('routers') ? { [TABLE_A]: links(TABLE_A, ATT_A), [TABLE_B]: links(TABLE_B, ATT_B) } : {},
    grants: at('granted') ? [{ CenId: EE_CEN, CenOwnerId: UID_A, OrderType: 'PayByCenOwner' }] : [],
    vpcRoutes: {
      A: vpcRoute(VPC_TABLE_A, CIDR_B, ATT_A),
      B: vpcRoute(VPC_TABLE_B, CIDR_A, ATT_B),
    },
    ...(at('paid') ? { interRegionPayBy: 'DataTransfer' as const } : {}),
    clientTokens: {},
  };
}

/** The saved progress of a journey that reached `stage` (the edition decided in step 1, the two VPCs chosen). */
export function journeyProgress(stage: JourneyStage) {
  const s = journeySources(stage);
  return {
    edition: { name: 'Enterprise' as const, reason: 'basic-refused' as const },
    ...(s.cenId ? { cenId: s.cenId } : {}),
    ownNetwork: s.ownNetwork!,
    network: s.network!,
    ...(s.interRegionPayBy ? { interRegionPayBy: s.interRegionPayBy } : {}),
  };
}
