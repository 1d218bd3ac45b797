// The Enterprise-Edition setup plan (planEnterpriseSetup, the plan the CLI export renders too) as Terraform for the
// alicloud provider: the transit-router resources of docs/reference/enterprise-edition.md §3, one per planned write,
// wired by references in the order the cloud requires, and `terraform import` lines for what the console already
// made so Terraform adopts it instead of making it again.
//
// Argument names and import ID formats are the provider's (aliyun/terraform-provider-alicloud, website/docs/r/
// cen_transit_router @0ae7d36, cen_transit_router_grant_attachment @3368fb1, cen_transit_router_vpc_attachment
// @06ff0fa, cen_transit_router_route_table_association @0ff1578, cen_transit_router_route_table_propagation
// @0ab2dc0, cen_transit_router_peer_attachment @5dd85d6, route_entry @03b20d2 .html.markdown; website/docs/d/
// cen_transit_router_route_tables @157db5c, cen_transit_router_service @6edc883; and where a doc and the code
// differ, the code: alicloud/resource_alicloud_cen_transit_router_{vpc_attachment @06ff0fa, peer_attachment
// @01d56d9, route_table_association @01c26a6, route_table_propagation @0612d75, grant_attachment @5412bed}.go).
// Each at https://github.com/aliyun/terraform-provider-alicloud/blob/<commit>/<path>, e.g.
// https://github.com/aliyun/terraform-provider-alicloud/blob/06ff0fa59cc1a0075c808b850ea9cbe6ed86266c/website/docs/r/cen_transit_router_vpc_attachment.html.markdown
//
// Regions: the router, VPC-attachment, peer-attachment and grant resources send RegionId = the provider's own region
// (client.RegionId in their Create), so Account A has one provider per region it builds in — `a` in A's VPC region,
// `a_<region>` in B's — and Account B one, `b`, in its VPC's region.
import type { AccountName } from '../accounts';
import { ENTERPRISE_CALL_ID as ID } from '../plan/enterprise-setup-calls';
import type { Side } from '../plan/enterprise-setup-input';
import type { OutputName, Plan, PlannedCall } from '../plan/plan-types';
import { block, ref, str, type Entry, type Value } from './terraform-hcl';
import { packageAttachmentResource, packageResource } from './terraform-package';
import { CREDENTIALS_NOTE, providerBlock, slug, type TerraformOptions } from './terraform-providers';
import { TUTORIAL_URL } from './tutorial-url';

const SIDES: readonly Side[] = ['A', 'B'];

/** The names the file gives to each side's resources, from the regions the plan's calls name. */
interface Layout {
  region: Record<Side, string | undefined>;
  /** Provider alias of an account in a region. */
  alias: (account: AccountName, region: string) => string;
  /** alicloud_cen_transit_router.<router(side)>, and its System table's data source of the same name. */
  router: (side: Side) => string;
  /** The VPC attachment, the route and the grant of a side: owner_region, as the Basic export names networks. */
  vpc: (side: Side) => string;
}

function layoutOf(plan: Plan): Layout {
  const byId = (id: string) => plan.calls.find((c) => c.id === id);
  const regionOf = (side: Side) => {
    const r = str(byId(ID.attach(side))?.params.RegionId ?? byId(ID.router(side))?.params.RegionId);
    return r && !r.startsWith('(') ? r : undefined;
  };
  const region = { A: regionOf('A'), B: regionOf('B') };
  const home = region.A ?? region.B ?? 'cn-hangzhou';
  return {
    region,
    alias: (account, r) => (account === 'B' ? 'b' : r === home ? 'a' : `a_${slug(r)}`),
    router: (side) => slug(region[side] ?? side.toLowerCase()),
    vpc: (side) => `${side.toLowerCase()}_${slug(region[side] ?? 'vpc')}`,
  };
}

/** The HCL expression that stands for an output of an earlier call. */
function outputExpr(output: OutputName, l: Layout): string {
  const side: Side = output.endsWith('B') ? 'B' : 'A';
  switch (output) {
    case 'cenId':
      return 'alicloud_cen_instance.cen.id';
    case 'bandwidthPackageId':
      return 'alicloud_cen_bandwidth_package_attachment.package.bandwidth_package_id';
    case 'transitRouterIdA':
    case 'transitRouterIdB':
      return `alicloud_cen_transit_router.${l.router(side)}.transit_router_id`;
    case 'trRouteTableIdA':
    case 'trRouteTableIdB':
      return `data.alicloud_cen_transit_router_route_tables.${l.router(side)}.tables[0].transit_router_route_table_id`;
    case 'vpcAttachmentIdA':
    case 'vpcAttachmentIdB':
      return `alicloud_cen_transit_router_vpc_attachment.${l.vpc(side)}.transit_router_attachment_id`;
    case 'peerAttachmentId':
      return 'alicloud_cen_transit_router_peer_attachment.peer.transit_router_attachment_id';
  }
}

/** A param as HCL: a reference when it is an earlier call's output, else the planned value. */
const param = (c: PlannedCall, name: string, l: Layout): Value => {
  const output = c.refs[name];
  return output ? ref(outputExpr(output, l)) : str(c.params[name]);
};

const sideOf = (c: PlannedCall): Side => (c.id.endsWith(':B') ? 'B' : 'A');
const provider = (l: Layout, account: AccountName, region: string | undefined): Entry => [
  'provider',
  ref(`alicloud.${l.alias(account, region ?? '')}`),
];
const dependsOn = (refs: string[]): Entry[] =>
  refs.length ? [{ blank: true }, ['depends_on', refs.map(ref)]] : [];

function providers(plan: Plan, l: Layout, options: TerraformOptions): string[] {
  const home = l.region.A ?? l.region.B ?? 'cn-hangzhou';
  const aRegions = [...new Set([home, ...SIDES.map((s) => l.region[s]).filter((r) => r !== undefined)])];
  return [
    [
      CREDENTIALS_NOTE,
      '# The router, attachment and grant resources act in their provider’s region (they send RegionId = the',
      '# provider region), so Account A has a provider in each region it builds a router in.',
    ].join('\n'),
    ...aRegions.map((r) => providerBlock('A', l.alias('A', r), r, plan, options)),
    [
      `# Account B (UID ${plan.accounts.B.uid ?? 'unknown'}): it grants its VPC and routes it, in the VPC's region.`,
      providerBlock('B', 'b', l.region.B ?? home, plan, options),
    ].join('\n'),
  ];
}

/** One call as HCL, or undefined for a call with no resource (the service check, whose answer the plan has). */
function resourceFor(
  c: PlannedCall,
  plan: Plan,
  l: Layout,
  serviceData: Set<AccountName>,
): string | undefined {
  const side = sideOf(c);
  const region = l.region[side];
  const cenRef = ref('alicloud_cen_instance.cen.id');
  const serviceDep = (account: AccountName) =>
    serviceData.has(account) ? [`data.alicloud_cen_transit_router_service.${account.toLowerCase()}`] : [];
  switch (c.action) {
    case 'OpenTransitRouterService':
      if (c.status === 'done') return undefined;
      return [
        `# Step 1, Account ${c.account} (docs/d/cen_transit_router_service): opens the transit-router service at \`terraform plan\`,`,
        '# free and for good (it cannot be closed once opened); when it is on already, it only reads that.',
        block(`data "alicloud_cen_transit_router_service" "${c.account.toLowerCase()}"`, [
          provider(l, c.account, c.account === 'A' ? l.region.A : l.region.B),
          ['enable', 'On'],
        ]),
      ].join('\n');
    case 'CreateCen':
      return [
        '# Step 1, Account A (docs/r/cen_instance: cen_instance_name replaces the deprecated name).',
        block('resource "alicloud_cen_instance" "cen"', [
          provider(l, 'A', l.region.A),
          ['cen_instance_name', str(c.params.Name)],
          ...(c.params.Description ? [['description', str(c.params.Description)] as Entry] : []),
        ]),
      ].join('\n');
    case 'CreateTransitRouter':
      return [
        `# Step 1, Account A: the transit router of ${region ?? '?'} (docs/r/cen_transit_router), one per region per CEN.`,
        block(`resource "alicloud_cen_transit_router" "${l.router(side)}"`, [
          provider(l, 'A', region),
          ['cen_id', cenRef],
          ...dependsOn(serviceDep('A')),
        ]),
      ].join('\n');
    case 'ListTransitRouterRouteTables':
      return [
        `# Step 1: the System route table the router of ${region ?? '?'} comes with (docs/d/cen_transit_router_route_tables).`,
        block(`data "alicloud_cen_transit_router_route_tables" "${l.router(side)}"`, [
          provider(l, 'A', region),
          ['transit_router_id', param(c, 'TransitRouterId', l)],
          ['transit_router_route_table_type', 'System'],
        ]),
      ].join('\n');
    case 'GrantInstanceToTransitRouter':
      return [
        '# Step 2, Account B (docs/r/cen_transit_router_grant_attachment, since provider 1.187.0): lets A’s CEN attach',
        `# B's VPC; order_type says who pays for the attachment. cen_owner_id is a string: UIDs pass 2^53.`,
        block(`resource "alicloud_cen_transit_router_grant_attachment" "${l.vpc('B')}"`, [
          provider(l, 'B', l.region.B),
          ['cen_id', cenRef],
          ['cen_owner_id', str(c.params.CenOwnerId)],
          ['instance_type', str(c.params.InstanceType)],
          ['instance_id', str(c.params.InstanceId)],
          ...(c.params.OrderType ? [['order_type', str(c.params.OrderType)] as Entry] : []),
        ]),
      ].join('\n');
    case 'CreateTransitRouterVpcAttachment': {
      const zones = (c.params.ZoneMappings as { ZoneId: string; VSwitchId: string }[] | undefined) ?? [];
      const grant = side === 'B' && plan.calls.some((g) => g.id === ID.grant && g.status !== 'blocked');
      return [
        `# Step 3, Account A attaches ${side === 'B' ? 'Account B’s' : 'its'} VPC (docs/r/cen_transit_router_vpc_attachment), one vSwitch per zone.`,
        ...(side === 'B'
          ? [
              '# vpc_owner_id is quoted: Terraform converts it to the number exactly, a JSON reader would not.',
            ]
          : []),
        block(`resource "alicloud_cen_transit_router_vpc_attachment" "${l.vpc(side)}"`, [
          provider(l, 'A', region),
          ['cen_id', cenRef],
          ['transit_router_id', param(c, 'TransitRouterId', l)],
          ['vpc_id', str(c.params.VpcId)],
          ...(c.params.VpcOwnerId ? [['vpc_owner_id', str(c.params.VpcOwnerId)] as Entry] : []),
          ...(c.params.AutoPublishRouteEnabled ? [['auto_publish_route_enabled', true] as Entry] : []),
          ...zones.map((z): Entry => ({
            block: 'zone_mappings',
            entries: [
              ['zone_id', z.ZoneId],
              ['vswitch_id', z.VSwitchId],
            ],
          })),
          ...dependsOn([
            ...(grant ? [`alicloud_cen_transit_router_grant_attachment.${l.vpc('B')}`] : []),
            ...(side === 'B' ? serviceDep('B') : []),
          ]),
        ]),
      ].join('\n');
    }
    case 'AssociateTransitRouterAttachmentWithRouteTable':
    case 'EnableTransitRouterRouteTablePropagation': {
      const association = c.action === 'AssociateTransitRouterAttachmentWithRouteTable';
      const type = association ? 'association' : 'propagation';
      const peer = c.id.includes(':peer:');
      return [
        `# Step ${c.step}, Account A (docs/r/cen_transit_router_route_table_${type}): ${association ? 'associates' : 'propagates'} the ${peer ? 'peer' : 'VPC'} attachment ${association ? 'with' : 'to'} the System table of ${region ?? '?'}.`,
        block(
          `resource "alicloud_cen_transit_router_route_table_${type}" "${peer ? `peer_${l.router(side)}` : l.vpc(side)}"`,
          [
            provider(l, 'A', region),
            ['transit_router_attachment_id', param(c, 'TransitRouterAttachmentId', l)],
            ['transit_router_route_table_id', param(c, 'TransitRouterRouteTableId', l)],
          ],
        ),
      ].join('\n');
    }
    case 'CreateCenBandwidthPackage':
      return packageResource(c, plan.known.bandwidthPackageId);
    case 'AssociateCenBandwidthPackage':
      return packageAttachmentResource();
    case 'CreateTransitRouterPeerAttachment': {
      const byPlan = c.params.BandwidthType === 'BandwidthPackage';
      return [
        '# Step 5, Account A connects the two routers (docs/r/cen_transit_router_peer_attachment; bandwidth_type since 1.157.0).',
        byPlan
          ? '# Paid out of the bandwidth plan of step 4: `bandwidth` is this connection’s share of it.'
          : '# Paid by data transfer (billed by Cloud Data Transfer, no plan to buy): `bandwidth` caps the connection.',
        block('resource "alicloud_cen_transit_router_peer_attachment" "peer"', [
          provider(l, 'A', l.region.A),
          ['cen_id', cenRef],
          ['transit_router_id', param(c, 'TransitRouterId', l)],
          ['peer_transit_router_id', param(c, 'PeerTransitRouterId', l)],
          ['peer_transit_router_region_id', str(c.params.PeerTransitRouterRegionId)],
          ['bandwidth_type', str(c.params.BandwidthType)],
          ['bandwidth', Number(c.params.Bandwidth)],
          ...(byPlan ? [['cen_bandwidth_package_id', param(c, 'CenBandwidthPackageId', l)] as Entry] : []),
        ]),
      ].join('\n');
    }
    case 'CreateRouteEntry':
      return [
        `# Step 5, Account ${c.account} (docs/r/route_entry, nexthop_type "Attachment": a transit router): the other VPC's CIDR`,
        `# goes to this VPC's own attachment.`,
        block(`resource "alicloud_route_entry" "${l.vpc(side)}"`, [
          provider(l, c.account, region),
          ['route_table_id', str(c.params.RouteTableId)],
          ['destination_cidrblock', str(c.params.DestinationCidrBlock)],
          ['nexthop_type', str(c.params.NextHopType)],
          ['nexthop_id', param(c, 'NextHopId', l)],
        ]),
      ].join('\n');
    default:
      return undefined;
  }
}

/** `terraform import` arguments for what exists (done, or still settling), with each resource's import ID. */
function importsFor(plan: Plan, l: Layout, vRouterIds: TerraformOptions['vRouterIds'] = {}): string[] {
  const k = plan.known;
  const lines: string[] = [];
  const idOf: Record<Side, { router?: string; table?: string; attachment?: string }> = {
    A: { router: k.transitRouterIdA, table: k.trRouteTableIdA, attachment: k.vpcAttachmentIdA },
    B: { router: k.transitRouterIdB, table: k.trRouteTableIdB, attachment: k.vpcAttachmentIdB },
  };
  for (const c of plan.calls.filter((x) => x.status === 'done' || x.status === 'waiting')) {
    const side = sideOf(c);
    const own = idOf[side];
    switch (c.action) {
      case 'CreateCen':
        if (k.cenId) lines.push(`alicloud_cen_instance.cen ${k.cenId}`);
        break;
      case 'CreateTransitRouter':
        // <cen_id>:<transit_router_id> (docs/r/cen_transit_router, Import).
        if (k.cenId && own.router)
          lines.push(`alicloud_cen_transit_router.${l.router(side)} ${k.cenId}:${own.router}`);
        break;
      case 'GrantInstanceToTransitRouter':
        // <instance_type>:<instance_id>:<cen_owner_id>:<cen_id> (docs/r/cen_transit_router_grant_attachment).
        if (k.cenId && c.params.CenOwnerId)
          lines.push(
            `alicloud_cen_transit_router_grant_attachment.${l.vpc('B')} ${str(c.params.InstanceType)}:${str(c.params.InstanceId)}:${str(c.params.CenOwnerId)}:${k.cenId}`,
          );
        break;
      case 'CreateTransitRouterVpcAttachment':
        // The code sets the ID to <cen_id>:<transit_router_attachment_id>; the doc only says <id>.
        if (k.cenId && own.attachment)
          lines.push(
            `alicloud_cen_transit_router_vpc_attachment.${l.vpc(side)} ${k.cenId}:${own.attachment}`,
          );
        break;
      case 'AssociateTransitRouterAttachmentWithRouteTable':
      case 'EnableTransitRouterRouteTablePropagation': {
        // The code sets <transit_router_attachment_id>:<transit_router_route_table_id> (the docs' example differs).
        const peer = c.id.includes(':peer:');
        const attachment = peer ? k.peerAttachmentId : own.attachment;
        const type = c.action.startsWith('Associate') ? 'association' : 'propagation';
        if (attachment && own.table)
          lines.push(
            `alicloud_cen_transit_router_route_table_${type}.${peer ? `peer_${l.router(side)}` : l.vpc(side)} ${attachment}:${own.table}`,
          );
        break;
      }
      case 'CreateCenBandwidthPackage':
        if (k.bandwidthPackageId)
          lines.push(`alicloud_cen_bandwidth_package.package ${k.bandwidthPackageId}`);
        break;
      case 'AssociateCenBandwidthPackage':
        if (k.bandwidthPackageId)
          lines.push(`alicloud_cen_bandwidth_package_attachment.package ${k.bandwidthPackageId}`);
        break;
      case 'CreateTransitRouterPeerAttachment':
        // The code sets <cen_id>:<transit_router_attachment_id> (the older doc said <transit_router_id>:…).
        if (k.cenId && k.peerAttachmentId)
          lines.push(`alicloud_cen_transit_router_peer_attachment.peer ${k.cenId}:${k.peerAttachmentId}`);
        break;
      case 'CreateRouteEntry':
        // <route_table_id>:<router_id>:<destination_cidrblock>:<nexthop_type>:<nexthop_id> (docs/r/route_entry):
        // router_id is the VPC's vRouter (vrt-…, DescribeVpcs), which the plan does not hold: the caller's, or a
        // placeholder the file explains — never a guess.
        if (own.attachment)
          lines.push(
            `alicloud_route_entry.${l.vpc(side)} ${str(c.params.RouteTableId)}:${vRouterIds[side] ?? `VRT_ID_${side}`}:${str(c.params.DestinationCidrBlock)}:${str(c.params.NextHopType)}:${own.attachment}`,
          );
        break;
    }
  }
  return lines.map((line) => `terraform import ${line}`);
}

/** `terraform import …` commands for the Enterprise resources the console already made. */
export function enterpriseImportCommands(plan: Plan, options: TerraformOptions = {}): string[] {
  return importsFor(plan, layoutOf(plan), options.vRouterIds);
}

export function renderEnterpriseTerraform(plan: Plan, options: TerraformOptions = {}): string {
  if (plan.kind !== 'setup' || plan.edition !== 'Enterprise')
    throw new Error(
      'renderEnterpriseTerraform takes the Enterprise-Edition setup plan (planEnterpriseSetup).',
    );
  const l = layoutOf(plan);
  const live = plan.calls.filter((c) => c.status !== 'blocked');
  const skipped = plan.calls.filter((c) => c.status === 'blocked');
  const serviceData = new Set(
    live.filter((c) => c.action === 'OpenTransitRouterService' && c.status !== 'done').map((c) => c.account),
  );
  const out: string[] = [
    [
      `# CEN Connect — the Enterprise-Edition setup plan as Terraform (${TUTORIAL_URL}, on transit routers; generated, edit freely).`,
      '# Resources and arguments: aliyun/terraform-provider-alicloud website/docs/r/cen_transit_router*.html.markdown.',
    ].join('\n'),
    block('terraform', [
      {
        block: 'required_providers',
        entries: [
          // The zone_mappings, grant-attachment and bandwidth_type arguments as the 1.231.0-era docs name them.
          ['alicloud', ref('{\n      source  = "aliyun/alicloud"\n      version = ">= 1.231.0"\n    }')],
        ],
      },
    ]),
    ...providers(plan, l, options),
  ];
  for (const c of live) {
    const hcl = resourceFor(c, plan, l, serviceData);
    if (hcl) out.push(hcl);
  }
  if (live.some((c) => c.action === 'CreateCen'))
    out.push(block('output "cen_id"', [['value', ref('alicloud_cen_instance.cen.id')]]));
  for (const c of live.filter((x) => x.action === 'OpenTransitRouterService' && x.status === 'done'))
    out.push(
      `# Account ${c.account}'s transit-router service is on already (CheckTransitRouterService): nothing to open.`,
    );
  if (skipped.length)
    out.push(
      skipped
        .map((c) => `# Not exported, blocked in the console: ${c.summary} — ${c.reason ?? ''}`)
        .join('\n'),
    );
  if (plan.warnings.length) out.push(plan.warnings.map((w) => `# NOTE: ${w.message}`).join('\n'));
  const imports = importsFor(plan, l, options.vRouterIds);
  if (imports.length)
    out.push(
      [
        '# Already made by the console: import them before `terraform apply`, so Terraform adopts them instead of',
        '# making them again (import ID formats: each resource doc’s "Import" section, or its code where they differ).',
        ...(imports.some((i) => i.includes('VRT_ID_'))
          ? [
              '# VRT_ID_A / VRT_ID_B: the vRouter ID (vrt-…) of that VPC, which DescribeVpcs lists as VRouterId.',
            ]
          : []),
        ...imports.map((i) => `#   ${i}`),
      ].join('\n'),
    );
  return `${out.join('\n\n')}\n`;
}
