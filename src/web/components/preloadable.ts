// A lazily loaded component that can also be loaded ahead of the first render (bench row (e), page load). React.lazy
// alone always suspends on its first render, even when the chunk is already there, and React holds back the reveal
// of a suspended boundary for 300 ms after its fallback was shown (FALLBACK_THROTTLE_MS in react-dom): on the first
// screen that cost more than the chunk itself. Once preload() has finished, a new mount renders the module directly.
import { createElement, lazy, useState, type ComponentType } from 'react';

export interface Preloadable<P extends object = object> {
  Component: ComponentType<P>;
  /** Starts loading the chunk (once); resolves when the component can render without suspending. */
  preload: () => Promise<ComponentType<P>>;
}

export function preloadable<P extends object = object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load()
      .then((component) => (loaded = component))
      .catch((error: unknown) => {
        pending = undefined; // a failed chunk load may succeed on the next attempt
        throw error;
      }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount the step and wipe
    // a half-filled form.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? (Lazy as ComponentType<P>));
    return createElement(Chosen, props);
  }
  return { Component, preload };
}
