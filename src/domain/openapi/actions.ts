// The one table of OpenAPI actions CEN Connect may call: the BFF's allow-list, the mock cloud's dispatch table and
// the console's typed client all read it. Parameter and response facts: cen-api.md §2 and §7.
// Parameters are written nested (Filter: [{Key, Value: [..]}]); the signer flattens them the SDK's way
// (Filter.1.Key, Filter.1.Value.1) and the mock unflattens them before validating with the same schema.
import { z } from 'zod';
import type { Product } from './products';
import { cenDescriptionSchema, cenNameSchema } from '../cen';
import {
  PACKAGE_BANDWIDTH_MAX,
  PACKAGE_BANDWIDTH_MIN,
  isValidPeriod,
  PERIOD_RULE,
  packageNameSchema,
} from '../bandwidth';
import { areaIdSchema, areaRequestIdSchema } from '../regions';
import {
  clientTokenSchema,
  filterSchema,
  pageParams,
  pagedResponse,
  tagsSchema,
  uidOut,
  uidSchema,
  wireBool,
  wireInt,
} from './wire-values';

export interface ActionSpec {
  product: Product;
  action: string;
  /** Changes state in the cloud: audited as a write, retried only with a ClientToken. */
  write: boolean;
  /** Accepts a ClientToken; the BFF refuses such a write without one, so a retry can never double-create. */
  clientToken: boolean;
  /** Needs RegionId (VPC and ECS are regional; CBN is central and ignores it). */
  regional: boolean;
  /** Some actions are used by the BFF itself (AssumeRole) and are not reachable through the proxy. */
  proxied: boolean;
  params: z.ZodType<Record<string, unknown>>;
  response: z.ZodType<Record<string, unknown>>;
}

const childType = z.enum(['VPC', 'VBR', 'CCN']);
const requestId = { RequestId: z.string() };
const ok = z.looseObject(requestId);

const define = (spec: Omit<ActionSpec, 'proxied'> & { proxied?: boolean }): ActionSpec => ({
  proxied: true,
  ...spec,
});

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
  Status: z.string(),
});

const bandwidthPackage = z.looseObject({
  CenBandwidthPackageId: z.string(),
  Name: z.string().optional(),
  Status: z.string(),
  Bandwidth: z.number(),
  GeographicRegionAId: areaIdSchema,
  GeographicRegionBId: areaIdSchema,
  GeographicSpanId: z.string().optional(),
  BandwidthPackageChargeType: z.string().optional(),
  BusinessStatus: z.string().optional(),
  CreationTime: z.string().optional(),
  ExpiredTime: z.string().optional(),
  CenIds: z.object({ CenId: z.array(z.string()) }).optional(),
  // The key is really spelled "Orgin…" and BandwidthLimit is a string here (cen-api.md §2 step 4).
  OrginInterRegionBandwidthLimits: z
    .object({
      OrginInterRegionBandwidthLimit: z.array(
        z.looseObject({
          LocalRegionId: z.string(),
          OppositeRegionId: z.string(),
          BandwidthLimit: z.string(),
        }),
      ),
    })
    .optional(),
});

const interRegionLimit = z.looseObject({
  CenId: z.string(),
  LocalRegionId: z.string(),
  OppositeRegionId: z.string(),
  BandwidthLimit: z.number(),
  Status: z.string(),
  GeographicSpanId: z.string().optional(),
  BandwidthPackageId: z.string().optional(),
});

const vpc = z.looseObject({
  VpcId: z.string(),
  VpcName: z.string().optional(),
  RegionId: z.string(),
  Status: z.string(),
  CidrBlock: z.string(),
  OwnerId: uidOut.optional(),
  CenStatus: z.string().optional(),
});

const vbr = z.looseObject({ VbrId: z.string(), Name: z.string().optional(), Status: z.string() });

const instance = z.looseObject({
  InstanceId: z.string(),
  InstanceName: z.string().optional(),
  Status: z.string(),
  RegionId: z.string(),
  VpcAttributes: z.looseObject({
    VpcId: z.string(),
    VSwitchId: z.string().optional(),
    PrivateIpAddress: z.object({ IpAddress: z.array(z.string()) }),
  }),
  SecurityGroupIds: z.object({ SecurityGroupId: z.array(z.string()) }),
});

const permission = z.looseObject({
  Direction: z.string(),
  IpProtocol: z.string(),
  PortRange: z.string(),
  SourceCidrIp: z.string().optional(),
  DestCidrIp: z.string().optional(),
  Policy: z.string(),
  Priority: z.string(),
  SecurityGroupRuleId: z.string().optional(),
  Description: z.string().optional(),
});

const routeEntry = z.looseObject({
  DestinationCidrBlock: z.string(),
  Status: z.string().optional(),
  NextHopInstanceId: z.string().optional(),
  NextHopRegionId: z.string().optional(),
  Type: z.string().optional(),
});

const list = <T extends z.ZodType>(outer: string, inner: string, item: T) =>
  z.looseObject({ [outer]: z.object({ [inner]: z.array(item) }) });

const childIdentity = {
  CenId: z.string().min(1),
  ChildInstanceId: z.string().min(1),
  ChildInstanceType: childType,
  ChildInstanceRegionId: z.string().min(1),
};

const grantParams = z.object({
  RegionId: z.string().min(1),
  InstanceId: z.string().min(1),
  InstanceType: z.enum(['VPC', 'VBR']),
  CenId: z.string().min(1),
  CenOwnerId: uidSchema,
  ClientToken: clientTokenSchema.optional(),
});

const specs: ActionSpec[] = [
  // ── Step 1: Account A creates the CEN ──────────────────────────────────────────────────────────────
  define({
    product: 'Cbn',
    action: 'CreateCen',
    write: true,
    clientToken: true,
    regional: false,
    params: z.object({
      Name: cenNameSchema,
      Description: cenDescriptionSchema.optional(),
      ProtectionLevel: z.enum(['REDUCED', 'FULL']).optional(),
      ClientToken: clientTokenSchema.optional(),
      Tag: tagsSchema,
    }),
    response: z.looseObject({ ...requestId, CenId: z.string() }),
  }),
  define({
    product: 'Cbn',
    action: 'DescribeCens',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({ ...pageParams(50), Filter: filterSchema, Tag: tagsSchema }),
    response: list('Cens', 'Cen', cen).extend(pagedResponse),
  }),
  define({
    product: 'Cbn',
    action: 'DeleteCen',
    write: true,
    clientToken: false,
    regional: false,
    params: z.object({ CenId: z.string().min(1) }),
    response: ok,
  }),
  // ── Step 3: attach (and detach) ────────────────────────────────────────────────────────────────────
  define({
    product: 'Cbn',
    action: 'AttachCenChildInstance',
    write: true,
    clientToken: false,
    regional: false,
    params: z.object({ ...childIdentity, ChildInstanceOwnerId: uidSchema.optional() }),
    response: ok,
  }),
  define({
    product: 'Cbn',
    action: 'DetachCenChildInstance',
    write: true,
    clientToken: false,
    regional: false,
    params: z.object({
      ...childIdentity,
      ChildInstanceOwnerId: uidSchema.optional(),
      CenOwnerId: uidSchema.optional(),
    }),
    response: ok,
  }),
  define({
    product: 'Cbn',
    action: 'DescribeCenAttachedChildInstances',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({
      CenId: z.string().min(1),
      ChildInstanceRegionId: z.string().optional(),
      ChildInstanceType: childType.optional(),
      ...pageParams(50),
    }),
    response: list('ChildInstances', 'ChildInstance', childInstance).extend(pagedResponse),
  }),
  define({
    product: 'Cbn',
    action: 'DescribeCenAttachedChildInstanceAttribute',
    write: false,
    clientToken: false,
    regional: false,
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
  define({
    product: 'Cbn',
    action: 'DescribeChildInstanceRegions',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({
      ProductType: childType.optional(),
      AcceptLanguage: z.enum(['zh-CN', 'en-US', 'ja']).optional(),
      ChildInstanceOwnerId: uidSchema.optional(),
    }),
    response: list('Regions', 'Region', z.looseObject({ RegionId: z.string(), LocalName: z.string() })),
  }),
  define({
    product: 'Cbn',
    action: 'DescribeGrantRulesToCen',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({
      CenId: z.string().min(1),
      ProductType: z.enum(['VPC', 'VBR', 'CCN', 'VPN']),
      ChildInstanceId: z.string().optional(),
      ChildInstanceOwnerId: uidSchema.optional(),
      RegionId: z.string().optional(),
      NextToken: z.string().optional(),
      MaxResults: wireInt(1, 100).optional(),
    }),
    response: z.looseObject({
      ...requestId,
      TotalCount: z.number(),
      GrantRules: z.object({
        GrantRule: z.array(
          z.looseObject({
            CenId: z.string(),
            CenOwnerId: uidOut,
            ChildInstanceId: z.string(),
            ChildInstanceOwnerId: uidOut,
            ChildInstanceRegionId: z.string(),
            ChildInstanceType: z.string(),
          }),
        ),
      }),
    }),
  }),
  // ── Step 4: bandwidth package ──────────────────────────────────────────────────────────────────────
  define({
    product: 'Cbn',
    action: 'CreateCenBandwidthPackage',
    write: true,
    clientToken: true,
    regional: false,
    params: z
      .object({
        Bandwidth: wireInt(PACKAGE_BANDWIDTH_MIN, PACKAGE_BANDWIDTH_MAX),
        GeographicRegionAId: areaRequestIdSchema,
        GeographicRegionBId: areaRequestIdSchema,
        BandwidthPackageChargeType: z.enum(['PREPAY', 'POSTPAY']).optional(),
        PricingCycle: z.enum(['Month', 'Year']).optional(),
        Period: wireInt(1).optional(),
        AutoPay: wireBool.optional(),
        AutoRenew: wireBool.optional(),
        Name: packageNameSchema.optional(),
        Description: cenDescriptionSchema.optional(),
        ClientToken: clientTokenSchema.optional(),
      })
      .refine((p) => p.Period === undefined || isValidPeriod(p.PricingCycle ?? 'Month', p.Period), {
        error: PERIOD_RULE,
        path: ['Period'],
      }),
    response: z.looseObject({
      ...requestId,
      CenBandwidthPackageId: z.string(),
      CenBandwidthPackageOrderId: z.string().optional(),
    }),
  }),
  define({
    product: 'Cbn',
    action: 'DescribeCenBandwidthPackages',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({ ...pageParams(50), Filter: filterSchema, IsOrKey: wireBool.optional() }),
    response: list('CenBandwidthPackages', 'CenBandwidthPackage', bandwidthPackage).extend(pagedResponse),
  }),
  define({
    product: 'Cbn',
    action: 'AssociateCenBandwidthPackage',
    write: true,
    clientToken: false,
    regional: false,
    params: z.object({ CenId: z.string().min(1), CenBandwidthPackageId: z.string().min(1) }),
    response: ok,
  }),
  define({
    product: 'Cbn',
    action: 'UnassociateCenBandwidthPackage',
    write: true,
    clientToken: false,
    regional: false,
    params: z.object({ CenId: z.string().min(1), CenBandwidthPackageId: z.string().min(1) }),
    response: ok,
  }),
  define({
    product: 'Cbn',
    action: 'DescribeCenGeographicSpanRemainingBandwidth',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({
      CenId: z.string().min(1),
      GeographicRegionAId: areaRequestIdSchema,
      GeographicRegionBId: areaRequestIdSchema,
      ...pageParams(50),
    }),
    response: z.looseObject({ ...requestId, RemainingBandwidth: z.number() }),
  }),
  define({
    product: 'Cbn',
    action: 'DescribeGeographicRegionMembership',
    write: false,
    clientToken: false,
    regional: false,
    // Lower case here, unlike CreateCenBandwidthPackage (cen-api.md §2).
    params: z.object({ GeographicRegionId: areaIdSchema, ...pageParams(50) }),
    response: list('RegionIds', 'RegionId', z.object({ RegionId: z.string() })).extend(pagedResponse),
  }),
  // ── Step 5: region connections ─────────────────────────────────────────────────────────────────────
  define({
    product: 'Cbn',
    action: 'SetCenInterRegionBandwidthLimit',
    write: true,
    clientToken: false,
    regional: false,
    params: z.object({
      CenId: z.string().min(1),
      LocalRegionId: z.string().min(1),
      OppositeRegionId: z.string().min(1),
      BandwidthLimit: wireInt(0, PACKAGE_BANDWIDTH_MAX),
      BandwidthType: z.enum(['BandwidthPackage', 'DataTransfer']).optional(),
    }),
    response: ok,
  }),
  define({
    product: 'Cbn',
    action: 'DescribeCenInterRegionBandwidthLimits',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({ CenId: z.string().min(1), TrRegionId: z.string().optional(), ...pageParams(50) }),
    response: list('CenInterRegionBandwidthLimits', 'CenInterRegionBandwidthLimit', interRegionLimit).extend(
      pagedResponse,
    ),
  }),
  // ── Step 6: routes ─────────────────────────────────────────────────────────────────────────────────
  define({
    product: 'Cbn',
    action: 'DescribeCenRegionDomainRouteEntries',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({
      CenId: z.string().min(1),
      CenRegionId: z.string().min(1),
      DestinationCidrBlock: z.string().optional(),
      Status: z.enum(['Active', 'Candidate', 'Rejected', 'Prohibited', 'All']).optional(),
      ...pageParams(500),
    }),
    response: list('CenRouteEntries', 'CenRouteEntry', routeEntry).extend(pagedResponse),
  }),
  define({
    product: 'Cbn',
    action: 'DescribeCenChildInstanceRouteEntries',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({
      CenId: z.string().min(1),
      ChildInstanceId: z.string().min(1),
      ChildInstanceType: z.enum(['VPC', 'VBR', 'CCN', 'ECR']),
      ChildInstanceRegionId: z.string().optional(),
      ChildInstanceRouteTableId: z.string().optional(),
      Status: z.string().optional(),
      ...pageParams(500),
    }),
    response: list('CenRouteEntries', 'CenRouteEntry', routeEntry).extend(pagedResponse),
  }),
  // ── Step 2: Account B's side (VPC) ─────────────────────────────────────────────────────────────────
  define({
    product: 'Vpc',
    action: 'GrantInstanceToCen',
    write: true,
    clientToken: true,
    regional: true,
    params: grantParams,
    response: ok,
  }),
  define({
    product: 'Vpc',
    action: 'RevokeInstanceFromCen',
    write: true,
    clientToken: true,
    regional: true,
    params: grantParams.extend({ InstanceType: z.enum(['VPC', 'VBR', 'CCN']) }),
    response: ok,
  }),
  define({
    product: 'Vpc',
    action: 'DescribeGrantRulesToCen',
    write: false,
    clientToken: false,
    regional: true,
    params: z.object({
      RegionId: z.string().min(1),
      InstanceId: z.string().min(1),
      InstanceType: z.enum(['VPC', 'VBR', 'CCN']),
      ...pageParams(50),
    }),
    response: z
      .looseObject({
        CenGrantRules: z.object({
          CbnGrantRule: z.array(
            z.looseObject({
              CenInstanceId: z.string(),
              CenOwnerId: uidOut,
              CreationTime: z.string().optional(),
            }),
          ),
        }),
      })
      .extend(pagedResponse),
  }),
  define({
    product: 'Vpc',
    action: 'DescribeVpcs',
    write: false,
    clientToken: false,
    regional: true,
    params: z.object({
      RegionId: z.string().min(1),
      VpcId: z.string().optional(),
      VpcName: z.string().optional(),
      IsDefault: wireBool.optional(),
      ...pageParams(50),
    }),
    response: list('Vpcs', 'Vpc', vpc).extend(pagedResponse),
  }),
  define({
    product: 'Vpc',
    action: 'DescribeVirtualBorderRouters',
    write: false,
    clientToken: false,
    regional: true,
    params: z.object({ RegionId: z.string().min(1), Filter: filterSchema, ...pageParams(50) }),
    // Element name VirtualBorderRouterType is from GO-SDK-v1 (UNCONFIRMED, cen-api.md §2).
    response: list('VirtualBorderRouterSet', 'VirtualBorderRouterType', vbr).extend(pagedResponse),
  }),
  define({
    product: 'Vpc',
    action: 'DescribeRegions',
    write: false,
    clientToken: false,
    regional: false,
    params: z.object({
      AcceptLanguage: z.enum(['zh-CN', 'en-US', 'ja']).optional(),
      ProductType: z.string().optional(),
    }),
    response: list('Regions', 'Region', z.looseObject({ RegionId: z.string(), LocalName: z.string() })),
  }),
  // ── Step 6: ECS ────────────────────────────────────────────────────────────────────────────────────
  define({
    product: 'Ecs',
    action: 'DescribeInstances',
    write: false,
    clientToken: false,
    regional: true,
    params: z.object({
      RegionId: z.string().min(1),
      VpcId: z.string().optional(),
      InstanceIds: z.string().optional(),
      Status: z.string().optional(),
      NextToken: z.string().optional(),
      MaxResults: wireInt(1, 100).optional(),
      ...pageParams(100),
    }),
    response: list('Instances', 'Instance', instance).extend({
      RequestId: z.string(),
      TotalCount: z.number(),
    }),
  }),
  define({
    product: 'Ecs',
    action: 'DescribeSecurityGroupAttribute',
    write: false,
    clientToken: false,
    regional: true,
    params: z.object({
      RegionId: z.string().min(1),
      SecurityGroupId: z.string().min(1),
      Direction: z.enum(['ingress', 'egress', 'all']).optional(),
      NicType: z.enum(['intranet', 'internet']).optional(),
      MaxResults: wireInt(10, 1000).optional(),
      NextToken: z.string().optional(),
    }),
    response: z.looseObject({
      ...requestId,
      SecurityGroupId: z.string(),
      SecurityGroupName: z.string().optional(),
      VpcId: z.string().optional(),
      InnerAccessPolicy: z.string().optional(),
      Permissions: z.object({ Permission: z.array(permission) }),
    }),
  }),
  define({
    product: 'Ecs',
    action: 'AuthorizeSecurityGroup',
    write: true,
    clientToken: true,
    regional: true,
    params: z.object({
      RegionId: z.string().min(1),
      SecurityGroupId: z.string().min(1),
      ClientToken: clientTokenSchema.optional(),
      Permissions: z
        .array(
          z.object({
            IpProtocol: z.enum([
              'TCP',
              'UDP',
              'ICMP',
              'ICMPv6',
              'GRE',
              'ALL',
              'tcp',
              'udp',
              'icmp',
              'icmpv6',
              'gre',
              'all',
            ]),
            PortRange: z.string().regex(/^-?\d+\/-?\d+$/),
            SourceCidrIp: z.string().optional(),
            Policy: z.enum(['accept', 'drop', 'Accept', 'Drop']).optional(),
            Priority: z.string().regex(/^\d+$/).optional(),
            NicType: z.enum(['intranet', 'internet']).optional(),
            Description: z.string().max(512).optional(),
          }),
        )
        .min(1)
        .max(100),
    }),
    response: ok,
  }),
  define({
    product: 'Ecs',
    action: 'RunCommand',
    write: true,
    clientToken: true,
    regional: true,
    params: z.object({
      RegionId: z.string().min(1),
      Type: z.enum(['RunShellScript', 'RunBatScript', 'RunPowerShellScript']),
      CommandContent: z.string().min(1).max(16384),
      InstanceId: z.array(z.string()).min(1).max(100),
      Timeout: wireInt(10, 86400).optional(),
      ContentEncoding: z.enum(['PlainText', 'Base64']).optional(),
      ClientToken: clientTokenSchema.optional(),
    }),
    response: z.looseObject({ ...requestId, InvokeId: z.string(), CommandId: z.string().optional() }),
  }),
  define({
    product: 'Ecs',
    action: 'DescribeInvocationResults',
    write: false,
    clientToken: false,
    regional: true,
    params: z.object({
      RegionId: z.string().min(1),
      InvokeId: z.string().min(1),
      InstanceId: z.string().optional(),
      // Output is Base64 unless PlainText is asked for, as in the real ECS API.
      ContentEncoding: z.enum(['PlainText', 'Base64']).optional(),
    }),
    response: z.looseObject({
      ...requestId,
      Invocation: z.looseObject({
        InvocationResults: z.object({
          InvocationResult: z.array(
            z.looseObject({
              InstanceId: z.string(),
              InvocationStatus: z.string(),
              Output: z.string().optional(),
              ExitCode: z.number().optional(),
            }),
          ),
        }),
      }),
    }),
  }),
  // ── STS: used by the BFF to reach Account B by role; never through the proxy ───────────────────────
  define({
    product: 'Sts',
    action: 'AssumeRole',
    write: false,
    clientToken: false,
    regional: false,
    proxied: false,
    params: z.object({
      RoleArn: z.string().regex(/^acs:ram::\d+:role\/.+$/),
      RoleSessionName: z.string().regex(/^[\w.@-]{2,64}$/),
      DurationSeconds: wireInt(900, 43200).optional(),
      Policy: z.string().optional(),
    }),
    response: z.looseObject({
      ...requestId,
      Credentials: z.object({
        AccessKeyId: z.string(),
        AccessKeySecret: z.string(),
        SecurityToken: z.string(),
        Expiration: z.string(),
      }),
      AssumedRoleUser: z.looseObject({ Arn: z.string(), AssumedRoleId: z.string() }).optional(),
    }),
  }),
  define({
    product: 'Sts',
    action: 'GetCallerIdentity',
    write: false,
    clientToken: false,
    regional: false,
    proxied: false,
    params: z.object({}),
    // AccountId is the caller's UID; the BFF asks once per live account that has no UID configured.
    response: z.looseObject({
      ...requestId,
      AccountId: z.string(),
      Arn: z.string(),
      IdentityType: z.string().optional(),
    }),
  }),
];

/** Every action, keyed "Product.Action" — DescribeGrantRulesToCen exists in both Cbn and Vpc. */
export const ACTIONS: ReadonlyMap<string, ActionSpec> = new Map(
  specs.map((s) => [`${s.product}.${s.action}`, s]),
);

/**
 * Resolves a name from the BFF route: "CreateCen" when only one product has it, or "Vpc.DescribeGrantRulesToCen"
 * when it is ambiguous (or always, if the caller prefers).
 */
export function resolveAction(name: string): ActionSpec | { ambiguous: string[] } | undefined {
  const qualified = ACTIONS.get(name);
  if (qualified) return qualified;
  const matches = specs.filter((s) => s.action === name);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) return { ambiguous: matches.map((s) => `${s.product}.${s.action}`) };
  return undefined;
}

export function findAction(product: Product, action: string): ActionSpec | undefined {
  return ACTIONS.get(`${product}.${action}`);
}

export function actionKey(spec: Pick<ActionSpec, 'product' | 'action'>): string {
  return `${spec.product}.${spec.action}`;
}
