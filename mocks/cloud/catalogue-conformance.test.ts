// Every action of the BFF's catalogue is served, and every success body the mock sends — after the wire round
// trip (bare-number UIDs, lossless parse) — satisfies the catalogue's own response schema. This keeps the mock and
// the console's parsers honest with each other (src/domain/openapi/actions.ts).
import { EE, runEnterprise, tearDownEnterprise, type Run } from '../test-support/enterprise-flow';
import { testCloud } from '../test-support/test-cloud';
import { wireJson } from './mock-cloud';
import { ACTIONS, actionKey } from '../../src/domain/openapi/actions';
import { parseJsonLossless } from '../../src/domain/openapi/lossless-json';
import type { Product } from '../../src/domain/openapi/products';
import { UID } from '../scenarios/seed';
import type { AccountName } from '../../src/domain/accounts';

describe('catalogue conformance', () => {
  it('answers every catalogue action with a body its response schema accepts', () => {
    const t = testCloud({ afterStep: 5 });
    const cenId = t.state.cenId;
    const seen = new Map<string, Record<string, unknown>>();
    const run = (account: AccountName, product: Product, action: string, params: Record<string, unknown>) => {
      const body = t.ok(account, product, action, params);
      seen.set(`${product}.${action}`, body);
      return body;
    };
    const vbrB = t.cloud.world.vbrs.find((v) => v.ownerUid === UID.B);
    const child = {
      CenId: cenId,
      ChildInstanceId: t.world.b.vpc.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-beijing',
    };
    run('A', 'Cbn', 'DescribeCens', {});
    run('A', 'Cbn', 'DescribeCenAttachedChildInstances', { CenId: cenId });
    run('A', 'Cbn', 'DescribeCenAttachedChildInstanceAttribute', child);
    run('A', 'Cbn', 'DescribeChildInstanceRegions', { ProductType: 'VPC' });
    run('A', 'Cbn', 'DescribeGrantRulesToCen', { CenId: cenId, ProductType: 'VPC' });
    run('A', 'Cbn', 'DescribeCenBandwidthPackages', {});
    run('A', 'Cbn', 'DescribeCenGeographicSpanRemainingBandwidth', {
      CenId: cenId,
      GeographicRegionAId: 'China',
      GeographicRegionBId: 'China',
    });
    run('A', 'Cbn', 'DescribeGeographicRegionMembership', { GeographicRegionId: 'china' });
    run('A', 'Cbn', 'DescribeCenInterRegionBandwidthLimits', { CenId: cenId });
    run('A', 'Cbn', 'DescribeCenRegionDomainRouteEntries', { CenId: cenId, CenRegionId: 'cn-qingdao' });
    run('A', 'Cbn', 'DescribeCenChildInstanceRouteEntries', { ...child, ChildInstanceRegionId: undefined });
    run('B', 'Vpc', 'DescribeGrantRulesToCen', {
      RegionId: 'cn-beijing',
      InstanceId: t.world.b.vpc.id,
      InstanceType: 'VPC',
    });
    run('B', 'Vpc', 'DescribeVpcs', { RegionId: 'cn-beijing' });
    run('B', 'Vpc', 'CreateVSwitch', {
      RegionId: 'cn-beijing',
      VpcId: t.world.b.vpc.id,
      ZoneId: 'cn-beijing-c',
      CidrBlock: '192.168.2.0/24',
    });
    run('B', 'Vpc', 'DescribeVSwitches', { RegionId: 'cn-beijing', VpcId: t.world.b.vpc.id });
    run('B', 'Vpc', 'DescribeVirtualBorderRouters', { RegionId: 'cn-beijing' });
    run('B', 'Vpc', 'DescribeRegions', {});
    run('B', 'Ecs', 'DescribeInstances', { RegionId: 'cn-beijing' });
    run('B', 'Ecs', 'DescribeSecurityGroupAttribute', {
      RegionId: 'cn-beijing',
      SecurityGroupId: t.world.b.sg.id,
    });
    run('B', 'Ecs', 'AuthorizeSecurityGroup', {
      RegionId: 'cn-beijing',
      SecurityGroupId: t.world.b.sg.id,
      Permissions: [{ IpProtocol: 'ICMP', PortRange: '-1/-1', SourceCidrIp: '10.0.0.0/8' }],
    });
    const inv = run('A', 'Ecs', 'RunCommand', {
      RegionId: 'cn-qingdao',
      Type: 'RunShellScript',
      CommandContent: 'ping -c 4 192.168.1.20',
      InstanceId: [t.world.a.ecs.id],
    });
    run('A', 'Ecs', 'DescribeInvocationResults', { RegionId: 'cn-qingdao', InvokeId: inv.InvokeId });
    run('A', 'Sts', 'AssumeRole', {
      RoleArn: `acs:ram::${UID.B}:role/cen-connect-operator`,
      RoleSessionName: 'conformance',
    });
    run('A', 'Sts', 'GetCallerIdentity', {});
    // Writes, in an order the rules allow.
    const cen2 = String(run('A', 'Cbn', 'CreateCen', { Name: 'Conformance' }).CenId);
    run('B', 'Vpc', 'GrantInstanceToCen', {
      RegionId: 'cn-beijing',
      InstanceId: vbrB?.id,
      InstanceType: 'VBR',
      CenId: cen2,
      CenOwnerId: UID.B,
    });
    run('B', 'Vpc', 'RevokeInstanceFromCen', {
      RegionId: 'cn-beijing',
      InstanceId: vbrB?.id,
      InstanceType: 'VBR',
      CenId: cen2,
      CenOwnerId: UID.B,
    });
    run('A', 'Cbn', 'SetCenInterRegionBandwidthLimit', {
      CenId: cenId,
      LocalRegionId: 'cn-qingdao',
      OppositeRegionId: 'cn-beijing',
      BandwidthLimit: 0,
    });
    run('A', 'Cbn', 'UnassociateCenBandwidthPackage', {
      CenId: cenId,
      CenBandwidthPackageId: t.state.packageId,
    });
    run('A', 'Cbn', 'AssociateCenBandwidthPackage', {
      CenId: cen2,
      CenBandwidthPackageId: t.state.packageId,
    });
    run('A', 'Cbn', 'CreateCenBandwidthPackage', {
      Bandwidth: 2,
      GeographicRegionAId: 'Europe',
      GeographicRegionBId: 'Asia-Pacific',
    });
    run('A', 'Cbn', 'DetachCenChildInstance', child);
    run('A', 'Cbn', 'AttachCenChildInstance', {
      CenId: cenId,
      ChildInstanceId: t.world.a.hangzhou.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-hangzhou',
    });
    run('A', 'Cbn', 'DeleteCen', { CenId: String(run('A', 'Cbn', 'CreateCen', { Name: 'ToDelete' }).CenId) });
    // Enterprise Edition on a CEN of its own: steps 0–9, every list, then the teardown
    // (docs/reference/enterprise-edition.md §2).
    const cbn: Run = (account, action, params, product = 'Cbn') => run(account, product, action, params);
    const ee = runEnterprise(t, cbn);
    run('A', 'Cbn', 'CheckTransitRouterService', {});
    run('A', 'Cbn', 'ListTransitRouterAvailableResource', { RegionId: EE.r2 });
    run('A', 'Cbn', 'ListTransitRouters', { CenId: ee.cenId });
    run('A', 'Cbn', 'ListTransitRouterVpcAttachments', { CenId: ee.cenId });
    run('A', 'Cbn', 'ListTransitRouterPeerAttachments', { CenId: ee.cenId });
    run('A', 'Cbn', 'ListTransitRouterRouteTableAssociations', { TransitRouterRouteTableId: ee.table2 });
    run('A', 'Cbn', 'ListTransitRouterRouteTablePropagations', { TransitRouterRouteTableId: ee.table2 });
    run('A', 'Cbn', 'ListGrantVSwitchesToCen', { CenId: ee.cenId, RegionId: EE.r2, VpcId: t.world.b.vpc.id });
    run('B', 'Cbn', 'DescribeGrantRulesToResource', {
      ResourceId: t.world.b.vpc.id,
      ProductType: 'VPC',
      RegionId: EE.r2,
    });
    run('B', 'Vpc', 'DescribeRouteEntryList', {
      RegionId: EE.r2,
      RouteTableId: t.world.b.vpc.routeTableId,
    });
    tearDownEnterprise(t, ee, cbn);

    for (const spec of ACTIONS.values()) {
      const key = actionKey(spec);
      const body = seen.get(key);
      expect(body, `${key} was not exercised`).toBeDefined();
      const roundTrip = parseJsonLossless(wireJson(body));
      const parsed = spec.response.safeParse(roundTrip);
      expect(parsed.success ? 'ok' : `${key}: ${JSON.stringify(parsed.error.issues)}`).toBe('ok');
    }
  });
});
