// The Enterprise journey's cloud (state/enterprise-snapshot.ts sources) as the teardown plan's input: every route
// toward an attachment, every route-table link, both VPC attachments and the peer one (once, on both routers), the
// routers, B's grant; a vSwitch's own route stays out, and what is gone is not planned.
import { planEnterpriseTeardown } from '../../domain/plan/enterprise-teardown-plan';
import {
  ATT_A,
  ATT_B,
  CIDR_A,
  CIDR_B,
  EE_CEN,
  journeySources,
  PEER,
  TR_A,
  TR_B,
  VPC_TABLE_A,
} from '../test-support/enterprise-journey';
import { VPC_B } from '../test-support/fake-cen-world';
import { enterpriseTeardownInputFrom } from './enterprise-teardown-input-from';

describe('enterpriseTeardownInputFrom', () => {
  it('lists what the finished journey built, so the plan removes all of it in the cloud’s order', () => {
    const s = journeySources('routed');
    // A peer attachment listed from each of its routers, and a vSwitch's System route beside A's route.
    s.peerAttachments = [...s.peerAttachments!, { ...s.peerAttachments![0]! }];
    s.vpcRoutes.A!.entries.push({
      RouteEntryId: 'rte-local',
      RouteTableId: VPC_TABLE_A,
      DestinationCidrBlock: '172.16.1.0/24',
      Status: 'Available',
      Type: 'System',
      NextHops: { NextHop: [{ NextHopType: 'local', NextHopId: '' }] },
    });
    const input = enterpriseTeardownInputFrom(s);
    expect(input.cen).toEqual({ id: EE_CEN, status: 'Active' });
    expect(input.routes.map((r) => [r.owner, r.destination, r.routeEntryId])).toEqual([
      ['A', CIDR_B, `rte-${ATT_A}`],
      ['B', CIDR_A, `rte-${ATT_B}`],
    ]);
    expect(input.links).toHaveLength(8);
    expect(input.attachments.map((a) => [a.kind, a.id, a.routerIds])).toEqual([
      ['vpc', ATT_A, [TR_A]],
      ['vpc', ATT_B, [TR_B]],
      ['peer', PEER, [TR_A, TR_B]],
    ]);
    expect(input.routers.map((r) => r.id)).toEqual([TR_A, TR_B]);
    expect(input.grants).toEqual([{ cenId: EE_CEN, vpcId: VPC_B, regionId: 'cn-beijing' }]);
    const plan = planEnterpriseTeardown(input);
    expect(plan.calls.map((c) => c.action)).toEqual([
      'DeleteRouteEntry',
      'DeleteRouteEntry',
      ...Array.from({ length: 4 }, () => [
        'DissociateTransitRouterAttachmentFromRouteTable',
        'DisableTransitRouterRouteTablePropagation',
      ]).flat(),
      'DeleteTransitRouterVpcAttachment',
      'DeleteTransitRouterVpcAttachment',
      'DeleteTransitRouterPeerAttachment',
      'DeleteTransitRouter',
      'DeleteTransitRouter',
      'RevokeInstanceFromTransitRouter',
      'DeleteCen',
    ]);
  });

  it('plans only B’s revoke once the CEN is gone and its grant is still listed', () => {
    const s = { ...journeySources('routed'), cen: null };
    const plan = planEnterpriseTeardown(enterpriseTeardownInputFrom(s));
    expect(plan.calls.map((c) => c.action)).toEqual(['RevokeInstanceFromTransitRouter']);
  });
});
