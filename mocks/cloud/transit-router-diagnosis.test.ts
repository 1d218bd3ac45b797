// Step 6 on Enterprise Edition against the mock cloud itself: the whole journey of docs/reference/enterprise-edition.md
// §2 made with the mock's own calls in the enterprise-edition scenario (the demo world with Basic Edition refused to A
// and B, mocks/scenarios/catalogue.ts), read back as the console reads it, is diagnosed reachable and pings both ways;
// then each failure is made — by the call that undoes a step, or, where no call can (a service cannot be closed, a
// status cannot be held), by the world's own timestamps — and the diagnosis names the matching hop. Where the hop
// offers a one-call fix, sending exactly that call to the mock (then the next hop's, if one waits behind it) brings
// the ping back: the fixes are right for the cloud they are sent to.
import { diagnoseEnterprisePath } from '../../src/domain/diagnosis/enterprise-path';
import type { EnterprisePathInput } from '../../src/domain/diagnosis/enterprise-path/enterprise-path-types';
import type { PathDiagnosis } from '../../src/domain/diagnosis/path/path-types';
import type { Product } from '../../src/domain/openapi/products';
import type { DemoOptions } from '../scenarios/demo';
import { readEnterprisePath } from '../test-support/enterprise-diagnosis-reads';
import { EE, runEnterprise, type EnterpriseState, type Run } from '../test-support/enterprise-flow';
import { testCloud, type TestCloud } from '../test-support/test-cloud';
import { pingVerdict } from './routing';

const CHOICES = (t: TestCloud): EnterprisePathInput['choices'] => ({
  orderType: 'PayByCenOwner',
  zones: {
    B: t.cloud.world.vSwitches
      .filter((v) => v.vpcId === t.world.b.vpc.id)
      .map((v) => ({ zoneId: v.zoneId, vSwitchId: v.id })),
  },
  payment: { type: 'DataTransfer', bandwidth: 2 },
});

/** The enterprise-edition scenario, then the journey; `run` may leave steps out. */
function journey(o: { demo?: DemoOptions; run?: (t: TestCloud) => Run } = {}) {
  const t = testCloud({ ...(o.demo ? { demo: o.demo } : {}) });
  t.cloud.world.transit.basicRefused.push(t.cloud.account('A')!.uid, t.cloud.account('B')!.uid);
  const e = runEnterprise(t, o.run?.(t));
  return { t, e };
}

let tokens = 0;
const diagnose = (t: TestCloud, e: EnterpriseState): PathDiagnosis =>
  diagnoseEnterprisePath({
    ...readEnterprisePath(t, e.cenId, CHOICES(t)),
    ensureToken: () => `diagnosis-fix-${++tokens}`,
  });

const pings = (t: TestCloud) => ({
  aToB: pingVerdict(t.cloud.world, t.world.a.ecs, t.world.b.ecs.privateIp, t.cloud.now()).ok,
  bToA: pingVerdict(t.cloud.world, t.world.b.ecs, t.world.a.ecs.privateIp, t.cloud.now()).ok,
});

/** Sends the deciding hop's fix, exactly as offered, until the path is reachable; returns the actions sent. */
function fixUntilReachable(t: TestCloud, e: EnterpriseState): string[] {
  const sent: string[] = [];
  for (let i = 0; i < 12; i++) {
    const d = diagnose(t, e);
    if (d.verdict === 'reachable') return sent;
    const dir = d.deciding!.direction === 'aToB' ? d.aToB : d.bToA;
    const call = dir.hops.find((h) => h.id === d.deciding!.hop)?.fix?.call;
    if (!call) throw new Error(`no one-call fix for ${d.deciding!.hop}`);
    const [product, action] = call.key.split('.') as [Product, string];
    t.ok(call.account, product, action, call.params);
    sent.push(`${call.account} ${action}`);
  }
  throw new Error(`still not reachable after ${sent.join(', ')}`);
}

/** Runs every call but those named, which are answered {} without reaching the cloud; a refused call answers {}. */
const skipping =
  (skip: (action: string) => boolean) =>
  (t: TestCloud): Run =>
  (account, action, p, product = 'Cbn') => {
    if (skip(action)) return {};
    const r = t.call(account, product, action, p);
    return r.status === 200 ? r.body : {};
  };

describe('the Enterprise-Edition journey on the mock, diagnosed', () => {
  it('done: every hop passes both ways, and the ping is answered both ways', () => {
    const { t, e } = journey();
    const d = diagnose(t, e);
    expect(d.verdict).toBe('reachable');
    expect(d.fixes).toEqual([]);
    expect(pings(t)).toEqual({ aToB: true, bToA: true });
  });

  it('service not opened in B: B’s service hop, whose fix opens it', () => {
    const { t, e } = journey();
    // No call closes the service (§2 step 0): take B out of the world's list.
    const uidB = t.cloud.account('B')!.uid;
    t.cloud.world.transit.serviceOpen = t.cloud.world.transit.serviceOpen.filter((u) => u !== uidB);
    const d = diagnose(t, e);
    expect(d.deciding).toEqual({ direction: 'aToB', hop: 'target-service' });
    expect(fixUntilReachable(t, e)).toEqual(['B OpenTransitRouterService']);
  });

  it('a router not Active: named, and Active again once its time has come', () => {
    const { t, e } = journey();
    const r2 = t.cloud.world.transit.routers.find((r) => r.id === e.r2)!;
    r2.readyAt = t.cloud.now() + 60_000;
    const d = diagnose(t, e);
    expect(d.deciding).toEqual({ direction: 'aToB', hop: 'target-router' });
    expect(d.aToB.hops.find((h) => h.id === 'target-router')?.evidence.message.key).toBe(
      'ee.router.notActive',
    );
    t.cloud.clock.advance(60_000);
    expect(diagnose(t, e).verdict).toBe('reachable');
  });

  it('no grant: the grant hop; its fix and the attachment, links and route behind it bring the ping', () => {
    const { t, e } = journey({ run: skipping((action) => action === 'GrantInstanceToTransitRouter') });
    expect(pings(t)).toEqual({ aToB: false, bToA: false });
    expect(diagnose(t, e).deciding).toEqual({ direction: 'aToB', hop: 'grant' });
    expect(fixUntilReachable(t, e)).toEqual([
      'B GrantInstanceToTransitRouter',
      'A CreateTransitRouterVpcAttachment',
      'A AssociateTransitRouterAttachmentWithRouteTable',
      'A EnableTransitRouterRouteTablePropagation',
      'B CreateRouteEntry',
    ]);
    expect(pings(t)).toEqual({ aToB: true, bToA: true });
  });

  it('a grant to the wrong CEN owner UID: B revokes it, then grants again', () => {
    const { t, e } = journey({
      run:
        (tc) =>
        (account, action, p, product = 'Cbn') => {
          const params =
            action === 'GrantInstanceToTransitRouter' ? { ...p, CenOwnerId: '1111222233334444' } : p;
          const r = tc.call(account, product, action, params);
          return r.status === 200 ? r.body : {};
        },
    });
    const d = diagnose(t, e);
    expect(d.deciding).toEqual({ direction: 'aToB', hop: 'grant' });
    expect(d.aToB.hops.find((h) => h.id === 'grant')?.evidence.message.key).toBe('ee.grant.wrongOwner');
    expect(fixUntilReachable(t, e).slice(0, 2)).toEqual([
      'B RevokeInstanceFromTransitRouter',
      'B GrantInstanceToTransitRouter',
    ]);
    expect(pings(t)).toEqual({ aToB: true, bToA: true });
  });

  it('attachment still Attaching: named with "wait", and no ping until it is Attached', () => {
    const { t, e } = journey();
    const b = t.cloud.world.transit.vpcAttachments.find((a) => a.id === e.vpcAttachmentB)!;
    b.readyAt = t.cloud.now() + 60_000;
    const d = diagnose(t, e);
    expect(d.deciding).toEqual({ direction: 'aToB', hop: 'target-attachment' });
    const hop = d.aToB.hops.find((h) => h.id === 'target-attachment')!;
    expect([hop.evidence.message.key, hop.fix?.message.key, hop.fix?.call]).toEqual([
      'ee.attach.attaching',
      'ee.attach.wait.fix',
      undefined,
    ]);
    expect(pings(t).aToB).toBe(false);
    t.cloud.clock.advance(60_000);
    expect(diagnose(t, e).verdict).toBe('reachable');
    expect(pings(t).aToB).toBe(true);
  });

  const unlink = (t: TestCloud, action: string, attachmentId: string, tableId: string) =>
    t.ok('A', 'Cbn', action, { TransitRouterAttachmentId: attachmentId, TransitRouterRouteTableId: tableId });

  it('missing association: B’s attachment on R2’s table; the fix associates it', () => {
    const { t, e } = journey();
    unlink(t, 'DissociateTransitRouterAttachmentFromRouteTable', e.vpcAttachmentB, e.table2);
    expect(pings(t).aToB).toBe(false);
    expect(diagnose(t, e).deciding).toEqual({ direction: 'aToB', hop: 'target-association' });
    expect(fixUntilReachable(t, e)).toEqual(['A AssociateTransitRouterAttachmentWithRouteTable']);
    expect(pings(t)).toEqual({ aToB: true, bToA: true });
  });

  it('missing propagation: A’s attachment on R1’s table; the fix enables it', () => {
    const { t, e } = journey();
    unlink(t, 'DisableTransitRouterRouteTablePropagation', e.vpcAttachmentA!, e.table1);
    expect(pings(t).aToB).toBe(false);
    expect(diagnose(t, e).deciding).toEqual({ direction: 'aToB', hop: 'source-propagation' });
    expect(fixUntilReachable(t, e)).toEqual(['A EnableTransitRouterRouteTablePropagation']);
    expect(pings(t)).toEqual({ aToB: true, bToA: true });
  });

  it('no peer attachment: the connection hop; its fix and the four links bring the ping', () => {
    // Its links then fail on the missing ID, as the console's would not be sent.
    const { t, e } = journey({ run: skipping((action) => action === 'CreateTransitRouterPeerAttachment') });
    expect(pings(t)).toEqual({ aToB: false, bToA: false });
    expect(diagnose(t, e).deciding).toEqual({ direction: 'aToB', hop: 'peer-attachment' });
    expect(fixUntilReachable(t, e)).toEqual([
      'A CreateTransitRouterPeerAttachment',
      'A AssociateTransitRouterAttachmentWithRouteTable',
      'A EnableTransitRouterRouteTablePropagation',
      'A AssociateTransitRouterAttachmentWithRouteTable',
      'A EnableTransitRouterRouteTablePropagation',
    ]);
    expect(pings(t)).toEqual({ aToB: true, bToA: true });
  });

  it('no VPC route toward the attachment for the other side’s CIDR: B’s route back; the fix adds it in B', () => {
    const { t, e } = journey();
    t.ok('B', 'Vpc', 'DeleteRouteEntry', { RegionId: EE.r2, RouteEntryId: e.routeB });
    expect(pings(t)).toEqual({ aToB: false, bToA: false });
    expect(diagnose(t, e).deciding).toEqual({ direction: 'aToB', hop: 'route-back' });
    expect(fixUntilReachable(t, e)).toEqual(['B CreateRouteEntry']);
    expect(pings(t)).toEqual({ aToB: true, bToA: true });
  });

  it('SG dropping ICMP: B’s ingress; the fix authorizes ICMP from A’s CIDR', () => {
    const { t, e } = journey({ demo: { bBlocksIcmp: true } });
    expect(pings(t).aToB).toBe(false);
    expect(diagnose(t, e).deciding).toEqual({ direction: 'aToB', hop: 'target-ingress' });
    expect(fixUntilReachable(t, e)).toEqual(['B AuthorizeSecurityGroup']);
    expect(pings(t)).toEqual({ aToB: true, bToA: true });
  });

  it('overlapping CIDRs: named first, with no one-call fix, and the ping fails', () => {
    const { t, e } = journey({
      demo: { bCidr: '172.16.0.0/16', bVSwitch: '172.16.1.0/24', bIp: '172.16.1.20' },
    });
    expect(pings(t).aToB).toBe(false);
    const d = diagnose(t, e);
    expect(d.deciding).toEqual({ direction: 'aToB', hop: 'cidr-overlap' });
    expect(d.aToB.hops.find((h) => h.id === 'route-out')?.evidence.message.key).toBe('path.route.local');
    expect(d.aToB.hops.find((h) => h.id === 'cidr-overlap')?.fix?.call).toBeUndefined();
  });
});
