// The guided teardown of the journey's edition: the tutorial's Basic Edition (planTeardown over the CEN's child
// instances and region connections) or Enterprise Edition (planEnterpriseTeardown over the transit routers,
// docs/reference/enterprise-edition.md §2 "Teardown"). Each computes its preview from the same queries the steps use
// and runs with the same runner and screen (teardown-panel.tsx). A started teardown keeps its edition in its record,
// so a reload resumes the plan it began with.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { planEnterpriseTeardown } from '../../domain/plan/enterprise-teardown-plan';
import { planTeardown } from '../../domain/plan/teardown-plan';
import { toApiError } from '../api/api-error';
import { useEditionName } from '../api/edition';
import { useFeatureText } from '../i18n/feature-text';
import { useCloudSnapshot } from '../state/cloud-snapshot';
import { readEnterpriseSnapshot, useEnterpriseSnapshot } from '../state/enterprise-snapshot';
import { progressStore } from '../state/progress-store';
import { enterpriseTeardownInputFrom } from './enterprise-teardown-input-from';
import { readTeardownInput } from './read-teardown-input';
import { teardownInputFrom } from './teardown-input-from';
import { TeardownPanel, type TeardownFlavour } from './teardown-panel';
import { runTeardown } from './teardown-runner';
import { loadTeardown, type TeardownRecord } from './teardown-store';
import { TEARDOWN_TEXT } from './teardown-text';

interface ViewProps {
  record: TeardownRecord | undefined;
  setRecord: (record: TeardownRecord | undefined) => void;
}

export function TeardownView() {
  const [record, setRecord] = useState<TeardownRecord | undefined>(() => loadTeardown());
  const saved = useEditionName();
  const edition = record ? (record.edition ?? 'Basic') : saved;
  return edition === 'Enterprise' ? (
    <EnterpriseTeardownView record={record} setRecord={setRecord} />
  ) : (
    <BasicTeardownView record={record} setRecord={setRecord} />
  );
}

function BasicTeardownView({ record, setRecord }: ViewProps) {
  const t = useFeatureText(TEARDOWN_TEXT);
  const client = useQueryClient();
  // Once started, the teardown reads what its record names: the progress no longer points at the CEN.
  const snapshot = useCloudSnapshot(record && !record.finishedAt ? record : undefined);
  const cenId = record?.cenId ?? snapshot.cenId;
  const previewPlan = useMemo(
    () =>
      planTeardown(
        teardownInputFrom({
          ...snapshot,
          cenId,
          network: record?.network ?? snapshot.network,
          bandwidthPackageId: record?.bandwidthPackageId ?? snapshot.bandwidthPackageId,
          // While the CEN is still loading, show the CEN as it was; null means DescribeCens no longer lists it.
          cen: snapshot.cen,
        }),
      ),
    [snapshot, cenId, record],
  );
  const flavour: TeardownFlavour = {
    edition: 'Basic',
    previewPlan,
    loaded: snapshot.loaded,
    cenId,
    execute: (rec, env) =>
      runTeardown({ ...env, readInput: () => readTeardownInput(client, rec), plan: planTeardown }),
    intro: t('intro'),
    notes: [{ testId: 'teardown-prepaid-warning', text: t('prepaid') }],
    confirmBody: (plan) =>
      t('confirmBody', {
        cen: cenId ?? '',
        n: plan.calls.filter((c) => c.action === 'DetachCenChildInstance').length,
      }),
    complete: t('complete'),
  };
  return <TeardownPanel flavour={flavour} record={record} setRecord={setRecord} />;
}

/** Refusals of a teardown call that a later read resolves: something listed must go first, or is still changing. */
const ORDER_REFUSALS =
  /^(DependencyViolation|IncorrectStatus|IncorrectRouteEntryStatus|InvalidOperation\.AttachedChildInstanceExist)/;

function EnterpriseTeardownView({ record, setRecord }: ViewProps) {
  const t = useFeatureText(TEARDOWN_TEXT);
  const client = useQueryClient();
  const target = record && !record.finishedAt ? record : undefined;
  const snapshot = useEnterpriseSnapshot(true, target);
  const cenId = record?.cenId ?? snapshot.cenId;
  const previewPlan = useMemo(
    () => planEnterpriseTeardown(enterpriseTeardownInputFrom({ ...snapshot, cenId })),
    [snapshot, cenId],
  );
  const planBought =
    snapshot.interRegionPayBy === 'BandwidthPackage' ||
    previewPlan.warnings.some((w) => w.code === 'prepaid-package-not-deletable');
  const flavour: TeardownFlavour = {
    edition: 'Enterprise',
    previewPlan,
    loaded: snapshot.loaded,
    cenId,
    execute: (rec, env) =>
      runTeardown({
        ...env,
        readInput: async () =>
          enterpriseTeardownInputFrom(await readEnterpriseSnapshot(client, rec, progressStore.get())),
        plan: planEnterpriseTeardown,
      }),
    intro: t('introEnterprise'),
    notes: [
      ...(planBought ? [{ testId: 'teardown-prepaid-warning', text: t('prepaidEnterprise') }] : []),
      { testId: 'teardown-service-note', text: t('serviceStays') },
    ],
    confirmBody: (plan) =>
      t('confirmBodyEnterprise', {
        cen: cenId ?? '',
        routers: plan.calls.filter((c) => c.action === 'DeleteTransitRouter').length,
        attachments: plan.calls.filter((c) => /^DeleteTransitRouter(Vpc|Peer)Attachment$/.test(c.action))
          .length,
      }),
    complete: t('completeEnterprise'),
    hintFor: (error) => (ORDER_REFUSALS.test(toApiError(error).code) ? t('hintEnterprise') : undefined),
  };
  return <TeardownPanel flavour={flavour} record={record} setRecord={setRecord} />;
}
