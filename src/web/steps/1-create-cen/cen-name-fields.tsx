// Step 1's Name and Description fields (tutorial Step 1, "Configure the CEN instance"), on both editions' forms:
// the domain's rules (src/domain/cen.ts) in plain words under each field.
import { Button, Input } from 'antd';
import type { Control } from 'react-hook-form';
import { CEN_DESCRIPTION_RULE, CEN_NAME_RULE } from '../../../domain/cen';
import { ErrorPanel } from '../../components/error-panel';
import { FormField } from '../../components/form-field';
import { translateRule } from '../../components/rule-messages';
import { useI18n } from '../../i18n/i18n';

interface CenNameValues {
  name: string;
  description: string;
}

export function CenNameFields<T extends CenNameValues>({ control }: { control: Control<T> }) {
  const { t, locale } = useI18n();
  const tr = (message: string) => translateRule(message, locale);
  // Each form holds more fields than these two; Control is invariant in its values (as in network-place-fields).
  const own = control as unknown as Control<CenNameValues>;
  return (
    <>
      <FormField control={own} name="name" label={t('name')} rule={tr(CEN_NAME_RULE)} required>
        {(field) => <Input {...field} autoComplete="off" placeholder="DifferentAccountDifferentRegion" />}
      </FormField>
      <FormField control={own} name="description" label={t('description')} rule={tr(CEN_DESCRIPTION_RULE)}>
        {(field) => <Input.TextArea {...field} rows={2} />}
      </FormField>
    </>
  );
}

/** The BFF names refused fields by their API names (errors.ts `fields`); shown at the field too. */
export function showRefusedCenFields(
  fields: Record<string, string> | undefined,
  setError: (name: 'name' | 'description', error: { message: string }) => void,
): void {
  for (const [path, message] of Object.entries(fields ?? {})) {
    if (/^Name$/i.test(path)) setError('name', { message });
    if (/^Description$/i.test(path)) setError('description', { message });
  }
}

/** The form's last lines: CreateCen's refusal, if any, and the submit button. */
export function CreateCenSubmit({ error, pending }: { error: unknown; pending: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorPanel error={error} />
        </div>
      ) : null}
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('createCen')}
      </Button>
    </>
  );
}
