// Vpc (API version 2016-04-28): the VPC's own route table and the routes that send traffic to a transit router's
// VPC attachment (NextHopType=Attachment), which Enterprise Edition needs in each VPC
// (docs/reference/enterprise-edition.md §2 step 10 b). Regional: the BFF puts the body's regionId into RegionId.
import { z } from 'zod';
import { clientToken, defineActions, list, ok, read, requestId, write } from './action-define';
import { description, id, keyword, name, nextToken, regionId, text } from './param-limits';
import { pageParams, pagedResponse, wireInt } from './wire-values';

const routeTable = z.looseObject({
  RouteTableId: z.string(),
  RouteTableName: z.string().optional(),
  /** System (the VPC's default table) or Custom. */
  RouteTableType: z.string(),
  VpcId: z.string(),
  Status: z.string().optional(),
  CreationTime: z.string().optional(),
});

const routeEntry = z.looseObject({
  RouteEntryId: z.string().optional(),
  RouteTableId: z.string(),
  DestinationCidrBlock: z.string(),
  /** Pending → Available; Modifying (TF waits for Available, §2 step 10 b). */
  Status: z.string(),
  /** System or Custom. */
  Type: z.string(),
  RouteEntryName: z.string().optional(),
  NextHops: z.object({
    NextHop: z.array(z.looseObject({ NextHopType: z.string(), NextHopId: z.string() })),
  }),
});

// A destination CIDR block: an IPv4 one has at most 18 characters; 64 leaves room for IPv6 (UNCONFIRMED).
const cidr = () => text(64, 1);
const nextHopType = z.enum([
  'Instance',
  'HaVip',
  'RouterInterface',
  'NetworkInterface',
  'VpnGateway',
  'IPv6Gateway',
  'NatGateway',
  'Attachment',
  'VpcPeer',
  'Ipv4Gateway',
  'GatewayEndpoint',
  'Ecr',
]);

export const VPC_ROUTE_ENTRY_ACTIONS = defineActions('Vpc', {
  DescribeRouteTableList: read({
    params: z.object({
      RegionId: regionId(),
      VpcId: id().optional(),
      RouteTableId: id().optional(),
      RouteTableType: z.enum(['System', 'Custom']).optional(),
      ...pageParams(50),
    }),
    response: list('RouterTableList', 'RouterTableListType', routeTable).extend(pagedResponse),
  }),
  CreateRouteEntry: write({
    params: z.object({
      RegionId: regionId(),
      RouteTableId: id(),
      DestinationCidrBlock: cidr(),
      NextHopType: nextHopType,
      NextHopId: id(),
      RouteEntryName: name().optional(),
      Description: description().optional(),
      ...clientToken,
    }),
    response: z.looseObject({ ...requestId, RouteEntryId: z.string() }),
  }),
  DeleteRouteEntry: write({
    params: z.object({
      RegionId: regionId(),
      RouteEntryId: id().optional(),
      RouteTableId: id().optional(),
      DestinationCidrBlock: cidr().optional(),
      NextHopId: id().optional(),
    }),
    response: ok,
  }),
  DescribeRouteEntryList: read({
    params: z.object({
      RegionId: regionId(),
      RouteTableId: id(),
      RouteEntryId: id().optional(),
      DestinationCidrBlock: cidr().optional(),
      RouteEntryType: keyword().optional(),
      NextHopType: keyword().optional(),
      MaxResult: wireInt(1, 100).optional(),
      NextToken: nextToken().optional(),
    }),
    response: list('RouteEntrys', 'RouteEntry', routeEntry).extend({
      ...requestId,
      NextToken: z.string().optional(),
    }),
  }),
});
