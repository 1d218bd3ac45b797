// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Network } from '../api/networks';
import { renderWithProviders } from '../test-support/render';
import { NetworkSelect, VIRTUAL_FROM } from './network-select';

const vpc = (i: number): Network => ({
  id: `vpc-tenant${String(i).padStart(4, '0')}`,
  name: `B-Tenant-VPC-${String(i).padStart(4, '0')}`,
  type: 'VPC',
  regionId: 'cn-beijing',
  cidr: `10.128.${i}.0/24`,
  status: 'Available',
});

function renderPicker(networks: Network[], reasonFor?: (id: string) => string | undefined) {
  const onChange = vi.fn<(value: string) => void>();
  renderWithProviders(
    <>
      <label htmlFor="picker">Networks</label>
      <NetworkSelect
        id="picker"
        value=""
        onChange={onChange}
        networks={networks}
        loading={false}
        disabled={false}
        placeholder="Choose a network"
        notFoundContent="None"
        reasonFor={reasonFor}
      />
    </>,
  );
  return onChange;
}

const openList = () =>
  document.querySelector<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')!;
const shownOptions = () =>
  [...openList().querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);

describe('NetworkSelect', () => {
  it('filters by name, ID or CIDR, whatever the case', async () => {
    const user = userEvent.setup();
    renderPicker([vpc(1), vpc(2), vpc(42)]);
    await user.click(screen.getByLabelText('Networks'));
    await user.keyboard('b-TENANT-vpc-0042');
    expect(shownOptions()).toEqual(['B-Tenant-VPC-0042 (vpc-tenant0042) · 10.128.42.0/24']);
    await user.clear(screen.getByLabelText('Networks'));
    await user.keyboard('vpc-tenant0002');
    expect(shownOptions()).toEqual(['B-Tenant-VPC-0002 (vpc-tenant0002) · 10.128.2.0/24']);
    await user.clear(screen.getByLabelText('Networks'));
    await user.keyboard('10.128.1.');
    expect(shownOptions()).toEqual(['B-Tenant-VPC-0001 (vpc-tenant0001) · 10.128.1.0/24']);
  });

  it('shows why a network cannot be chosen, and does not let it be chosen', async () => {
    const user = userEvent.setup();
    const onChange = renderPicker([vpc(1), vpc(2)], (id) =>
      id === 'vpc-tenant0001' ? 'already attached' : undefined,
    );
    await user.click(screen.getByLabelText('Networks'));
    const refused = within(openList()).getByText(/B-Tenant-VPC-0001 .* — already attached$/);
    await user.click(refused);
    expect(onChange).not.toHaveBeenCalled();
    await user.click(within(openList()).getByText(/^B-Tenant-VPC-0002 /));
    expect(onChange.mock.calls[0]?.[0]).toBe('vpc-tenant0002');
  });

  it('renders only the rows in view of a long list', async () => {
    const user = userEvent.setup();
    renderPicker(Array.from({ length: VIRTUAL_FROM + 50 }, (_, i) => vpc(i)));
    await user.click(screen.getByLabelText('Networks'));
    expect(shownOptions().length).toBeLessThan(VIRTUAL_FROM);
    // Typing reaches a row that was not rendered.
    await user.keyboard(`vpc-tenant${String(VIRTUAL_FROM + 40).padStart(4, '0')}`);
    expect(shownOptions()).toHaveLength(1);
  });

  it('keeps every option of a short list in the page', async () => {
    const user = userEvent.setup();
    renderPicker(Array.from({ length: VIRTUAL_FROM - 1 }, (_, i) => vpc(i)));
    await user.click(screen.getByLabelText('Networks'));
    expect(shownOptions()).toHaveLength(VIRTUAL_FROM - 1);
  });
});
