// antd's Select for every picker of the console, except that it never opens an empty list (so the console has
// no serious or critical axe violation). Opened with nothing to show, rc-select renders its "not found" content
// inside a role="listbox" that has no option (axe aria-required-children, critical; and no accessible name once the
// combobox stops owning it while the popup closes: aria-input-field-name, serious) and points the combobox's
// aria-activedescendant at an option that does not exist, `<id>_list_-1` (aria-valid-attr-value, critical).
// Naming that listbox cannot fix the other two. rc-select itself does not open while there is nothing to list and
// notFoundContent is empty (@rc-component/select BaseSelect: "Not trigger open when notFoundContent is empty"), so
// this wrapper always passes notFoundContent={null}; the caller's "nothing here" words become the placeholder,
// which the field shows and a screen reader reads with it. A search that matches nothing closes the list and keeps
// the typed text, so the user can correct it. e2e/a11y-select.spec.ts scans an open empty dropdown.
import { Select, type SelectProps } from 'antd';
import type { BaseOptionType, DefaultOptionType } from 'antd/es/select';
import type { ReactNode } from 'react';

export type AccessibleSelectProps<
  V = unknown,
  O extends BaseOptionType | DefaultOptionType = DefaultOptionType,
> = Omit<SelectProps<V, O>, 'notFoundContent' | 'children'> & {
  /** Shown in place of the placeholder once loaded with no option to choose (was notFoundContent); null: none. */
  emptyText?: ReactNode;
};

export function AccessibleSelect<
  V = unknown,
  O extends BaseOptionType | DefaultOptionType = DefaultOptionType,
>({ emptyText, placeholder, ...props }: AccessibleSelectProps<V, O>) {
  const empty = !props.loading && (props.options?.length ?? 0) === 0;
  return (
    <Select<V, O>
      {...props}
      notFoundContent={null}
      placeholder={empty && emptyText !== undefined && emptyText !== null ? emptyText : placeholder}
    />
  );
}
