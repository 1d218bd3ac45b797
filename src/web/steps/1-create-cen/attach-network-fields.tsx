// Step 1's optional "Attach a network" part (tutorial Step 1): Account (Current / Different), Network Type, Region,
// Networks. Current Account: attached as soon as the CEN is Active. Different Account: it must be authorized by
// Account B first, so it is handed to steps 2 and 3 instead.
import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Radio } from 'antd';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { networkQueries, type NetworkType } from '../../api/networks';
import { useI18n } from '../../app/i18n';
import { FormField } from '../../components/form-field';
import { NetworkSelect } from '../../components/network-select';
import { RegionSelect } from '../../components/region-select';
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
          <FormField control={control} name="owner" label={t('account')}>
            {({ value, onChange, id }) => (
              <Radio.Group
                id={id}
                value={value}
                onChange={(event) => {
                  onChange(event.target.value as CreateCenFormValues['owner']);
                  clearNetwork();
                }}
                options={[
                  { value: 'current', label: t('currentAccount') },
                  { value: 'different', label: t('differentAccount') },
                ]}
              />
            )}
          </FormField>
          {owner === 'different' ? (
            <Alert
              type="info"
              role="note"
              showIcon
              title={t('differentAccountExplained')}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <FormField control={control} name="type" label={t('networkType')}>
            {({ value, onChange, id }) => (
              <Radio.Group
                id={id}
                value={value}
                onChange={(event) => {
                  onChange(event.target.value as NetworkType);
                  clearNetwork();
                }}
                options={[
                  { value: 'VPC', label: 'VPC' },
                  { value: 'VBR', label: 'VBR' },
                ]}
              />
            )}
          </FormField>
          <FormField control={control} name="regionId" label={t('region')} required>
            {({ value, onChange, onBlur, id, ...aria }) => (
              <RegionSelect
                id={id}
                value={value}
                onBlur={onBlur}
                onChange={(next) => {
                  onChange(next);
                  clearNetwork();
                }}
                {...aria}
              />
            )}
          </FormField>
          <FormField control={control} name="instanceId" label={t('networks')} required>
            {({ value, onChange, onBlur, id, ...aria }) => (
              <NetworkSelect
                id={id}
                value={value}
                onChange={onChange}
                onBlur={onBlur}
                networks={networks.data}
                loading={networks.isFetching}
                disabled={!regionId}
                placeholder={t('chooseNetwork')}
                notFoundContent={regionId ? t('noNetworksInRegion', { type }) : null}
                aria-invalid={aria['aria-invalid']}
                aria-describedby={aria['aria-describedby']}
              />
            )}
          </FormField>
        </>
      ) : null}
    </fieldset>
  );
}
