// Tutorial Step 1 "Account A creates a CEN instance": the form until a CEN exists, then its live status.
import { useProgress } from '../../state/progress-store';
import { StepPanel } from '../../components/step-panel';
import { CenStatusCard } from './cen-status-card';
import { CreateCenForm } from './create-cen-form';
import { AdoptCen } from './adopt-cen';

export function CreateCenStep() {
  const cenId = useProgress((p) => p.cenId);
  return (
    <StepPanel step={1} account="A">
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
