// The security-group hops: the source's egress rules and the target's ingress rules, all groups of the instance
// together (security-group.ts decides which rule wins), with the deciding rule named. Ingress is denied by
// default, egress allowed; an ingress block offers the AuthorizeSecurityGroup call that lifts it.
import type { ApiCall } from '../api-call';
import type { SecurityGroupItem } from '../../openapi/response-items';
import { msg } from '../message-builder';
import type { Message, MessageParam } from '../messages';
import { evaluateIcmp, type IcmpDecision, type RuleRef } from '../security-group';
import type { Fix } from '../verdicts';
import { allowIcmpCall } from './allow-icmp-call';
import { hopResult, type HopResult } from './hop-result';
import type { Hop, HopData, PathEnd, PathInput } from './path-types';

function groupLabel(id: string, name: string | undefined): string {
  return name ? `${id} (${name})` : id;
}

function ruleParams(r: RuleRef): Record<string, MessageParam> {
  return {
    group: groupLabel(r.groupId, r.groupName),
    protocol: r.protocol,
    peer: r.peer,
    policy: r.policy,
    priority: r.priority,
    portRange: r.portRange,
    // A bracketed rule ID when the API gave one, so the exact rule can be found in the console.
    rule: r.ruleId ? ` [${r.ruleId}]` : '',
  };
}

function fixWith(message: Message, call: ApiCall | undefined): Fix {
  return { message, ...(call ? { call } : {}) };
}

/** What both directions' outcomes are told about the hop once the rules are evaluated. */
interface Evaluated {
  result: HopResult;
  end: PathEnd;
  other: PathEnd;
  ownGroupIds: readonly string[];
  groups: readonly SecurityGroupItem[];
  otherIp: string | undefined;
  otherCidr: string | undefined;
  decision: IcmpDecision;
  data: HopData;
  /** The other end as the sentences name it: "IP (CIDR)", or whichever is known. */
  peerText: string;
  groupsText: string;
}

export function sgHop(
  id: 'source-egress' | 'target-ingress',
  input: Pick<PathInput, 'clientToken'>,
  src: PathEnd,
  dst: PathEnd,
  srcIp: string | undefined,
  dstIp: string | undefined,
): Hop {
  const egress = id === 'source-egress';
  const end = egress ? src : dst;
  const other = egress ? dst : src;
  const direction = egress ? 'egress' : 'ingress';
  const otherIp = egress ? dstIp : srcIp;
  const otherCidr = other.vpcCidr.ok ? other.vpcCidr.value : undefined;
  const otherGroups = other.instance.ok ? other.instance.value.SecurityGroupIds.SecurityGroupId : [];
  const ownGroupIds = end.instance.ok
    ? end.instance.value.SecurityGroupIds.SecurityGroupId
    : end.securityGroups.ok
      ? end.securityGroups.value.map((g) => g.SecurityGroupId)
      : [];
  const title = msg(egress ? 'path.hop.sourceEgress' : 'path.hop.targetIngress', { account: end.account });
  const result = hopResult(id, title, end.account);
  const peer = { ...(otherIp ? { ip: otherIp } : {}), ...(otherCidr ? { cidr: otherCidr } : {}) };
  const base: HopData = { kind: 'security-group', direction, groupIds: [...ownGroupIds], peer };
  if (!end.securityGroups.ok) return result.notInspected(base, end.securityGroups.failure);
  if (!otherIp && !other.vpcCidr.ok)
    return result.inAccount(other.account).notInspected(base, other.vpcCidr.failure);
  const groups = end.securityGroups.value.filter(
    (g) => ownGroupIds.length === 0 || ownGroupIds.includes(g.SecurityGroupId),
  );
  // Rules of every group count together; a group we did not read could hold the deciding Drop.
  const unread = ownGroupIds.filter((gid) => !groups.some((g) => g.SecurityGroupId === gid));
  if (unread.length > 0)
    return result('unknown', msg('path.sg.groupNotRead', { groups: { list: unread } }), base, {
      message: msg('path.sg.groupNotRead.fix', { groups: { list: unread }, account: end.account }),
    });
  const decision = evaluateIcmp(groups, direction, { ...peer, groupIds: otherGroups });
  const evaluated: Evaluated = {
    result,
    end,
    other,
    ownGroupIds,
    groups,
    otherIp,
    otherCidr,
    decision,
    data: { ...base, groupIds: groups.map((g) => g.SecurityGroupId), decision },
    peerText: otherIp && otherCidr ? `${otherIp} (${otherCidr})` : (otherIp ?? otherCidr ?? ''),
    groupsText: groups.map((g) => groupLabel(g.SecurityGroupId, g.SecurityGroupName)).join(', '),
  };
  return egress ? egressOutcome(evaluated) : ingressOutcome(evaluated, input);
}

function egressOutcome({ result, end, decision, data, peerText, groupsText }: Evaluated): Hop {
  const r = decision.decidedBy;
  if (decision.allowed)
    return result(
      'pass',
      r
        ? msg('path.sg.egressAllowed', { ...ruleParams(r), target: peerText })
        : msg('path.sg.egressDefault', { groups: groupsText, target: peerText }),
      data,
    );
  // Egress is allowed by default, so a denied egress always has a deciding Drop rule.
  // AuthorizeSecurityGroupEgress is not in the action catalogue, so this fix is words only.
  return result('blocked', msg('path.sg.egressDropped', { ...ruleParams(r!), target: peerText }), data, {
    message: msg('path.sg.egressDropped.fix', { ...ruleParams(r!), account: end.account }),
  });
}

function ingressOutcome(v: Evaluated, input: Pick<PathInput, 'clientToken'>): Hop {
  const { result, end, decision, data, peerText, groupsText, otherCidr } = v;
  const r = decision.decidedBy;
  if (decision.allowed) {
    const partial = decision.coversPeerCidr === false && otherCidr;
    return result(
      'pass',
      msg(partial ? 'path.sg.ingressAllowedIpOnly' : 'path.sg.ingressAllowed', {
        ...ruleParams(r!),
        source: peerText,
        cidr: otherCidr ?? '',
      }),
      data,
    );
  }
  // Blocked: either nothing accepts ICMP from the source (ingress is denied by default), or a Drop rule wins.
  const groupId = v.ownGroupIds[0] ?? v.groups[0]?.SecurityGroupId;
  const sourceCidr = otherCidr ?? `${v.otherIp}/32`;
  const call = (): ApiCall | undefined =>
    groupId
      ? allowIcmpCall({ end, groupId, sourceCidr, fromVpcId: v.other.vpcId, clientToken: input.clientToken })
      : undefined;
  const group = groupId
    ? groupLabel(groupId, v.groups.find((g) => g.SecurityGroupId === groupId)?.SecurityGroupName)
    : '';
  if (!r) {
    const near = decision.nearMisses[0];
    const nearParams = near
      ? Object.fromEntries(Object.entries(ruleParams(near.rule)).map(([k, p]) => [`near_${k}`, p]))
      : {};
    const missing = near
      ? near.reason === 'port-range'
        ? 'path.sg.ingressMissingPort'
        : 'path.sg.ingressMissingNear'
      : 'path.sg.ingressMissing';
    return result(
      'blocked',
      msg(missing, { groups: groupsText, source: peerText, ...nearParams }),
      data,
      fixWith(msg('path.sg.addRule.fix', { group, cidr: sourceCidr, account: end.account }), call()),
    );
  }
  // A Drop rule decides. An Accept at priority 1 outranks a Drop at 2..100, but at equal priority Drop wins
  // (ECS AuthorizeSecurityGroup doc), so a Drop at priority 1 must be removed or narrowed instead.
  const canOutrank = r.priority > 1;
  return result(
    'blocked',
    msg('path.sg.ingressDropped', { ...ruleParams(r), source: peerText }),
    data,
    canOutrank
      ? fixWith(msg('path.sg.outrankDrop.fix', { ...ruleParams(r), cidr: sourceCidr, group }), call())
      : { message: msg('path.sg.removeDrop.fix', { ...ruleParams(r), account: end.account }) },
  );
}
