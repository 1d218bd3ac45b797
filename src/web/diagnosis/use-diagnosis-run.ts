// One run of a diagnosis as a query: the first run reuses what the steps just read (describe.ts DescribeCache, up
// to FRESH_MS old), while a re-run the user asked for — "Run again", the check after a fix — reads the cloud now.
// While the last run says a status is still changing (`pollWhile`), it runs again by itself, reading the cloud now,
// at the pace the steps poll such statuses (api/cen.ts pollEvery), and stops once nothing is changing.
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useRef } from 'react';
import { pollEvery } from '../api/cen';
import { FRESH_MS } from '../state/providers';
import type { DescribeCache } from './describe';

export interface DiagnosisRunOptions<T> {
  queryKey: QueryKey;
  run: (cache: DescribeCache) => Promise<T>;
  enabled: boolean;
  staleTime: number;
  /** True when the result says to wait for a status that is still changing. */
  pollWhile?: (result: T) => boolean;
}

export function useDiagnosisRun<T>({ queryKey, run, enabled, staleTime, pollWhile }: DiagnosisRunOptions<T>) {
  const queryClient = useQueryClient();
  const fresh = useRef(false);
  const query = useQuery({
    queryKey,
    queryFn: () => {
      const last = queryClient.getQueryData<T>(queryKey);
      const waiting = last !== undefined && pollWhile?.(last) === true;
      const maxAgeMs = fresh.current || waiting ? 0 : FRESH_MS;
      fresh.current = false;
      return run({ client: queryClient, maxAgeMs });
    },
    enabled,
    staleTime,
    refetchOnWindowFocus: false,
    refetchInterval: (query) =>
      pollEvery(query, query.state.data !== undefined && pollWhile?.(query.state.data) === true),
  });
  /** Runs again, reading the cloud now rather than the steps' recent answers. */
  const rerunFresh = () => {
    fresh.current = true;
    void queryClient.invalidateQueries({ queryKey });
  };
  return { query, rerunFresh };
}
