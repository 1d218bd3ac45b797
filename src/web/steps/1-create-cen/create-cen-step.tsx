// Tutorial Step 1 "Account A creates a CEN instance": the form until a CEN exists, then its live status. On
// Enterprise Edition (api/edition.ts) the step is enterprise-create-cen-step.tsx, a chunk of its own: its router
// table and service panel (antd Table with its pagination, menu and tree, Popconfirm) are most of what step 1 would
// otherwise load before the first screen on either edition (bench row (e), page load). It is fetched with step 1 when
// the saved progress is already Enterprise (preloadStep1), else once step 1 decides on Enterprise.
import { Suspense } from 'react';
import { useDecidedEdition, type Edition } from '../../api/edition';
import { preloadable } from '../../components/preloadable';
import { progressStore, useProgress } from '../../state/progress-store';
import { StepPanel } from '../../components/step-panel';
import { CenStatusCard } from './cen-status-card';
import { CreateCenForm } from './create-cen-form';
import { AdoptCen } from './adopt-cen';
import { EditionNote } from './edition-note';

const enterpriseStep = preloadable<{ edition: Edition }>(() =>
  import('./enterprise-create-cen-step').then((m) => m.EnterpriseCreateCenStep),
);

/** Step 1's own code, and the Enterprise screen's when the saved journey is on Enterprise Edition. */
export function preloadStep1(): Promise<unknown> {
  return progressStore.get().edition?.name === 'Enterprise' ? enterpriseStep.preload() : Promise.resolve();
}

export function CreateCenStep() {
  const cenId = useProgress((p) => p.cenId);
  const edition = useDecidedEdition();
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
          <AdoptCen />
        </>
      )}
    </StepPanel>
  );
}
