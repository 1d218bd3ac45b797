// Step 1's optional "Attach a network" part (tutorial Step 1): Account (Current / Different), Network Type, Region,
// Networks. Current Account: attached as soon as the CEN is Active. Different Account: it must be authorized by
// Account B first, so it is handed to steps 2 and 3 instead.
// Only the box is in step 1's first chunk; what it shows once ticked is attach-network-choice.tsx, loaded once step 1
// is on screen (create-cen-step.tsx) and so almost always there before the box is ticked.
import { Checkbox } from 'antd';
import { Suspense } from 'react';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { preloadable } from '../../components/preloadable';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../components/form-field';
import type { CreateCenFormValues } from './create-cen-schema';

const choice = preloadable<{
  control: Control<CreateCenFormValues>;
  setValue: UseFormSetValue<CreateCenFormValues>;
}>(() => import('./attach-network-choice').then((m) => m.AttachNetworkChoice));
export const preloadAttachNetworkChoice = choice.preload;

export function AttachNetworkFields({
  control,
  setValue,
}: {
  control: Control<CreateCenFormValues>;
  setValue: UseFormSetValue<CreateCenFormValues>;
}) {
  const { t } = useI18n();
  const attach = useWatch({ control, name: 'attach' });

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
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <choice.Component control={control} setValue={setValue} />
        </Suspense>
      ) : null}
    </fieldset>
  );
}
