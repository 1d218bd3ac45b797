// Alibaba's own @alicloud/openapi-client against the standalone mock cloud — a process of its own on 127.0.0.1
// (mocks/standalone.ts, started by test-support/server-processes.ts) — with real signatures (ACS3-HMAC-SHA256 and
// the v2 HMAC-SHA1 RPC signature), through the whole Enterprise-Edition job of docs/reference/enterprise-edition.md
// docs/reference/enterprise-edition.md §2: the service, the CEN, both routers, B's grant, B's vSwitches, both VPC attachments (ZoneMappings.1.ZoneId as
// the SDK flattens it), their associations and propagations, the DataTransfer connection linked on both routers,
// each VPC's route to its attachment, the ECS reads and the ping over it all, and the teardown in the order the
// cloud requires. On the way each refusal the reference documents (and the mock's choices where it is silent,
// mocks/FIDELITY.md §8) is met with its HTTP status and Code as the SDK reports them. Every success, as the SDK
// parsed it, must satisfy the catalogue's response schema (checkedCaller).
import { UID } from './scenarios/seed';
import { instanceIn, ping } from './test-support/sdk-ping';
import {
  checkedCaller,
  control,
  refuses,
  standaloneForFile,
  type Caller,
} from './test-support/standalone-sdk';

const standalone = standaloneForFile();

const R1 = 'cn-qingdao';
const R2 = 'cn-beijing';

const algorithms = ['ACS3-HMAC-SHA256', 'v2'] as const;

describe.each(algorithms)('Enterprise Edition through openapi-client (%s)', (algorithm) => {
  it('walks steps 0–10, the ping and the teardown, meeting each documented refusal', async () => {
    const { ready } = standalone();
    await control(ready, 'reset', 'POST', { scenario: 'enterprise-edition' });
    const caller = (name: string) => checkedCaller(ready, name, algorithm);
    const A = caller('A');
    const B = caller('B');
    const cbn = (who: Caller, action: string, params: Record<string, unknown> = {}) =>
      who('Cbn', action, params);
    const vpcOf = async (who: Caller, region: string, name: string) => {
      const r = (await who('Vpc', 'DescribeVpcs', { RegionId: region, VpcName: name })) as {
        Vpcs: { Vpc: { VpcId: string; CidrBlock: string }[] };
      };
      const vpc = r.Vpcs.Vpc[0];
      if (!vpc) throw new Error(`no VPC ${name} in ${region}`);
      return { id: vpc.VpcId, cidr: vpc.CidrBlock };
    };
    const aVpc = await vpcOf(A, R1, 'A-Qingdao-VPC');
    const bVpc = await vpcOf(B, R2, 'B-Beijing-VPC');

    // Step 0: the service is off for each account and creating a router needs it; Basic Edition is refused in
    // this scenario (docs/reference/cen-api.md §8.8); turning it on twice is ORDER.OPEND.
    expect((await cbn(A, 'CheckTransitRouterService')).Enabled).toBe('false');
    const cenId = String((await cbn(A, 'CreateCen', { Name: 'EnterpriseCen' })).CenId);
    await refuses(
      cbn(A, 'CreateTransitRouter', { CenId: cenId, RegionId: R1 }),
      400,
      'Forbbiden.TransitRouterServiceNotOpen',
    );
    await refuses(
      cbn(A, 'AttachCenChildInstance', {
        CenId: cenId,
        ChildInstanceId: aVpc.id,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: R1,
      }),
      400,
      'OperationUnsupported.TransitRouterType',
    );
    await cbn(A, 'OpenTransitRouterService');
    expect((await cbn(A, 'CheckTransitRouterService')).Enabled).toBe('true');
    await refuses(cbn(A, 'OpenTransitRouterService'), 400, 'ORDER.OPEND');

    // Step 1–2: a router in each region, one only; none on a FULL CEN, none in an unknown region, none on
    // another account's CEN; a dry run checks and makes nothing.
    const full = String((await cbn(A, 'CreateCen', { Name: 'FullCen', ProtectionLevel: 'FULL' })).CenId);
    await refuses(
      cbn(A, 'CreateTransitRouter', { CenId: full, RegionId: R1 }),
      400,
      'OperationUnsupported.CenFullLevel',
    );
    await cbn(A, 'DeleteCen', { CenId: full });
    await refuses(
      cbn(A, 'CreateTransitRouter', { CenId: cenId, RegionId: R1, DryRun: true }),
      400,
      'DryRunOperation',
    );
    const router = async (region: string) =>
      String(
        (await cbn(A, 'CreateTransitRouter', { CenId: cenId, RegionId: region, ClientToken: `tr-${region}` }))
          .TransitRouterId,
      );
    const r1 = await router(R1);
    const r2 = await router(R2);
    expect(await router(R2)).toBe(r2);
    await refuses(
      cbn(A, 'CreateTransitRouter', { CenId: cenId, RegionId: R2 }),
      400,
      'InstanceExist.TransitRouterInstance',
    );
    await refuses(
      cbn(A, 'CreateTransitRouter', { CenId: cenId, RegionId: 'cn-nowhere-9' }),
      400,
      'IllegalParam.RegionId',
    );
    const routers = (await cbn(A, 'ListTransitRouters', { CenId: cenId })).TransitRouters as {
      TransitRouterId: string;
      Type: string;
      Status: string;
    }[];
    expect(routers.map((r) => [r.TransitRouterId, r.Type, r.Status])).toEqual([
      [r1, 'Enterprise', 'Active'],
      [r2, 'Enterprise', 'Active'],
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

    // Step 3–4: A sees B's vSwitches only once B granted the VPC; only the VPC's owner grants it, once.
    const vSwitches = async (region: string, vpcId: string) =>
      (await cbn(A, 'ListGrantVSwitchesToCen', { CenId: cenId, RegionId: region, VpcId: vpcId }))
        .VSwitches as {
        VSwitchId: string;
        ZoneId: string;
      }[];
    await refuses(vSwitches(R2, bVpc.id), 400, 'IllegalParam.VpcId');
    const grant = { CenId: cenId, CenOwnerId: UID.A, InstanceId: bVpc.id, InstanceType: 'VPC', RegionId: R2 };
    await refuses(cbn(A, 'GrantInstanceToTransitRouter', grant), 404, 'InvalidInstanceId.NotFound');
    await refuses(
      cbn(B, 'RevokeInstanceFromTransitRouter', grant),
      400,
      'OperationFailed.GrantCrossAccountNotExist',
    );

    // Step 5 before the grant: B's service off, then no grant (Basic Edition's 409, UNCONFIRMED for routers).
    const [aSwitch] = await vSwitches(R1, aVpc.id);
    type Mapping = { ZoneId: string | undefined; VSwitchId: string | undefined };
    const mapping = (sw: { ZoneId: string; VSwitchId: string } | undefined): Mapping => ({
      ZoneId: sw?.ZoneId,
      VSwitchId: sw?.VSwitchId,
    });
    const attach = async (params: Record<string, unknown>) =>
      String((await cbn(A, 'CreateTransitRouterVpcAttachment', params)).TransitRouterAttachmentId);
    const attachB = (zones: Mapping[]) =>
      attach({ TransitRouterId: r2, VpcId: bVpc.id, VpcOwnerId: UID.B, ZoneMappings: zones });
    const notYetSeen = { ZoneId: `${R2}-a`, VSwitchId: 'vsw-unknown' };
    await refuses(attachB([notYetSeen]), 400, 'Forbidden.ResourceOwnerTransitRouterServiceNotOpen');
    await cbn(B, 'OpenTransitRouterService');
    await refuses(attachB([notYetSeen]), 409, 'Forbbiden.AttachChildInstanceAcrossUid');
    await cbn(B, 'GrantInstanceToTransitRouter', { ...grant, OrderType: 'PayByCenOwner' });
    await refuses(
      cbn(B, 'GrantInstanceToTransitRouter', { ...grant, OrderType: 'PayByCenOwner' }),
      400,
      'InvalidOperation.GrantRuleExist',
    );
    const rules = (await cbn(B, 'DescribeGrantRulesToResource', {
      ResourceId: bVpc.id,
      ProductType: 'VPC',
      RegionId: R2,
    })) as { GrantRules: { CenId: string; OrderType: string }[] };
    expect(rules.GrantRules).toMatchObject([{ CenId: cenId, OrderType: 'PayByCenOwner' }]);
    const [bSwitch] = await vSwitches(R2, bVpc.id);

    // Step 5: the zone mappings are checked; B's VPC needs VpcOwnerId (a UID above 2^53, sent as a string).
    await refuses(attachB([mapping(aSwitch)]), 404, 'InvalidVSwitchId.NotFound');
    await refuses(attachB([{ ...mapping(bSwitch), ZoneId: `${R2}-z` }]), 400, 'IllegalParam.ZoneId');
    await refuses(attachB([mapping(bSwitch), mapping(bSwitch)]), 400, 'Duplicated.ZoneMapping');
    await refuses(
      attach({ TransitRouterId: r2, VpcId: bVpc.id, ZoneMappings: [mapping(bSwitch)] }),
      400,
      'IllegalParam.VpcId',
    );
    await refuses(
      attach({ VpcId: bVpc.id, VpcOwnerId: UID.B, ZoneMappings: [mapping(bSwitch)] }),
      400,
      'MissingParam.CenIdOrRegionId',
    );
    const attA = await attach({ TransitRouterId: r1, VpcId: aVpc.id, ZoneMappings: [mapping(aSwitch)] });
    const attB = await attachB([mapping(bSwitch)]);
    await refuses(attachB([mapping(bSwitch)]), 409, 'InvalidOperation.ChildInstanceAlreadyAttached');
    const vpcAtts = (await cbn(A, 'ListTransitRouterVpcAttachments', { CenId: cenId, MaxResults: 1 })) as {
      TotalCount: number;
      NextToken: string;
      TransitRouterAttachments: { Status: string }[];
    };
    expect(vpcAtts.TotalCount).toBe(2);
    expect(vpcAtts.NextToken).not.toBe('');
    expect(vpcAtts.TransitRouterAttachments[0]?.Status).toBe('Attached');
    const onB = (await cbn(A, 'ListTransitRouterVpcAttachments', { TransitRouterId: r2 })) as {
      TransitRouterAttachments: { VpcOwnerId: unknown; OrderType: string }[];
    };
    expect(onB.TransitRouterAttachments).toMatchObject([
      { VpcOwnerId: Number(UID.B), OrderType: 'PayByCenOwner' },
    ]);

    // Steps 6, 8, 9: associate and propagate each on its table, the connection on both.
    const linkParams = (attachmentId: string, tableId: string) => ({
      TransitRouterAttachmentId: attachmentId,
      TransitRouterRouteTableId: tableId,
    });
    const link = async (attachmentId: string, tableId: string) => {
      await cbn(A, 'AssociateTransitRouterAttachmentWithRouteTable', linkParams(attachmentId, tableId));
      await cbn(A, 'EnableTransitRouterRouteTablePropagation', linkParams(attachmentId, tableId));
    };
    await refuses(
      cbn(A, 'AssociateTransitRouterAttachmentWithRouteTable', linkParams(attA, t2)),
      400,
      'IllegalParam.TransitRouterTableId',
    );
    await refuses(
      cbn(A, 'AssociateTransitRouterAttachmentWithRouteTable', linkParams('tr-attach-unknown0000000', t1)),
      404,
      'InvalidAttachmentId.NotFound',
    );
    await refuses(
      cbn(A, 'EnableTransitRouterRouteTablePropagation', linkParams(attA, 'vtb-unknown')),
      404,
      'InvalidRouteTableId.NotFound',
    );
    await link(attA, t1);
    await link(attB, t2);
    await refuses(
      cbn(A, 'AssociateTransitRouterAttachmentWithRouteTable', linkParams(attB, t2)),
      400,
      'AssociationExist.TransitRouterTable',
    );
    await refuses(
      cbn(A, 'EnableTransitRouterRouteTablePropagation', linkParams(attB, t2)),
      400,
      'PropagationExist.TransitRouterTable',
    );
    const peerParams = {
      TransitRouterId: r1,
      PeerTransitRouterId: r2,
      PeerTransitRouterRegionId: R2,
      BandwidthType: 'DataTransfer',
      Bandwidth: 2,
    };
    const connect = (params: Record<string, unknown>) =>
      cbn(A, 'CreateTransitRouterPeerAttachment', { ...peerParams, ...params });
    await refuses(
      connect({ PeerTransitRouterId: r1, PeerTransitRouterRegionId: R1 }),
      400,
      'IllegalParam.PeerTransitRouterId',
    );
    await refuses(connect({ PeerTransitRouterId: 'tr-unknown' }), 400, 'InvalidPeerTransitRouterId.NotFound');
    await refuses(connect({ PeerTransitRouterRegionId: R1 }), 400, 'IllegalParam.PeerRegionId');
    await refuses(connect({ Bandwidth: undefined }), 400, 'MissingParam.Bandwidth');
    await refuses(
      connect({ CenBandwidthPackageId: 'cenbwp-unknown' }),
      400,
      'IllegalParam.CenBandwidthPackageId',
    );
    const peer = String((await connect({})).TransitRouterAttachmentId);
    await refuses(
      connect({ TransitRouterId: r2, PeerTransitRouterId: r1, PeerTransitRouterRegionId: R1 }),
      400,
      'InstanceExist.TransitRouterPeerAttachment',
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
    })) as { TransitRouterPropagations: { Status: string }[] };
    expect(props.TransitRouterPropagations.map((p) => p.Status)).toEqual(['Active', 'Active']);

    // The ECS reads the ping needs, and the ping itself (Cloud Assistant): no VPC routes yet, no reply.
    const aEcs = await instanceIn(A, R1, aVpc.id);
    const bEcs = await instanceIn(B, R2, bVpc.id);
    const pingB = () => ping(A, R1, aEcs, bEcs.ip);
    expect((await pingB()).exitCode).not.toBe(0);

    // Step 10 b: each VPC's owner routes the other VPC's CIDR to its own attachment.
    const systemTableOf = async (who: Caller, region: string, vpcId: string) => {
      const list = (await who('Vpc', 'DescribeRouteTableList', {
        RegionId: region,
        VpcId: vpcId,
        RouteTableType: 'System',
      })) as { RouterTableList: { RouterTableListType: { RouteTableId: string }[] } };
      return String(list.RouterTableList.RouterTableListType[0]?.RouteTableId);
    };
    const aTable = await systemTableOf(A, R1, aVpc.id);
    const bTable = await systemTableOf(B, R2, bVpc.id);
    const route = (
      who: Caller,
      region: string,
      tableId: string,
      to: string,
      hop: string,
      type = 'Attachment',
    ) =>
      who('Vpc', 'CreateRouteEntry', {
        RegionId: region,
        RouteTableId: tableId,
        DestinationCidrBlock: to,
        NextHopType: type,
        NextHopId: hop,
      });
    await refuses(route(A, R2, bTable, aVpc.cidr, attB), 404, 'InvalidRouteTableId.NotFound');
    await refuses(route(B, R2, bTable, aVpc.cidr, attA), 400, 'InvalidNextHopId.NotFound');
    await refuses(
      route(B, R2, bTable, aVpc.cidr, bEcs.id, 'Instance'),
      400,
      'OperationUnsupported.NextHopType',
    );
    const routeA = String((await route(A, R1, aTable, bVpc.cidr, attA)).RouteEntryId);
    const routeB = String((await route(B, R2, bTable, aVpc.cidr, attB)).RouteEntryId);
    await refuses(route(B, R2, bTable, aVpc.cidr, attB), 400, 'RouterEntryConflict.Duplicated');
    const entries = (await B('Vpc', 'DescribeRouteEntryList', {
      RegionId: R2,
      RouteTableId: bTable,
      RouteEntryType: 'Custom',
    })) as { RouteEntrys: { RouteEntry: { RouteEntryId: string; Status: string }[] } };
    expect(entries.RouteEntrys.RouteEntry).toMatchObject([{ RouteEntryId: routeB, Status: 'Available' }]);
    const replied = await pingB();
    expect(replied.exitCode).toBe(0);
    expect(replied.output).toContain('4 packets transmitted, 4 received, 0% packet loss');

    // Teardown: nothing goes before what rests on it.
    await refuses(
      cbn(A, 'DeleteTransitRouter', { TransitRouterId: r2 }),
      400,
      'InvalidOperation.AttachedChildInstanceExist',
    );
    await refuses(
      cbn(A, 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: attB }),
      400,
      'DependencyViolation.TransitRouterAttachment',
    );
    await refuses(cbn(B, 'RevokeInstanceFromTransitRouter', grant), 400, 'IncorrectStatus');
    await refuses(cbn(A, 'DeleteCen', { CenId: cenId }), 409, 'DependencyViolation.TransitRouter');
    for (const [att, tab] of [
      [peer, t1],
      [peer, t2],
      [attA, t1],
      [attB, t2],
    ] as const) {
      await cbn(A, 'DisableTransitRouterRouteTablePropagation', linkParams(att, tab));
      await cbn(A, 'DissociateTransitRouterAttachmentFromRouteTable', linkParams(att, tab));
    }
    await refuses(
      cbn(A, 'DissociateTransitRouterAttachmentFromRouteTable', linkParams(attB, t2)),
      404,
      'AssociationNotExist.TransitRouterTable',
    );
    expect(
      (await cbn(A, 'ListTransitRouterRouteTableAssociations', { TransitRouterRouteTableId: t2 })).TotalCount,
    ).toBe(0);
    // The VPC route still points at the attachment.
    await refuses(
      cbn(A, 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: attB }),
      400,
      'DependencyViolation.TransitRouterAttachment',
    );
    await B('Vpc', 'DeleteRouteEntry', { RegionId: R2, RouteEntryId: routeB });
    await A('Vpc', 'DeleteRouteEntry', { RegionId: R1, RouteEntryId: routeA });
    await cbn(A, 'DeleteTransitRouterPeerAttachment', { TransitRouterAttachmentId: peer });
    await cbn(A, 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: attA });
    await cbn(A, 'DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: attB });
    await cbn(A, 'DeleteTransitRouter', { TransitRouterId: r1 });
    await cbn(A, 'DeleteTransitRouter', { TransitRouterId: r2 });
    await cbn(B, 'RevokeInstanceFromTransitRouter', grant);
    await cbn(A, 'DeleteCen', { CenId: cenId });
    expect((await cbn(A, 'ListTransitRouters', { CenId: cenId })).TotalCount).toBe(0);
    expect((await pingB()).exitCode).not.toBe(0);
  });
});
