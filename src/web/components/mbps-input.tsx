// A bandwidth in whole Mbps, the unit of every bandwidth the CEN API takes: a plan's Bandwidth, a region pair's
// BandwidthLimit (Mbit/s, docs/reference/cen-api.md §5), a peer attachment's Bandwidth (docs/reference/enterprise-edition.md).
// antd's InputNumber gives a number or null; the form holds null for an empty field, which its schema refuses.
import { InputNumber } from 'antd';
import type { RefCallBack } from 'react-hook-form';
import { z } from 'zod';

/** The field's rule where any whole Mbps will do (step 5's limit, the peer's bandwidth): not empty. */
export const mbpsFieldSchema = z
  .number()
  .nullable()
  .refine((v) => v !== null, { error: 'Enter the bandwidth in Mbps.' });

export interface MbpsInputProps {
  id: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  onBlur: () => void;
  name?: string;
  disabled?: boolean;
  ref?: RefCallBack;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
}

/** Takes a FormField's field as it is: `{(field) => <MbpsInput {...field} />}`. */
export function MbpsInput({ value, onChange, ...field }: MbpsInputProps) {
  return (
    <InputNumber
      value={value}
      onChange={(next) => onChange(typeof next === 'number' ? next : null)}
      precision={0}
      suffix="Mbps"
      style={{ width: 200 }}
      {...field}
    />
  );
}
