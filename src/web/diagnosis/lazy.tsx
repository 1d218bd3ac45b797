// The diagnosis components as lazy chunks, so the steps that mount them (3–6) do not pull the engine, its
// message tables and antd's Modal/Collapse into their own chunk, and the first load stays within budget.
// Preloadable (components/preloadable.ts): the app fetches them once the first step is painted (preloadEveryStep in
// app/steps-registry.ts), so a step that opens later mounts its panel at once and the panel's reads start with the
// step's, instead of a second chunk load after the step's own.
import { Suspense, type ComponentProps } from 'react';
import { preloadable } from '../components/preloadable';
import type { PreflightPanelProps } from './preflight-panel';
import type { PathDiagnosisProps } from './path-diagnosis';

const preflightPanel = preloadable<PreflightPanelProps>(() =>
  import('./preflight-panel').then((m) => m.PreflightPanel),
);
const pathDiagnosis = preloadable<PathDiagnosisProps>(() =>
  import('./path-diagnosis').then((m) => m.PathDiagnosis),
);

/** Loads both diagnosis chunks (once); resolves when they can mount without suspending. */
export function preloadDiagnosis(): Promise<unknown> {
  return Promise.all([preflightPanel.preload(), pathDiagnosis.preload()]);
}

export function LazyPreflightPanel(props: ComponentProps<typeof preflightPanel.Component>) {
  return (
    <Suspense fallback={null}>
      <preflightPanel.Component {...props} />
    </Suspense>
  );
}

export function LazyPathDiagnosis(props: ComponentProps<typeof pathDiagnosis.Component>) {
  return (
    <Suspense fallback={null}>
      <pathDiagnosis.Component {...props} />
    </Suspense>
  );
}
