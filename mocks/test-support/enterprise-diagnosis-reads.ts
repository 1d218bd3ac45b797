// What the Enterprise-Edition path check reads (src/domain/diagnosis/enterprise-path/enterprise-path-types.ts), read
// from the mock cloud with its own calls as the console would — each answer parsed by the catalogue's response
// schema, a refusal kept as the code it answered — so a mock-level test can build the whole journey, break one
// thing and see which hop the diagnosis names. Not a test file itself.
import type { AccountName } from '../../src/domain/accounts';
import type {
  EnterprisePathInput,
  RouterTable,
  TransitRouterItem,
  TrGrantRuleItem,
  TrPeerAttachmentItem,
  TrVpcAttachmentItem,
  VpcRoutes,
} from '../../src/domain/diagnosis/enterprise-path/enterprise-path-types';
import { known, mapInspected, notInspected, type Inspected } from '../../src/domain/diagnosis/inspection';
import type { PathEnd } from '../../src/domain/diagnosis/path/path-types';
import { findAction } from '../../src/domain/openapi/actions';
import type { Product } from '../../src/domain/openapi/products';
import type { InstanceItem, SecurityGroupItem } from '../../src/domain/openapi/response-items';
import type { TestCloud } from './test-cloud';
import { EE } from './enterprise-flow';

/** One read as the console makes it: the catalogue's parsed answer, or the refusal as an inspection failure. */
function read<T>(
  t: TestCloud,
  account: AccountName,
  key: `${Product}.${string}`,
  params: Record<string, unknown>,
  pick: (body: never) => T,
): Inspected<T> {
  const [product, action] = key.split('.') as [Product, string];
  const r = t.call(account, product, action, params);
  if (r.status !== 200) return notInspected({ account, action: key, code: String(r.body.Code) });
  const parsed = findAction(product, action)!.response.parse(r.body) as never;
  return known(pick(parsed));
}

interface Side {
  account: AccountName;
  regionId: string;
  vpcId: string;
  instanceId: string;
}

function end(t: TestCloud, s: Side): PathEnd {
  const { account, regionId, vpcId } = s;
  const vpc = read(
    t,
    account,
    'Vpc.DescribeVpcs',
    { RegionId: regionId, VpcId: vpcId },
    (b: { Vpcs: { Vpc: { CidrBlock: string }[] } }) => b.Vpcs.Vpc[0]!.CidrBlock,
  );
  const instance = read(
    t,
    account,
    'Ecs.DescribeInstances',
    { RegionId: regionId, VpcId: vpcId },
    (b: { Instances: { Instance: InstanceItem[] } }) =>
      b.Instances.Instance.find((i) => i.InstanceId === s.instanceId)!,
  );
  const groups = instance.ok ? instance.value.SecurityGroupIds.SecurityGroupId : [];
  const securityGroups = groups.map((SecurityGroupId) =>
    read(
      t,
      account,
      'Ecs.DescribeSecurityGroupAttribute',
      { RegionId: regionId, SecurityGroupId, Direction: 'all' },
      (b: SecurityGroupItem) => b,
    ),
  );
  const failed = securityGroups.find((g) => !g.ok);
  return {
    account,
    regionId,
    vpcId,
    vpcCidr: vpc,
    instance,
    securityGroups: failed ?? known(securityGroups.flatMap((g) => (g.ok ? [g.value] : []))),
  };
}

/** A router's System table and its links (ListTransitRouterRouteTables, …Associations, …Propagations). */
function routerTable(t: TestCloud, routerId: string): Inspected<RouterTable> {
  const tableId = read(
    t,
    'A',
    'Cbn.ListTransitRouterRouteTables',
    { TransitRouterId: routerId, TransitRouterRouteTableType: 'System' },
    (b: { TransitRouterRouteTables: { TransitRouterRouteTableId: string }[] }) =>
      b.TransitRouterRouteTables[0]?.TransitRouterRouteTableId ?? null,
  );
  if (!tableId.ok || !tableId.value)
    return mapInspected(tableId, (id) => ({ tableId: id, associations: [], propagations: [] }));
  const params = { TransitRouterRouteTableId: tableId.value, MaxResults: 100 };
  const associations = read(
    t,
    'A',
    'Cbn.ListTransitRouterRouteTableAssociations',
    params,
    (b: { TransitRouterAssociations: RouterTable['associations'] }) => b.TransitRouterAssociations,
  );
  const propagations = read(
    t,
    'A',
    'Cbn.ListTransitRouterRouteTablePropagations',
    params,
    (b: { TransitRouterPropagations: RouterTable['propagations'] }) => b.TransitRouterPropagations,
  );
  if (!associations.ok) return associations;
  if (!propagations.ok) return propagations;
  return known({
    tableId: tableId.value,
    associations: associations.value,
    propagations: propagations.value,
  });
}

/** A VPC's System route table and its entries, read by the VPC's owner (DescribeRouteTableList, …EntryList). */
function vpcRoutes(t: TestCloud, s: Side): Inspected<VpcRoutes> {
  const tableId = read(
    t,
    s.account,
    'Vpc.DescribeRouteTableList',
    { RegionId: s.regionId, VpcId: s.vpcId, RouteTableType: 'System' },
    (b: { RouterTableList: { RouterTableListType: { RouteTableId: string }[] } }) =>
      b.RouterTableList.RouterTableListType[0]?.RouteTableId ?? null,
  );
  if (!tableId.ok || !tableId.value) return mapInspected(tableId, (id) => ({ tableId: id, entries: [] }));
  const id = tableId.value;
  return read(
    t,
    s.account,
    'Vpc.DescribeRouteEntryList',
    { RegionId: s.regionId, RouteTableId: id, MaxResult: 100 },
    (b: { RouteEntrys: { RouteEntry: VpcRoutes['entries'] } }) => ({
      tableId: id,
      entries: b.RouteEntrys.RouteEntry,
    }),
  );
}

/** Everything the Enterprise path check reads about CEN `cenId`, A's VPC in R1 and B's in R2. */
export function readEnterprisePath(
  t: TestCloud,
  cenId: string,
  choices: EnterprisePathInput['choices'] = {},
): EnterprisePathInput {
  const sides: Record<AccountName, Side> = {
    A: { account: 'A', regionId: EE.r1, vpcId: t.world.a.vpc.id, instanceId: t.world.a.ecs.id },
    B: { account: 'B', regionId: EE.r2, vpcId: t.world.b.vpc.id, instanceId: t.world.b.ecs.id },
  };
  const service = (account: AccountName) =>
    read(
      t,
      account,
      'Cbn.CheckTransitRouterService',
      {},
      (b: { Enabled: string | boolean }) => b.Enabled === true || b.Enabled === 'true',
    );
  const routers = read(
    t,
    'A',
    'Cbn.ListTransitRouters',
    { CenId: cenId, PageSize: 50 },
    (b: { TransitRouters: TransitRouterItem[] }) => b.TransitRouters,
  );
  const tables: EnterprisePathInput['tables'] = {};
  for (const s of ['A', 'B'] as const) {
    const r = routers.ok ? routers.value.find((x) => x.RegionId === sides[s].regionId) : undefined;
    if (r) tables[s] = routerTable(t, r.TransitRouterId);
  }
  return {
    cenId,
    uids: { A: t.cloud.account('A')?.uid, B: t.cloud.account('B')?.uid },
    a: end(t, sides.A),
    b: end(t, sides.B),
    service: { A: service('A'), B: service('B') },
    routers,
    grants: read(
      t,
      'B',
      'Cbn.DescribeGrantRulesToResource',
      { RegionId: EE.r2, ResourceId: sides.B.vpcId, ProductType: 'VPC', MaxResults: 100 },
      (b: { GrantRules: TrGrantRuleItem[] }) => b.GrantRules,
    ),
    vpcAttachments: read(
      t,
      'A',
      'Cbn.ListTransitRouterVpcAttachments',
      { CenId: cenId, MaxResults: 100 },
      (b: { TransitRouterAttachments: TrVpcAttachmentItem[] }) => b.TransitRouterAttachments,
    ),
    peerAttachments: read(
      t,
      'A',
      'Cbn.ListTransitRouterPeerAttachments',
      { CenId: cenId, MaxResults: 100 },
      (b: { TransitRouterAttachments: TrPeerAttachmentItem[] }) => b.TransitRouterAttachments,
    ),
    tables,
    vpcRoutes: { A: vpcRoutes(t, sides.A), B: vpcRoutes(t, sides.B) },
    choices,
    clientTokens: {},
  };
}
