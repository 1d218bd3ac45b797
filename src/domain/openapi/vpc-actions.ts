// Vpc (API version 2016-04-28): Account B's side of the grant and both accounts' networks
// (docs/reference/cen-api.md §2 steps 2–3). Regional: the BFF puts the body's regionId into RegionId.
import { z } from 'zod';
import { clientToken, defineActions, list, ok, read, write } from './action-define';
import { id, idList, keyword, name, regionId } from './param-limits';
import { filterSchema, pageParams, pagedResponse, uidOut, uidSchema, wireBool } from './wire-values';

const vpc = z.looseObject({
  VpcId: z.string(),
  VpcName: z.string().optional(),
  RegionId: z.string(),
  Status: z.string(),
  CidrBlock: z.string(),
  SecondaryCidrBlocks: z.object({ SecondaryCidrBlock: z.array(z.string()) }).optional(),
  OwnerId: uidOut.optional(),
  CenStatus: z.string().optional(),
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
