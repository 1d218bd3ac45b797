// @vitest-environment jsdom
// Step 1 loads the Enterprise screen's code only on Enterprise Edition (create-cen-step.tsx): the Basic screen, which
// every page load shows first, does without its router table and service panel (bench row (e), page load).
import { screen, waitFor } from '@testing-library/react';
import { basicEditionHandlers, demoAccountsHandler, mockBff } from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { progressStore } from '../../state/progress-store';
import { CreateCenStep } from './create-cen-step';

const loaded = vi.hoisted(() => ({ enterprise: false }));
vi.mock('./enterprise-create-cen-step', async (importOriginal) => {
  loaded.enterprise = true;
  return importOriginal();
});

mockBff(demoAccountsHandler, ...basicEditionHandlers);
beforeEach(() => resetBrowserState());

describe('Step 1’s chunks', () => {
  it('shows the Basic screen without loading the Enterprise one', async () => {
    renderWithProviders(<CreateCenStep />);
    await waitFor(() => expect(screen.getByTestId('cen-edition')).toHaveTextContent('Basic Edition'));
    expect(screen.getByLabelText('Name')).toBeEnabled();
    expect(progressStore.get().edition?.name).toBe('Basic');
    expect(loaded.enterprise).toBe(false);
  });
});
