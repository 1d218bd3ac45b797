// Which CEN edition the journey runs on (docs/reference/enterprise-edition.md §1), decided once in step 1 and kept
// in the saved progress, so every later step and a reload follow the same path:
// - a CEN that already has transit routers keeps the edition of their `Type` (ListTransitRouters, §2 step 2);
// - a new CEN is Enterprise unless Account A can still use Basic Edition. The real cloud says that nowhere before a
//   Basic call is refused; the mock cloud's scenario decides it (`transit.basicRefused` in GET /api/mock/state,
//   mocks/FIDELITY.md §8), and in live mode the console takes Enterprise, the only edition Alibaba sells for new
//   CENs (§1). Progress saved before editions were told apart carries none and stays Basic, as it was made.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { mockStateAnswerSchema } from '../../domain/mock-state-answer';
import { progressStore, useProgress, type Progress } from '../state/progress-store';
import { accountByName, accountQueries } from './accounts';
import { getJson } from './bff-json';
import { transitQueries } from './transit-routers';

export type Edition = NonNullable<Progress['edition']>;
export type EditionName = Edition['name'];

export const editionQueries = {
  /** The mock cloud's picture, for whether the scenario still lets Account A use Basic Edition. */
  mockState: () => ({
    queryKey: ['mock-state', 'edition'] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      getJson('/api/mock/state', mockStateAnswerSchema, signal),
  }),
};

/** The edition of a CEN's routers, if it has any: an Enterprise router anywhere makes it Enterprise. */
export function editionOfRouters(routers: readonly { Type: string }[]): EditionName | undefined {
  if (routers.some((r) => r.Type === 'Enterprise')) return 'Enterprise';
  if (routers.some((r) => r.Type === 'Basic')) return 'Basic';
  return undefined;
}

/** The saved edition: absent means Basic (progress of before, and every step until step 1 decides). */
export function useEditionName(): EditionName {
  return useProgress((p) => p.edition?.name ?? 'Basic');
}

/**
 * Step 1's decision: the saved edition, or the one the cloud says (saved as soon as it is known). Undefined while
 * it is being read.
 */
export function useDecidedEdition(): Edition | undefined {
  const saved = useProgress((p) => p.edition);
  const cenId = useProgress((p) => p.cenId);
  const accounts = useQuery(accountQueries.all());
  const mode = accounts.data?.cloud;
  const routers = useQuery({ ...transitQueries.routers(cenId ?? ''), enabled: !saved && Boolean(cenId) });
  const fromRouters = routers.data ? editionOfRouters(routers.data) : undefined;
  const needsAccount = !saved && (!cenId || (routers.isSuccess && !fromRouters));
  const state = useQuery({ ...editionQueries.mockState(), enabled: needsAccount && mode === 'mock' });
  const uidA = accountByName(accounts.data, 'A')?.uid;

  let decided: Edition | undefined = saved;
  if (!decided && fromRouters) decided = { name: fromRouters, reason: 'routers' };
  if (!decided && needsAccount && mode === 'live') decided = { name: 'Enterprise', reason: 'live' };
  if (!decided && needsAccount && state.data && uidA)
    decided = (state.data.transit?.basicRefused ?? []).includes(uidA)
      ? { name: 'Enterprise', reason: 'basic-refused' }
      : { name: 'Basic', reason: 'basic-allowed' };
  // Read failed (an older mock without the field, a refused read): the tutorial's Basic path, as before.
  if (!decided && needsAccount && (state.isError || routers.isError))
    decided = { name: 'Basic', reason: 'basic-allowed' };

  const name = decided?.name;
  const reason = decided?.reason;
  useEffect(() => {
    if (!name || !reason || saved) return;
    progressStore.update((p) => (p.edition ? p : { ...p, edition: { name, reason } }));
  }, [name, reason, saved]);
  return decided;
}
