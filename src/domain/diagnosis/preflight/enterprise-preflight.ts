// Preflight before Enterprise Edition's VPC attachments (docs/reference/enterprise-edition.md §2 steps 2–4): the
// two VPCs' CIDR blocks (identical blocks, overlapping warns), both regions' routers Active, and B's grant of its
// VPC to this CEN naming Account A as the CEN owner. The checks are the Enterprise path check's own hops
// (enterprise-path/account-hops.ts), so the preflight and the diagnosis say the same thing about the same reads;
// each hop becomes a preflight item ('blocked' → 'blocking').
import type { EnterprisePathInput } from '../enterprise-path/enterprise-path-types';
import { cidrHop, grantHop, routerHop } from '../enterprise-path/account-hops';
import { notInspected } from '../inspection';
import type { Hop, PathEnd } from '../path/path-types';
import { PREFLIGHT_SEVERITY, worstPreflight, type PreflightVerdict } from '../verdicts';
import type { PreflightItem, PreflightReport } from './preflight-types';

/** A side as the preflight reads it: no instance is chosen before step 6. */
export type PreflightEnd = Pick<PathEnd, 'account' | 'regionId' | 'vpcId' | 'vpcCidr'>;

export type EnterprisePreflightInput = Omit<EnterprisePathInput, 'a' | 'b'> & {
  a: PreflightEnd;
  b: PreflightEnd;
};

function itemOf(hop: Hop): PreflightItem {
  return {
    id: `ee:${hop.id}`,
    check: 'enterprise',
    title: hop.title,
    verdict: hop.verdict === 'blocked' ? 'blocking' : hop.verdict,
    evidence: { message: hop.evidence.message, data: { check: 'enterprise', hop: hop.evidence.data } },
    ...(hop.fix ? { fix: hop.fix } : {}),
    ...(hop.failure ? { failures: [hop.failure] } : {}),
  };
}

export function enterprisePreflight(input: EnterprisePreflightInput): PreflightReport {
  // The hops called here read only the VPC and CIDR of an end; the instance and its groups are step 6's.
  const end = (e: PreflightEnd): PathEnd => {
    const unread = { account: e.account, action: 'Ecs.DescribeInstances', code: 'NotReadBeforeStep6' };
    return { ...e, instance: notInspected(unread), securityGroups: notInspected(unread) };
  };
  const full: EnterprisePathInput = { ...input, a: end(input.a), b: end(input.b) };
  const items = [
    cidrHop(full),
    routerHop('source-router', full, 'A'),
    routerHop('target-router', full, 'B'),
    grantHop(full),
  ].map(itemOf);
  const counts = Object.fromEntries(PREFLIGHT_SEVERITY.map((v) => [v, 0])) as Record<
    PreflightVerdict,
    number
  >;
  for (const i of items) counts[i.verdict] += 1;
  return { verdict: worstPreflight(items.map((i) => i.verdict)), counts, items };
}
