// What a successful Cbn GrantInstanceToTransitRouter already tells the console: B's grant list of that VPC now holds
// a rule for this CEN, this owner UID and this payer. The call is synchronous — Terraform does not wait or read after
// it (docs/reference/enterprise-edition.md §2 step 3) — so the rule is added to the list in the cache instead of
// reading it again right after the write (fewer API calls per run, bench/README.md (f)), as Basic Edition's grant does
// (new-grant.ts). Only a list that was read before is extended: its other rules are the cloud's. The rule carries
// exactly what the call sent; EffectiveOrderType and CreateTime are left out until the next read, never guessed.
import type { QueryClient } from '@tanstack/react-query';
import { transitQueries } from './transit-routers';

export interface TransitGrant {
  regionId: string;
  vpcId: string;
  cenId: string;
  cenOwnerUid: string;
  orderType: string;
}

/** Adds the new rule to the VPC's cached grant list; a list never read is marked for a read instead. */
export async function rememberTransitGrant(client: QueryClient, grant: TransitGrant): Promise<void> {
  const key = transitQueries.grants(grant.regionId, grant.vpcId).queryKey;
  const listed = client.getQueryData(key);
  if (!listed) return client.invalidateQueries({ queryKey: key });
  const known = listed.some((r) => r.CenId === grant.cenId && String(r.CenOwnerId) === grant.cenOwnerUid);
  if (!known)
    client.setQueryData(key, [
      ...listed,
      { CenId: grant.cenId, CenOwnerId: grant.cenOwnerUid, OrderType: grant.orderType },
    ]);
}
