// Step 6 path check (issue 6 "Step 6 diagnosis"): for A→B and B→A, the hops a ping crosses, each with a verdict,
// the evidence and the fix — both instances running, both VPCs attached, the route to the target, the region
// connection, the source's egress and the target's ingress security group rules, and the route back for the
// reply (HOP_ORDER). The first 'blocked' hop is
// named, like Azure connection troubleshoot names the NSG rule (peers.md §3.2, §6.1 item 7). A configuration
// check, not a probe: the active ping is ping.ts.
import { samePair } from '../bandwidth';
import { cidrContains, cidrContainsIp, parseCidr } from '../cidr';
import { areaOf, findArea, regionsFitAreas } from '../regions';
import { deterministicClientToken, type ApiCall } from './api-call';
import type {
  BandwidthPackageItem,
  ChildInstanceItem,
  InstanceItem,
  InterRegionLimitItem,
  RouteEntryItem,
  SecurityGroupItem,
} from './api-items';
import type { Account, InspectionFailure, Inspected } from './inspection';
import { inspectionFix, notInspectedMessage } from './inspection-messages';
import type { Message, MessageKey, MessageParam } from './messages';
import { pingCommand } from './ping';
import { evaluateIcmp, type IcmpDecision, type RuleRef } from './security-group';
import type { Evidence, Fix, HopVerdict } from './verdicts';

export interface PathEnd {
  account: Account;
  regionId: string;
  vpcId: string;
  /** The VPC's primary CIDR (DescribeVpcs CidrBlock): the source a fix rule should allow. */
  vpcCidr: Inspected<string>;
  /** The chosen ECS instance (DescribeInstances). */
  instance: Inspected<InstanceItem>;
  /** DescribeSecurityGroupAttribute of each of the instance's groups. */
  securityGroups: Inspected<readonly SecurityGroupItem[]>;
  /** DescribeCenChildInstanceRouteEntries for this VPC; leave out when not read (the hop is then 'unknown'). */
  routes?: Inspected<readonly RouteEntryItem[]>;
}

export interface PathInput {
  cenId: string;
  /** Account A's side (the source of A→B). */
  a: PathEnd;
  /** Account B's side. */
  b: PathEnd;
  /** DescribeCenAttachedChildInstances (Account A). */
  attachments: Inspected<readonly ChildInstanceItem[]>;
  /** DescribeCenInterRegionBandwidthLimits (Account A). */
  limits: Inspected<readonly InterRegionLimitItem[]>;
  /** DescribeCenBandwidthPackages (Account A), to say whether step 4 or step 5 is missing. */
  packages?: Inspected<readonly BandwidthPackageItem[]>;
  /** ClientToken for an offered write; defaults to a deterministic token per fix. */
  clientToken?: (fixId: string) => string;
}

export type HopId =
  | 'source-instance'
  | 'source-egress'
  | 'source-attachment'
  | 'route-out'
  | 'region-connection'
  | 'target-attachment'
  | 'target-ingress'
  | 'target-instance'
  | 'route-back';

/**
 * The order — instances running, VPCs attached, routes, region connection, security groups, the way
 * back — which puts causes before their effects: a VPC still Attaching also has no learned route, and the
 * attachment is what to fix, so it must be named first.
 */
export const HOP_ORDER: readonly HopId[] = [
  'source-instance',
  'target-instance',
  'source-attachment',
  'target-attachment',
  'route-out',
  'region-connection',
  'source-egress',
  'target-ingress',
  'route-back',
];

export type HopData =
  | { kind: 'instance'; instanceId?: string; status?: string; privateIp?: string; vpcId: string }
  | {
      kind: 'security-group';
      direction: 'ingress' | 'egress';
      groupIds: string[];
      peer: { ip?: string; cidr?: string };
      decision?: IcmpDecision;
    }
  | { kind: 'attachment'; vpcId: string; status?: string }
  | {
      kind: 'route';
      /** The VPC whose route table is read. */
      vpcId: string;
      destination: string;
      expectedNextHop: string;
      route?: RouteEntryItem;
      /** Every entry whose destination covers the address, any status. */
      covering: RouteEntryItem[];
    }
  | {
      kind: 'region-connection';
      localRegionId: string;
      oppositeRegionId: string;
      sameRegion: boolean;
      limit?: InterRegionLimitItem;
      /** True when no limit > 0 exists: only the free 1 Kbps test bandwidth. */
      testBandwidthOnly: boolean;
    };

export interface Hop {
  id: HopId;
  title: Message;
  verdict: HopVerdict;
  /** Whose resource the hop is about (the one to act in). */
  account: Account;
  evidence: Evidence<HopData>;
  fix?: Fix;
  failure?: InspectionFailure;
}

/** reachable: every hop passes. limited: ping can pass but only on test bandwidth. */
export type PathVerdict = 'reachable' | 'limited' | 'blocked' | 'unknown';

export interface DirectionDiagnosis {
  from: Account;
  to: Account;
  sourceIp?: string;
  targetIp?: string;
  verdict: PathVerdict;
  /** The first hop (packet order) that decides the verdict: blocked, else unknown, else warning. */
  decidingHop?: HopId;
  summary: Message;
  hops: Hop[];
  /** The command to run by hand on the source instance, when the target IP is known. */
  manualPing?: { command: string; message: Message };
}

export interface PathDiagnosis {
  verdict: PathVerdict;
  /** The hop that decides the overall verdict: A→B's when it has that verdict, else B→A's. */
  deciding?: { direction: 'aToB' | 'bToA'; hop: HopId };
  summary: Message;
  aToB: DirectionDiagnosis;
  bToA: DirectionDiagnosis;
  /** Every single-call fix offered by a hop, once each (e.g. one AuthorizeSecurityGroup per group and CIDR). */
  fixes: ApiCall[];
}

const m = (key: MessageKey, params?: Record<string, MessageParam>): Message =>
  params ? { key, params } : { key };

function primaryIp(i: InstanceItem): string | undefined {
  return i.VpcAttributes.PrivateIpAddress.IpAddress[0];
}

function groupLabel(g: SecurityGroupItem | undefined, id: string): string {
  return g?.SecurityGroupName ? `${id} (${g.SecurityGroupName})` : id;
}

function ruleParams(r: RuleRef): Record<string, MessageParam> {
  return {
    group: r.groupName ? `${r.groupId} (${r.groupName})` : r.groupId,
    protocol: r.protocol,
    peer: r.peer,
    policy: r.policy,
    priority: r.priority,
    portRange: r.portRange,
    // A bracketed rule ID when the API gave one, so the exact rule can be found in the console.
    rule: r.ruleId ? ` [${r.ruleId}]` : '',
  };
}

function unknownHop(id: HopId, title: Message, account: Account, data: HopData, f: InspectionFailure): Hop {
  return {
    id,
    title,
    verdict: 'unknown',
    account,
    evidence: { message: notInspectedMessage(f), data },
    fix: inspectionFix(f),
    failure: f,
  };
}

// ── Hops ─────────────────────────────────────────────────────────────────────────────────────────────────
function instanceHop(id: HopId, end: PathEnd): Hop {
  const title = m(id === 'source-instance' ? 'path.hop.sourceInstance' : 'path.hop.targetInstance', {
    account: end.account,
  });
  const base = { kind: 'instance' as const, vpcId: end.vpcId };
  if (!end.instance.ok) return unknownHop(id, title, end.account, base, end.instance.failure);
  const i = end.instance.value;
  const ip = primaryIp(i);
  const data = { ...base, instanceId: i.InstanceId, status: i.Status, ...(ip ? { privateIp: ip } : {}) };
  const params = { instance: i.InstanceId, status: i.Status, ip: ip ?? '', vpc: end.vpcId };
  if (i.VpcAttributes.VpcId !== end.vpcId)
    return {
      id,
      title,
      verdict: 'blocked',
      account: end.account,
      evidence: { message: m('path.instance.otherVpc', { ...params, actual: i.VpcAttributes.VpcId }), data },
      fix: { message: m('path.instance.otherVpc.fix', { vpc: end.vpcId }) },
    };
  // Instance statuses: Pending, Running, Starting, Stopping, Stopped (cen-api.md §2 step 6).
  if (i.Status !== 'Running')
    return {
      id,
      title,
      verdict: 'blocked',
      account: end.account,
      evidence: { message: m('path.instance.notRunning', params), data },
      fix: { message: m('path.instance.notRunning.fix', { ...params, account: end.account }) },
    };
  return {
    id,
    title,
    verdict: 'pass',
    account: end.account,
    evidence: { message: m('path.instance.running', params), data },
  };
}

function attachmentHop(id: HopId, input: PathInput, end: PathEnd): Hop {
  const title = m(id === 'source-attachment' ? 'path.hop.sourceAttachment' : 'path.hop.targetAttachment', {
    vpc: end.vpcId,
  });
  const base = { kind: 'attachment' as const, vpcId: end.vpcId };
  // The attachment list is read with Account A's keys (the CEN owner).
  if (!input.attachments.ok) return unknownHop(id, title, 'A', base, input.attachments.failure);
  const att = input.attachments.value.find(
    (a) => a.ChildInstanceId === end.vpcId && (a.CenId === undefined || a.CenId === input.cenId),
  );
  const params = { vpc: end.vpcId, cen: input.cenId };
  if (!att)
    return {
      id,
      title,
      verdict: 'blocked',
      account: 'A',
      evidence: { message: m('path.attach.missing', params), data: base },
      fix: { message: m('path.attach.missing.fix', params) },
    };
  const data = { ...base, status: att.Status };
  // Attaching → Attached; Detaching (cen-api.md §3). Routes are learned only once Attached.
  if (att.Status === 'Attached')
    return {
      id,
      title,
      verdict: 'pass',
      account: 'A',
      evidence: { message: m('path.attach.attached', params), data },
    };
  return {
    id,
    title,
    verdict: 'blocked',
    account: 'A',
    evidence: {
      message: m(att.Status === 'Attaching' ? 'path.attach.attaching' : 'path.attach.status', {
        ...params,
        status: att.Status,
      }),
      data,
    },
    fix: {
      message: m(att.Status === 'Attaching' ? 'path.attach.attaching.fix' : 'path.attach.status.fix', params),
    },
  };
}

function covers(entry: RouteEntryItem, dest: { ip?: string; cidr?: string }): boolean {
  const c = parseCidr(entry.DestinationCidrBlock);
  if (!c) return false;
  if (dest.ip) return cidrContainsIp(c, dest.ip);
  const d = dest.cidr ? parseCidr(dest.cidr) : null;
  return d !== null && (cidrContains(c, d) || cidrContains(d, c));
}

function prefixOf(e: RouteEntryItem): number {
  return parseCidr(e.DestinationCidrBlock)?.prefix ?? -1;
}

function isLocal(e: RouteEntryItem): boolean {
  return e.Type === 'System' || e.NextHopType?.toLowerCase() === 'local';
}

/** Route from `from`'s table towards `to`'s address (ip, or its VPC CIDR when the instance is unknown). */
function routeHop(id: HopId, from: PathEnd, to: PathEnd, toIp: string | undefined): Hop {
  const title = m(id === 'route-out' ? 'path.hop.routeOut' : 'path.hop.routeBack', {
    from: from.vpcId,
    to: to.vpcId,
  });
  const toCidr = to.vpcCidr.ok ? to.vpcCidr.value : undefined;
  const destination = toIp ?? toCidr ?? to.vpcId;
  const base = {
    kind: 'route' as const,
    vpcId: from.vpcId,
    destination,
    expectedNextHop: to.vpcId,
    covering: [] as RouteEntryItem[],
  };
  // Route entries are optional in the brief: without them we say so rather than guess.
  if (!from.routes)
    return {
      id,
      title,
      verdict: 'unknown',
      account: 'A',
      evidence: { message: m('path.route.notRead', { vpc: from.vpcId, destination }), data: base },
      fix: { message: m('path.route.notRead.fix', { vpc: from.vpcId }) },
    };
  if (!from.routes.ok) return unknownHop(id, title, from.routes.failure.account, base, from.routes.failure);
  if (!toIp && !to.vpcCidr.ok) return unknownHop(id, title, to.account, base, to.vpcCidr.failure);
  const dest = toIp ? { ip: toIp } : { cidr: toCidr };
  const covering = from.routes.value.filter((e) => covers(e, dest)).sort((x, y) => prefixOf(y) - prefixOf(x));
  const data = { ...base, covering };
  // Longest prefix among the Active entries carries the packet (the mock's data plane does the same).
  const best = covering.find((e) => e.Status === 'Active');
  const params = { vpc: from.vpcId, destination, peer: to.vpcId };
  if (best) {
    const rp = { ...params, route: best.DestinationCidrBlock, nextHop: best.NextHopInstanceId ?? '' };
    const d = { ...data, route: best };
    if (best.NextHopInstanceId === to.vpcId)
      return {
        id,
        title,
        verdict: 'pass',
        account: 'A',
        evidence: { message: m('path.route.ok', rp), data: d },
      };
    if (isLocal(best))
      return {
        id,
        title,
        verdict: 'blocked',
        account: from.account,
        evidence: { message: m('path.route.local', rp), data: d },
        fix: { message: m('path.route.overlap.fix', rp) },
      };
    return {
      id,
      title,
      verdict: 'blocked',
      account: 'A',
      evidence: { message: m('path.route.otherNextHop', rp), data: d },
      fix: { message: m('path.route.overlap.fix', rp) },
    };
  }
  const rejected = covering[0];
  if (rejected) {
    const conflicts = (rejected.Conflicts?.Conflict ?? []).flatMap((c) =>
      c.DestinationCidrBlock ? [c.DestinationCidrBlock] : [],
    );
    const rp = {
      ...params,
      route: rejected.DestinationCidrBlock,
      status: rejected.Status ?? '?',
      conflicts: { list: conflicts },
    };
    return {
      id,
      title,
      verdict: 'blocked',
      account: 'A',
      evidence: {
        message: m(conflicts.length ? 'path.route.rejectedConflict' : 'path.route.rejected', rp),
        data: { ...data, route: rejected },
      },
      fix: { message: m('path.route.overlap.fix', rp) },
    };
  }
  return {
    id,
    title,
    verdict: 'blocked',
    account: 'A',
    evidence: { message: m('path.route.missing', params), data },
    fix: { message: m('path.route.missing.fix', params) },
  };
}

function regionHop(input: PathInput, src: PathEnd, dst: PathEnd): Hop {
  const id: HopId = 'region-connection';
  const local = src.regionId;
  const opposite = dst.regionId;
  const regions = { local: { region: local }, opposite: { region: opposite } };
  const title = m('path.hop.regionConnection', regions);
  const base = {
    kind: 'region-connection' as const,
    localRegionId: local,
    oppositeRegionId: opposite,
    sameRegion: local === opposite,
    testBandwidthOnly: false,
  };
  // Traffic inside one region needs no region connection.
  if (local === opposite)
    return {
      id,
      title,
      verdict: 'pass',
      account: 'A',
      evidence: { message: m('path.region.sameRegion', regions), data: base },
    };
  if (!input.limits.ok) return unknownHop(id, title, 'A', base, input.limits.failure);
  const limit = input.limits.value.find(
    (l) =>
      (l.CenId === undefined || l.CenId === input.cenId) &&
      l.BandwidthLimit > 0 &&
      samePair(l.LocalRegionId, l.OppositeRegionId, local, opposite),
  );
  if (limit) {
    const data = { ...base, limit };
    const params = { ...regions, limit: limit.BandwidthLimit, status: limit.Status };
    // Limit statuses: Active, Modifying (cen-api.md §3).
    if (limit.Status === 'Active')
      return {
        id,
        title,
        verdict: 'pass',
        account: 'A',
        evidence: { message: m('path.region.ok', params), data },
      };
    return {
      id,
      title,
      verdict: 'warning',
      account: 'A',
      evidence: { message: m('path.region.notActive', params), data },
      fix: { message: m('path.region.notActive.fix') },
    };
  }
  // "By default, 1 Kbps bandwidth is provided for connectivity test. To run normal business, you must buy a
  // bandwidth package and set a proper interconnection bandwidth." (TF alicloud_cen_bandwidth_limit doc.)
  // Four 84-byte echoes a second apart fit in 1 Kbps, so ping can pass while real traffic cannot.
  const data = { ...base, testBandwidthOnly: true };
  const la = areaOf(local);
  const oa = areaOf(opposite);
  const pkg =
    input.packages?.ok && la && oa
      ? input.packages.value.find((p) => {
          const a = findArea(p.GeographicRegionAId)?.id;
          const b = findArea(p.GeographicRegionBId)?.id;
          return a && b && p.CenIds?.CenId.includes(input.cenId) && regionsFitAreas(local, opposite, a, b);
        })
      : undefined;
  const areas = { localArea: la ? { area: la } : local, oppositeArea: oa ? { area: oa } : opposite };
  return {
    id,
    title,
    verdict: 'warning',
    account: 'A',
    evidence: { message: m('path.region.testOnly', regions), data },
    fix: {
      message: pkg
        ? m('path.region.setLimit.fix', { ...regions, pkg: pkg.CenBandwidthPackageId })
        : m('path.region.buyPackage.fix', { ...regions, ...areas }),
    },
  };
}

function sgHop(
  id: 'source-egress' | 'target-ingress',
  input: PathInput,
  src: PathEnd,
  dst: PathEnd,
  srcIp: string | undefined,
  dstIp: string | undefined,
): Hop {
  const end = id === 'source-egress' ? src : dst;
  const other = id === 'source-egress' ? dst : src;
  const direction = id === 'source-egress' ? 'egress' : 'ingress';
  const otherIp = id === 'source-egress' ? dstIp : srcIp;
  const otherCidr = other.vpcCidr.ok ? other.vpcCidr.value : undefined;
  const otherGroups = other.instance.ok ? other.instance.value.SecurityGroupIds.SecurityGroupId : [];
  const ownGroupIds = end.instance.ok
    ? end.instance.value.SecurityGroupIds.SecurityGroupId
    : end.securityGroups.ok
      ? end.securityGroups.value.map((g) => g.SecurityGroupId)
      : [];
  const title = m(id === 'source-egress' ? 'path.hop.sourceEgress' : 'path.hop.targetIngress', {
    account: end.account,
  });
  const peer = { ...(otherIp ? { ip: otherIp } : {}), ...(otherCidr ? { cidr: otherCidr } : {}) };
  const base: HopData = { kind: 'security-group', direction, groupIds: [...ownGroupIds], peer };
  if (!end.securityGroups.ok) return unknownHop(id, title, end.account, base, end.securityGroups.failure);
  if (!otherIp && !other.vpcCidr.ok) return unknownHop(id, title, other.account, base, other.vpcCidr.failure);
  const groups = end.securityGroups.value.filter(
    (g) => ownGroupIds.length === 0 || ownGroupIds.includes(g.SecurityGroupId),
  );
  // Rules of every group count together; a group we did not read could hold the deciding Drop.
  const unread = ownGroupIds.filter((gid) => !groups.some((g) => g.SecurityGroupId === gid));
  if (unread.length > 0)
    return {
      id,
      title,
      verdict: 'unknown',
      account: end.account,
      evidence: { message: m('path.sg.groupNotRead', { groups: { list: unread } }), data: base },
      fix: { message: m('path.sg.groupNotRead.fix', { groups: { list: unread }, account: end.account }) },
    };
  const decision = evaluateIcmp(groups, direction, { ...peer, groupIds: otherGroups });
  const data = { ...base, groupIds: groups.map((g) => g.SecurityGroupId), decision };
  const peerText = otherIp && otherCidr ? `${otherIp} (${otherCidr})` : (otherIp ?? otherCidr ?? '');
  const groupsText = groups.map((g) => groupLabel(g, g.SecurityGroupId)).join(', ');
  const r = decision.decidedBy;

  if (direction === 'egress') {
    if (decision.allowed)
      return {
        id,
        title,
        verdict: 'pass',
        account: end.account,
        evidence: {
          message: r
            ? m('path.sg.egressAllowed', { ...ruleParams(r), target: peerText })
            : m('path.sg.egressDefault', { groups: groupsText, target: peerText }),
          data,
        },
      };
    return {
      id,
      title,
      verdict: 'blocked',
      account: end.account,
      evidence: { message: m('path.sg.egressDropped', { ...ruleParams(r!), target: peerText }), data },
      // AuthorizeSecurityGroupEgress is not in the action catalogue, so this fix is words only.
      fix: { message: m('path.sg.egressDropped.fix', { ...ruleParams(r!), account: end.account }) },
    };
  }

  if (decision.allowed) {
    const partial = decision.coversPeerCidr === false && otherCidr;
    return {
      id,
      title,
      verdict: 'pass',
      account: end.account,
      evidence: {
        message: m(partial ? 'path.sg.ingressAllowedIpOnly' : 'path.sg.ingressAllowed', {
          ...ruleParams(r!),
          source: peerText,
          cidr: otherCidr ?? '',
        }),
        data,
      },
    };
  }

  // Blocked: either nothing accepts ICMP from the source (ingress is denied by default), or a Drop rule wins.
  const targetGroupId = ownGroupIds[0] ?? groups[0]?.SecurityGroupId;
  const sourceCidr = otherCidr ?? `${otherIp}/32`;
  const makeCall = (): ApiCall | undefined =>
    targetGroupId
      ? {
          key: 'Ecs.AuthorizeSecurityGroup',
          account: end.account,
          regionId: end.regionId,
          params: {
            RegionId: end.regionId,
            SecurityGroupId: targetGroupId,
            Permissions: [
              {
                IpProtocol: 'ICMP',
                PortRange: '-1/-1',
                SourceCidrIp: sourceCidr,
                Policy: 'accept',
                // Priority 1 is the highest (ECS AuthorizeSecurityGroup doc).
                Priority: '1',
                // "For a security group of the VPC type, you must set NicType to intranet." (same doc)
                NicType: 'intranet',
                Description: `CEN Connect: allow ping from ${other.vpcId}`,
              },
            ],
            ClientToken: (input.clientToken ?? deterministicClientToken)(
              `icmp-${targetGroupId}-${sourceCidr.replace('/', '_')}`,
            ),
          },
        }
      : undefined;
  const groupText = targetGroupId
    ? groupLabel(
        groups.find((g) => g.SecurityGroupId === targetGroupId),
        targetGroupId,
      )
    : '';

  if (!r) {
    const near = decision.nearMisses[0];
    const call = makeCall();
    return {
      id,
      title,
      verdict: 'blocked',
      account: end.account,
      evidence: {
        message: near
          ? m(near.reason === 'port-range' ? 'path.sg.ingressMissingPort' : 'path.sg.ingressMissingNear', {
              groups: groupsText,
              source: peerText,
              ...Object.fromEntries(Object.entries(ruleParams(near.rule)).map(([k, v]) => [`near_${k}`, v])),
            })
          : m('path.sg.ingressMissing', { groups: groupsText, source: peerText }),
        data,
      },
      fix: {
        message: m('path.sg.addRule.fix', { group: groupText, cidr: sourceCidr, account: end.account }),
        ...(call ? { call } : {}),
      },
    };
  }
  // A Drop rule decides. An Accept at priority 1 outranks a Drop at 2..100, but at equal priority Drop wins
  // (ECS AuthorizeSecurityGroup doc), so a Drop at priority 1 must be removed or narrowed instead.
  const canOutrank = r.priority > 1;
  const call = canOutrank ? makeCall() : undefined;
  return {
    id,
    title,
    verdict: 'blocked',
    account: end.account,
    evidence: { message: m('path.sg.ingressDropped', { ...ruleParams(r), source: peerText }), data },
    fix: {
      message: canOutrank
        ? m('path.sg.outrankDrop.fix', { ...ruleParams(r), cidr: sourceCidr, group: groupText })
        : m('path.sg.removeDrop.fix', { ...ruleParams(r), account: end.account }),
      ...(call ? { call } : {}),
    },
  };
}

// ── Directions ───────────────────────────────────────────────────────────────────────────────────────────
function direction(input: PathInput, src: PathEnd, dst: PathEnd): DirectionDiagnosis {
  const srcIp = src.instance.ok ? primaryIp(src.instance.value) : undefined;
  const dstIp = dst.instance.ok ? primaryIp(dst.instance.value) : undefined;
  const byId: Record<HopId, () => Hop> = {
    'source-instance': () => instanceHop('source-instance', src),
    'target-instance': () => instanceHop('target-instance', dst),
    'source-attachment': () => attachmentHop('source-attachment', input, src),
    'target-attachment': () => attachmentHop('target-attachment', input, dst),
    'route-out': () => routeHop('route-out', src, dst, dstIp),
    'region-connection': () => regionHop(input, src, dst),
    'source-egress': () => sgHop('source-egress', input, src, dst, srcIp, dstIp),
    'target-ingress': () => sgHop('target-ingress', input, src, dst, srcIp, dstIp),
    'route-back': () => routeHop('route-back', dst, src, srcIp),
  };
  const hops = HOP_ORDER.map((id) => byId[id]());
  const blocked = hops.find((h) => h.verdict === 'blocked');
  const unknown = hops.find((h) => h.verdict === 'unknown');
  const warning = hops.find((h) => h.verdict === 'warning');
  const deciding = blocked ?? unknown ?? warning;
  const verdict: PathVerdict = blocked ? 'blocked' : unknown ? 'unknown' : warning ? 'limited' : 'reachable';
  const ends = { from: src.account, to: dst.account };
  const summaryKey: Record<PathVerdict, MessageKey> = {
    reachable: 'path.summary.reachable',
    limited: 'path.summary.limited',
    blocked: 'path.summary.blocked',
    unknown: 'path.summary.unknown',
  };
  return {
    from: src.account,
    to: dst.account,
    ...(srcIp ? { sourceIp: srcIp } : {}),
    ...(dstIp ? { targetIp: dstIp } : {}),
    verdict,
    ...(deciding ? { decidingHop: deciding.id } : {}),
    summary: m(summaryKey[verdict], deciding ? { ...ends, hop: { message: deciding.title } } : ends),
    hops,
    ...(dstIp ? { manualPing: manualPing(src.account, dstIp) } : {}),
  };
}

function manualPing(from: Account, ip: string): { command: string; message: Message } {
  const command = pingCommand(ip);
  return { command, message: m('ping.manual', { from, command }) };
}

const OVERALL_ORDER: readonly PathVerdict[] = ['blocked', 'unknown', 'limited', 'reachable'];

export function diagnosePath(input: PathInput): PathDiagnosis {
  const aToB = direction(input, input.a, input.b);
  const bToA = direction(input, input.b, input.a);
  const verdict = OVERALL_ORDER.find((v) => aToB.verdict === v || bToA.verdict === v) ?? 'reachable';
  const fixes: ApiCall[] = [];
  const seen = new Set<string>();
  for (const h of [...aToB.hops, ...bToA.hops]) {
    const call = h.fix?.call;
    if (!call) continue;
    const k = JSON.stringify([call.key, call.account, call.params]);
    if (!seen.has(k)) {
      seen.add(k);
      fixes.push(call);
    }
  }
  const summaryKey: Record<PathVerdict, MessageKey> = {
    reachable: 'path.overall.reachable',
    limited: 'path.overall.limited',
    blocked: 'path.overall.blocked',
    unknown: 'path.overall.unknown',
  };
  const decidingDirection = aToB.verdict === verdict ? 'aToB' : 'bToA';
  const decidingHop = (decidingDirection === 'aToB' ? aToB : bToA).decidingHop;
  return {
    verdict,
    ...(decidingHop ? { deciding: { direction: decidingDirection, hop: decidingHop } } : {}),
    summary: m(summaryKey[verdict], { aToB: { message: aToB.summary }, bToA: { message: bToA.summary } }),
    aToB,
    bToA,
    fixes,
  };
}

/** "Let the console pick one on each side" (issue 6): the first Running instance in the VPC, else the first. */
export function pickInstance(instances: readonly InstanceItem[], vpcId: string): InstanceItem | undefined {
  const inVpc = instances.filter((i) => i.VpcAttributes.VpcId === vpcId && primaryIp(i));
  return inVpc.find((i) => i.Status === 'Running') ?? inVpc[0];
}
