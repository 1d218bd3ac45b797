// A FormField whose input is a row of radio buttons (antd Radio.Group). `onPicked` runs after a new choice is stored:
// the network type (network-place-fields.tsx) and the owner account of steps 1 and 3 each empty the network chosen
// under the old choice, which belonged to another list.
import { Radio } from 'antd';
import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldPathValue, FieldValues } from 'react-hook-form';
import { FormField } from './form-field';

export function RadioField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  options,
  onPicked,
}: {
  control: Control<T>;
  name: N;
  label: ReactNode;
  options: { value: FieldPathValue<T, N>; label: ReactNode }[];
  onPicked: () => void;
}) {
  return (
    <FormField control={control} name={name} label={label}>
      {({ value, onChange, id }) => (
        <Radio.Group
          id={id}
          value={value}
          onChange={(event) => {
            onChange(event.target.value as FieldPathValue<T, N>);
            onPicked();
          }}
          options={options}
        />
      )}
    </FormField>
  );
}
