// Tutorial Step 1 "Account A creates a CEN instance": the form until a CEN exists, then its live status. On
// Enterprise Edition (api/edition.ts) the step is enterprise-create-cen-step.tsx.
import { useDecidedEdition } from '../../api/edition';
import { useProgress } from '../../state/progress-store';
import { StepPanel } from '../../components/step-panel';
import { CenStatusCard } from './cen-status-card';
import { CreateCenForm } from './create-cen-form';
import { AdoptCen } from './adopt-cen';
import { EditionNote } from './edition-note';
import { EnterpriseCreateCenStep } from './enterprise-create-cen-step';

export function CreateCenStep() {
  const cenId = useProgress((p) => p.cenId);
  const edition = useDecidedEdition();
  if (edition?.name === 'Enterprise') return <EnterpriseCreateCenStep edition={edition} />;
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
