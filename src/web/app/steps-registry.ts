// The six tutorial steps in order (the headings of docs/reference/tutorial.md): who acts, and where each step's UI
// lives. Every step is a lazy chunk so the first load is only the shell (bench row (d): ≤ 160 kB gzip initial JS);
// main.tsx preloads the step on screen before the first render (components/preloadable.ts), and the app preloads
// the others once that step is painted (preloadEveryStep).
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/messages';
import { preloadable } from '../components/preloadable';
import type { StepId } from '../state/progress-store';
import type { AccountName } from '../../domain/accounts';

export interface StepDefinition {
  id: StepId;
  title: MessageKey;
  account: AccountName;
  Component: ComponentType;
  preload: () => Promise<ComponentType>;
}

export const STEPS: readonly StepDefinition[] = [
  {
    id: 1,
    title: 'step1',
    account: 'A',
    ...preloadable(() =>
      import('../steps/1-create-cen/create-cen-step').then((m) =>
        m.preloadStep1().then(() => m.CreateCenStep),
      ),
    ),
  },
  {
    id: 2,
    title: 'step2',
    account: 'B',
    ...preloadable(() => import('../steps/2-authorize/authorize-step').then((m) => m.AuthorizeStep)),
  },
  {
    id: 3,
    title: 'step3',
    account: 'A',
    ...preloadable(() =>
      import('../steps/3-attach-network/attach-network-step').then((m) => m.AttachNetworkStep),
    ),
  },
  {
    id: 4,
    title: 'step4',
    account: 'A',
    ...preloadable(() =>
      import('../steps/4-bandwidth-package/bandwidth-package-step').then((m) => m.BandwidthPackageStep),
    ),
  },
  {
    id: 5,
    title: 'step5',
    account: 'A',
    ...preloadable(() =>
      import('../steps/5-cross-region-bandwidth/cross-region-bandwidth-step').then(
        (m) => m.CrossRegionBandwidthStep,
      ),
    ),
  },
  {
    id: 6,
    title: 'step6',
    account: 'A',
    ...preloadable(() =>
      import('../steps/6-test-connectivity/test-connectivity-step').then((m) => m.TestConnectivityStep),
    ),
  },
];

/**
 * Every step's chunk and the diagnosis chunks steps 3–6 mount inside them, loaded while the user reads the first
 * step. Without it each Next showed the step's Suspense fallback, and React holds a revealed fallback for 300 ms
 * (components/preloadable.ts); step 3 then loaded its preflight chunk only once it had mounted, and its reads waited
 * for that.
 * A failed load is left to the step's own Suspense, which loads it again when the step opens.
 */
export function preloadEveryStep(): Promise<unknown> {
  return Promise.allSettled([
    ...STEPS.map((step) => step.preload()),
    import('../diagnosis/lazy').then((m) => m.preloadDiagnosis()),
  ]);
}
