// The network picker of steps 1–3: one account's VPCs or VBRs in one region, searchable by name, ID or CIDR.
// Built for the big tenant (mocks' big-tenant scenario: 2,000 VPCs over 20 regions, about 100 in a region): the
// options are built once per list, each with its search text lower-cased up front, so a keystroke only runs
// `includes` over them; a long list is virtual (only the rows in view are rendered), a short one keeps every option
// in the accessibility tree.
import { AccessibleSelect } from './accessible-select';
import { useMemo, type ReactNode } from 'react';
import type { Network } from '../api/networks';

/** From this many options on, the list is virtual. */
export const VIRTUAL_FROM = 50;

interface NetworkOption {
  value: string;
  label: string;
  disabled: boolean;
  search: string;
}

export interface NetworkSelectProps {
  id: string;
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  networks: readonly Network[] | undefined;
  loading: boolean;
  disabled: boolean;
  placeholder: string;
  /** Said in the field, in place of the placeholder, when there is no network (the list then does not open). */
  notFoundContent: ReactNode;
  /**
   * Why a network cannot be chosen (step 3: not authorized, already attached), or undefined. Pass a stable
   * function (useCallback): the options are rebuilt when it changes.
   */
  reasonFor?: ((networkId: string) => string | undefined) | undefined;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
}

export function networkLabel(n: Network): string {
  return `${n.name ?? n.id} (${n.id})${n.cidr ? ` · ${n.cidr}` : ''}`;
}

function filterOption(input: string, option?: NetworkOption): boolean {
  return option ? option.search.includes(input.trim().toLowerCase()) : false;
}

export function NetworkSelect({
  id,
  value,
  onChange,
  onBlur,
  networks,
  loading,
  disabled,
  placeholder,
  notFoundContent,
  reasonFor,
  ...aria
}: NetworkSelectProps) {
  const options = useMemo(
    () =>
      (networks ?? []).map((n): NetworkOption => {
        const label = networkLabel(n);
        const reason = reasonFor?.(n.id);
        return {
          value: n.id,
          label: reason ? `${label} — ${reason}` : label,
          disabled: Boolean(reason),
          search: label.toLowerCase(),
        };
      }),
    [networks, reasonFor],
  );
  return (
    <AccessibleSelect<string, NetworkOption>
      id={id}
      value={value || undefined}
      onChange={onChange}
      onBlur={onBlur}
      showSearch={{ filterOption }}
      virtual={options.length >= VIRTUAL_FROM}
      loading={loading}
      disabled={disabled}
      placeholder={placeholder}
      emptyText={notFoundContent}
      aria-invalid={aria['aria-invalid']}
      aria-describedby={aria['aria-describedby']}
      options={options}
    />
  );
}
