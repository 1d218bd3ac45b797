// Gathers what the Enterprise preflight reads (src/domain/diagnosis/preflight/enterprise-preflight.ts) through the
// Enterprise path check's reads (gather-enterprise-path.ts gatherReads: the steps' own query keys, the ones
// state/enterprise-snapshot.ts reads) and each VPC's CIDR from the pickers' DescribeVpcs list (describe.ts
// inspectVpc), so a preflight right after a step reuses what it read.
import type { AccountName } from '../../domain/accounts';
import { mapInspected, type Inspected } from '../../domain/diagnosis/inspection';
import { enterprisePreflight } from '../../domain/diagnosis/preflight/enterprise-preflight';
import type { PreflightReport } from '../../domain/diagnosis/preflight/preflight-types';
import { accountQueries } from '../api/accounts';
import { progressStore, type NetworkRef } from '../state/progress-store';
import { inspectVpc, type DescribeCache } from './describe';
import { enterpriseInputFrom, gatherReads } from './gather-enterprise-path';

export interface EnterprisePreflightRequest {
  cenId: string;
  /** A's VPC (side A) and B's (side B), as step 1 saved them. */
  sides: Record<AccountName, NetworkRef>;
}

export async function gatherAndPreflightEnterprise(
  req: EnterprisePreflightRequest,
  cache: DescribeCache,
): Promise<PreflightReport> {
  const saved = progressStore.get();
  const cidrOf = async (s: AccountName): Promise<Inspected<string>> =>
    mapInspected(
      await inspectVpc(cache, s, req.sides[s].regionId, req.sides[s].instanceId),
      (v) => v.CidrBlock,
    );
  const [accounts, reads, cidrA, cidrB] = await Promise.all([
    cache.client.fetchQuery(accountQueries.all()),
    gatherReads(cache, req, saved, 'preflight'),
    cidrOf('A'),
    cidrOf('B'),
  ]);
  const valueOf = (i: Inspected<string>) => (i.ok ? i.value : undefined);
  const end = (s: AccountName, vpcCidr: Inspected<string>) => ({
    account: s,
    regionId: req.sides[s].regionId,
    vpcId: req.sides[s].instanceId,
    vpcCidr,
  });
  return enterprisePreflight({
    ...enterpriseInputFrom(req.cenId, req.sides, saved, reads, accounts, {
      A: valueOf(cidrA),
      B: valueOf(cidrB),
    }),
    a: end('A', cidrA),
    b: end('B', cidrB),
  });
}

/** The query the panel runs and the step reads (its blocking item disables the write). */
export const enterprisePreflightKey = (req: EnterprisePreflightRequest) =>
  [
    'diagnosis',
    'preflight',
    'enterprise',
    req.cenId,
    req.sides.A.regionId,
    req.sides.A.instanceId,
    req.sides.B.regionId,
    req.sides.B.instanceId,
  ] as const;
