// Tutorial Step 4 on Enterprise Edition (docs/reference/enterprise-edition.md §1, §2 steps 7–8), acting as Account
// A: how the routers' inter-region connection is paid. By data transfer (DataTransfer: nothing to buy, billed per
// GB by Cloud Data Transfer, Enterprise Edition only), or out of a prepaid bandwidth plan (BandwidthPackage), bought
// and associated with the very screens of Basic Edition's step 4 (package-purchase.tsx, package-progress.tsx). The
// choice is saved as progress.interRegionPayBy for step 5's CreateTransitRouterPeerAttachment and the plan; the step
// is done when DataTransfer is chosen, or when the plan is bought and associated with the CEN.
import { Alert, Flex, Radio, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { NeedCenAlert } from '../../components/need-cen-alert';
import { NextStepAlert } from '../../components/next-step-alert';
import { StepPanel } from '../../components/step-panel';
import { progressStore, setStepState, useProgress, type Progress } from '../../state/progress-store';
import { useEnterpriseBandwidthText } from './enterprise-text';
import { PackageProgress } from './package-progress';
import { PackagePurchase } from './package-purchase';

type PayBy = NonNullable<Progress['interRegionPayBy']>;
const PAY_BY: readonly PayBy[] = ['DataTransfer', 'BandwidthPackage'];

function choose(payBy: PayBy) {
  progressStore.update((p) => (p.interRegionPayBy === payBy ? p : { ...p, interRegionPayBy: payBy }));
  // A plan still to buy (or to associate) is what the step now waits for; PackageProgress finishes it.
  if (payBy === 'BandwidthPackage') setStepState(4, { status: 'wait' });
}

/** The regions of the two VPCs chosen in step 1, A's first: the areas the plan joins. */
function useJourneyRegions(): string[] {
  const a = useProgress((p) => p.ownNetwork?.regionId);
  const b = useProgress((p) => p.network?.regionId);
  return useMemo(() => [...new Set([a, b].filter((r): r is string => Boolean(r)))], [a, b]);
}

export function EnterpriseBandwidthStep() {
  const et = useEnterpriseBandwidthText();
  const cenId = useProgress((p) => p.cenId);
  const payBy = useProgress((p) => p.interRegionPayBy);
  const packageId = useProgress((p) => p.bandwidthPackageId);
  const regions = useJourneyRegions();

  useEffect(() => {
    if (cenId && payBy === 'DataTransfer') setStepState(4, { status: 'finish' });
  }, [cenId, payBy]);

  return (
    <StepPanel step={4} account="A">
      {!cenId ? (
        <NeedCenAlert />
      ) : (
        <Flex vertical gap="middle">
          <Typography.Paragraph style={{ margin: 0 }}>{et('intro')}</Typography.Paragraph>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: 8 }}>{et('legend')}</legend>
            <Radio.Group value={payBy} onChange={(event) => choose(event.target.value as PayBy)}>
              <Flex vertical gap="small">
                {PAY_BY.map((option) => (
                  <div key={option}>
                    <Radio value={option} aria-describedby={`tr-pay-by-${option}`}>
                      {et(`${option}.label`)}
                    </Radio>
                    <Typography.Paragraph
                      id={`tr-pay-by-${option}`}
                      type="secondary"
                      style={{ margin: '2px 0 0 24px' }}
                    >
                      {et(`${option}.explain`)}
                    </Typography.Paragraph>
                  </div>
                ))}
              </Flex>
            </Radio.Group>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {et('unconfirmed')}
            </Typography.Paragraph>
          </fieldset>
          <Typography.Text strong data-testid="tr-pay-by-chosen">
            {et(payBy ? `chosen.${payBy}` : 'chosen.none')}
          </Typography.Text>
          {payBy === 'DataTransfer' ? (
            <>
              {packageId ? <Alert type="info" showIcon title={et('keptPackage', { id: packageId })} /> : null}
              <NextStepAlert title={et('chosen.DataTransfer')} nextIndex={4} />
            </>
          ) : null}
          {payBy === 'BandwidthPackage' ? (
            packageId ? (
              <PackageProgress cenId={cenId} packageId={packageId} />
            ) : (
              <div>
                <PackagePurchase cenId={cenId} regions={regions} />
              </div>
            )
          ) : null}
        </Flex>
      )}
    </StepPanel>
  );
}
