// The running teardown's state lives outside the component: antd's ConfigProvider re-mounts its children when the
// language changes (it wraps them in a locale provider), and a run must survive that — and a panel closed and
// opened again — instead of carrying on unseen while the panel says "idle".
import { useSyncExternalStore } from 'react';
import type { Plan } from '../../domain/plan/plan-types';

export type Phase =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'complete' }
  | { kind: 'blocked'; reason: string }
  | { kind: 'stopped' }
  | { kind: 'failed'; error: unknown };

export interface RunState {
  phase: Phase;
  livePlan?: Plan | undefined;
  log: string[];
  abort?: AbortController | undefined;
}

let state: RunState = { phase: { kind: 'idle' }, log: [] };
const listeners = new Set<() => void>();

export const teardownRun = {
  get: () => state,
  set(change: Partial<RunState>): void {
    state = { ...state, ...change };
    for (const l of listeners) l();
  },
  note(line: string): void {
    teardownRun.set({ log: [...state.log.slice(-49), line] });
  },
  reset(): void {
    state = { phase: { kind: 'idle' }, log: [] };
    for (const l of listeners) l();
  },
};

export function useTeardownRun(): RunState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
    () => state,
  );
}
