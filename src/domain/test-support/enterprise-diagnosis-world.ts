// A fake world for the Enterprise-Edition path tests (used by *.test.ts only): the demo journey of
// enterprise-fixture.ts — A's VPC in cn-qingdao (172.16.0.0/16), B's in cn-beijing (10.0.0.0/16), a router in each
// region, B's VPC granted with A's UID, both VPCs attached, associated and propagating, the routers connected by
// data transfer with the connection linked on both tables, each VPC routing the other's CIDR to its attachment, ICMP
// allowed both ways — built as whole List/Describe bodies passed through the catalogue's response schemas, so the
// engine is fed the shapes the web hands it. `ee()` gives it all done; each test then breaks one thing.
import { known } from '../diagnosis/inspection';
import type {
  EnterprisePathInput,
  RouterTable,
  TransitRouterItem,
  TrGrantRuleItem,
  TrPeerAttachmentItem,
  TrTableLinkItem,
  TrVpcAttachmentItem,
  VpcRouteEntryItem,
} from '../diagnosis/enterprise-path/enterprise-path-types';
import type { PathEnd } from '../diagnosis/path/path-types';
import {
  firstListed,
  icmpRule,
  instance,
  listedViaCatalogue,
  securityGroup,
  SSH_RULE,
} from './diagnosis-world';
import { DATA_TRANSFER, EE } from './enterprise-fixture';

export { EE };
export const EE_IP_A = '172.16.1.10';
export const EE_IP_B = '10.0.1.20';
export const EE_SG_A = 'sg-m5ea00000000000000a1';
export const EE_SG_B = 'sg-2zeb00000000000000b1';
export const EE_ECS_A = 'i-m5ea0000000000000a01';
export const EE_ECS_B = 'i-2zeb0000000000000b01';

const tokenPaged = { TotalCount: 1, MaxResults: 100 };
/** Where both List…Attachments actions answer: a flat TransitRouterAttachments list. */
const ATTACHMENTS = ['TransitRouterAttachments'] as const;

export function router(
  regionId: string,
  id: string,
  status = 'Active',
  type = 'Enterprise',
): TransitRouterItem {
  const paged = { TotalCount: 1, PageNumber: 1, PageSize: 50 };
  return firstListed('Cbn', 'ListTransitRouters', ['TransitRouters'], paged, {
    TransitRouterId: id,
    CenId: EE.cenId,
    RegionId: regionId,
    Status: status,
    Type: type,
    AliUid: EE.uidA,
  });
}

export function vpcAttachment(side: 'A' | 'B', status = 'Attached', extra: Record<string, unknown> = {}) {
  const a = side === 'A';
  return firstListed<TrVpcAttachmentItem>('Cbn', 'ListTransitRouterVpcAttachments', ATTACHMENTS, tokenPaged, {
    TransitRouterAttachmentId: a ? EE.attachA : EE.attachB,
    TransitRouterId: a ? EE.routerA : EE.routerB,
    CenId: EE.cenId,
    Status: status,
    VpcId: a ? EE.vpcA : EE.vpcB,
    VpcOwnerId: a ? EE.uidA : EE.uidB,
    VpcRegionId: a ? EE.regionA : EE.regionB,
    ZoneMappings: (a ? EE.zonesA : EE.zonesB).map((z) => ({ ZoneId: z.zoneId, VSwitchId: z.vSwitchId })),
    ...extra,
  });
}

export function peerAttachment(status = 'Attached'): TrPeerAttachmentItem {
  return firstListed('Cbn', 'ListTransitRouterPeerAttachments', ATTACHMENTS, tokenPaged, {
    TransitRouterAttachmentId: EE.peer,
    TransitRouterId: EE.routerA,
    CenId: EE.cenId,
    Status: status,
    Bandwidth: 5,
    BandwidthType: 'DataTransfer',
    PeerTransitRouterId: EE.routerB,
    PeerTransitRouterRegionId: EE.regionB,
  });
}

export function link(attachmentId: string, tableId: string, status = 'Active'): TrTableLinkItem {
  return firstListed(
    'Cbn',
    'ListTransitRouterRouteTableAssociations',
    ['TransitRouterAssociations'],
    tokenPaged,
    {
      TransitRouterAttachmentId: attachmentId,
      TransitRouterRouteTableId: tableId,
      Status: status,
    },
  );
}

/** A router's System table with its own VPC attachment and the connection associated and propagating. */
export function table(side: 'A' | 'B'): RouterTable {
  const tableId = side === 'A' ? EE.trTableA : EE.trTableB;
  const own = side === 'A' ? EE.attachA : EE.attachB;
  return {
    tableId,
    associations: [link(own, tableId), link(EE.peer, tableId)],
    propagations: [link(own, tableId), link(EE.peer, tableId)],
  };
}

export function grantRule(cenOwnerId: string = EE.uidA, cenId: string = EE.cenId): TrGrantRuleItem {
  return firstListed('Cbn', 'DescribeGrantRulesToResource', ['GrantRules'], tokenPaged, {
    CenId: cenId,
    CenOwnerId: cenOwnerId,
    OrderType: 'PayByCenOwner',
  });
}

export function routeEntries(entries: Partial<VpcRouteEntryItem>[], tableId: string): VpcRouteEntryItem[] {
  const rows = entries.map((e) => ({
    RouteTableId: tableId,
    DestinationCidrBlock: '',
    Status: 'Available',
    Type: 'Custom',
    NextHops: { NextHop: [] },
    ...e,
  }));
  return listedViaCatalogue('Vpc', 'DescribeRouteEntryList', ['RouteEntrys', 'RouteEntry'], {}, rows);
}

export const vswitchRoute = (cidr: string): Partial<VpcRouteEntryItem> => ({
  DestinationCidrBlock: cidr,
  Type: 'System',
  NextHops: { NextHop: [{ NextHopType: 'local', NextHopId: '' }] },
});
export const toAttachment = (
  cidr: string,
  attachmentId: string,
  status = 'Available',
): Partial<VpcRouteEntryItem> => ({
  RouteEntryId: `rte-${attachmentId.slice(-8)}`,
  DestinationCidrBlock: cidr,
  Status: status,
  Type: 'Custom',
  NextHops: { NextHop: [{ NextHopType: 'Attachment', NextHopId: attachmentId }] },
});

function end(side: 'A' | 'B'): PathEnd {
  const a = side === 'A';
  const regionId = a ? EE.regionA : EE.regionB;
  const vpcId = a ? EE.vpcA : EE.vpcB;
  const sg = a ? EE_SG_A : EE_SG_B;
  return {
    account: side,
    regionId,
    vpcId,
    vpcCidr: known(a ? EE.cidrA : EE.cidrB),
    instance: known(instance(a ? EE_ECS_A : EE_ECS_B, vpcId, a ? EE_IP_A : EE_IP_B, sg, regionId)),
    securityGroups: known([securityGroup(sg, `sg-${side}`, [SSH_RULE, icmpRule(a ? EE.cidrB : EE.cidrA)])]),
  };
}

/** The whole Enterprise-Edition journey done: every hop passes both ways. */
export function ee(): EnterprisePathInput {
  return {
    cenId: EE.cenId,
    uids: { A: EE.uidA, B: EE.uidB },
    a: end('A'),
    b: end('B'),
    service: { A: known(true), B: known(true) },
    routers: known([router(EE.regionA, EE.routerA), router(EE.regionB, EE.routerB)]),
    grants: known([grantRule()]),
    vpcAttachments: known([vpcAttachment('A'), vpcAttachment('B')]),
    peerAttachments: known([peerAttachment()]),
    tables: { A: known(table('A')), B: known(table('B')) },
    vpcRoutes: {
      A: known({
        tableId: EE.vtbA,
        entries: routeEntries([vswitchRoute('172.16.1.0/24'), toAttachment(EE.cidrB, EE.attachA)], EE.vtbA),
      }),
      B: known({
        tableId: EE.vtbB,
        entries: routeEntries([vswitchRoute('10.0.1.0/24'), toAttachment(EE.cidrA, EE.attachB)], EE.vtbB),
      }),
    },
    choices: {
      orderType: 'PayByCenOwner',
      zones: { A: EE.zonesA, B: EE.zonesB },
      payment: DATA_TRANSFER,
      routes: 'RouteEntry',
    },
    clientTokens: {},
  };
}
