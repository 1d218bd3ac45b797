// Step 1's optional "Attach a network" part (tutorial Step 1): Account (Current / Different), Network Type, Region,
// Networks. Current Account: attached as soon as the CEN is Active. Different Account: it must be authorized by
// Account B first, so it is handed to steps 2 and 3 instead.
import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox } from 'antd';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { networkQueries } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../components/form-field';
import { NetworkPlaceFields } from '../../components/network-place-fields';
import { RadioField } from '../../components/radio-field';
import type { CreateCenFormValues } from './create-cen-schema';

export function AttachNetworkFields({
  control,
  setValue,
}: {
  control: Control<CreateCenFormValues>;
  setValue: UseFormSetValue<CreateCenFormValues>;
}) {
  const { t } = useI18n();
  const attach = useWatch({ control, name: 'attach' });
  const owner = useWatch({ control, name: 'owner' });
  const type = useWatch({ control, name: 'type' });
  const regionId = useWatch({ control, name: 'regionId' });
  const account = owner === 'different' ? 'B' : 'A';
  const networks = useQuery({
    ...networkQueries.list(account, regionId, type),
    enabled: attach && Boolean(regionId),
  });
  const clearNetwork = () => setValue('instanceId', '');

  return (
    <fieldset className="plain-fieldset">
      <FormField control={control} name="attach" label={null} rule={t('attachOptional')}>
        {({ value, onChange, id }) => (
          <Checkbox id={id} checked={value} onChange={(event) => onChange(event.target.checked)}>
            {t('attachANetwork')}
          </Checkbox>
        )}
      </FormField>
      {attach ? (
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
      ) : null}
    </fieldset>
  );
}
