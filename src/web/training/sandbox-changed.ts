// After a reset or a switch to another sandbox the browser's saved progress (IDs, ClientTokens, step states) speaks
// of resources that no longer exist, and every cached read is of the old world: forget both, so the steps reconcile
// against the new cloud from step 1 (progress-store.ts): a reset puts the trainee back at the scenario's start.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { progressStore } from '../state/progress-store';

export function useSandboxChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    progressStore.reset();
    // The cloud mode and the scenario catalogue do not change with the sandbox.
    await queryClient.resetQueries({
      predicate: (q) => q.queryKey[0] !== 'health' && q.queryKey[1] !== 'scenarios',
    });
  }, [queryClient]);
}
