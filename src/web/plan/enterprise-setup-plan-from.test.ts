// The Enterprise preview's plan from the console's sources (enterpriseSetupPlanFrom): the calls of
// docs/reference/enterprise-edition.md §2 in order, done/waiting/pending/blocked by what the cloud shows, and what
// the steps' choices (the payment, the peer's bandwidth) add before a write.
import type { PlannedCall } from '../../domain/plan/plan-types';
import { UID_A, VPC_A, VPC_B } from '../test-support/fake-cen-world';
import {
  ATT_A,
  ATT_B,
  CIDR_B,
  EE_CEN,
  journeySources,
  PEER,
  TABLE_A,
  TR_A,
  TR_B,
} from '../test-support/enterprise-journey';
import { CHOOSE_PEER_BANDWIDTH, CHOOSE_PLAN, enterpriseSetupPlanFrom } from './use-enterprise-setup-plan';

const call = (calls: PlannedCall[], id: string) => {
  const found = calls.find((c) => c.id === id);
  expect(found, id).toBeDefined();
  return found!;
};
const statuses = (calls: PlannedCall[]) => Object.fromEntries(calls.map((c) => [c.id, c.status]));

describe('enterpriseSetupPlanFrom', () => {
  it('lists every call of the journey in the documented order, from the first screen on', () => {
    const plan = enterpriseSetupPlanFrom(journeySources('vpcs-chosen'), {});
    expect(plan.edition).toBe('Enterprise');
    expect(plan.calls.map((c) => c.key)).toEqual([
      'Cbn.CheckTransitRouterService',
      'Cbn.OpenTransitRouterService',
      'Cbn.CheckTransitRouterService',
      'Cbn.OpenTransitRouterService',
      'Cbn.CreateCen',
      'Cbn.CreateTransitRouter',
      'Cbn.ListTransitRouterRouteTables',
      'Cbn.CreateTransitRouter',
      'Cbn.ListTransitRouterRouteTables',
      'Cbn.GrantInstanceToTransitRouter',
      'Cbn.CreateTransitRouterVpcAttachment',
      'Cbn.AssociateTransitRouterAttachmentWithRouteTable',
      'Cbn.EnableTransitRouterRouteTablePropagation',
      'Cbn.CreateTransitRouterVpcAttachment',
      'Cbn.AssociateTransitRouterAttachmentWithRouteTable',
      'Cbn.EnableTransitRouterRouteTablePropagation',
      'Cbn.CreateTransitRouterPeerAttachment',
      'Cbn.AssociateTransitRouterAttachmentWithRouteTable',
      'Cbn.EnableTransitRouterRouteTablePropagation',
      'Cbn.AssociateTransitRouterAttachmentWithRouteTable',
      'Cbn.EnableTransitRouterRouteTablePropagation',
      'Vpc.CreateRouteEntry',
      'Vpc.CreateRouteEntry',
    ]);
    // Both services read as off: opening waits for the user's yes; the CEN waits for its name.
    expect(call(plan.calls, 'open-service:B').reason).toMatch(/confirm in step 1/);
    expect(call(plan.calls, 'create-cen').reason).toBe('Enter the CEN name in step 1.');
    expect(call(plan.calls, 'create-router:A').params).toMatchObject({ RegionId: 'cn-qingdao' });
    expect(call(plan.calls, 'create-router:B').params).toMatchObject({ RegionId: 'cn-beijing' });
  });

  it('takes the CEN name step 1 is typing, and says which rule a typed name breaks', () => {
    const typed = enterpriseSetupPlanFrom(journeySources('vpcs-chosen'), { cen: { name: 'MyCen' } });
    expect(call(typed.calls, 'create-cen').params).toMatchObject({ Name: 'MyCen' });
    const bad = enterpriseSetupPlanFrom(journeySources('vpcs-chosen'), {
      problems: { cen: 'The name must start with a letter.' },
    });
    expect(call(bad.calls, 'create-cen').reason).toBe('Step 1: The name must start with a letter.');
  });

  it('marks the routers waiting while they are Creating and reads their System tables', () => {
    const plan = enterpriseSetupPlanFrom(journeySources('routers', 'Creating'), {});
    expect(call(plan.calls, 'create-cen').status).toBe('done');
    expect(call(plan.calls, 'create-router:A').status).toBe('waiting');
    expect(call(plan.calls, 'router-table:A').status).toBe('done');
    expect(plan.known).toMatchObject({
      cenId: EE_CEN,
      transitRouterIdA: TR_A,
      transitRouterIdB: TR_B,
      trRouteTableIdA: TABLE_A,
    });
  });

  it("takes step 2's choice of who pays for the grant before B has granted", () => {
    const before = enterpriseSetupPlanFrom(journeySources('routers'), {});
    expect(call(before.calls, 'grant-to-router').reason).toMatch(/Choose who pays/);
    const chosen = enterpriseSetupPlanFrom(
      { ...journeySources('routers'), grantOrderType: 'PayByResourceOwner' },
      {},
    );
    expect(call(chosen.calls, 'grant-to-router')).toMatchObject({
      status: 'pending',
      params: { OrderType: 'PayByResourceOwner', CenId: EE_CEN, CenOwnerId: UID_A },
    });
  });

  it('follows the grant, the attachments and their links as the cloud lists them', () => {
    const attaching = enterpriseSetupPlanFrom(journeySources('attached', 'Attaching'), {});
    expect(call(attaching.calls, 'grant-to-router').status).toBe('done');
    expect(call(attaching.calls, 'attach-vpc:B').status).toBe('waiting');
    expect(call(attaching.calls, 'associate:vpc-A:A').status).toBe('waiting');
    const attached = enterpriseSetupPlanFrom(journeySources('attached'), {});
    expect(statuses(attached.calls)).toMatchObject({
      'attach-vpc:A': 'done',
      'attach-vpc:B': 'done',
      'associate:vpc-A:A': 'done',
      'propagate:vpc-B:B': 'done',
      'create-peer': 'blocked',
    });
    expect(call(attached.calls, 'create-peer').reason).toBe(
      'Choose how the connection between the regions is paid in step 4.',
    );
    // B's attachment names B as the VPC's owner and the zones the attachment has.
    expect(call(attached.calls, 'attach-vpc:B').params).toMatchObject({ VpcId: VPC_B });
  });

  it('sends the zones step 3 has chosen before the attachment exists, and says what is wrong with them', () => {
    const zonesB = [
      { zoneId: 'cn-beijing-b', vSwitchId: 'vsw-bbeijing1' },
      { zoneId: 'cn-beijing-c', vSwitchId: 'vsw-bbeijing3' },
    ];
    const chosen = enterpriseSetupPlanFrom(journeySources('granted'), { zonesB });
    expect(call(chosen.calls, 'attach-vpc:B')).toMatchObject({
      status: 'pending',
      params: {
        VpcId: VPC_B,
        ZoneMappings: [
          { ZoneId: 'cn-beijing-b', VSwitchId: 'vsw-bbeijing1' },
          { ZoneId: 'cn-beijing-c', VSwitchId: 'vsw-bbeijing3' },
        ],
      },
    });
    expect(call(chosen.calls, 'attach-vpc:A').reason).toMatch(
      /Choose the zones and vSwitches of .* in step 3/,
    );
    const problem = 'Zone 2: choose a vSwitch in cn-beijing-c too.';
    const wrong = enterpriseSetupPlanFrom(journeySources('granted'), { problems: { zonesB: problem } });
    expect(call(wrong.calls, 'attach-vpc:B').reason).toBe(`Step 3: ${problem}`);
    // Once attached, the attachment's own zones, whatever the form still holds.
    const attached = enterpriseSetupPlanFrom(journeySources('attached'), { zonesB: [zonesB[1]!] });
    expect(call(attached.calls, 'attach-vpc:B').params.ZoneMappings).not.toEqual([
      { ZoneId: 'cn-beijing-c', VSwitchId: 'vsw-bbeijing3' },
    ]);
  });

  it('asks for the peer bandwidth in step 5 until one is chosen, then shows it', () => {
    const unchosen = enterpriseSetupPlanFrom(journeySources('paid'), {});
    const peer = call(unchosen.calls, 'create-peer');
    expect(peer.status).toBe('blocked');
    expect(peer.reason).toBe(CHOOSE_PEER_BANDWIDTH);
    expect(peer.params).toMatchObject({ BandwidthType: 'DataTransfer', Bandwidth: '{{bandwidth}}' });
    const chosen = enterpriseSetupPlanFrom(journeySources('paid'), {
      limit: { localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-beijing', bandwidthLimit: 10 },
    });
    expect(call(chosen.calls, 'create-peer')).toMatchObject({
      status: 'pending',
      params: { TransitRouterId: TR_A, PeerTransitRouterId: TR_B, Bandwidth: 10 },
    });
  });

  it("follows step 5's choice of automatic publication: no route entries, and the warning that it is unconfirmed", () => {
    const sources = { ...journeySources('peered'), routes: 'AutoPublish' as const };
    const plan = enterpriseSetupPlanFrom(sources, {});
    expect(plan.calls.filter((c) => c.key === 'Vpc.CreateRouteEntry')).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toContain('auto-publish-unconfirmed');
    const entries = enterpriseSetupPlanFrom({ ...sources, routes: 'RouteEntry' }, {});
    expect(entries.calls.filter((c) => c.key === 'Vpc.CreateRouteEntry')).toHaveLength(2);
  });

  it('says a bandwidth plan is to be chosen when the connection is to be paid out of one', () => {
    const sources = { ...journeySources('attached'), interRegionPayBy: 'BandwidthPackage' as const };
    expect(call(enterpriseSetupPlanFrom(sources, {}).calls, 'create-peer').reason).toBe(CHOOSE_PLAN);
  });

  it('ends with every call done once the routes toward the attachments are Available', () => {
    const peered = enterpriseSetupPlanFrom(journeySources('peered'), {});
    expect(statuses(peered.calls)).toMatchObject({
      'create-peer': 'done',
      'associate:peer:A': 'done',
      'propagate:peer:B': 'done',
      'route:A': 'pending',
    });
    expect(call(peered.calls, 'route:A').params).toMatchObject({
      DestinationCidrBlock: CIDR_B,
      NextHopType: 'Attachment',
      NextHopId: ATT_A,
    });
    expect(call(peered.calls, 'route:B').account).toBe('B');
    const routed = enterpriseSetupPlanFrom(journeySources('routed'), {});
    expect(routed.calls.filter((c) => c.status !== 'done').map((c) => c.id)).toEqual([]);
    expect(routed.known).toMatchObject({
      vpcAttachmentIdA: ATT_A,
      vpcAttachmentIdB: ATT_B,
      peerAttachmentId: PEER,
    });
    expect(routed.accounts.A.uid).toBe(UID_A);
    expect(call(routed.calls, 'attach-vpc:A').params).toMatchObject({ VpcId: VPC_A });
  });
});
