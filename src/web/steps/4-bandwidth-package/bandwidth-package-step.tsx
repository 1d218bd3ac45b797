// Tutorial Step 4 "Account A buys a bandwidth package": the purchase of package-purchase.tsx, its Areas proposed from
// the attached networks' regions, then its association (package-progress.tsx). On Enterprise Edition
// (api/edition.ts) the step is enterprise-bandwidth-step.tsx, which buys a plan with the same screens if chosen.
import { useEditionName } from '../../api/edition';
import { useProgress } from '../../state/progress-store';
import { NeedCenAlert } from '../../components/need-cen-alert';
import { StepPanel } from '../../components/step-panel';
import { EnterpriseBandwidthStep } from './enterprise-bandwidth-step';
import { PackageProgress } from './package-progress';
import { PackagePurchase } from './package-purchase';

export function BandwidthPackageStep() {
  return useEditionName() === 'Enterprise' ? <EnterpriseBandwidthStep /> : <BasicBandwidthPackageStep />;
}

function BasicBandwidthPackageStep() {
  const cenId = useProgress((p) => p.cenId);
  const packageId = useProgress((p) => p.bandwidthPackageId);
  return (
    <StepPanel step={4} account="A">
      {!cenId ? (
        <NeedCenAlert />
      ) : packageId ? (
        <PackageProgress cenId={cenId} packageId={packageId} />
      ) : (
        <PackagePurchase cenId={cenId} regions="attached" withPreflight />
      )}
    </StepPanel>
  );
}
