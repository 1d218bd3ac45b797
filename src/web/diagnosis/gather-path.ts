// Gathers what diagnosePath reads (src/domain/diagnosis/path.ts) from both accounts, every call wrapped by
// describe.ts so a refused Describe is an input ('unknown'), not a crash. The two ends are the CEN's VPCs: Account
// A's and Account B's (by owner UID), in any status — an end still Attaching is exactly what the check must name.
import type { ChildInstanceItem, InstanceItem } from '../../domain/openapi/response-items';
import type { InspectionFailure, Inspected } from '../../domain/diagnosis/inspection';
import { known, mapInspected } from '../../domain/diagnosis/inspection';
import { diagnosePath } from '../../domain/diagnosis/path';
import { pickInstance } from '../../domain/diagnosis/path/instance-hop';
import type { PathDiagnosis, PathEnd } from '../../domain/diagnosis/path/path-types';
import { clientTokenFor } from '../state/progress-store';
import {
  type DescribeCache,
  inspectAttachments,
  inspectInstances,
  inspectLimits,
  inspectPackages,
  inspectRoutes,
  inspectSecurityGroups,
  inspectVpc,
} from './describe';
import type { AccountName } from '../../domain/accounts';

export interface PathRequest {
  cenId: string;
  /** Account B's UID: children owned by it are B's side, the others A's (docs/reference/cen-api.md §2 step 3). */
  uidB: string;
  /** Instances the user chose in step 6; otherwise the console picks (pickInstance). */
  chosen: { A?: string | undefined; B?: string | undefined };
}

export interface SideInfo {
  account: AccountName;
  regionId: string;
  vpcId: string;
  instance?: InstanceItem;
  autoPicked: boolean;
}

export type PathRun =
  | { kind: 'no-sides'; failure?: InspectionFailure }
  | { kind: 'no-instance'; side: SideInfo }
  | { kind: 'diagnosed'; diagnosis: PathDiagnosis; sides: Record<AccountName, SideInfo> };

function sideOf(children: readonly ChildInstanceItem[], cenId: string, account: AccountName, uidB: string) {
  const vpcs = children.filter((c) => c.ChildInstanceType === 'VPC' && c.CenId === cenId);
  const mine = vpcs.filter((c) => (account === 'B') === (c.ChildInstanceOwnerId === uidB));
  // Prefer an Attached one; else whatever is there, so "still Attaching" is reported rather than hidden.
  return mine.find((c) => c.Status === 'Attached') ?? mine[0];
}

export type GatheredEnd = { end: PathEnd; side: SideInfo } | { missing: SideInfo };

/**
 * One end of the path: its VPC's CIDR, the chosen instance (else the console's pick) and its security groups — the
 * same on both editions. `routesOfCen`: the Basic CEN's learned routes of this VPC are read too (Enterprise
 * Edition reads the VPC's own route table instead, gather-enterprise-path.ts).
 */
export async function gatherEnd(
  cache: DescribeCache,
  account: AccountName,
  at: { regionId: string; vpcId: string },
  chosenId: string | undefined,
  routesOfCen?: string,
): Promise<GatheredEnd> {
  const { regionId, vpcId } = at;
  const [vpc, instances, routes] = await Promise.all([
    inspectVpc(cache, account, regionId, vpcId),
    inspectInstances(cache, account, regionId, vpcId),
    routesOfCen ? inspectRoutes(routesOfCen, regionId, vpcId) : undefined,
  ]);
  let instance: Inspected<InstanceItem>;
  let picked: InstanceItem | undefined;
  let autoPicked = false;
  if (instances.ok) {
    picked = instances.value.find((i) => i.InstanceId === chosenId);
    if (!picked) {
      picked = pickInstance(instances.value, vpcId);
      autoPicked = true;
    }
    if (!picked) return { missing: { account, regionId, vpcId, autoPicked: false } };
    instance = known(picked);
  } else instance = instances;
  const securityGroups = picked
    ? await inspectSecurityGroups(account, regionId, picked.SecurityGroupIds.SecurityGroupId)
    : mapInspected(instances, () => []);
  return {
    end: {
      account,
      regionId,
      vpcId,
      vpcCidr: mapInspected(vpc, (v) => v.CidrBlock),
      instance,
      securityGroups,
      ...(routes ? { routes } : {}),
    },
    side: { account, regionId, vpcId, ...(picked ? { instance: picked } : {}), autoPicked },
  };
}

/** `cache`: what the steps read is reused while younger than cache.maxAgeMs (describe.ts DescribeCache). */
export async function gatherAndDiagnose(req: PathRequest, cache: DescribeCache): Promise<PathRun> {
  const [attachments, limits, packages] = await Promise.all([
    inspectAttachments(cache, req.cenId),
    inspectLimits(cache, req.cenId),
    inspectPackages(cache),
  ]);
  if (!attachments.ok) return { kind: 'no-sides', failure: attachments.failure };
  const childA = sideOf(attachments.value, req.cenId, 'A', req.uidB);
  const childB = sideOf(attachments.value, req.cenId, 'B', req.uidB);
  if (!childA || !childB) return { kind: 'no-sides' };
  const at = (c: ChildInstanceItem) => ({ regionId: c.ChildInstanceRegionId, vpcId: c.ChildInstanceId });
  const [a, b] = await Promise.all([
    gatherEnd(cache, 'A', at(childA), req.chosen.A, req.cenId),
    gatherEnd(cache, 'B', at(childB), req.chosen.B, req.cenId),
  ]);
  if ('missing' in a) return { kind: 'no-instance', side: a.missing };
  if ('missing' in b) return { kind: 'no-instance', side: b.missing };
  const diagnosis = diagnosePath({
    cenId: req.cenId,
    a: a.end,
    b: b.end,
    attachments,
    limits,
    packages,
    // Saved before the first attempt, so a retry of the same fix after a lost answer cannot add a second rule.
    clientToken: (fixId) => clientTokenFor(`fix:${fixId}`),
  });
  return { kind: 'diagnosed', diagnosis, sides: { A: a.side, B: b.side } };
}
