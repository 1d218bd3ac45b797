// The part of step 1's "Attach a network" shown once it is ticked (attach-network-fields.tsx): Account (Current /
// Different), Network Type, Region, Networks. A chunk of its own: its pickers (antd Select with its virtual list,
// Radio) are not needed to show step 1 (bench row (e), page load).
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { networkQueries } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { NetworkPlaceFields } from '../../components/network-place-fields';
import { RadioField } from '../../components/radio-field';
import type { CreateCenFormValues } from './create-cen-schema';

export function AttachNetworkChoice({
  control,
  setValue,
}: {
  control: Control<CreateCenFormValues>;
  setValue: UseFormSetValue<CreateCenFormValues>;
}) {
  const { t } = useI18n();
  const owner = useWatch({ control, name: 'owner' });
  const type = useWatch({ control, name: 'type' });
  const regionId = useWatch({ control, name: 'regionId' });
  const account = owner === 'different' ? 'B' : 'A';
  const networks = useQuery({
    ...networkQueries.list(account, regionId, type),
    enabled: Boolean(regionId),
  });
  const clearNetwork = () => setValue('instanceId', '');

  return (
    <>
      <RadioField
        control={control}
        name="owner"
        label={t('account')}
        onPicked={clearNetwork}
        options={[
          { value: 'current', label: t('currentAccount') },
          { value: 'different', label: t('differentAccount') },
        ]}
      />
      {owner === 'different' ? (
        <Alert
          type="info"
          role="note"
          showIcon
          title={t('differentAccountExplained')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <NetworkPlaceFields
        control={control}
        networks={networks.data}
        loading={networks.isFetching}
        clearNetwork={clearNetwork}
      />
    </>
  );
}
