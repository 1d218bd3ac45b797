// The two extra pages of training mode, addressed by the hash so the BFF's static serving needs no new route:
// #/trainer (the trainer view) and #/debrief (the clean, printable debrief). Tiny on purpose: the shell imports it
// in the first load; the pages themselves are lazy chunks.
import { useSyncExternalStore } from 'react';

export type HashRoute = 'console' | 'trainer' | 'debrief';

export function routeOf(hash: string): HashRoute {
  if (hash.startsWith('#/trainer')) return 'trainer';
  if (hash.startsWith('#/debrief')) return 'debrief';
  return 'console';
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

export function useHashRoute(): HashRoute {
  return useSyncExternalStore(
    subscribe,
    () => routeOf(window.location.hash),
    () => 'console' as const,
  );
}

export function goTo(route: HashRoute): void {
  window.location.hash = route === 'console' ? '' : `#/${route}`;
}
