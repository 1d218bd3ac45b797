// Cbn (CEN, API version 2017-09-12), Enterprise Edition: the transit-router service, the routers, the grants to
// them and their route tables (docs/reference/enterprise-edition.md §2 steps 0, 2, 3, 4 and 6). The attachments
// (VPC and peer): cbn-transit-attachment-actions.ts. Unlike the Basic-Edition calls, these lists are flat arrays
// (TransitRouters: […]) and most page with MaxResults/NextToken (docs/reference/enterprise-edition.md §1).
import { z } from 'zod';
import { clientToken, defineActions, ok, read, requestId, write } from './action-define';
import { description, id, keyword, nextToken, regionId, text } from './param-limits';
import { pageParams, pagedResponse, tagsSchema, uidOut, uidSchema, wireBool, wireInt } from './wire-values';

/** TransitRouterName and the attachments' names: at most 128 characters, not starting with http(s):// (§2 step 2). */
export const trNameSchema = text(128).refine((v) => !/^https?:\/\//i.test(v), {
  error: 'must not start with http:// or https://.',
});

/** DryRun: true checks the request only; a passing check answers DryRunOperation (§2, "Every Cbn call…"). */
export const dryRun = { DryRun: wireBool.optional() };

/** NextToken/MaxResults paging, in the request and in the answer. */
export const tokenPage = { MaxResults: wireInt(1, 100).optional(), NextToken: nextToken().optional() };
export const tokenPaged = {
  ...requestId,
  TotalCount: z.number(),
  MaxResults: z.number().optional(),
  NextToken: z.string().optional(),
};

const tags = z.array(z.looseObject({ Key: z.string(), Value: z.string().optional() })).optional();

const transitRouter = z.looseObject({
  TransitRouterId: z.string(),
  TransitRouterName: z.string().optional(),
  TransitRouterDescription: z.string().optional(),
  CenId: z.string(),
  RegionId: z.string(),
  /** Creating → Active; Modifying, Deleting, Upgrading (§2 step 2). */
  Status: z.string(),
  /** Enterprise or Basic: which edition the CEN uses in that region (§2 step 2). */
  Type: z.string(),
  AliUid: uidOut,
  CreationTime: z.string().optional(),
  SupportMulticast: z.boolean().optional(),
  Tags: tags,
});

const routeTable = z.looseObject({
  TransitRouterRouteTableId: z.string(),
  TransitRouterRouteTableName: z.string().optional(),
  /** System (the router's default table) or Custom (§2 step 6). */
  TransitRouterRouteTableType: z.string(),
  TransitRouterRouteTableStatus: z.string(),
  CreateTime: z.string().optional(),
});

/** The attachment ↔ route-table records: Associating/Enabling → Active; Dissociating/Disabling (§2 step 6). */
const tableLink = z.looseObject({
  TransitRouterAttachmentId: z.string(),
  TransitRouterRouteTableId: z.string(),
  ResourceId: z.string().optional(),
  ResourceType: z.string().optional(),
  Status: z.string(),
});

const grantRule = z.looseObject({
  CenId: z.string(),
  CenOwnerId: uidOut,
  OrderType: z.string().optional(),
  EffectiveOrderType: z.string().optional(),
  /** Minute precision, "2024-01-24T16:46Z" (§2 step 3). */
  CreateTime: z.string().optional(),
});

// VPC | ExpressConnect (a VBR) | VPN | ECR (§2 step 3).
const grantInstanceType = z.enum(['VPC', 'ExpressConnect', 'VPN', 'ECR']);
const grantIdentity = {
  CenId: id(),
  CenOwnerId: uidSchema,
  InstanceId: id(),
  InstanceType: grantInstanceType,
  RegionId: regionId(),
};

const tableAndAttachment = z.object({
  TransitRouterAttachmentId: id(),
  TransitRouterRouteTableId: id(),
  ...dryRun,
  ...clientToken,
});

const tableLinkParams = z.object({
  TransitRouterRouteTableId: id(),
  TransitRouterAttachmentId: id().optional(),
  Status: keyword().optional(),
  ...tokenPage,
});

export const CBN_TRANSIT_ROUTER_ACTIONS = defineActions('Cbn', {
  // ── Step 0: each account turns the service on once ─────────────────────────────────────────────────
  CheckTransitRouterService: read({
    params: z.object({ ...clientToken }),
    // A string ("true") in the SDK, a boolean in TF: both are accepted (§2 step 0, §4 item 9).
    response: z.looseObject({ ...requestId, Enabled: z.union([z.string(), z.boolean()]) }),
  }),
  OpenTransitRouterService: write({
    params: z.object({ ...clientToken }),
    response: z.looseObject({ ...requestId, OrderId: z.string().optional() }),
  }),
  // ── Step 2: one router per region per CEN ──────────────────────────────────────────────────────────
  CreateTransitRouter: write({
    params: z.object({
      CenId: id(),
      RegionId: regionId(),
      TransitRouterName: trNameSchema.optional(),
      TransitRouterDescription: description().optional(),
      SupportMulticast: wireBool.optional(),
      Tag: tagsSchema,
      ...dryRun,
      ...clientToken,
    }),
    response: z.looseObject({ ...requestId, TransitRouterId: z.string() }),
  }),
  ListTransitRouters: read({
    params: z.object({
      CenId: id().optional(),
      RegionId: regionId().optional(),
      TransitRouterId: id().optional(),
      ...pageParams(50),
    }),
    response: z.looseObject({
      ...pagedResponse,
      TransitRouters: z.array(transitRouter),
    }),
  }),
  /** The zones a router of the region can use: any of AvailableZones on an optimised router (§2 step 2). */
  ListTransitRouterAvailableResource: read({
    params: z.object({ RegionId: regionId(), SupportMulticast: wireBool.optional() }),
    response: z.looseObject({
      ...requestId,
      AvailableZones: z.array(z.string()),
      MasterZones: z.array(z.string()).optional(),
      SlaveZones: z.array(z.string()).optional(),
      SupportMulticast: z.boolean().optional(),
    }),
  }),
  DeleteTransitRouter: write({
    params: z.object({ TransitRouterId: id(), ...dryRun, ...clientToken }),
    response: ok,
  }),
  // ── Step 3: B grants its VPC to A's CEN, and who pays ─────────────────────────────────────────────
  GrantInstanceToTransitRouter: write({
    params: z.object({
      ...grantIdentity,
      OrderType: z.enum(['PayByCenOwner', 'PayByResourceOwner']).optional(),
    }),
    response: ok,
  }),
  RevokeInstanceFromTransitRouter: write({ params: z.object(grantIdentity), response: ok }),
  /** B's view of the grants of one of its instances (TF reads the grant this way, §2 step 3). */
  DescribeGrantRulesToResource: read({
    params: z.object({
      ResourceId: id(),
      ProductType: grantInstanceType,
      RegionId: regionId(),
      ...tokenPage,
    }),
    response: z.looseObject({ ...tokenPaged, GrantRules: z.array(grantRule) }),
  }),
  // ── Step 4: A lists the vSwitches of B's granted VPC ──────────────────────────────────────────────
  ListGrantVSwitchesToCen: read({
    params: z.object({
      CenId: id(),
      RegionId: regionId(),
      VpcId: id(),
      ZoneId: keyword().optional(),
      ...pageParams(50),
    }),
    response: z.looseObject({
      ...pagedResponse,
      VSwitches: z.array(
        z.looseObject({
          VSwitchId: z.string(),
          VSwitchName: z.string().optional(),
          VpcId: z.string(),
          ZoneId: z.string(),
        }),
      ),
    }),
  }),
  // ── Step 6 and 9: the System route table, associations and propagations ──────────────────────────
  ListTransitRouterRouteTables: read({
    params: z.object({
      TransitRouterId: id(),
      TransitRouterRouteTableType: z.enum(['System', 'Custom']).optional(),
      TransitRouterRouteTableIds: z.array(id()).max(20).optional(),
      ...tokenPage,
    }),
    response: z.looseObject({ ...tokenPaged, TransitRouterRouteTables: z.array(routeTable) }),
  }),
  AssociateTransitRouterAttachmentWithRouteTable: write({ params: tableAndAttachment, response: ok }),
  DissociateTransitRouterAttachmentFromRouteTable: write({ params: tableAndAttachment, response: ok }),
  ListTransitRouterRouteTableAssociations: read({
    params: tableLinkParams,
    response: z.looseObject({ ...tokenPaged, TransitRouterAssociations: z.array(tableLink) }),
  }),
  EnableTransitRouterRouteTablePropagation: write({ params: tableAndAttachment, response: ok }),
  DisableTransitRouterRouteTablePropagation: write({ params: tableAndAttachment, response: ok }),
  ListTransitRouterRouteTablePropagations: read({
    params: tableLinkParams,
    response: z.looseObject({ ...tokenPaged, TransitRouterPropagations: z.array(tableLink) }),
  }),
});
