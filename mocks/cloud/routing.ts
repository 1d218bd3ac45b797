// The simulated data plane: route tables of VPCs attached to a CEN, and the verdict of a ping. It only reads
// state, so the answer follows from what the tutorial's steps did (docs/reference/cen-api.md §2 step 6, §8).
// CEN learns the vSwitch (system) routes of each attached VPC. A learned route that is identical to or overlaps a
// local vSwitch route is rejected, which is how overlapping CIDRs break connectivity even under REDUCED.
import { attachmentStatus } from './lifecycle';
import type { EcsInstance, SecurityGroupRule, Vpc, World } from './model';
import { transitHop } from './transit-router-routing';
import { samePair } from '../../src/domain/bandwidth';
import { cidrContainsIp, compareCidrs, parseCidr } from '../../src/domain/cidr';
import { areaOf } from '../../src/domain/regions';

export interface RouteEntry {
  destination: string;
  type: 'System' | 'CEN';
  nextHopType: 'local' | 'CEN';
  nextHopInstanceId: string;
  nextHopRegionId: string;
  routeTableId: string;
  status: 'Active' | 'Rejected';
  cenId?: string;
  /** Learned routes: the VPC they lead to. */
  vpcId: string;
  conflicts: string[];
}

function attachedCenOf(world: World, vpcId: string, now: number): string | undefined {
  const a = world.attachments.find((x) => x.childId === vpcId && x.childType === 'VPC');
  return a && attachmentStatus(a, now) === 'Attached' ? a.cenId : undefined;
}

/** Every route in the VPC's system route table. */
export function vpcRouteTable(world: World, vpc: Vpc, now: number): RouteEntry[] {
  const local = world.vSwitches.filter((s) => s.vpcId === vpc.id);
  const table: RouteEntry[] = local.map((s) => ({
    destination: s.cidr,
    type: 'System',
    nextHopType: 'local',
    nextHopInstanceId: '',
    nextHopRegionId: vpc.regionId,
    routeTableId: vpc.routeTableId,
    status: 'Active',
    vpcId: vpc.id,
    conflicts: [],
  }));
  const cenId = attachedCenOf(world, vpc.id, now);
  if (!cenId) return table;
  const peers = world.attachments.filter(
    (a) =>
      a.cenId === cenId &&
      a.childType === 'VPC' &&
      a.childId !== vpc.id &&
      attachmentStatus(a, now) === 'Attached',
  );
  for (const peer of peers) {
    for (const s of world.vSwitches.filter((x) => x.vpcId === peer.childId)) {
      const learned = parseCidr(s.cidr);
      const conflicts = local
        .filter((l) => {
          const mine = parseCidr(l.cidr);
          return learned && mine && compareCidrs(mine, learned) !== 'disjoint';
        })
        .map((l) => l.cidr);
      table.push({
        destination: s.cidr,
        type: 'CEN',
        nextHopType: 'CEN',
        nextHopInstanceId: peer.childId,
        nextHopRegionId: peer.childRegionId,
        routeTableId: vpc.routeTableId,
        status: conflicts.length > 0 ? 'Rejected' : 'Active',
        cenId,
        vpcId: peer.childId,
        conflicts,
      });
    }
  }
  return table;
}

/** Longest-prefix match over the active routes. */
export function lookupRoute(world: World, vpc: Vpc, ip: string, now: number): RouteEntry | undefined {
  let best: RouteEntry | undefined;
  let bestPrefix = -1;
  for (const r of vpcRouteTable(world, vpc, now)) {
    const c = parseCidr(r.destination);
    if (r.status !== 'Active' || !c || !cidrContainsIp(c, ip)) continue;
    if (c.prefix > bestPrefix) {
      best = r;
      bestPrefix = c.prefix;
    }
  }
  return best;
}

function ruleMatches(rule: SecurityGroupRule, peerIp: string): boolean {
  if (rule.ipProtocol !== 'ICMP' && rule.ipProtocol !== 'ALL') return false;
  const cidr = parseCidr(rule.direction === 'ingress' ? rule.sourceCidrIp : rule.destCidrIp);
  return cidr !== null && cidrContainsIp(cidr, peerIp);
}

/**
 * ICMP through one side's security groups. Priority 1 wins; at equal priority Drop beats Accept. Without a
 * matching rule, ingress is denied and egress allowed (ECS defaults; TF security_group_rule doc,
 * docs/reference/cen-api.md §2).
 */
export function icmpAllowed(
  world: World,
  instance: EcsInstance,
  direction: 'ingress' | 'egress',
  peerIp: string,
): boolean {
  const rules = world.securityGroups
    .filter((g) => instance.securityGroupIds.includes(g.id))
    .flatMap((g) => g.rules)
    .filter((r) => r.direction === direction && ruleMatches(r, peerIp))
    .sort(
      (a, b) => a.priority - b.priority || (a.policy === 'Drop' ? -1 : 1) - (b.policy === 'Drop' ? -1 : 1),
    );
  const first = rules[0];
  return first ? first.policy === 'Accept' : direction === 'egress';
}

export type PingVerdict =
  | {
      ok: true;
      rttMs: number;
      ttl: number;
      /** Only the free 1 Kbps test bandwidth carries it. */ testBandwidthOnly: boolean;
    }
  | {
      ok: false;
      reason:
        'no-route' | 'no-host' | 'target-stopped' | 'blocked-egress' | 'blocked-ingress' | 'no-return-route';
    };

function hop(world: World, from: Vpc, ip: string, now: number): { vpc: Vpc; cenId?: string } | undefined {
  const route = lookupRoute(world, from, ip, now);
  if (!route) {
    // Enterprise Edition: the VPC's routes to its transit-router attachment (transit-router-routing.ts).
    const vpc = transitHop(world, from, ip, now);
    return vpc && { vpc };
  }
  if (route.type === 'System') return { vpc: from };
  const vpc = world.vpcs.find((v) => v.id === route.vpcId);
  return vpc && (route.cenId ? { vpc, cenId: route.cenId } : { vpc });
}

/**
 * Whether a region connection with bandwidth > 0 joins the two regions on that CEN. Without one, CEN still gives
 * 1 Kbps of test bandwidth between regions (TF alicloud_cen_bandwidth_limit doc: "By default, 1 Kbps bandwidth is
 * provided for connectivity test"), so ping passes but real traffic does not.
 */
function bandwidthBetween(world: World, cenId: string, a: string, b: string): boolean {
  if (a === b) return true;
  return world.limits.some(
    (l) =>
      l.cenId === cenId &&
      l.goneAt === undefined &&
      l.bandwidthLimit > 0 &&
      samePair(l.localRegionId, l.oppositeRegionId, a, b),
  );
}

export function pingVerdict(world: World, source: EcsInstance, targetIp: string, now: number): PingVerdict {
  const srcVpc = world.vpcs.find((v) => v.id === source.vpcId);
  if (!srcVpc) return { ok: false, reason: 'no-route' };
  const out = hop(world, srcVpc, targetIp, now);
  if (!out) return { ok: false, reason: 'no-route' };
  const target = world.instances.find((i) => i.vpcId === out.vpc.id && i.privateIp === targetIp);
  if (!target) return { ok: false, reason: 'no-host' };
  const testBandwidthOnly =
    out.cenId !== undefined && !bandwidthBetween(world, out.cenId, srcVpc.regionId, out.vpc.regionId);
  if (!icmpAllowed(world, source, 'egress', targetIp)) return { ok: false, reason: 'blocked-egress' };
  if (target.status !== 'Running') return { ok: false, reason: 'target-stopped' };
  const sameGroup = source.securityGroupIds.some((g) => target.securityGroupIds.includes(g));
  if (!sameGroup && !icmpAllowed(world, target, 'ingress', source.privateIp))
    return { ok: false, reason: 'blocked-ingress' };
  // The echo reply needs a route back: overlapping CIDRs often break only this half.
  const back = hop(world, out.vpc, source.privateIp, now);
  if (!back || back.vpc.id !== srcVpc.id) return { ok: false, reason: 'no-return-route' };
  const sameRegion = srcVpc.regionId === out.vpc.regionId;
  const sameArea = areaOf(srcVpc.regionId) === areaOf(out.vpc.regionId);
  return { ok: true, rttMs: sameRegion ? 0.3 : sameArea ? 11.8 : 162.4, ttl: 64, testBandwidthOnly };
}

/** Linux iputils output for `ping -c N ip`, following the verdict. */
export function pingOutput(
  targetIp: string,
  count: number,
  verdict: PingVerdict,
): { output: string; exitCode: number } {
  const lines = [`PING ${targetIp} (${targetIp}) 56(84) bytes of data.`];
  if (verdict.ok) {
    const times: number[] = [];
    for (let seq = 1; seq <= count; seq++) {
      const t = Math.round(verdict.rttMs * (1 + ((seq * 7) % 5) / 50) * 1000) / 1000;
      times.push(t);
      lines.push(
        `64 bytes from ${targetIp}: icmp_seq=${seq} ttl=${verdict.ttl} time=${t.toFixed(t < 1 ? 3 : 1)} ms`,
      );
    }
    const min = Math.min(...times);
    const max = Math.max(...times);
    const avg = times.reduce((s, t) => s + t, 0) / times.length;
    const mdev = Math.sqrt(times.reduce((s, t) => s + (t - avg) ** 2, 0) / times.length);
    lines.push('', `--- ${targetIp} ping statistics ---`);
    lines.push(
      `${count} packets transmitted, ${count} received, 0% packet loss, time ${(count - 1) * 1001}ms`,
    );
    lines.push(`rtt min/avg/max/mdev = ${[min, avg, max, mdev].map((x) => x.toFixed(3)).join('/')} ms`);
    return { output: lines.join('\n') + '\n', exitCode: 0 };
  }
  lines.push('', `--- ${targetIp} ping statistics ---`);
  lines.push(`${count} packets transmitted, 0 received, 100% packet loss, time ${(count - 1) * 1000 + 62}ms`);
  return { output: lines.join('\n') + '\n', exitCode: 1 };
}

/** For the state snapshot and FIDELITY: why a ping failed, in words a trainer can read. */
export const PING_REASONS: Record<Exclude<PingVerdict, { ok: true }>['reason'], string> = {
  'no-route': 'no route to the target: the VPCs are not both attached to one CEN, or the route was rejected',
  'no-host': 'no instance has that private IP in the VPC the route leads to',
  'target-stopped': 'the target instance is not running',
  'blocked-egress': "the source's security group drops outbound ICMP",
  'blocked-ingress': "the target's security group does not accept ICMP from the source",
  'no-return-route':
    'the echo reply has no route back (overlapping CIDR blocks, or on transit routers no route or propagation toward the sender)',
};
