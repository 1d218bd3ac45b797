// The Enterprise-Edition path check (enterprise-path.ts): the journey done passes every hop both ways; each failure
// of docs/reference/enterprise-edition.md §2 a user can meet is named as the first blocked hop, with the setup
// plan's own call as its fix where one call does it, or "wait" while a status is still changing.
import { validateApiCall } from './api-call';
import { diagnoseEnterprisePath, ENTERPRISE_HOP_ORDER } from './enterprise-path';
import type { EnterprisePathInput } from './enterprise-path/enterprise-path-types';
import { known } from './inspection';
import { formatMessage } from './messages';
import type { HopId, PathDiagnosis } from './path/path-types';
import type { PlannedCall } from '../plan/plan-types';
import {
  forbiddenIn,
  hopOf,
  instance,
  SSH_RULE,
  securityGroup,
  unformatted,
} from '../test-support/diagnosis-world';
import {
  EE,
  EE_ECS_B,
  EE_SG_B,
  ee,
  grantRule,
  link,
  peerAttachment,
  router,
  routeEntries,
  table,
  toAttachment,
  vpcAttachment,
  vswitchRoute,
} from '../test-support/enterprise-diagnosis-world';

const diagnose = (change: (i: EnterprisePathInput) => void = () => {}) => {
  const input = ee();
  change(input);
  return diagnoseEnterprisePath(input);
};

/** The fix of the deciding hop of A→B, which must be one of the plan's calls and valid for the catalogue. */
function plannedFix(r: PathDiagnosis): PlannedCall {
  const hop = hopOf(r.aToB, r.aToB.decidingHop!);
  const call = hop.fix?.call as PlannedCall | undefined;
  expect(call?.status).toBe('pending');
  expect(validateApiCall(call!)).toEqual({ ok: true });
  expect(r.fixes).toContainEqual(call);
  return call!;
}

describe('diagnoseEnterprisePath — the journey done', () => {
  const r = diagnose();

  it('passes every hop in both directions and offers no fix', () => {
    expect(r.verdict).toBe('reachable');
    for (const d of [r.aToB, r.bToA]) {
      expect(d.hops.map((h) => h.id)).toEqual(ENTERPRISE_HOP_ORDER);
      expect(d.hops.filter((h) => h.verdict !== 'pass').map((h) => [h.id, h.evidence.message.key])).toEqual(
        [],
      );
    }
    expect(r.fixes).toEqual([]);
  });

  it('names the route toward the attachment and the connection', () => {
    expect(formatMessage(hopOf(r.aToB, 'route-out').evidence.message, 'en')).toBe(
      `${EE.vpcA} sends 10.0.1.20 to its attachment ${EE.attachA} by the route ${EE.cidrB}.`,
    );
    expect(formatMessage(hopOf(r.aToB, 'peer-attachment').evidence.message, 'en')).toBe(
      `${EE.peer} connects China North 1 (Qingdao) [cn-qingdao] and China North 2 (Beijing) [cn-beijing]: Attached, 5 Mbps (DataTransfer).`,
    );
  });

  it('formats every sentence in both languages', () => {
    expect(unformatted(r)).toEqual([]);
  });
});

describe('diagnoseEnterprisePath — each failure names its blocking item', () => {
  it('service not opened in B: B’s service hop, with OpenTransitRouterService in B behind a confirmation', () => {
    const r = diagnose((i) => (i.service.B = known(false)));
    expect(r.verdict).toBe('blocked');
    expect(r.aToB.decidingHop).toBe('target-service');
    expect(r.bToA.decidingHop).toBe('source-service');
    const hop = hopOf(r.aToB, 'target-service');
    expect(hop.account).toBe('B');
    expect(formatMessage(hop.evidence.message, 'en')).toContain(
      'Forbidden.ResourceOwnerTransitRouterServiceNotOpen',
    );
    expect(formatMessage(hop.fix!.message, 'en')).toContain('cannot be undone');
    const call = plannedFix(r);
    expect(call).toMatchObject({ key: 'Cbn.OpenTransitRouterService', account: 'B' });
  });

  it('a router not Active: names it and says to wait, with no call', () => {
    const r = diagnose(
      (i) =>
        (i.routers = known([router(EE.regionA, EE.routerA), router(EE.regionB, EE.routerB, 'Creating')])),
    );
    expect(r.aToB.decidingHop).toBe('target-router');
    const hop = hopOf(r.aToB, 'target-router');
    expect(hop.evidence.message.key).toBe('ee.router.notActive');
    expect(hop.fix?.message.key).toBe('ee.router.wait.fix');
    expect(hop.fix?.call).toBeUndefined();
  });

  // One thing missing: the hop that names it from A to B (and from B to A where given), and the plan's call as fix.
  const missing: {
    name: string;
    change: (i: EnterprisePathInput) => void;
    aToB: HopId;
    bToA?: HopId;
    fix: object;
  }[] = [
    {
      name: 'a router missing: CreateTransitRouter in its region',
      change: (i) => {
        i.routers = known([router(EE.regionA, EE.routerA)]);
        i.vpcAttachments = known([vpcAttachment('A')]);
        delete i.tables.B;
      },
      aToB: 'target-router',
      fix: {
        key: 'Cbn.CreateTransitRouter',
        account: 'A',
        params: { CenId: EE.cenId, RegionId: EE.regionB },
      },
    },
    {
      name: 'no grant: B grants its VPC with A’s UID and the chosen payer',
      change: (i) => {
        i.grants = known([]);
        i.vpcAttachments = known([vpcAttachment('A')]);
      },
      aToB: 'grant',
      fix: {
        key: 'Cbn.GrantInstanceToTransitRouter',
        account: 'B',
        params: { CenId: EE.cenId, CenOwnerId: EE.uidA, InstanceId: EE.vpcB, OrderType: 'PayByCenOwner' },
      },
    },
    {
      name: 'attachment missing: CreateTransitRouterVpcAttachment with B’s UID and the chosen zones',
      change: (i) => (i.vpcAttachments = known([vpcAttachment('A')])),
      aToB: 'target-attachment',
      fix: {
        key: 'Cbn.CreateTransitRouterVpcAttachment',
        account: 'A',
        params: {
          TransitRouterId: EE.routerB,
          VpcId: EE.vpcB,
          VpcOwnerId: EE.uidB,
          ZoneMappings: EE.zonesB.map((z) => ({ ZoneId: z.zoneId, VSwitchId: z.vSwitchId })),
        },
      },
    },
    {
      name: 'missing association: AssociateTransitRouterAttachmentWithRouteTable on the router’s System table',
      change: (i) => (i.tables.B = known({ ...table('B'), associations: [link(EE.peer, EE.trTableB)] })),
      aToB: 'target-association',
      bToA: 'source-association',
      fix: {
        key: 'Cbn.AssociateTransitRouterAttachmentWithRouteTable',
        account: 'A',
        params: { TransitRouterAttachmentId: EE.attachB, TransitRouterRouteTableId: EE.trTableB },
      },
    },
    {
      name: 'missing propagation: EnableTransitRouterRouteTablePropagation',
      change: (i) => (i.tables.A = known({ ...table('A'), propagations: [link(EE.peer, EE.trTableA)] })),
      aToB: 'source-propagation',
      fix: {
        key: 'Cbn.EnableTransitRouterRouteTablePropagation',
        params: { TransitRouterAttachmentId: EE.attachA, TransitRouterRouteTableId: EE.trTableA },
      },
    },
  ];
  for (const { name, change, aToB, bToA, fix } of missing)
    it(name, () => {
      const r = diagnose(change);
      expect(r.aToB.decidingHop).toBe(aToB);
      if (bToA) expect(r.bToA.decidingHop).toBe(bToA);
      expect(plannedFix(r)).toMatchObject(fix);
    });

  it('no grant and no payer chosen: words pointing at step 2, no call', () => {
    const r = diagnose((i) => {
      i.grants = known([]);
      i.vpcAttachments = known([vpcAttachment('A')]);
      delete i.choices.orderType;
    });
    const hop = hopOf(r.aToB, 'grant');
    expect(hop.fix?.message.key).toBe('ee.grant.chooseOrder.fix');
    expect(hop.fix?.call).toBeUndefined();
  });

  it('a grant to the wrong CEN owner UID: names both UIDs; B revokes it first', () => {
    const wrong = '1111222233334444';
    const r = diagnose((i) => {
      i.grants = known([grantRule(wrong)]);
      i.vpcAttachments = known([vpcAttachment('A')]);
    });
    expect(r.aToB.decidingHop).toBe('grant');
    expect(formatMessage(hopOf(r.aToB, 'grant').evidence.message, 'en')).toBe(
      `${EE.vpcB} is granted to ${EE.cenId} with CEN owner UID ${wrong}, not Account A’s (${EE.uidA}): that grant does not count.`,
    );
    expect(plannedFix(r)).toMatchObject({
      key: 'Cbn.RevokeInstanceFromTransitRouter',
      account: 'B',
      params: {
        CenId: EE.cenId,
        CenOwnerId: wrong,
        InstanceId: EE.vpcB,
        InstanceType: 'VPC',
        RegionId: EE.regionB,
      },
    });
  });

  it('B’s grants not readable and B’s VPC not attached: unknown, not a pass', () => {
    const r = diagnose((i) => {
      i.grants = forbiddenIn('B', 'Cbn.DescribeGrantRulesToResource');
      i.vpcAttachments = known([vpcAttachment('A')]);
    });
    expect(hopOf(r.aToB, 'grant').verdict).toBe('unknown');
  });

  it('attachment still Attaching: names it and says to wait', () => {
    const r = diagnose(
      (i) => (i.vpcAttachments = known([vpcAttachment('A'), vpcAttachment('B', 'Attaching')])),
    );
    expect(r.aToB.decidingHop).toBe('target-attachment');
    expect(r.bToA.decidingHop).toBe('source-attachment');
    const hop = hopOf(r.aToB, 'target-attachment');
    expect(hop.evidence.message.key).toBe('ee.attach.attaching');
    expect(hop.fix?.message.key).toBe('ee.attach.wait.fix');
    expect(hop.fix?.call).toBeUndefined();
  });

  it('a link still Enabling: wait', () => {
    const r = diagnose((i) => {
      const t = table('A');
      i.tables.A = known({
        ...t,
        propagations: [link(EE.attachA, EE.trTableA, 'Enabling'), link(EE.peer, EE.trTableA)],
      });
    });
    const hop = hopOf(r.aToB, 'source-propagation');
    expect(hop.evidence.message.key).toBe('ee.link.changing');
    expect(hop.fix?.call).toBeUndefined();
  });

  it('the connection’s propagation missing on the far router: names that table', () => {
    const r = diagnose((i) => {
      const t = table('B');
      i.tables.B = known({ ...t, propagations: [link(EE.attachB, EE.trTableB)] });
    });
    expect(r.aToB.decidingHop).toBe('peer-target-propagation');
    expect(r.bToA.decidingHop).toBe('peer-source-propagation');
    expect(plannedFix(r).params).toMatchObject({
      TransitRouterAttachmentId: EE.peer,
      TransitRouterRouteTableId: EE.trTableB,
    });
  });

  it('no peer attachment: CreateTransitRouterPeerAttachment paid as chosen', () => {
    const r = diagnose((i) => (i.peerAttachments = known([])));
    expect(r.aToB.decidingHop).toBe('peer-attachment');
    expect(plannedFix(r)).toMatchObject({
      key: 'Cbn.CreateTransitRouterPeerAttachment',
      account: 'A',
      params: {
        CenId: EE.cenId,
        TransitRouterId: EE.routerA,
        PeerTransitRouterId: EE.routerB,
        PeerTransitRouterRegionId: EE.regionB,
        BandwidthType: 'DataTransfer',
        Bandwidth: 5,
      },
    });
    // Its links cannot be checked before it exists; they are not what to fix first.
    expect(hopOf(r.aToB, 'peer-source-association').evidence.message.key).toBe('ee.link.needs');
  });

  it('no peer attachment and no payment chosen: words pointing at steps 4 and 5', () => {
    const r = diagnose((i) => {
      i.peerAttachments = known([]);
      delete i.choices.payment;
    });
    expect(hopOf(r.aToB, 'peer-attachment').fix).toEqual({ message: { key: 'ee.peer.missing.fix' } });
  });

  it('no VPC route toward the attachment for the other side’s CIDR: CreateRouteEntry by the VPC’s owner', () => {
    const r = diagnose(
      (i) =>
        (i.vpcRoutes.B = known({
          tableId: EE.vtbB,
          entries: routeEntries([vswitchRoute('10.0.1.0/24')], EE.vtbB),
        })),
    );
    // A→B gets there, but B's reply has no way to its attachment; B→A never leaves B's VPC.
    expect(r.aToB.decidingHop).toBe('route-back');
    expect(r.bToA.decidingHop).toBe('route-out');
    const hop = hopOf(r.aToB, 'route-back');
    expect(hop.account).toBe('B');
    expect(plannedFix(r)).toMatchObject({
      key: 'Vpc.CreateRouteEntry',
      account: 'B',
      params: {
        RegionId: EE.regionB,
        RouteTableId: EE.vtbB,
        DestinationCidrBlock: EE.cidrA,
        NextHopType: 'Attachment',
        NextHopId: EE.attachB,
      },
    });
  });

  it('a route still Pending: wait', () => {
    const r = diagnose(
      (i) =>
        (i.vpcRoutes.A = known({
          tableId: EE.vtbA,
          entries: routeEntries(
            [vswitchRoute('172.16.1.0/24'), toAttachment(EE.cidrB, EE.attachA, 'Pending')],
            EE.vtbA,
          ),
        })),
    );
    expect(r.aToB.decidingHop).toBe('route-out');
    expect(hopOf(r.aToB, 'route-out').evidence.message.key).toBe('ee.route.pending');
  });

  it('SG dropping ICMP: the Basic ingress hop, with its AuthorizeSecurityGroup fix', () => {
    const r = diagnose((i) => (i.b.securityGroups = known([securityGroup(EE_SG_B, 'sg-B', [SSH_RULE])])));
    expect(r.aToB.decidingHop).toBe('target-ingress');
    const call = hopOf(r.aToB, 'target-ingress').fix?.call;
    expect(call).toMatchObject({ key: 'Ecs.AuthorizeSecurityGroup', account: 'B' });
    expect(call?.params).toMatchObject({
      SecurityGroupId: EE_SG_B,
      Permissions: [{ SourceCidrIp: EE.cidrA }],
    });
  });

  it('identical CIDRs: blocked, named before anything else', () => {
    const r = diagnose((i) => (i.b.vpcCidr = known(EE.cidrA)));
    expect(r.verdict).toBe('blocked');
    expect(r.aToB.decidingHop).toBe('cidr-overlap');
    expect(hopOf(r.aToB, 'cidr-overlap').evidence.message.key).toBe('ee.cidr.identical');
  });

  it('overlapping CIDRs: a warning (the overlap cannot be reached), and a local route covering the target blocks', () => {
    const r = diagnose((i) => (i.b.vpcCidr = known('172.16.0.0/12')));
    expect(r.verdict).toBe('limited');
    expect(r.aToB.decidingHop).toBe('cidr-overlap');
    expect(hopOf(r.aToB, 'cidr-overlap').evidence.message.key).toBe('ee.cidr.overlapping');
    // B's instance inside A's vSwitch block: A's own route keeps the packet (the Basic route hop's 'local' sentence).
    const inside = diagnose((i) => {
      i.b.vpcCidr = known('172.16.0.0/12');
      i.b.instance = known(instance(EE_ECS_B, EE.vpcB, '172.16.1.20', EE_SG_B, EE.regionB));
    });
    expect(inside.aToB.decidingHop).toBe('route-out');
    expect(hopOf(inside.aToB, 'route-out').evidence.message.key).toBe('path.route.local');
  });

  it('a fix whose write needs a ClientToken gets one made and saved first (ensureToken)', () => {
    const made: string[] = [];
    const r = diagnose((i) => {
      i.service.B = known(false);
      i.ensureToken = (purpose) => {
        made.push(purpose);
        return 'token-1';
      };
    });
    expect(made).toContain('step1.OpenTransitRouterService:B');
    expect(plannedFix(r).params.ClientToken).toBe('token-1');
  });

  it('every failure formats in both languages', () => {
    const broken = diagnose((i) => {
      i.service.B = known(false);
      i.grants = known([grantRule('1111222233334444')]);
      i.vpcAttachments = known([]);
      i.peerAttachments = known([peerAttachment('Attaching')]);
    });
    expect(unformatted(broken)).toEqual([]);
  });
});
