// Two Enterprise-Edition paths the main SDK walk (mocks/transit-router-sdk.test.ts) does not take, through Alibaba's
// own @alicloud/openapi-client against the standalone mock process with both signatures: a CEN that already holds a
// Basic attachment (its Basic router in that region, docs/reference/enterprise-edition.md §2 step 2 `Type`), and a
// connection drawn from a bandwidth plan (docs/reference/enterprise-edition.md §2 steps 7–8, BandwidthType=BandwidthPackage), each refusal by HTTP status
// and Code.
import { checkedCaller, control, refuses, standaloneForFile } from './test-support/standalone-sdk';

const standalone = standaloneForFile();

describe.each(['ACS3-HMAC-SHA256', 'v2'] as const)(
  'Enterprise plans through openapi-client (%s)',
  (algorithm) => {
    it('meets the Basic router of a mixed CEN and the bandwidth-plan refusals', async () => {
      const { ready } = standalone();
      // The demo world: Basic Edition still works for these accounts.
      await control(ready, 'reset', 'POST', { scenario: 'demo' });
      const A = checkedCaller(ready, 'A', algorithm);
      const cbn = (action: string, params: Record<string, unknown> = {}) => A('Cbn', action, params);
      await cbn('OpenTransitRouterService');
      const cenId = String((await cbn('CreateCen', { Name: 'MixedCen' })).CenId);
      const vpcs = (await A('Vpc', 'DescribeVpcs', { RegionId: 'cn-qingdao', VpcName: 'A-Qingdao-VPC' })) as {
        Vpcs: { Vpc: { VpcId: string }[] };
      };
      await cbn('AttachCenChildInstance', {
        CenId: cenId,
        ChildInstanceId: vpcs.Vpcs.Vpc[0]?.VpcId,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-qingdao',
      });

      // cn-qingdao has the CEN's Basic router: no Enterprise one there, no Enterprise call on it.
      const routers = async () =>
        (await cbn('ListTransitRouters', { CenId: cenId })).TransitRouters as {
          TransitRouterId: string;
          RegionId: string;
          Type: string;
        }[];
      const [basic] = await routers();
      expect(basic).toMatchObject({ RegionId: 'cn-qingdao', Type: 'Basic' });
      await refuses(
        cbn('CreateTransitRouter', { CenId: cenId, RegionId: 'cn-qingdao' }),
        400,
        'InstanceExist.TransitRouterInstance',
      );
      await refuses(
        cbn('ListTransitRouterRouteTables', { TransitRouterId: basic?.TransitRouterId }),
        400,
        'OperationUnsupported.TransitRouterType',
      );
      const r2 = String(
        (await cbn('CreateTransitRouter', { CenId: cenId, RegionId: 'cn-beijing' })).TransitRouterId,
      );
      const r3 = String(
        (await cbn('CreateTransitRouter', { CenId: cenId, RegionId: 'cn-shanghai' })).TransitRouterId,
      );
      const connect = (params: Record<string, unknown>) =>
        cbn('CreateTransitRouterPeerAttachment', {
          TransitRouterId: r2,
          PeerTransitRouterId: r3,
          PeerTransitRouterRegionId: 'cn-shanghai',
          Bandwidth: 2,
          ...params,
        });
      await refuses(
        connect({ PeerTransitRouterId: basic?.TransitRouterId, PeerTransitRouterRegionId: 'cn-qingdao' }),
        400,
        'OperationUnsupported.TransitRouterId',
      );
      // A Basic region limit where the CEN has an Enterprise router.
      await refuses(
        cbn('SetCenInterRegionBandwidthLimit', {
          CenId: cenId,
          LocalRegionId: 'cn-beijing',
          OppositeRegionId: 'cn-shanghai',
          BandwidthLimit: 2,
        }),
        400,
        'OperationUnsupported.TransitRouterType',
      );

      // BandwidthPackage (also when BandwidthType is left out): a plan of A's, associated, covering both regions,
      // with room for the bandwidth; Gold only.
      await refuses(connect({}), 400, 'IllegalParam.CenBandwidthPackageId');
      await refuses(
        connect({ BandwidthType: 'BandwidthPackage', Bandwidth: undefined }),
        400,
        'MissingParam.Bandwidth',
      );
      await refuses(
        connect({ BandwidthType: 'BandwidthPackage', Bandwidth: 0 }),
        400,
        'IllegalParam.Bandwidth',
      );
      const buy = async (a: string, b: string) =>
        String(
          (
            await cbn('CreateCenBandwidthPackage', {
              Bandwidth: 4,
              GeographicRegionAId: a,
              GeographicRegionBId: b,
              PricingCycle: 'Month',
              Period: 1,
            })
          ).CenBandwidthPackageId,
        );
      const plan = await buy('China', 'China');
      const fromPlan = (params: Record<string, unknown> = {}) =>
        connect({ BandwidthType: 'BandwidthPackage', CenBandwidthPackageId: plan, ...params });
      await refuses(fromPlan(), 400, 'InvalidOperation.BwpNotAssociated');
      await cbn('AssociateCenBandwidthPackage', { CenId: cenId, CenBandwidthPackageId: plan });
      await refuses(fromPlan({ Bandwidth: 5 }), 400, 'InvalidOperation.BwpBandwidthExceeded');
      await refuses(
        fromPlan({ DefaultLinkType: 'Platinum' }),
        400,
        'ParameterIllegal.BandwidthPackageDefaultLinkTypeOnlySupportGold',
      );
      await refuses(
        connect({ BandwidthType: 'DataTransfer', CenBandwidthPackageId: plan }),
        400,
        'IllegalParam.CenBandwidthPackageId',
      );
      const peer = String((await fromPlan({ Bandwidth: 4 })).TransitRouterAttachmentId);
      const peers = (await cbn('ListTransitRouterPeerAttachments', { TransitRouterId: r3 })) as {
        TransitRouterAttachments: {
          TransitRouterAttachmentId: string;
          BandwidthType: string;
          CenBandwidthPackageId: string;
        }[];
      };
      expect(peers.TransitRouterAttachments).toMatchObject([
        { TransitRouterAttachmentId: peer, BandwidthType: 'BandwidthPackage', CenBandwidthPackageId: plan },
      ]);
    });
  },
);
