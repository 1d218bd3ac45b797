// The one bridge between react-hook-form (zod through zodResolver) and antd's Form.Item, through RHF's
// useController (https://react-hook-form.com/docs/usecontroller): RHF owns values and validation; Form.Item only lays
// out the label, the rule and the error.
// Never antd `rules` — one validation system.
import { Form } from 'antd';
import type { ReactNode } from 'react';
import {
  useController,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { translateRule } from './rule-messages';

/** What FormField hands its input: react-hook-form's field, the input's id and its aria ties to the rule and error. */
type FieldControlProps<
  T extends FieldValues = FieldValues,
  N extends FieldPath<T> = FieldPath<T>,
> = ControllerRenderProps<T, N> & {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
};

export interface FormFieldProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  label: ReactNode;
  /** The rule in plain words, shown under the field before anything is typed. */
  rule?: ReactNode;
  required?: boolean;
  children: (field: FieldControlProps<T, N>) => ReactNode;
}

export function FormField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  rule,
  required,
  children,
}: FormFieldProps<T, N>) {
  const { locale } = useI18n();
  const tr = (message: string) => translateRule(message, locale);
  const { field, fieldState } = useController({ control, name });
  const id = `field-${name.replaceAll('.', '-')}`;
  const error = fieldState.error?.message;
  // The rule and the error are tied to the input (aria-describedby) so a screen reader reads them with the field.
  const describedBy = error ? `${id}-error` : rule ? `${id}-rule` : undefined;
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required ?? false}
      validateStatus={error ? 'error' : ''}
      help={
        error ? (
          <span role="alert" id={`${id}-error`}>
            {tr(error)}
          </span>
        ) : undefined
      }
      extra={error || !rule ? undefined : <span id={`${id}-rule`}>{rule}</span>}
    >
      {children({ ...field, id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
    </Form.Item>
  );
}

/**
 * What a picker (antd's Select, RegionSelect, NetworkSelect) takes from a FormField's field: its id, value and
 * handlers, and the aria ties to the rule and the error. Not the field's `ref`, `name` or `disabled`, which those
 * pickers do not take (no form here disables a field through react-hook-form).
 */
export function pickerProps<F extends FieldControlProps>(field: F): Omit<F, 'ref' | 'name' | 'disabled'> {
  const { ref: _ref, name: _name, disabled: _disabled, ...props } = field;
  return props;
}
