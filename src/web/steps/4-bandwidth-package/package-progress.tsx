// After buying: the package's status until it can be used (Idle), then AssociateCenBandwidthPackage, then until it is
// InUse on this CEN (docs/reference/cen-api.md §3, as Terraform waits). Also used to adopt an existing Idle package.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { associatePackageCall } from '../../../domain/plan/setup-calls';
import { isAssociatedWith, isPackageReady, packageQueries, type BandwidthPackage } from '../../api/bandwidth';
import { toApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n';
import { setCurrentStep, setStepState } from '../../state/progress-store';
import { ErrorPanel } from '../../components/error-panel';
import { packageLabel } from '../../components/package-label';
import { StatusTag } from '../../components/status-tag';
import { sendPlannedCall } from '../../plan/send-planned-call';

export function PackageProgress({ cenId, packageId }: { cenId: string; packageId: string }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const settled = (p: BandwidthPackage | undefined) => isAssociatedWith(p, cenId) || p?.Status === 'Idle';
  const pkg = useQuery(packageQueries.detail(packageId, settled));
  const associated = isAssociatedWith(pkg.data ?? undefined, cenId);

  const associate = useMutation({
    mutationFn: () => sendPlannedCall(associatePackageCall(cenId, packageId)),
    onMutate: () => setStepState(4, { status: 'process', since: Date.now() }),
    // Only this package changed; its re-read updates the account's list too (api/bandwidth.ts detail).
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: packageQueries.detail(packageId, settled).queryKey }),
    onError: (error) => setStepState(4, { status: 'error', reason: toApiError(error).code }),
  });

  // Associate automatically once the bought package is ready (the tutorial's flow continues without a click);
  // the ref keeps it to one attempt per mount — a failure shows the error and a retry button instead.
  const tried = useRef(false);
  const ready = isPackageReady(pkg.data ?? undefined) && !associated;
  useEffect(() => {
    if (ready && !tried.current) {
      tried.current = true;
      associate.mutate();
    }
  }, [ready, associate]);

  useEffect(() => {
    if (associated) setStepState(4, { status: 'finish' });
  }, [associated]);

  if (pkg.isPending) return <Spin size="small" aria-label={t('loading')} />;
  return (
    <Flex vertical gap="middle">
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('packageId')}>
          <Typography.Text code data-testid="package-id">
            {packageId}
          </Typography.Text>
        </Descriptions.Item>
        {pkg.data ? (
          <Descriptions.Item label={t('bandwidthPackages')}>
            {packageLabel(pkg.data, locale)}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('status')}>
          {pkg.data ? <StatusTag status={pkg.data.Status} testId="package-status" /> : '—'}
        </Descriptions.Item>
      </Descriptions>
      {pkg.isError ? <ErrorPanel error={pkg.error} onRetry={() => void pkg.refetch()} /> : null}
      {associate.isError ? <ErrorPanel error={associate.error} onRetry={() => associate.mutate()} /> : null}
      {ready && !associate.isPending && !associate.isError ? (
        <Button onClick={() => associate.mutate()}>{t('associate')}</Button>
      ) : null}
      {associated ? (
        <Alert
          type="success"
          showIcon
          title={t('packageDone')}
          action={
            <Button type="primary" onClick={() => setCurrentStep(4)}>
              {t('next')}
            </Button>
          }
        />
      ) : null}
    </Flex>
  );
}
