// Network Type, Region and Networks — the three fields with which steps 1, 2 and 3 of the tutorial each pick a
// network ("Network Type: VPC/VBR, Region, Networks", tutorial steps 1–3). One place for the rule that changing the
// type or the region clears the chosen network (it belongs to the old list) and for the pickers' wiring.
import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { Network, NetworkType } from '../api/networks';
import { useI18n } from '../i18n/i18n';
import { FormField, pickerProps } from './form-field';
import { NetworkSelect } from './network-select';
import { RadioField } from './radio-field';
import { RegionSelect } from './region-select';

export interface NetworkPlaceValues {
  type: NetworkType;
  regionId: string;
  instanceId: string;
}

export interface NetworkPlaceFieldsProps<T extends FieldValues & NetworkPlaceValues> {
  control: Control<T>;
  /** The networks of the acting account in the chosen region and type (the caller's query). */
  networks: readonly Network[] | undefined;
  loading: boolean;
  /** Empties the Networks field: called when the type or the region changes. */
  clearNetwork: () => void;
  /** Why a network cannot be chosen (step 3); a stable function, see NetworkSelect. */
  reasonFor?: ((networkId: string) => string | undefined) | undefined;
}

export function NetworkPlaceFields<T extends FieldValues & NetworkPlaceValues>({
  control,
  networks,
  loading,
  clearNetwork,
  reasonFor,
}: NetworkPlaceFieldsProps<T>) {
  const { t } = useI18n();
  // Each step's form holds more fields than these three; react-hook-form's Control is invariant in its values, so
  // the form's control is read here through the part this component owns (T guarantees the three are there).
  const place = control as unknown as Control<NetworkPlaceValues>;
  const type = useWatch({ control: place, name: 'type' });
  const regionId = useWatch({ control: place, name: 'regionId' });
  return (
    <>
      <RadioField
        control={place}
        name="type"
        label={t('networkType')}
        onPicked={clearNetwork}
        options={[
          { value: 'VPC', label: 'VPC' },
          { value: 'VBR', label: 'VBR' },
        ]}
      />
      <RegionNetworkFields
        control={place}
        regionName="regionId"
        networkName="instanceId"
        type={type}
        regionId={regionId}
        networks={networks}
        loading={loading}
        clearNetwork={clearNetwork}
        reasonFor={reasonFor}
      />
    </>
  );
}

/**
 * The Region and Networks pair under any two field names (step 1 on Enterprise Edition picks two pairs in one form,
 * A's VPC and B's): a new region empties the network, which belonged to the old list.
 */
export function RegionNetworkFields<T extends FieldValues>({
  control,
  regionName,
  networkName,
  type,
  regionId,
  networks,
  loading,
  clearNetwork,
  reasonFor,
}: {
  control: Control<T>;
  regionName: FieldPath<T>;
  networkName: FieldPath<T>;
  type: NetworkType;
  /** The region chosen now (the caller watches it to read its networks). */
  regionId: string;
} & Pick<
  NetworkPlaceFieldsProps<T & NetworkPlaceValues>,
  'networks' | 'loading' | 'clearNetwork' | 'reasonFor'
>) {
  const { t } = useI18n();
  return (
    <>
      <FormField control={control} name={regionName} label={t('region')} required>
        {(field) => (
          <RegionSelect
            {...pickerProps(field)}
            onChange={(next) => {
              field.onChange(next);
              clearNetwork();
            }}
          />
        )}
      </FormField>
      <FormField control={control} name={networkName} label={t('networks')} required>
        {(field) => (
          <NetworkSelect
            {...pickerProps(field)}
            networks={networks}
            loading={loading}
            disabled={!regionId}
            placeholder={t('chooseNetwork')}
            notFoundContent={regionId ? t('noNetworksInRegion', { type }) : null}
            reasonFor={reasonFor}
          />
        )}
      </FormField>
    </>
  );
}
