// Step 6 path check: for A→B and B→A, the hops a ping crosses, each with a verdict, the evidence and the fix —
// both instances running, both VPCs attached, the route to the target, the region connection, the source's egress
// and the target's ingress security group rules, and the route back for the reply (HOP_ORDER); one file per hop
// family in path/. The first 'blocked' hop is named, like Azure connection troubleshoot names the NSG rule
// (docs/reference/peer-failures.md §3.2, §6.1 item 7). A configuration check, not a probe: the active ping is
// ping.ts.
import type { ApiCall } from './api-call';
import type { AccountName } from '../accounts';
import { msg } from './message-builder';
import type { Message, MessageKey } from './messages';
import { attachmentHop } from './path/attachment-hop';
import { instanceHop, primaryIp } from './path/instance-hop';
import type {
  DirectionDiagnosis,
  Hop,
  BasicHopId,
  PathDiagnosis,
  PathEnd,
  PathInput,
  PathVerdict,
} from './path/path-types';
import { regionHop } from './path/region-hop';
import { routeHop } from './path/route-hop';
import { sgHop } from './path/security-group-hop';
import { pingCommand } from './ping';

/**
 * Instances running, VPCs attached, routes, region connection, security groups, the way back — causes before
 * their effects: a VPC still Attaching also has no learned route, and the attachment is what to fix, so it must
 * be named first.
 */
export const HOP_ORDER: readonly BasicHopId[] = [
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

function direction(input: PathInput, src: PathEnd, dst: PathEnd): DirectionDiagnosis {
  const srcIp = src.instance.ok ? primaryIp(src.instance.value) : undefined;
  const dstIp = dst.instance.ok ? primaryIp(dst.instance.value) : undefined;
  const byId: Record<BasicHopId, () => Hop> = {
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
  return summarizeDirection(
    src,
    dst,
    HOP_ORDER.map((id) => byId[id]()),
  );
}

/**
 * One direction's verdict from its hops in packet order: the first 'blocked' hop decides, else the first
 * 'unknown', else the first 'warning'. Enterprise Edition's path (enterprise-path.ts) says it the same way.
 */
export function summarizeDirection(src: PathEnd, dst: PathEnd, hops: Hop[]): DirectionDiagnosis {
  const srcIp = src.instance.ok ? primaryIp(src.instance.value) : undefined;
  const dstIp = dst.instance.ok ? primaryIp(dst.instance.value) : undefined;
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
    summary: msg(summaryKey[verdict], deciding ? { ...ends, hop: { message: deciding.title } } : ends),
    hops,
    ...(dstIp ? { manualPing: manualPing(src.account, dstIp) } : {}),
  };
}

function manualPing(from: AccountName, ip: string): { command: string; message: Message } {
  const command = pingCommand(ip);
  return { command, message: msg('ping.manual', { from, command }) };
}

const OVERALL_ORDER: readonly PathVerdict[] = ['blocked', 'unknown', 'limited', 'reachable'];

export function diagnosePath(input: PathInput): PathDiagnosis {
  return combineDirections(direction(input, input.a, input.b), direction(input, input.b, input.a));
}

/** Both directions as one diagnosis: the worse verdict, its deciding hop, and every one-call fix once. */
export function combineDirections(aToB: DirectionDiagnosis, bToA: DirectionDiagnosis): PathDiagnosis {
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
    summary: msg(summaryKey[verdict], { aToB: { message: aToB.summary }, bToA: { message: bToA.summary } }),
    aToB,
    bToA,
    fixes,
  };
}
