// Cbn (CEN, API version 2017-09-12): the CEN instance, its child instances and grants, and the route views
// (docs/reference/cen-api.md §2 steps 1, 3 and 6). Bandwidth packages and region connections:
// cbn-bandwidth-actions.ts.
import { z } from 'zod';
import { cenDescriptionSchema, cenNameSchema } from '../cen';
import { clientToken, defineActions, list, ok, read, requestId, write } from './action-define';
import { id, keyword, nextToken, regionId, text } from './param-limits';
import {
  filterSchema,
  pageParams,
  pagedResponse,
  tagsSchema,
  uidOut,
  uidSchema,
  wireBool,
  wireInt,
} from './wire-values';

const childType = z.enum(['VPC', 'VBR', 'CCN']);

const cen = z.looseObject({
  CenId: z.string(),
  Name: z.string().optional(),
  Description: z.string().optional(),
  Status: z.string(),
  ProtectionLevel: z.string().optional(),
  CreationTime: z.string().optional(),
  CenBandwidthPackageIds: z.object({ CenBandwidthPackageId: z.array(z.string()) }).optional(),
});

const childInstance = z.looseObject({
  CenId: z.string(),
  ChildInstanceId: z.string(),
  ChildInstanceType: z.string(),
  ChildInstanceRegionId: z.string(),
  ChildInstanceOwnerId: uidOut,
  ChildInstanceAttachTime: z.string().optional(),
  /** Attaching → Attached; Detaching (docs/reference/cen-api.md §3). */
  Status: z.string(),
});

const grantRule = z.looseObject({
  CenId: z.string(),
  CenOwnerId: uidOut,
  ChildInstanceId: z.string(),
  ChildInstanceOwnerId: uidOut,
  ChildInstanceRegionId: z.string(),
  ChildInstanceType: z.string(),
});

const routeEntry = z.looseObject({
  DestinationCidrBlock: z.string(),
  /** Active, Candidate, Rejected or Prohibited (docs/reference/cen-api.md §2 "Route visibility"). */
  Status: z.string().optional(),
  NextHopInstanceId: z.string().optional(),
  NextHopRegionId: z.string().optional(),
  NextHopType: z.string().optional(),
  /** System (the VPC's own vSwitch route) or CEN (learned from the CEN). */
  Type: z.string().optional(),
  Conflicts: z
    .object({
      Conflict: z.array(
        z.looseObject({ DestinationCidrBlock: z.string().optional(), Status: z.string().optional() }),
      ),
    })
    .optional(),
});

// String limits: docs/reference/cen-api.md §5 "Parameter lengths".
const childIdentity = {
  CenId: id(),
  ChildInstanceId: id(),
  ChildInstanceType: childType,
  ChildInstanceRegionId: regionId(),
};

export const CBN_ACTIONS = defineActions('Cbn', {
  // ── Step 1: Account A creates the CEN ──────────────────────────────────────────────────────────────
  CreateCen: write({
    params: z.object({
      Name: cenNameSchema,
      Description: cenDescriptionSchema.optional(),
      ProtectionLevel: z.enum(['REDUCED', 'FULL']).optional(),
      ...clientToken,
      Tag: tagsSchema,
    }),
    response: z.looseObject({ ...requestId, CenId: z.string() }),
  }),
  DescribeCens: read({
    params: z.object({ ...pageParams(50), Filter: filterSchema, Tag: tagsSchema }),
    response: list('Cens', 'Cen', cen).extend(pagedResponse),
  }),
  DeleteCen: write({ params: z.object({ CenId: id() }), response: ok }),
  // ── Step 3: attach (and detach) ────────────────────────────────────────────────────────────────────
  AttachCenChildInstance: write({
    params: z.object({ ...childIdentity, ChildInstanceOwnerId: uidSchema.optional() }),
    response: ok,
  }),
  DetachCenChildInstance: write({
    params: z.object({
      ...childIdentity,
      ChildInstanceOwnerId: uidSchema.optional(),
      CenOwnerId: uidSchema.optional(),
    }),
    response: ok,
  }),
  DescribeCenAttachedChildInstances: read({
    params: z.object({
      CenId: id(),
      ChildInstanceRegionId: regionId().optional(),
      ChildInstanceType: childType.optional(),
      ...pageParams(50),
    }),
    response: list('ChildInstances', 'ChildInstance', childInstance).extend(pagedResponse),
  }),
  DescribeCenAttachedChildInstanceAttribute: read({
    params: z.object({ ...childIdentity, IncludeRouteTable: wireBool.optional() }),
    response: z.looseObject({
      ...requestId,
      CenId: z.string(),
      ChildInstanceId: z.string(),
      ChildInstanceOwnerId: uidOut,
      Status: z.string(),
      ChildInstanceAttributes: z.looseObject({ CidrBlock: z.string().optional() }).optional(),
    }),
  }),
  DescribeChildInstanceRegions: read({
    params: z.object({
      ProductType: childType.optional(),
      AcceptLanguage: z.enum(['zh-CN', 'en-US', 'ja']).optional(),
      ChildInstanceOwnerId: uidSchema.optional(),
    }),
    response: list('Regions', 'Region', z.looseObject({ RegionId: z.string(), LocalName: z.string() })),
  }),
  /** Account A's view of the grants to its CEN; NextToken paging (docs/reference/cen-api.md §2 step 3). */
  DescribeGrantRulesToCen: read({
    params: z.object({
      CenId: id(),
      ProductType: z.enum(['VPC', 'VBR', 'CCN', 'VPN']),
      ChildInstanceId: id().optional(),
      ChildInstanceOwnerId: uidSchema.optional(),
      RegionId: regionId().optional(),
      NextToken: nextToken().optional(),
      MaxResults: wireInt(1, 100).optional(),
    }),
    response: z.looseObject({
      ...requestId,
      TotalCount: z.number(),
      NextToken: z.string().optional(),
      GrantRules: z.object({ GrantRule: z.array(grantRule) }),
    }),
  }),
  // ── Step 6: routes ─────────────────────────────────────────────────────────────────────────────────
  DescribeCenRegionDomainRouteEntries: read({
    params: z.object({
      CenId: id(),
      CenRegionId: regionId(),
      DestinationCidrBlock: text(64, 1).optional(),
      Status: z.enum(['Active', 'Candidate', 'Rejected', 'Prohibited', 'All']).optional(),
      ...pageParams(500),
    }),
    response: list('CenRouteEntries', 'CenRouteEntry', routeEntry).extend(pagedResponse),
  }),
  DescribeCenChildInstanceRouteEntries: read({
    params: z.object({
      CenId: id(),
      ChildInstanceId: id(),
      ChildInstanceType: z.enum(['VPC', 'VBR', 'CCN', 'ECR']),
      ChildInstanceRegionId: regionId().optional(),
      ChildInstanceRouteTableId: id().optional(),
      Status: keyword().optional(),
      ...pageParams(500),
    }),
    response: list('CenRouteEntries', 'CenRouteEntry', routeEntry).extend(pagedResponse),
  }),
});
