// Alibaba's own @alicloud/openapi-client against the standalone mock cloud with real signatures (ACS3-HMAC-SHA256
// and the v2 HMAC-SHA1 RPC signature), through the Enterprise-Edition job of docs/reference/enterprise-edition.md
// §2: service, routers, B's grant, the vSwitches of B's VPC, both VPC attachments with their zone mappings
// (ZoneMappings.1.ZoneId as the SDK flattens it), associations and propagations, the DataTransfer connection, the
// lists, each documented refusal met on the way, and the teardown in the order the cloud requires. Every answer, as
// the SDK parsed it, satisfies the catalogue's response schema.
import { UID } from './scenarios/seed';
import {
  control,
  openApiCaller,
  refusal,
  startStandalone,
  type Caller,
  type Standalone,
} from './test-support/standalone-sdk';
import { findAction } from '../src/domain/openapi/actions';

let standalone: Standalone;

beforeAll(async () => {
  standalone = await startStandalone();
}, 40_000);

afterAll(() => standalone.stop());

const algorithms = ['ACS3-HMAC-SHA256', 'v2'] as const;

describe.each(algorithms)('Enterprise Edition through openapi-client (%s)', (algorithm) => {
  it('walks steps 0–9 and the teardown, meeting each documented refusal', async () => {
    const { ready } = standalone;
    await control(ready, 'reset', 'POST', { scenario: 'enterprise-edition' });
    const caller = (name: string): Caller => {
      const a = ready.accounts.find((x) => x.name === name);
      if (!a) throw new Error(name);
      const call = openApiCaller(ready, a, algorithm);
      // Each answer fits the catalogue (the console parses it with the same schema).
      return async (product, action, params) => {
        const body = await call(product, action, params);
        const parsed = findAction(product, action)?.response.safeParse(body);
        expect(
          parsed?.success ? 'ok' : `${action}: ${parsed?.error?.message ?? 'not in the catalogue'}`,
        ).toBe('ok');
        return body;
      };
    };
    const A = caller('A');
    const B = caller('B');
    const cbn = (who: Caller, action: string, params: Record<string, unknown> = {}) =>
      who('Cbn', action, params);
    const vpcOf = async (who: Caller, region: string, name: string) => {
      const r = (await who('Vpc', 'DescribeVpcs', { RegionId: region, VpcName: name })) as {
        Vpcs: { Vpc: { VpcId: string }[] };
      };
      return String(r.Vpcs.Vpc[0]?.VpcId);
    };

    // Step 0: off for each account; creating a router needs it; Basic Edition is refused in this scenario.
    expect((await cbn(A, 'CheckTransitRouterService')).Enabled).toBe('false');
    const cenId = String((await cbn(A, 'CreateCen', { Name: 'EnterpriseCen' })).CenId);
    expect(await refusal(cbn(A, 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' }))).toEqual({
      code: 'Forbbiden.TransitRouterServiceNotOpen',
      status: 400,
    });
    const aVpc = await vpcOf(A, 'cn-qingdao', 'A-Qingdao-VPC');
    expect(
      (
        await refusal(
          cbn(A, 'AttachCenChildInstance', {
            CenId: cenId,
            ChildInstanceId: aVpc,
            ChildInstanceType: 'VPC',
            ChildInstanceRegionId: 'cn-qingdao',
          }),
        )
      ).code,
    ).toBe('OperationUnsupported.TransitRouterType');
    await cbn(A, 'OpenTransitRouterService');
    expect((await cbn(A, 'CheckTransitRouterService')).Enabled).toBe('true');

    // Step 2: a router in each region, one only.
    const router = async (region: string) =>
      String(
        (
          await cbn(A, 'CreateTransitRouter', {
            CenId: cenId,
            RegionId: region,
            ClientToken: `tr-${algorithm}-${region}`,
          })
        ).TransitRouterId,
      );
    const r1 = await router('cn-qingdao');
    const r2 = await router('cn-beijing');
    expect(await router('cn-beijing')).toBe(r2);
    expect(
      (await refusal(cbn(A, 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-beijing' }))).code,
    ).toBe('InstanceExist.TransitRouterInstance');
    const routers = (await cbn(A, 'ListTransitRouters', { CenId: cenId })).TransitRouters as {
      Type: string;
      Status: string;
    }[];
    expect(routers.map((r) => [r.Type, r.Status])).toEqual([
      ['Enterprise', 'Active'],
      ['Enterprise', 'Active'],
    ]);
    const table = async (id: string) => {
      const list = (await cbn(A, 'ListTransitRouterRouteTables', {
        TransitRouterId: id,
        TransitRouterRouteTableType: 'System',
      })) as { TransitRouterRouteTables: { TransitRouterRouteTableId: string }[] };
      return String(list.TransitRouterRouteTables[0]?.TransitRouterRouteTableId);
    };
    const t1 = await table(r1);
    const t2 = await table(r2);

    // Step 3–4: B's VPC cannot be attached until B grants it; then A sees its vSwitches.
    const bVpc = await vpcOf(B, 'cn-beijing', 'B-Beijing-VPC');
    const vSwitches = () =>
      cbn(A, 'ListGrantVSwitchesToCen', { CenId: cenId, RegionId: 'cn-beijing', VpcId: bVpc });
    expect((await refusal(vSwitches())).code).toBe('IllegalParam.VpcId');
    await cbn(B, 'OpenTransitRouterService');
    const grant = {
      CenId: cenId,
      CenOwnerId: UID.A,
      InstanceId: bVpc,
      InstanceType: 'VPC',
      RegionId: 'cn-beijing',
    };
    await cbn(B, 'GrantInstanceToTransitRouter', { ...grant, OrderType: 'PayByCenOwner' });
    const rules = (await cbn(B, 'DescribeGrantRulesToResource', {
      ResourceId: bVpc,
      ProductType: 'VPC',
      RegionId: 'cn-beijing',
    })) as { GrantRules: { CenId: string; OrderType: string }[] };
    expect(rules.GrantRules).toMatchObject([{ CenId: cenId, OrderType: 'PayByCenOwner' }]);
    const bSwitch = ((await vSwitches()).VSwitches as { VSwitchId: string; ZoneId: string }[])[0];
    const aSwitch = (
      (await cbn(A, 'ListGrantVSwitchesToCen', { CenId: cenId, RegionId: 'cn-qingdao', VpcId: aVpc }))
        .VSwitches as {
        VSwitchId: string;
        ZoneId: string;
      }[]
    )[0];

    // Step 5: both VPCs; B's needs VpcOwnerId (UID above 2^53, sent as a string).
    const attach = async (routerId: string, vpcId: string, sw: typeof aSwitch, owner?: string) =>
      String(
        (
          await cbn(A, 'CreateTransitRouterVpcAttachment', {
            TransitRouterId: routerId,
            VpcId: vpcId,
            ...(owner ? { VpcOwnerId: owner } : {}),
            ZoneMappings: [{ ZoneId: sw?.ZoneId, VSwitchId: sw?.VSwitchId }],
          })
        ).TransitRouterAttachmentId,
      );
    expect((await refusal(attach(r2, bVpc, bSwitch))).code).toBe('IllegalParam.VpcId');
    const attA = await attach(r1, aVpc, aSwitch);
    const attB = await attach(r2, bVpc, bSwitch, UID.B);
    const vpcAtts = (await cbn(A, 'ListTransitRouterVpcAttachments', { CenId: cenId, MaxResults: 1 })) as {
      TotalCount: number;
      NextToken: string;
      TransitRouterAttachments: { Status: string }[];
    };
    expect(vpcAtts.TotalCount).toBe(2);
    expect(vpcAtts.NextToken).not.toBe('');
    expect(vpcAtts.TransitRouterAttachments[0]?.Status).toBe('Attached');

    // Steps 6, 8, 9: associate and propagate each on its table, the connection on both.
    const link = async (attachmentId: string, tableId: string) => {
      const p = { TransitRouterAttachmentId: attachmentId, TransitRouterRouteTableId: tableId };
      await cbn(A, 'AssociateTransitRouterAttachmentWithRouteTable', p);
      await cbn(A, 'EnableTransitRouterRouteTablePropagation', p);
    };
    await link(attA, t1);
    await link(attB, t2);
    expect(
      (
        await refusal(
          cbn(A, 'AssociateTransitRouterAttachmentWithRouteTable', {
            TransitRouterAttachmentId: attB,
            TransitRouterRouteTableId: t2,
          }),
        )
      ).code,
    ).toBe('AssociationExist.TransitRouterTable');
    const peer = String(
      (
        await cbn(A, 'CreateTransitRouterPeerAttachment', {
          TransitRouterId: r1,
          PeerTransitRouterId: r2,
          PeerTransitRouterRegionId: 'cn-beijing',
          BandwidthType: 'DataTransfer',
          Bandwidth: 2,
        })
      ).TransitRouterAttachmentId,
    );
    await link(peer, t1);
    await link(peer, t2);
    const peers = (await cbn(A, 'ListTransitRouterPeerAttachments', { TransitRouterId: r2 })) as {
      TransitRouterAttachments: { Status: string; GeographicSpanId: string }[];
    };
    expect(peers.TransitRouterAttachments).toMatchObject([
      { Status: 'Attached', GeographicSpanId: 'china_china' },
    ]);
    const props = (await cbn(A, 'ListTransitRouterRouteTablePropagations', {
      TransitRouterRouteTableId: t2,
    })) as {
      TransitRouterPropagations: { Status: string }[];
    };
    expect(props.TransitRouterPropagations.map((p) => p.Status)).toEqual(['Active', 'Active']);

    // Teardown: the router and the attachment refuse to go first.
    expect((await refusal(cbn(A, 'DeleteTransitRouter', { TransitRouterId: r2 }))).code).toBe(
      'InvalidOperation.AttachedChildInstanceExist',
    );
    expect(
      (await refusal(cbn(A, 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: attB }))).code,
    ).toBe('DependencyViolation.TransitRouterAttachment');
    for (const [att, tab] of [
      [peer, t1],
      [peer, t2],
      [attA, t1],
      [attB, t2],
    ] as const) {
      const p = { TransitRouterAttachmentId: att, TransitRouterRouteTableId: tab };
      await cbn(A, 'DisableTransitRouterRouteTablePropagation', p);
      await cbn(A, 'DissociateTransitRouterAttachmentFromRouteTable', p);
    }
    const assoc = await cbn(A, 'ListTransitRouterRouteTableAssociations', { TransitRouterRouteTableId: t2 });
    expect(assoc.TotalCount).toBe(0);
    await cbn(A, 'DeleteTransitRouterPeerAttachment', { TransitRouterAttachmentId: peer });
    await cbn(A, 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: attA });
    await cbn(A, 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: attB });
    await cbn(A, 'DeleteTransitRouter', { TransitRouterId: r1 });
    await cbn(A, 'DeleteTransitRouter', { TransitRouterId: r2 });
    await cbn(B, 'RevokeInstanceFromTransitRouter', grant);
    await cbn(A, 'DeleteCen', { CenId: cenId });
    expect((await cbn(A, 'ListTransitRouters', { CenId: cenId })).TotalCount).toBe(0);
  });
});
