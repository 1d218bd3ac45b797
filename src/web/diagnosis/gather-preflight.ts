// Gathers what runPreflight reads (src/domain/diagnosis/preflight.ts) before steps 3–5 write anything: the CIDR
// blocks of the networks to attach and of those already in the CEN, both accounts' views of the grants, and
// Account A's bandwidth packages. Each Describe is wrapped (describe.ts), so a refusal shows as 'unknown'.
import type { Inspected } from '../../domain/diagnosis/inspection';
import { mapInspected, notInspected } from '../../domain/diagnosis/inspection';
import { runPreflight } from '../../domain/diagnosis/preflight';
import { cidrBlocksOf } from '../../domain/diagnosis/preflight/cidr-check';
import type {
  NetworkRef,
  NetworkToAttach,
  PlannedConnection,
  PlannedPackage,
  PreflightReport,
} from '../../domain/diagnosis/preflight/preflight-types';
import { clientTokenFor } from '../state/progress-store';
import {
  type DescribeCache,
  inspectAttachments,
  inspectGrantsFromOwner,
  inspectGrantsToCen,
  inspectPackages,
  inspectVpc,
} from './describe';
import type { AccountName } from '../../domain/accounts';

export interface NetworkPick {
  account: AccountName;
  regionId: string;
  vpcId: string;
}

export interface PreflightRequest {
  cenId: string;
  uids: Record<AccountName, string>;
  /** The networks this step is about to attach (step 3). */
  toAttach: readonly NetworkPick[];
  /** Also check this account's networks already in the CEN as if attaching them (step 4: B's network). */
  attachedOf?: AccountName | undefined;
  plannedPackage?: PlannedPackage | undefined;
  connections: readonly PlannedConnection[];
}

async function networkRef(cache: DescribeCache, pick: NetworkPick, ownerUid: string): Promise<NetworkRef> {
  const vpc = await inspectVpc(cache, pick.account, pick.regionId, pick.vpcId);
  return { ...pick, ownerUid, cidrBlocks: mapInspected(vpc, cidrBlocksOf) };
}

/** `cache`: what the steps read is reused while younger than cache.maxAgeMs (describe.ts DescribeCache). */
export async function gatherAndPreflight(
  req: PreflightRequest,
  cache: DescribeCache,
): Promise<PreflightReport> {
  const accountOf = (uid: string): AccountName => (uid === req.uids.B ? 'B' : 'A');
  const [attachments, grantsToCen, packages] = await Promise.all([
    inspectAttachments(cache, req.cenId),
    inspectGrantsToCen(cache, req.cenId),
    inspectPackages(cache),
  ]);
  const children = attachments.ok
    ? attachments.value.filter((c) => c.ChildInstanceType === 'VPC' && c.CenId === req.cenId)
    : [];
  const picks: NetworkPick[] = [...req.toAttach];
  if (req.attachedOf)
    for (const c of children)
      if (
        accountOf(c.ChildInstanceOwnerId) === req.attachedOf &&
        !picks.some((p) => p.vpcId === c.ChildInstanceId)
      )
        picks.push({ account: req.attachedOf, regionId: c.ChildInstanceRegionId, vpcId: c.ChildInstanceId });

  const toAttach: NetworkToAttach[] = await Promise.all(
    picks.map(async (p) => {
      const ref = await networkRef(cache, p, req.uids[p.account]);
      // Account B's own record of its grants is the authority (preflight.ts grantItem).
      const grantsFromOwner =
        p.account === 'B' ? await inspectGrantsFromOwner(cache, 'B', p.regionId, p.vpcId) : undefined;
      return { ...ref, ...(grantsFromOwner ? { grantsFromOwner } : {}) };
    }),
  );
  const inCen: Inspected<readonly NetworkRef[]> = attachments.ok
    ? {
        ok: true,
        value: await Promise.all(
          children.map((c) =>
            networkRef(
              cache,
              {
                account: accountOf(c.ChildInstanceOwnerId),
                regionId: c.ChildInstanceRegionId,
                vpcId: c.ChildInstanceId,
              },
              c.ChildInstanceOwnerId,
            ),
          ),
        ),
      }
    : notInspected(attachments.failure);

  return runPreflight({
    cen: { cenId: req.cenId, ownerUid: req.uids.A },
    toAttach,
    inCen,
    grantsToCen,
    packages,
    ...(req.plannedPackage ? { plannedPackage: req.plannedPackage } : {}),
    connections: req.connections,
    // Saved before the first attempt, so a retried grant after a lost answer is the same request.
    clientToken: (fixId) => clientTokenFor(`fix:${fixId}`),
  });
}
