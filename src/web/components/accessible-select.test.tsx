// @vitest-environment jsdom
// The shared Select never opens an empty list (axe: an empty rc-select listbox has no option and the combobox's
// aria-activedescendant points at `<id>_list_-1`); its "nothing here" words are the placeholder instead.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test-support/render';
import { AccessibleSelect } from './accessible-select';

const openLists = () =>
  document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) [role="listbox"]');

function Picker(props: { options: { value: string; label: string }[]; loading?: boolean; emptyText?: null }) {
  return (
    <>
      <label htmlFor="networks">Networks</label>
      <AccessibleSelect<string>
        id="networks"
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="Choose a network"
        emptyText="No network in this region"
        {...props}
      />
    </>
  );
}

describe('AccessibleSelect', () => {
  it('opens a list that has options, with the usual placeholder', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Picker options={[{ value: 'vpc-1', label: 'Main VPC' }]} />);
    expect(screen.getByText('Choose a network')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Networks' }));
    expect(await screen.findByRole('option', { name: 'Main VPC', hidden: true })).toBeInTheDocument();
    expect(openLists()).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: 'Networks' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says "nothing here" in the field and never opens an empty list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Picker options={[]} />);
    expect(screen.getByText('No network in this region')).toBeInTheDocument();
    const combobox = screen.getByRole('combobox', { name: 'Networks' });
    await user.click(combobox);
    await user.keyboard('{ArrowDown}');
    expect(openLists()).toHaveLength(0);
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
  });

  it('keeps the usual placeholder while loading, or when there are no words for "nothing here"', () => {
    const { unmount } = renderWithProviders(<Picker options={[]} loading />);
    expect(screen.getByText('Choose a network')).toBeInTheDocument();
    expect(screen.queryByText('No network in this region')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<Picker options={[]} emptyText={null} />);
    expect(screen.getByText('Choose a network')).toBeInTheDocument();
  });

  it('closes the list when a search matches nothing, keeping what was typed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Picker options={[{ value: 'vpc-1', label: 'Main VPC' }]} />);
    const combobox = screen.getByRole('combobox', { name: 'Networks' });
    await user.click(combobox);
    await user.keyboard('zzzz');
    expect(combobox).toHaveValue('zzzz');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
  });
});
