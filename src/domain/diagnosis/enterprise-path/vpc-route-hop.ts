// The Enterprise-Edition route hops: out (the source VPC's route for the target toward its own attachment) and back
// (the target VPC's route for the reply toward its own). Without such a route no packet reaches the router
// (docs/reference/enterprise-edition.md §2 step 10 b: CreateRouteEntry with NextHopType=Attachment by the VPC's
// owner). The longest prefix among a VPC's entries carries the packet, its own vSwitch routes included, as the mock's
// data plane does (mocks/cloud/routing.ts): one of those covering the target means the CIDR blocks overlap.
import { cidrContains, cidrContainsIp, parseCidr } from '../../cidr';
import type { AccountName } from '../../accounts';
import { msg } from '../message-builder';
import { hopResult } from '../path/hop-result';
import { primaryIp } from '../path/instance-hop';
import type { Hop } from '../path/path-types';
import { routeFix } from './enterprise-fix-calls';
import type { EnterprisePathInput, VpcRouteEntryItem } from './enterprise-path-types';
import { endOf, vpcAttachmentOf } from './enterprise-reads';

const prefixOf = (e: VpcRouteEntryItem) => parseCidr(e.DestinationCidrBlock)?.prefix ?? -1;

/** Whether an entry's destination holds the address (an IP), or holds or sits inside the CIDR. */
function covers(e: VpcRouteEntryItem, dest: { ip?: string; cidr?: string }): boolean {
  const c = parseCidr(e.DestinationCidrBlock);
  if (!c) return false;
  if (dest.ip) return cidrContainsIp(c, dest.ip);
  const d = dest.cidr ? parseCidr(dest.cidr) : null;
  return d !== null && (cidrContains(c, d) || cidrContains(d, c));
}

const nextHopOf = (e: VpcRouteEntryItem) => e.NextHops.NextHop[0];
const isLocal = (e: VpcRouteEntryItem) =>
  e.Type === 'System' || nextHopOf(e)?.NextHopType.toLowerCase() === 'local';

/** Route from `from`'s own table toward `to`'s address, through `from`'s attachment. */
export function vpcRouteHop(
  id: 'route-out' | 'route-back',
  input: EnterprisePathInput,
  from: AccountName,
): Hop {
  const src = endOf(input, from);
  const dst = endOf(input, from === 'A' ? 'B' : 'A');
  const title = msg(id === 'route-out' ? 'ee.hop.routeOut' : 'ee.hop.routeBack', {
    from: src.vpcId,
    to: dst.vpcId,
  });
  // The VPC's own route table: its owner is the one to act (§2 step 10 b).
  const result = hopResult(id, title, from);
  const dstIp = dst.instance.ok ? primaryIp(dst.instance.value) : undefined;
  const dstCidr = dst.vpcCidr.ok ? dst.vpcCidr.value : undefined;
  const destination = dstIp ?? dstCidr ?? dst.vpcId;
  const attachment = vpcAttachmentOf(input, src.vpcId);
  const routes = input.vpcRoutes[from];
  const base = {
    kind: 'vpc-route' as const,
    vpcId: src.vpcId,
    destination,
    ...(attachment ? { expectedNextHop: attachment.TransitRouterAttachmentId } : {}),
    covering: [] as VpcRouteEntryItem[],
  };
  if (!routes.ok) return result.notInspected(base, routes.failure);
  if (!dstIp && !dstCidr && !dst.vpcCidr.ok)
    return result.inAccount(dst.account).notInspected(base, dst.vpcCidr.failure);
  const covering = routes.value.entries
    .filter((e) => covers(e, dstIp ? { ip: dstIp } : { cidr: dstCidr! }))
    .sort((x, y) => prefixOf(y) - prefixOf(x));
  const data = { ...base, ...(routes.value.tableId ? { routeTableId: routes.value.tableId } : {}), covering };
  const params = {
    vpc: src.vpcId,
    destination,
    attachment: attachment?.TransitRouterAttachmentId ?? '?',
    cidr: dstCidr ?? destination,
    account: from,
  };
  const best = covering[0];
  if (best) {
    const hop = nextHopOf(best);
    const rp = {
      ...params,
      route: best.DestinationCidrBlock,
      nextHop: hop?.NextHopId ?? '',
      status: best.Status,
    };
    const d = { ...data, route: best };
    if (isLocal(best))
      return result('blocked', msg('path.route.local', rp), d, { message: msg('path.route.overlap.fix') });
    const toOwn =
      hop?.NextHopType === 'Attachment' &&
      attachment &&
      hop.NextHopId === attachment.TransitRouterAttachmentId;
    if (!toOwn)
      return result('blocked', msg('ee.route.otherNextHop', rp), d, {
        message: msg('ee.route.otherNextHop.fix', rp),
      });
    if (best.Status === 'Available') return result('pass', msg('ee.route.ok', rp), d);
    return result('blocked', msg('ee.route.pending', rp), d, { message: msg('ee.route.wait.fix', rp) });
  }
  if (!attachment) return result('blocked', msg('ee.route.noAttachment', params), data);
  // The router may publish its routes into the VPC instead (§2 step 10 a): UNCONFIRMED for B's VPC, and the mock
  // does not route by it (mocks/FIDELITY.md §8), so this is not a pass.
  if (attachment.AutoPublishRouteEnabled)
    return result('unknown', msg('ee.route.autoPublish', params), data, {
      message: msg('ee.route.autoPublish.fix', params),
    });
  const call = routeFix(input, from);
  return result('blocked', msg('ee.route.missing', params), data, {
    message: msg(call ? 'ee.route.create.fix' : 'ee.route.missing.fix', params),
    ...(call ? { call } : {}),
  });
}
