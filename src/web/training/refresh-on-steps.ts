// The sandbox panels re-read the cloud whenever a tutorial step changes state (so they are refreshed as steps
// complete), on top of their own slow polling: the step states live in the progress store, not in the queries.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useProgress } from '../state/progress-store';
import { TRAINING_ROOT } from './training-api';

export function useRefreshOnSteps(what: readonly string[]): void {
  const queryClient = useQueryClient();
  const signature = useProgress((p) =>
    Object.entries(p.steps)
      .map(([id, s]) => `${id}:${s.status}`)
      .join(','),
  );
  const key = what.join(',');
  useEffect(() => {
    for (const name of key.split(','))
      void queryClient.invalidateQueries({ queryKey: [...TRAINING_ROOT, name] });
  }, [signature, key, queryClient]);
}
