// A fake world for the diagnosis tests: the tutorial's two accounts (the mock's demo UIDs, mocks/scenarios/seed.ts;
// tutorial: A in China North 1 / Qingdao 172.16.0.0/16, B in China North 2 / Beijing 192.168.0.0/16), built as
// whole Describe response bodies and passed through the catalogue's response schemas (actions.ts), so the engine
// is fed the exact shapes the web will hand it. Used by *.test.ts only.
import { findAction } from '../openapi/actions';
import type { Product } from '../openapi/products';
import type {
  ChildInstanceItem,
  InstanceItem,
  InterRegionLimitItem,
  RouteEntryItem,
  SecurityGroupItem,
  PermissionItem,
  BandwidthPackageItem,
} from '../openapi/response-items';
import { known, type Inspected } from '../diagnosis/inspection';
import { formatMessage, type Message } from '../diagnosis/messages';
import type { DirectionDiagnosis, HopId, PathEnd, PathInput } from '../diagnosis/path/path-types';
import type { AccountName } from '../accounts';

export const UID_A = '1262302482727553';
export const UID_B = '9263584710374521';
export const CEN_ID = 'cen-7qthudw0ll6jmc3wx0';
export const VPC_A = 'vpc-m5eqingdao0000000001';
export const VPC_B = 'vpc-2zebeijing0000000002';
export const SG_A = 'sg-m5ea00000000000000a1';
export const SG_B = 'sg-2zeb00000000000000b1';
export const ECS_A = 'i-m5ea0000000000000a01';
export const ECS_B = 'i-2zeb0000000000000b01';
export const IP_A = '172.16.1.10';
export const IP_B = '192.168.1.20';
export const CIDR_A = '172.16.0.0/16';
export const CIDR_B = '192.168.0.0/16';
export const PKG_ID = 'cenbwp-8q2m1tutorial000001';

/** Parses a response body with the catalogue's schema, as the web does, and returns the parsed body. */
export function viaCatalogue(product: Product, action: string, body: Record<string, unknown>) {
  const spec = findAction(product, action);
  if (!spec) throw new Error(`${product}.${action} is not in the catalogue`);
  return spec.response.parse({ RequestId: 'C0FFEE00-0000-4000-8000-000000000000', ...body });
}

/**
 * Items as a list action answers them: wrapped at `path` (['Cens', 'Cen'] for Cens.Cen[], ['TransitRouters'] for a
 * flat list) beside the paging fields in `rest`, parsed with the catalogue's schema and read back from that path.
 */
export function listedViaCatalogue<T>(
  product: Product,
  action: string,
  path: readonly [string, ...string[]],
  rest: Record<string, unknown>,
  items: readonly Record<string, unknown>[],
): T[] {
  const wrapped = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), items);
  let node: unknown = viaCatalogue(product, action, { ...rest, ...(wrapped as object) });
  for (const key of path) node = (node as Record<string, unknown>)[key];
  return node as T[];
}

/** One item as a list action answers it (listedViaCatalogue with a list of one). */
export const firstListed = <T>(
  product: Product,
  action: string,
  path: readonly [string, ...string[]],
  rest: Record<string, unknown>,
  item: Record<string, unknown>,
): T => listedViaCatalogue<T>(product, action, path, rest, [item])[0]!;

const paged = { TotalCount: 1, PageNumber: 1, PageSize: 10 };

export function instance(
  id: string,
  vpcId: string,
  ip: string,
  sg: string,
  regionId: string,
  status = 'Running',
) {
  const path = ['Instances', 'Instance'] as const;
  const counted = { TotalCount: 1 };
  return firstListed<InstanceItem>('Ecs', 'DescribeInstances', path, counted, {
    InstanceId: id,
    Status: status,
    RegionId: regionId,
    VpcAttributes: { VpcId: vpcId, PrivateIpAddress: { IpAddress: [ip] } },
    SecurityGroupIds: { SecurityGroupId: [sg] },
  });
}

/** ICMP from a CIDR, accepted at priority 1 — what the tutorial's note asks for (rule in the API's casing). */
export function icmpRule(source: string, extra: Partial<PermissionItem> = {}): PermissionItem {
  return {
    Direction: 'ingress',
    IpProtocol: 'ICMP',
    PortRange: '-1/-1',
    SourceCidrIp: source,
    Policy: 'Accept',
    Priority: '1',
    ...extra,
  };
}

export const SSH_RULE: PermissionItem = {
  Direction: 'ingress',
  IpProtocol: 'TCP',
  PortRange: '22/22',
  SourceCidrIp: '0.0.0.0/0',
  Policy: 'Accept',
  Priority: '1',
};

export function securityGroup(id: string, name: string, rules: PermissionItem[]): SecurityGroupItem {
  return viaCatalogue('Ecs', 'DescribeSecurityGroupAttribute', {
    RegionId: 'cn-qingdao',
    SecurityGroupId: id,
    SecurityGroupName: name,
    InnerAccessPolicy: 'Accept',
    Permissions: { Permission: rules },
  }) as unknown as SecurityGroupItem;
}

export function attachment(
  vpcId: string,
  regionId: string,
  owner: string,
  status = 'Attached',
): ChildInstanceItem {
  return firstListed('Cbn', 'DescribeCenAttachedChildInstances', ['ChildInstances', 'ChildInstance'], paged, {
    CenId: CEN_ID,
    ChildInstanceId: vpcId,
    ChildInstanceType: 'VPC',
    ChildInstanceRegionId: regionId,
    // A bare JSON number would lose digits for B's UID; the BFF sends strings (lossless-json.ts).
    ChildInstanceOwnerId: owner,
    Status: status,
  });
}

export function limit(
  local: string,
  opposite: string,
  mbps: number,
  status = 'Active',
): InterRegionLimitItem {
  const path = ['CenInterRegionBandwidthLimits', 'CenInterRegionBandwidthLimit'] as const;
  return firstListed('Cbn', 'DescribeCenInterRegionBandwidthLimits', path, paged, {
    CenId: CEN_ID,
    LocalRegionId: local,
    OppositeRegionId: opposite,
    BandwidthLimit: mbps,
    Status: status,
    BandwidthPackageId: PKG_ID,
  });
}

export function bandwidthPackage(
  overrides: Partial<BandwidthPackageItem> & { limits?: [string, string, number][] },
) {
  const { limits = [], ...rest } = overrides;
  const path = ['CenBandwidthPackages', 'CenBandwidthPackage'] as const;
  return firstListed<BandwidthPackageItem>('Cbn', 'DescribeCenBandwidthPackages', path, paged, {
    CenBandwidthPackageId: PKG_ID,
    Name: 'MainlandBandwidthPackage',
    Status: 'InUse',
    Bandwidth: 8,
    GeographicRegionAId: 'china',
    GeographicRegionBId: 'china',
    CenIds: { CenId: [CEN_ID] },
    // BandwidthLimit is a string in this listing (docs/reference/cen-api.md §2 step 4).
    OrginInterRegionBandwidthLimits: {
      OrginInterRegionBandwidthLimit: limits.map(([l, o, mbps]) => ({
        LocalRegionId: l,
        OppositeRegionId: o,
        BandwidthLimit: String(mbps),
      })),
    },
    ...rest,
  });
}

/** A VPC's route table as DescribeCenChildInstanceRouteEntries answers (the mock's routing.ts model). */
export function routes(entries: Partial<RouteEntryItem>[]): RouteEntryItem[] {
  const rest = { TotalCount: entries.length, PageNumber: 1, PageSize: 10 };
  const rows = entries.map((e) => ({ DestinationCidrBlock: '', ...e }));
  const path = ['CenRouteEntries', 'CenRouteEntry'] as const;
  return listedViaCatalogue('Cbn', 'DescribeCenChildInstanceRouteEntries', path, rest, rows);
}

export const system = (cidr: string): Partial<RouteEntryItem> => ({
  DestinationCidrBlock: cidr,
  Type: 'System',
  NextHopType: 'local',
  NextHopInstanceId: '',
  Status: 'Active',
});
export const learned = (
  cidr: string,
  vpcId: string,
  regionId: string,
  status = 'Active',
): Partial<RouteEntryItem> => ({
  DestinationCidrBlock: cidr,
  Type: 'CEN',
  NextHopType: 'CEN',
  NextHopInstanceId: vpcId,
  NextHopRegionId: regionId,
  Status: status,
});

export interface WorldOptions {
  aRules?: PermissionItem[];
  bRules?: PermissionItem[];
  bAttachStatus?: string;
  limits?: InterRegionLimitItem[];
  packages?: BandwidthPackageItem[];
  aRoutes?: RouteEntryItem[];
  bRoutes?: RouteEntryItem[];
}

/** Each end of the tutorial's path: its region, VPC, instance, security group and subnet. */
const TUTORIAL_ENDS = {
  A: {
    regionId: 'cn-qingdao',
    vpcId: VPC_A,
    cidr: CIDR_A,
    ecs: ECS_A,
    ip: IP_A,
    sg: SG_A,
    sgName: 'sg-a-qingdao',
    subnet: '172.16.1.0/24',
  },
  B: {
    regionId: 'cn-beijing',
    vpcId: VPC_B,
    cidr: CIDR_B,
    ecs: ECS_B,
    ip: IP_B,
    sg: SG_B,
    sgName: 'sg-b-beijing',
    subnet: '192.168.1.0/24',
  },
} as const;

/** One end after step 5: SSH and ICMP from the other VPC allowed, the other subnet learned through the CEN. */
function tutorialEnd(account: AccountName, rules?: PermissionItem[], routeList?: RouteEntryItem[]): PathEnd {
  const end = TUTORIAL_ENDS[account];
  const other = TUTORIAL_ENDS[account === 'A' ? 'B' : 'A'];
  return {
    account,
    regionId: end.regionId,
    vpcId: end.vpcId,
    vpcCidr: known(end.cidr),
    instance: known(instance(end.ecs, end.vpcId, end.ip, end.sg, end.regionId)),
    securityGroups: known([securityGroup(end.sg, end.sgName, rules ?? [SSH_RULE, icmpRule(other.cidr)])]),
    routes: known(
      routeList ?? routes([system(end.subnet), learned(other.subnet, other.vpcId, other.regionId)]),
    ),
  };
}

/** The tutorial after step 5: both VPCs Attached, 5 Mbps between Qingdao and Beijing, ICMP allowed both ways. */
export function tutorialPath(o: WorldOptions = {}): PathInput {
  const a = tutorialEnd('A', o.aRules, o.aRoutes);
  const b = tutorialEnd('B', o.bRules, o.bRoutes);
  return {
    cenId: CEN_ID,
    a,
    b,
    attachments: known([
      attachment(VPC_A, 'cn-qingdao', UID_A),
      attachment(VPC_B, 'cn-beijing', UID_B, o.bAttachStatus ?? 'Attached'),
    ]),
    limits: known(o.limits ?? [limit('cn-qingdao', 'cn-beijing', 5)]),
    packages: known(o.packages ?? [bandwidthPackage({ limits: [['cn-qingdao', 'cn-beijing', 5]] })]),
  };
}

export function forbiddenInB<T>(action: string): Inspected<T> {
  return forbiddenIn('B', action);
}

/** A Describe refused with Forbidden.RAM, as the catalogue answers a RAM user without the permission. */
export function forbiddenIn<T>(account: AccountName, action: string): Inspected<T> {
  return {
    ok: false,
    failure: {
      account,
      action,
      code: 'Forbidden.RAM',
      message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
    },
  };
}

/** One hop of a direction, by ID; throws when the direction has no such hop. */
export function hopOf(d: DirectionDiagnosis, id: HopId) {
  const h = d.hops.find((x) => x.id === id);
  if (!h) throw new Error(`no hop ${id}`);
  return h;
}

/** Every Message inside a result, found by shape, so a test can format all of them. */
export function collectMessages(value: unknown, out: Message[] = []): Message[] {
  if (Array.isArray(value)) for (const v of value) collectMessages(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.key === 'string' && /^(common|preflight|path|ping|ee)\./.test(o.key))
      out.push(o as unknown as Message);
    for (const v of Object.values(o)) collectMessages(v, out);
  }
  return out;
}

/** Formats every message in both languages and returns the sentences that still show a {placeholder}. */
export function unformatted(value: unknown): string[] {
  return collectMessages(value).flatMap((msg) =>
    (['en', 'zh'] as const).map((l) => formatMessage(msg, l)).filter((t) => /\{\w+\}/.test(t)),
  );
}
