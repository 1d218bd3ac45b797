// Tutorial Step 1 on Enterprise Edition (docs/reference/enterprise-edition.md §2 steps 0–2): which edition and why,
// both accounts' transit-router service, then the CEN with its two VPCs — a new one, or one of Account A's adopted
// (adopt-cen.tsx) with the two VPCs chosen after — then one transit router per region, adopted where it exists.
import { StepPanel } from '../../components/step-panel';
import type { Edition } from '../../api/edition';
import { useProgress } from '../../state/progress-store';
import { AdoptCen } from './adopt-cen';
import { EditionNote } from './edition-note';
import { EnterpriseAdoptNetworks } from './enterprise-adopt-networks';
import { EnterpriseCenForm } from './enterprise-cen-form';
import { EnterpriseRouters } from './enterprise-routers';
import { EnterpriseService } from './enterprise-service';

export function EnterpriseCreateCenStep({ edition }: { edition: Edition }) {
  const cenId = useProgress((p) => p.cenId);
  const vpcsChosen = useProgress((p) => Boolean(p.ownNetwork && p.network));
  return (
    <StepPanel step={1} account="A">
      <EditionNote edition={edition} />
      <EnterpriseService />
      <div style={{ marginTop: 16 }}>
        {cenId && vpcsChosen ? <EnterpriseRouters cenId={cenId} /> : null}
        {cenId && !vpcsChosen ? <EnterpriseAdoptNetworks cenId={cenId} /> : null}
        {cenId ? null : (
          <>
            <EnterpriseCenForm />
            <AdoptCen />
          </>
        )}
      </div>
    </StepPanel>
  );
}
