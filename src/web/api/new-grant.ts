// What a successful Vpc GrantInstanceToCen already tells the console: the network's grant list now holds a rule for
// this CEN and this owner UID. The call is synchronous — Terraform does not wait or read after it, and a grant has no
// status to settle (docs/reference/cen-api.md §2 step 2 and §3 "Grant (VPC side)") — so the rule is added to Account
// B's list in the cache instead of reading the list again right after the write (fewer API calls per run, bench/README.md
// (f)). Only a list that was read before is extended: its other rules are the cloud's. The rule carries exactly what
// the call sent; its CreationTime is left out until the next read, never guessed. Account A's view of the CEN's
// grants (step 3's picker) is extended the same way when it is in the cache — for a CEN this console just made it
// starts empty (new-cen.ts), so it holds exactly the grants made since — and read from the cloud otherwise; every
// other grant view is marked for a new read.
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { grantQueries, type CenGrantRule, type NetworkType, type VpcGrantRule } from './networks';

export interface GrantedNetwork {
  type: NetworkType;
  regionId: string;
  instanceId: string;
}

/**
 * Adds the new rule to the network's cached list and, with B's UID known, to A's cached view of the CEN's grants;
 * marks every other grant view for a new read.
 */
export async function rememberGrant(
  client: QueryClient,
  network: GrantedNetwork,
  cenId: string,
  cenOwnerUid: string,
  networkOwnerUid?: string,
): Promise<void> {
  const own = grantQueries.ofNetwork(network.regionId, network.instanceId, network.type).queryKey;
  const listed = client.getQueryData(own);
  const toCen = grantQueries.toCen(cenId, network.type).queryKey;
  const cenView = networkOwnerUid ? client.getQueryData(toCen) : undefined;
  const kept = new Set([...(listed ? [hashKey(own)] : []), ...(cenView ? [hashKey(toCen)] : [])]);
  const others = client.invalidateQueries({
    queryKey: grantQueries.all,
    predicate: (query) => !kept.has(query.queryHash),
  });
  if (listed) {
    const rule: VpcGrantRule = { CenInstanceId: cenId, CenOwnerId: cenOwnerUid };
    const known = listed.some((r) => r.CenInstanceId === cenId && String(r.CenOwnerId) === cenOwnerUid);
    if (!known) client.setQueryData(own, [...listed, rule]);
  }
  if (cenView && networkOwnerUid) {
    const rule: CenGrantRule = {
      CenId: cenId,
      CenOwnerId: cenOwnerUid,
      ChildInstanceId: network.instanceId,
      ChildInstanceOwnerId: networkOwnerUid,
      ChildInstanceRegionId: network.regionId,
      ChildInstanceType: network.type,
    };
    const known = cenView.some(
      (r) => r.ChildInstanceId === network.instanceId && String(r.ChildInstanceOwnerId) === networkOwnerUid,
    );
    if (!known) client.setQueryData(toCen, [...cenView, rule]);
  }
  await others;
}
