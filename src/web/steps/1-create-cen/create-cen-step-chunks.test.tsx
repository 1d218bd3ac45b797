// @vitest-environment jsdom
// Step 1 loads the Enterprise screen's code only on Enterprise Edition (create-cen-step.tsx): the Basic screen, which
// every page load shows first, does without its router table and service panel (bench row (e), page load), and without
// the adopt picker's and the attach choice's Select until it is on screen.
import { screen, waitFor } from '@testing-library/react';
import { basicEditionHandlers, demoAccountsHandler, mockBff } from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { progressStore } from '../../state/progress-store';
import { CreateCenStep } from './create-cen-step';

const loaded = vi.hoisted(() => ({ enterprise: false, adopt: false, attachChoice: false }));
vi.mock('./enterprise-create-cen-step', async (importOriginal) => {
  loaded.enterprise = true;
  return importOriginal();
});
vi.mock('./adopt-cen', async (importOriginal) => {
  loaded.adopt = true;
  return importOriginal();
});
vi.mock('./attach-network-choice', async (importOriginal) => {
  loaded.attachChoice = true;
  return importOriginal();
});

// What step 1's module loaded with it, before anything rendered.
const loadedWithStep1 = { ...loaded };

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

  it('keeps the adopt picker and the attach choice (antd Select) out of its first chunk, and loads them once shown', async () => {
    expect(loadedWithStep1).toEqual({ enterprise: false, adopt: false, attachChoice: false });
    renderWithProviders(<CreateCenStep />);
    expect(await screen.findByLabelText('Or use an existing CEN instance of Account A')).toBeInTheDocument();
    await waitFor(() => expect(loaded.attachChoice).toBe(true));
    expect(loaded.adopt).toBe(true);
  });
});
