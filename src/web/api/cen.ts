// CEN instances (Cbn DescribeCens; docs/reference/cen-api.md §2 step 1): query factories; step 1 sends the plan's
// CreateCen (plan/send-planned-call.ts).
import { queryOptions } from '@tanstack/react-query';
import type { CenItem } from '../../domain/openapi/response-items';
import { callAction } from './client';
import { readAllPages } from './paging';

export const POLL_MS = 1000;

/** The first re-read of a changing status comes soon; later ones back off to POLL_MAX_MS (see pollEvery). */
export const POLL_FIRST_MS = 500;
export const POLL_MAX_MS = 2000;

const pollingSince = new WeakMap<object, number>();

/**
 * refetchInterval for a status that is still changing (poll until the final status, then stop; the statuses are
 * docs/reference/cen-api.md §3):
 * 500 ms at first, then half the time waited so far, up to 2 s. A quick transition (the mock's, or an attach that
 * takes a second) is seen at once instead of after a fixed second, and a long one (a CEN can take minutes) costs
 * fewer calls than polling every second. `false` once final, which also forgets when the wait began.
 */
export function pollEvery(query: object, changing: boolean, now = Date.now()): number | false {
  if (!changing) {
    pollingSince.delete(query);
    return false;
  }
  const since = pollingSince.get(query) ?? now;
  pollingSince.set(query, since);
  return Math.min(POLL_MAX_MS, Math.max(POLL_FIRST_MS, (now - since) / 2));
}

export type Cen = CenItem;

/** A final state ends the polling (docs/reference/cen-api.md §3). */
export function isCenSettled(cen: Cen | null | undefined): boolean {
  return cen === null || cen?.Status === 'Active';
}

export const cenQueries = {
  all: ['cen'] as const,
  /** Every CEN instance of Account A (to adopt one made elsewhere). */
  list: () =>
    queryOptions({
      queryKey: [...cenQueries.all, 'list'] as const,
      queryFn: ({ signal }) =>
        readAllPages(async (PageNumber) => {
          const page = await callAction(
            'DescribeCens',
            { account: 'A', params: { PageNumber, PageSize: 50 } },
            signal,
          );
          return { totalCount: page.TotalCount, items: page.Cens.Cen };
        }),
    }),
  detail: (cenId: string) =>
    queryOptions({
      queryKey: [...cenQueries.all, 'detail', cenId] as const,
      queryFn: async ({ signal }): Promise<Cen | null> => {
        const page = await callAction(
          'DescribeCens',
          { account: 'A', params: { Filter: [{ Key: 'CenId', Value: [cenId] }] } },
          signal,
        );
        return page.Cens.Cen.find((cen) => cen.CenId === cenId) ?? null;
      },
      refetchInterval: (query) => pollEvery(query, !isCenSettled(query.state.data)),
    }),
};
