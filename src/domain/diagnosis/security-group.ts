// Does a set of security groups let ICMP through, and which rule decides? The rule order is the ECS one: Priority
// 1–100, a smaller number wins; at equal priority a Drop rule wins; all groups of the instance are evaluated
// together. With no matching rule, inbound is denied and outbound allowed (a basic group's defaults). Protocols
// other than TCP/UDP use PortRange -1/-1. All in docs/reference/cen-api.md §2 step 6.
import { cidrContains, cidrContainsIp, parseCidr, type Cidr } from '../cidr';
import type { PermissionItem, SecurityGroupItem } from '../openapi/response-items';

export type Direction = 'ingress' | 'egress';

/** The other end of the ping as the rule sees it: its private IP if known, else its VPC's CIDR. */
export interface IcmpPeer {
  ip?: string;
  cidr?: string;
  /** Security groups of the peer instance, for rules that name a SourceGroupId/DestGroupId. */
  groupIds?: readonly string[];
}

export interface RuleRef {
  groupId: string;
  groupName?: string;
  ruleId?: string;
  direction: Direction;
  protocol: string;
  portRange: string;
  /** The CIDR or group the rule names as the other end. */
  peer: string;
  policy: 'Accept' | 'Drop';
  priority: number;
  description?: string;
}

export type NearMissReason = 'peer-not-covered' | 'port-range';

export interface IcmpDecision {
  allowed: boolean;
  /** The rule that decided, or undefined when the default applied. */
  decidedBy?: RuleRef;
  /** True when no rule matched and the direction's default decided (ingress: deny, egress: allow). */
  byDefault: boolean;
  /** ICMP/ALL rules of this direction that did not match the peer — to show "the rule you have covers X, not Y". */
  nearMisses: { rule: RuleRef; reason: NearMissReason }[];
  /** For an allowing rule matched by IP: does it also cover the peer's whole VPC CIDR? */
  coversPeerCidr?: boolean;
}

function ruleCidr(text: string | undefined): Cidr | null {
  if (!text) return null;
  // SourceCidrIp may be a bare address ("10.0.0.1"), meaning /32.
  return parseCidr(text.includes('/') ? text : `${text}/32`);
}

function toRef(group: SecurityGroupItem, p: PermissionItem, direction: Direction): RuleRef {
  const cidr = direction === 'ingress' ? p.SourceCidrIp : p.DestCidrIp;
  const gid = direction === 'ingress' ? p.SourceGroupId : p.DestGroupId;
  const priority = Number.parseInt(p.Priority, 10);
  return {
    groupId: group.SecurityGroupId,
    ...(group.SecurityGroupName ? { groupName: group.SecurityGroupName } : {}),
    ...(p.SecurityGroupRuleId ? { ruleId: p.SecurityGroupRuleId } : {}),
    direction,
    protocol: p.IpProtocol.toUpperCase(),
    portRange: p.PortRange,
    peer: cidr || gid || '',
    policy: p.Policy.toLowerCase() === 'drop' ? 'Drop' : 'Accept',
    // The API sends Priority as a string (docs/reference/cen-api.md §2 step 6); one we cannot read counts as 1,
    // the highest (that the API defaults to 1 is UNCONFIRMED, same section).
    priority: Number.isFinite(priority) ? priority : 1,
    ...(p.Description ? { description: p.Description } : {}),
  };
}

function peerCovered(p: PermissionItem, direction: Direction, peer: IcmpPeer): boolean {
  const gid = direction === 'ingress' ? p.SourceGroupId : p.DestGroupId;
  if (gid && peer.groupIds?.includes(gid)) return true;
  const cidr = ruleCidr(direction === 'ingress' ? p.SourceCidrIp : p.DestCidrIp);
  if (!cidr) return false;
  if (peer.ip) return cidrContainsIp(cidr, peer.ip);
  const peerCidr = peer.cidr ? parseCidr(peer.cidr) : null;
  return peerCidr !== null && cidrContains(cidr, peerCidr);
}

export function evaluateIcmp(
  groups: readonly SecurityGroupItem[],
  direction: Direction,
  peer: IcmpPeer,
): IcmpDecision {
  const matching: RuleRef[] = [];
  const nearMisses: IcmpDecision['nearMisses'] = [];
  for (const group of groups) {
    for (const p of group.Permissions.Permission) {
      if (p.Direction.toLowerCase() !== direction) continue;
      const protocol = p.IpProtocol.toUpperCase();
      if (protocol !== 'ICMP' && protocol !== 'ALL') continue;
      const ref = toRef(group, p, direction);
      if (p.PortRange !== '-1/-1') nearMisses.push({ rule: ref, reason: 'port-range' });
      else if (!peerCovered(p, direction, peer)) nearMisses.push({ rule: ref, reason: 'peer-not-covered' });
      else matching.push(ref);
    }
  }
  matching.sort(
    (a, b) => a.priority - b.priority || (a.policy === 'Drop' ? 0 : 1) - (b.policy === 'Drop' ? 0 : 1),
  );
  const first = matching[0];
  if (!first) return { allowed: direction === 'egress', byDefault: true, nearMisses };
  const decision: IcmpDecision = {
    allowed: first.policy === 'Accept',
    decidedBy: first,
    byDefault: false,
    nearMisses,
  };
  if (decision.allowed && peer.ip && peer.cidr) {
    const rc = ruleCidr(first.peer);
    const pc = parseCidr(peer.cidr);
    decision.coversPeerCidr = rc !== null && pc !== null && cidrContains(rc, pc);
  }
  return decision;
}
