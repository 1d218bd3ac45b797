// Picks an option of an antd Select the way a user does: open it from its labelled combobox, click the option.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export async function chooseOption(
  user: UserEvent,
  label: string,
  option: string | RegExp,
  /** Typed into a searchable Select first, as a user does in a long (virtual) list that shows only some rows. */
  search?: string,
): Promise<void> {
  await user.click(screen.getByLabelText(label));
  if (search) await user.keyboard(search);
  const listbox = await screen.findAllByRole('option', { hidden: true });
  // antd renders an accessible listbox plus the visible items; click the visible one by its text.
  const dropdowns = document.querySelectorAll<HTMLElement>(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden)',
  );
  const last = dropdowns[dropdowns.length - 1];
  if (!last) throw new Error(`No open dropdown for ${label} (${listbox.length} options).`);
  await user.click(within(last).getByText(option, { selector: '.ant-select-item-option-content' }));
}
