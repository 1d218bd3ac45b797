// One run of a diagnosis as a query: the first run reuses what the steps just read (describe.ts DescribeCache, up
// to FRESH_MS old), while a re-run the user asked for — "Run again", the check after a fix — reads the cloud now.
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useRef } from 'react';
import { FRESH_MS } from '../state/providers';
import type { DescribeCache } from './describe';

export interface DiagnosisRunOptions<T> {
  queryKey: QueryKey;
  run: (cache: DescribeCache) => Promise<T>;
  enabled: boolean;
  staleTime: number;
}

export function useDiagnosisRun<T>({ queryKey, run, enabled, staleTime }: DiagnosisRunOptions<T>) {
  const queryClient = useQueryClient();
  const fresh = useRef(false);
  const query = useQuery({
    queryKey,
    queryFn: () => {
      const maxAgeMs = fresh.current ? 0 : FRESH_MS;
      fresh.current = false;
      return run({ client: queryClient, maxAgeMs });
    },
    enabled,
    staleTime,
    refetchOnWindowFocus: false,
  });
  /** Runs again, reading the cloud now rather than the steps' recent answers. */
  const rerunFresh = () => {
    fresh.current = true;
    void queryClient.invalidateQueries({ queryKey });
  };
  return { query, rerunFresh };
}
