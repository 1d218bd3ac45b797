// The diagnosis components as lazy chunks, so the steps that mount them (3–6) do not pull the engine, its
// message tables and antd's Modal/Collapse into their own chunk, and the first load stays within budget.
import { lazy, Suspense, type ComponentProps } from 'react';

const PreflightPanelChunk = lazy(() =>
  import('./preflight-panel').then((m) => ({ default: m.PreflightPanel })),
);
const PathDiagnosisChunk = lazy(() => import('./path-diagnosis').then((m) => ({ default: m.PathDiagnosis })));

export function LazyPreflightPanel(props: ComponentProps<typeof PreflightPanelChunk>) {
  return (
    <Suspense fallback={null}>
      <PreflightPanelChunk {...props} />
    </Suspense>
  );
}

export function LazyPathDiagnosis(props: ComponentProps<typeof PathDiagnosisChunk>) {
  return (
    <Suspense fallback={null}>
      <PathDiagnosisChunk {...props} />
    </Suspense>
  );
}
