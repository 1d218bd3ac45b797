// Whether the progress saved before this page load is still being checked against the cloud (app/reconcile.tsx).
// Until it is, the Steps bar may still change — a step the cloud finished turns done, the first open step opens — so
// the bar says so (aria-busy and a status line, app.tsx) and nobody, user or test, mistakes the saved states for the
// cloud's. Nothing to check (no CEN saved) means nothing pending. In the first load: no zod, no query client.
import { useSyncExternalStore } from 'react';
import { progressStore } from './progress-store';

/** Undefined until first asked: then whether the progress saved before this load names a CEN. */
let checking: boolean | undefined;
const listeners = new Set<() => void>();

function current(): boolean {
  checking ??= Boolean(progressStore.get().cenId);
  return checking;
}

/** A new page load (component tests simulate one): the saved progress is checked again when first asked. */
export function startSavedProgressCheck(): void {
  checking = undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reconciliation has answered (or found the progress of another world, or nothing to check). */
export function endSavedProgressCheck(): void {
  if (!current()) return;
  checking = false;
  for (const listener of listeners) listener();
}

export function useSavedProgressCheck(): boolean {
  return useSyncExternalStore(subscribe, current, current);
}
