// Tutorial Step 1 "Account A creates a CEN instance": the form until a CEN exists, then its live status. On
// Enterprise Edition (api/edition.ts) the step is enterprise-create-cen-step.tsx, a chunk of its own: its router
// table and service panel (antd Table with its pagination, menu and tree, Popconfirm) are most of what step 1 would
// otherwise load before the first screen on either edition (bench row (e), page load). It is fetched with step 1 when
// the saved progress is already Enterprise (preloadStep1), else once step 1 decides on Enterprise.
// The picker of an existing CEN (adopt-cen.tsx) and what "Attach a network" shows once ticked are chunks of their own
// too, loaded once step 1 is on screen: with them, step 1's first chunk held antd's Select (its virtual list,
// overflow and icons) and the first render generated Select's styles, for nothing the Name field needs.
import { Suspense, useEffect } from 'react';
import { useDecidedEdition, type Edition } from '../../api/edition';
import { preloadable } from '../../components/preloadable';
import { whenIdleAfterPaint } from '../../components/when-idle-after-paint';
import { progressStore, useProgress } from '../../state/progress-store';
import { StepPanel } from '../../components/step-panel';
import { CenStatusCard } from './cen-status-card';
import { CreateCenForm } from './create-cen-form';
import { preloadAttachNetworkChoice } from './attach-network-fields';
import { EditionNote } from './edition-note';
import './create-cen-step.css';

const enterpriseStep = preloadable<{ edition: Edition }>(() =>
  import('./enterprise-create-cen-step').then((m) => m.EnterpriseCreateCenStep),
);

const adoptCen = preloadable(() => import('./adopt-cen').then((m) => m.AdoptCen));

/** Step 1's own code, and the Enterprise screen's when the saved journey is on Enterprise Edition. */
export function preloadStep1(): Promise<unknown> {
  return progressStore.get().edition?.name === 'Enterprise' ? enterpriseStep.preload() : Promise.resolve();
}

export function CreateCenStep() {
  const cenId = useProgress((p) => p.cenId);
  const edition = useDecidedEdition();
  useEffect(
    () =>
      // Once step 1 is painted and the browser idle; a failed load is left to the Suspense that mounts the part.
      whenIdleAfterPaint(() => {
        adoptCen.preload().catch(() => undefined);
        preloadAttachNetworkChoice().catch(() => undefined);
      }),
    [],
  );
  if (edition?.name === 'Enterprise')
    return (
      <Suspense
        fallback={
          // The heading and the edition note stay in place while the Enterprise screen's chunk arrives.
          <StepPanel step={1} account="A">
            <EditionNote edition={edition} />
          </StepPanel>
        }
      >
        <enterpriseStep.Component edition={edition} />
      </Suspense>
    );
  return (
    <StepPanel step={1} account="A">
      <EditionNote edition={edition} />
      {cenId ? (
        <CenStatusCard cenId={cenId} />
      ) : (
        <>
          <CreateCenForm />
          {/* Its place is kept while it loads, so nothing below moves under a click in flight. */}
          <Suspense fallback={<div className="adopt-cen-space" />}>
            <adoptCen.Component />
          </Suspense>
        </>
      )}
    </StepPanel>
  );
}
