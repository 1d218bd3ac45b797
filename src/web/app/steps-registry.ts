// The six tutorial steps in order (tutorial-cen-cross-account.md headings): who acts, and where each step's UI
// lives. Every step is a lazy chunk so the first load is only the shell (issue 5, ≤180 KB gzip initial JS).
import { lazy, type ComponentType } from 'react';
import type { MessageKey } from './messages';
import type { StepId } from './progress-store';

export interface StepDefinition {
  id: StepId;
  title: MessageKey;
  account: 'A' | 'B';
  Component: ComponentType;
}

export const STEPS: readonly StepDefinition[] = [
  {
    id: 1,
    title: 'step1',
    account: 'A',
    Component: lazy(() =>
      import('../steps/1-create-cen/create-cen-step').then((m) => ({ default: m.CreateCenStep })),
    ),
  },
  {
    id: 2,
    title: 'step2',
    account: 'B',
    Component: lazy(() =>
      import('../steps/2-authorize/authorize-step').then((m) => ({ default: m.AuthorizeStep })),
    ),
  },
  {
    id: 3,
    title: 'step3',
    account: 'A',
    Component: lazy(() =>
      import('../steps/3-attach-network/attach-network-step').then((m) => ({ default: m.AttachNetworkStep })),
    ),
  },
  {
    id: 4,
    title: 'step4',
    account: 'A',
    Component: lazy(() =>
      import('../steps/4-bandwidth-package/bandwidth-package-step').then((m) => ({
        default: m.BandwidthPackageStep,
      })),
    ),
  },
  {
    id: 5,
    title: 'step5',
    account: 'A',
    Component: lazy(() =>
      import('../steps/5-cross-region-bandwidth/cross-region-bandwidth-step').then((m) => ({
        default: m.CrossRegionBandwidthStep,
      })),
    ),
  },
  {
    id: 6,
    title: 'step6',
    account: 'A',
    Component: lazy(() =>
      import('../steps/6-test-connectivity/test-connectivity-step').then((m) => ({
        default: m.TestConnectivityStep,
      })),
    ),
  },
];
