// The Enterprise-Edition refusals that only happen while something is still changing (docs/reference/
// enterprise-edition.md §2: Creating, Attaching, Associating, Pending, Detaching), met through Alibaba's own
// @alicloud/openapi-client against the standalone mock process with both signatures. The mock's transitions take
// the delay set through its control API, and the test moves the mock's clock past them (/_mock/clock/advance), so
// nothing waits on wall-clock time. The whole job with delay 0 is mocks/transit-router-sdk.test.ts.
import { checkedCaller, control, refuses, standaloneForFile } from './test-support/standalone-sdk';

const standalone = standaloneForFile();

const R1 = 'cn-qingdao';
const DELAY_MS = 10_000;

describe.each(['ACS3-HMAC-SHA256', 'v2'] as const)(
  'Enterprise statuses through openapi-client (%s)',
  (algorithm) => {
    afterEach(() => control(standalone().ready, 'delays', 'PUT', { ms: 0 }));

    it('refuses each write on what is still changing, with its HTTP status and Code', async () => {
      const { ready } = standalone();
      await control(ready, 'reset', 'POST', { scenario: 'enterprise-edition' });
      await control(ready, 'delays', 'PUT', { ms: DELAY_MS });
      const later = () => control(ready, 'clock/advance', 'POST', { ms: DELAY_MS });
      const A = checkedCaller(ready, 'A', algorithm);
      const cbn = (action: string, params: Record<string, unknown> = {}) => A('Cbn', action, params);
      await cbn('OpenTransitRouterService');

      // The CEN is Creating: no router on it yet.
      const cenId = String((await cbn('CreateCen', { Name: 'EnterpriseCen' })).CenId);
      await refuses(
        cbn('CreateTransitRouter', { CenId: cenId, RegionId: R1 }),
        409,
        'InvalidOperation.CenInstanceStatus',
      );
      await later();

      // The router is Creating: no attachment, no connection, no delete — a dry run included.
      const r1 = String((await cbn('CreateTransitRouter', { CenId: cenId, RegionId: R1 })).TransitRouterId);
      const r2 = String(
        (await cbn('CreateTransitRouter', { CenId: cenId, RegionId: 'cn-beijing' })).TransitRouterId,
      );
      const routers = (await cbn('ListTransitRouters', { CenId: cenId })).TransitRouters as {
        Status: string;
      }[];
      expect(routers.map((r) => r.Status)).toEqual(['Creating', 'Creating']);
      const vpc = (await A('Vpc', 'DescribeVpcs', { RegionId: R1, VpcName: 'A-Qingdao-VPC' })) as {
        Vpcs: { Vpc: { VpcId: string }[] };
      };
      const vpcId = String(vpc.Vpcs.Vpc[0]?.VpcId);
      const switches = (await cbn('ListGrantVSwitchesToCen', { CenId: cenId, RegionId: R1, VpcId: vpcId }))
        .VSwitches as { VSwitchId: string; ZoneId: string }[];
      const attach = (extra: Record<string, unknown> = {}) =>
        cbn('CreateTransitRouterVpcAttachment', {
          TransitRouterId: r1,
          VpcId: vpcId,
          ZoneMappings: [{ ZoneId: switches[0]?.ZoneId, VSwitchId: switches[0]?.VSwitchId }],
          ...extra,
        });
      await refuses(attach({ DryRun: true }), 400, 'IncorrectStatus.TransitRouter');
      await refuses(attach(), 400, 'IncorrectStatus.TransitRouter');
      const peer = () =>
        cbn('CreateTransitRouterPeerAttachment', {
          TransitRouterId: r1,
          PeerTransitRouterId: r2,
          BandwidthType: 'DataTransfer',
          Bandwidth: 2,
        });
      await refuses(peer(), 400, 'IncorrectStatus.TransitRouter');
      await refuses(
        cbn('DeleteTransitRouter', { TransitRouterId: r2 }),
        400,
        'IncorrectStatus.TransitRouterInstance',
      );
      await later();

      // The attachment is Attaching: not associated, not deleted.
      const att = String((await attach()).TransitRouterAttachmentId);
      const tables = (await cbn('ListTransitRouterRouteTables', { TransitRouterId: r1 })) as {
        TransitRouterRouteTables: { TransitRouterRouteTableId: string }[];
      };
      const link = {
        TransitRouterAttachmentId: att,
        TransitRouterRouteTableId: tables.TransitRouterRouteTables[0]?.TransitRouterRouteTableId,
      };
      await refuses(
        cbn('AssociateTransitRouterAttachmentWithRouteTable', link),
        400,
        'IncorrectStatus.AttachmentOrRouteTable',
      );
      await refuses(
        cbn('DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: att }),
        400,
        'IncorrectStatus.AttachmentOrRouteTable',
      );
      await later();

      // The association is Associating: not dissociated until Active.
      await cbn('AssociateTransitRouterAttachmentWithRouteTable', link);
      const associations = async () =>
        (
          (
            await cbn('ListTransitRouterRouteTableAssociations', {
              TransitRouterRouteTableId: link.TransitRouterRouteTableId,
            })
          ).TransitRouterAssociations as { Status: string }[]
        ).map((a) => a.Status);
      expect(await associations()).toEqual(['Associating']);
      await refuses(
        cbn('DissociateTransitRouterAttachmentFromRouteTable', link),
        400,
        'IncorrectStatus.AttachmentOrRouteTable',
      );
      await later();
      expect(await associations()).toEqual(['Active']);

      // The VPC route is Pending: not deleted until Available.
      const table = (await A('Vpc', 'DescribeRouteTableList', { RegionId: R1, VpcId: vpcId })) as {
        RouterTableList: { RouterTableListType: { RouteTableId: string }[] };
      };
      const route = String(
        (
          await A('Vpc', 'CreateRouteEntry', {
            RegionId: R1,
            RouteTableId: table.RouterTableList.RouterTableListType[0]?.RouteTableId,
            DestinationCidrBlock: '192.168.0.0/16',
            NextHopType: 'Attachment',
            NextHopId: att,
          })
        ).RouteEntryId,
      );
      await refuses(
        A('Vpc', 'DeleteRouteEntry', { RegionId: R1, RouteEntryId: route }),
        400,
        'IncorrectRouteEntryStatus',
      );
      await later();

      // Teardown: what is Dissociating, Deleting or Detaching still holds what rests on it.
      await A('Vpc', 'DeleteRouteEntry', { RegionId: R1, RouteEntryId: route });
      await cbn('DissociateTransitRouterAttachmentFromRouteTable', link);
      expect(await associations()).toEqual(['Dissociating']);
      await refuses(
        cbn('DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: att }),
        400,
        'DependencyViolation.TransitRouterAttachment',
      );
      await later();
      await cbn('DeleteTransitRouterVpcAttachment', { TransitRouterAttachmentId: att });
      await refuses(
        cbn('DeleteTransitRouter', { TransitRouterId: r1 }),
        400,
        'InvalidOperation.AttachedChildInstanceExist',
      );
      await later();
      await cbn('DeleteTransitRouter', { TransitRouterId: r1 });
      await cbn('DeleteTransitRouter', { TransitRouterId: r2 });
      await refuses(cbn('DeleteCen', { CenId: cenId }), 409, 'DependencyViolation.TransitRouter');
      await later();
      await cbn('DeleteCen', { CenId: cenId });
    });
  },
);
