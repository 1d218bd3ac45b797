// Step 6 path check on Enterprise Edition: for A→B and B→A, the hops a ping crosses over transit routers, in the
// order causes come before their effects — the instances, the two VPCs' CIDR blocks, each account's transit-router
// service, each region's router, B's grant, each VPC's attachment and its association with and propagation to its
// router's System table, the connection between the routers and its links on both tables, the source VPC's route
// toward its attachment, the security groups (the Basic hops, path/security-group-hop.ts) and the route back
// (docs/reference/enterprise-edition.md §2 steps 0–10). The first 'blocked' hop is named, with the setup plan's own
// call as its one-call fix where one exists (enterprise-path/enterprise-fix-calls.ts), or "wait" while a status is
// still changing. The same PathDiagnosis as Basic (path.ts), so the console shows it with the same hop list.
import type { AccountName } from '../accounts';
import { other } from '../plan/enterprise-setup-calls';
import { cidrHop, grantHop, routerHop, serviceHop } from './enterprise-path/account-hops';
import { linkHop, peerHop, vpcAttachmentHop } from './enterprise-path/attachment-hops';
import type { EnterprisePathInput } from './enterprise-path/enterprise-path-types';
import { endOf } from './enterprise-path/enterprise-reads';
import { vpcRouteHop } from './enterprise-path/vpc-route-hop';
import { combineDirections, summarizeDirection } from './path';
import { instanceHop, primaryIp } from './path/instance-hop';
import type { DirectionDiagnosis, EnterpriseHopId, Hop, HopId, PathDiagnosis } from './path/path-types';
import { sgHop } from './path/security-group-hop';

type EnterpriseOrderId = EnterpriseHopId | Exclude<HopId, 'region-connection'>;

/**
 * Causes before their effects: a service that is off is why a router or an attachment is missing, a router not
 * Active why nothing is attached, an attachment still Attaching why no link is Active — so each is named first.
 */
export const ENTERPRISE_HOP_ORDER: readonly EnterpriseOrderId[] = [
  'source-instance',
  'target-instance',
  'cidr-overlap',
  'source-service',
  'target-service',
  'source-router',
  'target-router',
  'grant',
  'source-attachment',
  'target-attachment',
  'source-association',
  'source-propagation',
  'target-association',
  'target-propagation',
  'peer-attachment',
  'peer-source-association',
  'peer-source-propagation',
  'peer-target-association',
  'peer-target-propagation',
  'route-out',
  'source-egress',
  'target-ingress',
  'route-back',
];

function direction(input: EnterprisePathInput, from: AccountName): DirectionDiagnosis {
  const to = other(from);
  const src = endOf(input, from);
  const dst = endOf(input, to);
  const srcIp = src.instance.ok ? primaryIp(src.instance.value) : undefined;
  const dstIp = dst.instance.ok ? primaryIp(dst.instance.value) : undefined;
  // The security-group fix (AuthorizeSecurityGroup) keeps its token like the Basic one (web gather-path.ts).
  const sgInput = input.ensureToken
    ? { clientToken: (fixId: string) => input.ensureToken!(`fix:${fixId}`) }
    : {};
  const byId: Record<EnterpriseOrderId, () => Hop> = {
    'source-instance': () => instanceHop('source-instance', src),
    'target-instance': () => instanceHop('target-instance', dst),
    'cidr-overlap': () => cidrHop(input),
    'source-service': () => serviceHop('source-service', input, from),
    'target-service': () => serviceHop('target-service', input, to),
    'source-router': () => routerHop('source-router', input, from),
    'target-router': () => routerHop('target-router', input, to),
    grant: () => grantHop(input),
    'source-attachment': () => vpcAttachmentHop('source-attachment', input, from),
    'target-attachment': () => vpcAttachmentHop('target-attachment', input, to),
    'source-association': () =>
      linkHop(input, { id: 'source-association', link: 'association', attachment: from, router: from }),
    'source-propagation': () =>
      linkHop(input, { id: 'source-propagation', link: 'propagation', attachment: from, router: from }),
    'target-association': () =>
      linkHop(input, { id: 'target-association', link: 'association', attachment: to, router: to }),
    'target-propagation': () =>
      linkHop(input, { id: 'target-propagation', link: 'propagation', attachment: to, router: to }),
    'peer-attachment': () => peerHop(input, from),
    'peer-source-association': () =>
      linkHop(input, {
        id: 'peer-source-association',
        link: 'association',
        attachment: 'peer',
        router: from,
      }),
    'peer-source-propagation': () =>
      linkHop(input, {
        id: 'peer-source-propagation',
        link: 'propagation',
        attachment: 'peer',
        router: from,
      }),
    'peer-target-association': () =>
      linkHop(input, { id: 'peer-target-association', link: 'association', attachment: 'peer', router: to }),
    'peer-target-propagation': () =>
      linkHop(input, { id: 'peer-target-propagation', link: 'propagation', attachment: 'peer', router: to }),
    'route-out': () => vpcRouteHop('route-out', input, from),
    'source-egress': () => sgHop('source-egress', sgInput, src, dst, srcIp, dstIp),
    'target-ingress': () => sgHop('target-ingress', sgInput, src, dst, srcIp, dstIp),
    'route-back': () => vpcRouteHop('route-back', input, to),
  };
  return summarizeDirection(
    src,
    dst,
    ENTERPRISE_HOP_ORDER.map((id) => byId[id]()),
  );
}

export function diagnoseEnterprisePath(input: EnterprisePathInput): PathDiagnosis {
  return combineDirections(direction(input, 'A'), direction(input, 'B'));
}
