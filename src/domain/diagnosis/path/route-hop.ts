// The route hops: out (the source VPC's learned route to the target) and back (the target VPC's route for the
// reply). The longest prefix among the Active entries carries the packet, as the mock's data plane does.
import { cidrContains, cidrContainsIp, parseCidr } from '../../cidr';
import type { RouteEntryItem } from '../../openapi/response-items';
import { msg } from '../message-builder';
import { hopResult } from './hop-result';
import type { Hop, PathEnd } from './path-types';

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
export function routeHop(
  id: 'route-out' | 'route-back',
  from: PathEnd,
  to: PathEnd,
  toIp: string | undefined,
): Hop {
  const title = msg(id === 'route-out' ? 'path.hop.routeOut' : 'path.hop.routeBack', {
    from: from.vpcId,
    to: to.vpcId,
  });
  // The CEN's learned routes are Account A's to fix.
  const result = hopResult(id, title, 'A');
  const toCidr = to.vpcCidr.ok ? to.vpcCidr.value : undefined;
  const destination = toIp ?? toCidr ?? to.vpcId;
  const base = {
    kind: 'route' as const,
    vpcId: from.vpcId,
    destination,
    expectedNextHop: to.vpcId,
    covering: [] as RouteEntryItem[],
  };
  // Route entries are optional input: without them we say so rather than guess.
  if (!from.routes)
    return result('unknown', msg('path.route.notRead', { vpc: from.vpcId, destination }), base, {
      message: msg('path.route.notRead.fix', { vpc: from.vpcId }),
    });
  if (!from.routes.ok)
    return result.inAccount(from.routes.failure.account).notInspected(base, from.routes.failure);
  if (!toIp && !to.vpcCidr.ok) return result.inAccount(to.account).notInspected(base, to.vpcCidr.failure);
  const dest = toIp ? { ip: toIp } : { cidr: toCidr };
  const covering = from.routes.value.filter((e) => covers(e, dest)).sort((x, y) => prefixOf(y) - prefixOf(x));
  const data = { ...base, covering };
  const best = covering.find((e) => e.Status === 'Active');
  const params = { vpc: from.vpcId, destination, peer: to.vpcId };
  if (best) {
    const rp = { ...params, route: best.DestinationCidrBlock, nextHop: best.NextHopInstanceId ?? '' };
    const d = { ...data, route: best };
    const overlapFix = { message: msg('path.route.overlap.fix', rp) };
    if (best.NextHopInstanceId === to.vpcId) return result('pass', msg('path.route.ok', rp), d);
    // The source VPC's own (system) route swallows the target: its owner is the one to act.
    if (isLocal(best))
      return result.inAccount(from.account)('blocked', msg('path.route.local', rp), d, overlapFix);
    return result('blocked', msg('path.route.otherNextHop', rp), d, overlapFix);
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
    return result(
      'blocked',
      msg(conflicts.length ? 'path.route.rejectedConflict' : 'path.route.rejected', rp),
      { ...data, route: rejected },
      { message: msg('path.route.overlap.fix', rp) },
    );
  }
  return result('blocked', msg('path.route.missing', params), data, {
    message: msg('path.route.missing.fix', params),
  });
}
