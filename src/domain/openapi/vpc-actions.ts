// Vpc (API version 2016-04-28): Account B's side of the grant and both accounts' networks
// (docs/reference/cen-api.md §2 steps 2–3). Regional: the BFF puts the body's regionId into RegionId.
import { z } from 'zod';
import { clientToken, defineActions, list, ok, read, requestId, write } from './action-define';
import { description, id, idList, keyword, name, regionId } from './param-limits';
import { filterSchema, pageParams, pagedResponse, uidOut, uidSchema, wireBool } from './wire-values';

const vpc = z.looseObject({
  VpcId: z.string(),
  VpcName: z.string().optional(),
  RegionId: z.string(),
  Status: z.string(),
  CidrBlock: z.string(),
  /** The VPC's vRouter (vrt-…): a route entry's Terraform import ID names it (provider docs/r/route_entry). */
  VRouterId: z.string().optional(),
  SecondaryCidrBlocks: z.object({ SecondaryCidrBlock: z.array(z.string()) }).optional(),
  OwnerId: uidOut.optional(),
  CenStatus: z.string().optional(),
});

/**
 * A vSwitch of the caller's VPC. AvailableIpAddressCount is what a transit-router VPC attachment needs one of: the
 * router puts a network interface in each mapped vSwitch (docs/reference/enterprise-edition.md §2 step 5).
 */
const vSwitch = z.looseObject({
  VSwitchId: z.string(),
  VSwitchName: z.string().optional(),
  VpcId: z.string(),
  ZoneId: z.string(),
  CidrBlock: z.string(),
  Status: z.string().optional(),
  AvailableIpAddressCount: z.number(),
});

const vbr = z.looseObject({ VbrId: z.string(), Name: z.string().optional(), Status: z.string() });

/** Account B's own record of a grant (CenGrantRules.CbnGrantRule[]). */
const cbnGrantRule = z.looseObject({
  CenInstanceId: z.string(),
  CenOwnerId: uidOut,
  CreationTime: z.string().optional(),
});

// String limits: docs/reference/cen-api.md §5 "Parameter lengths".
const grantParams = z.object({
  RegionId: regionId(),
  InstanceId: id(),
  InstanceType: z.enum(['VPC', 'VBR']),
  CenId: id(),
  CenOwnerId: uidSchema,
  ...clientToken,
});

export const VPC_ACTIONS = defineActions('Vpc', {
  // ── Step 2: Account B's side ───────────────────────────────────────────────────────────────────────
  GrantInstanceToCen: write({ params: grantParams, response: ok }),
  RevokeInstanceFromCen: write({
    params: grantParams.extend({ InstanceType: z.enum(['VPC', 'VBR', 'CCN']) }),
    response: ok,
  }),
  DescribeGrantRulesToCen: read({
    params: z.object({
      RegionId: regionId(),
      InstanceId: id(),
      InstanceType: z.enum(['VPC', 'VBR', 'CCN']),
      ...pageParams(50),
    }),
    response: list('CenGrantRules', 'CbnGrantRule', cbnGrantRule).extend(pagedResponse),
  }),
  // ── Networks of either account ─────────────────────────────────────────────────────────────────────
  DescribeVpcs: read({
    params: z.object({
      RegionId: regionId(),
      VpcId: idList(20).optional(),
      VpcName: name().optional(),
      IsDefault: wireBool.optional(),
      ...pageParams(50),
    }),
    response: list('Vpcs', 'Vpc', vpc).extend(pagedResponse),
  }),
  /** The vSwitches of one VPC with their free IP addresses (Vpc API DescribeVSwitches, PageSize at most 50). */
  DescribeVSwitches: read({
    params: z.object({
      RegionId: regionId(),
      VpcId: id(),
      ZoneId: keyword().optional(),
      VSwitchId: id().optional(),
      ...pageParams(50),
    }),
    response: list('VSwitches', 'VSwitch', vSwitch).extend(pagedResponse),
  }),
  /**
   * A vSwitch in another zone of the VPC, so that a transit-router attachment can map two zones where the region has
   * several (docs/reference/enterprise-edition.md §2 step 5). Vpc API CreateVSwitch: ZoneId, CidrBlock and VpcId
   * required; asynchronous, Pending → Available.
   */
  CreateVSwitch: write({
    params: z.object({
      RegionId: regionId(),
      VpcId: id(),
      ZoneId: keyword(),
      CidrBlock: keyword(),
      VSwitchName: name().optional(),
      Description: description().optional(),
      ...clientToken,
    }),
    response: z.looseObject({ ...requestId, VSwitchId: z.string() }),
  }),
  DescribeVirtualBorderRouters: read({
    params: z.object({ RegionId: regionId(), Filter: filterSchema, ...pageParams(50) }),
    // Element name VirtualBorderRouterType is from the v1 Go SDK (UNCONFIRMED, docs/reference/cen-api.md §2).
    response: list('VirtualBorderRouterSet', 'VirtualBorderRouterType', vbr).extend(pagedResponse),
  }),
  DescribeRegions: read({
    params: z.object({
      AcceptLanguage: z.enum(['zh-CN', 'en-US', 'ja']).optional(),
      ProductType: keyword().optional(),
    }),
    response: list('Regions', 'Region', z.looseObject({ RegionId: z.string(), LocalName: z.string() })),
    // Any region's endpoint answers the list of regions.
    regional: false,
  }),
});
