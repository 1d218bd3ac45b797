// What CreateCen's answer already tells the console about the CEN it just made: nothing is attached to it and it has
// no region connections yet (a new instance starts empty, docs/reference/cen-api.md §2 step 1). Put in the query
// cache at once, so the views that mount next (step 1's own-network attach, the plan preview) do not ask the cloud
// to confirm an empty list (fewer API calls per run). Every write after this invalidates these lists as before, and
// the statuses that change (the CEN's own, an attachment's) are still read from the cloud.
import type { QueryClient } from '@tanstack/react-query';
import { limitQueries } from './bandwidth';
import { attachmentQueries } from './networks';

export function rememberNewCen(client: QueryClient, cenId: string): void {
  client.setQueryData(attachmentQueries.ofCen(cenId).queryKey, []);
  client.setQueryData(limitQueries.ofCen(cenId).queryKey, []);
}
