// Whether the user asked the system for less motion (prefers-reduced-motion: reduce), followed live: the setting can
// change while the console is open. The providers turn antd's motion off for them (providers.tsx): no slide-in of
// dropdowns, collapses or messages — an accessibility setting (WCAG 2.3.3,
// https://www.w3.org/WAI/WCAG21/Understanding/animation-from-interactions.html), and a pick no longer waits for the
// option to stop moving. Without matchMedia (an old or headless runtime) motion stays as antd has it.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const mediaQuery = (): MediaQueryList | undefined =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : undefined;

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const reduced = () => mediaQuery()?.matches ?? false;

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, reduced, () => false);
}
