// Tutorial Step 1 on Enterprise Edition (docs/reference/enterprise-edition.md §2 steps 0–2): which edition and why,
// both accounts' transit-router service, then the CEN with its two VPCs, then one transit router per region.
import { StepPanel } from '../../components/step-panel';
import type { Edition } from '../../api/edition';
import { useProgress } from '../../state/progress-store';
import { EditionNote } from './edition-note';
import { EnterpriseCenForm } from './enterprise-cen-form';
import { EnterpriseRouters } from './enterprise-routers';
import { EnterpriseService } from './enterprise-service';

export function EnterpriseCreateCenStep({ edition }: { edition: Edition }) {
  const cenId = useProgress((p) => p.cenId);
  return (
    <StepPanel step={1} account="A">
      <EditionNote edition={edition} />
      <EnterpriseService />
      <div style={{ marginTop: 16 }}>
        {cenId ? <EnterpriseRouters cenId={cenId} /> : <EnterpriseCenForm />}
      </div>
    </StepPanel>
  );
}
