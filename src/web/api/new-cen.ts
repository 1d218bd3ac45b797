// What CreateCen's answer already tells the console about the CEN it just made: nothing is attached to it, nothing is
// granted to it and it has no region connections yet (a new instance starts empty, docs/reference/cen-api.md §2
// step 1). Put in the query cache at once, so the views that mount next (step 1's own-network attach, the plan
// preview, step 3's picker) do not ask the cloud to confirm an empty list (fewer API calls per run). Every write after
// this invalidates or extends these lists (new-grant.ts), and the statuses that change (the CEN's own, an
// attachment's) are still read from the cloud.
import type { QueryClient } from '@tanstack/react-query';
import { limitQueries } from './bandwidth';
import { attachmentQueries, grantQueries } from './networks';
import { transitQueries } from './transit-routers';

export function rememberNewCen(client: QueryClient, cenId: string): void {
  client.setQueryData(attachmentQueries.ofCen(cenId).queryKey, []);
  client.setQueryData(limitQueries.ofCen(cenId).queryKey, []);
  // No network is granted to it yet either: step 2's grant adds its rule to this view (new-grant.ts).
  client.setQueryData(grantQueries.toCen(cenId, 'VPC').queryKey, []);
}

/**
 * The same on Enterprise Edition: a CEN just made has no transit router, no VPC attachment and no peer attachment
 * (docs/reference/enterprise-edition.md §2 step 1), so step 1's routers, step 3's attachments and the plan preview
 * start from empty lists instead of reading them (bench/README.md (f)). CreateTransitRouter and every attach
 * invalidate these lists, so each write is still followed by a read of the cloud; a reload reads them all.
 */
export function rememberNewTransitCen(client: QueryClient, cenId: string): void {
  client.setQueryData(transitQueries.routers(cenId).queryKey, []);
  client.setQueryData(transitQueries.vpcAttachments(cenId).queryKey, []);
  client.setQueryData(transitQueries.peerAttachments(cenId).queryKey, []);
}
