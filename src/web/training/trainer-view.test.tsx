// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { TrainerView } from './trainer-view';
import { TRAINER_LIST } from '../test-support/training-fixtures';

let requiredToken: string | undefined;
const tokensSeen: (string | null)[] = [];
const server = setupServer(
  http.get('/api/training/sandboxes', ({ request }) => {
    const token = request.headers.get('x-trainer-token');
    tokensSeen.push(token);
    if (requiredToken && token !== requiredToken)
      return HttpResponse.json(
        {
          error: {
            code: 'TrainerTokenRequired',
            message: 'The trainer view needs the trainer token.',
            httpStatus: 401,
            source: 'bff',
          },
        },
        { status: 401 },
      );
    return HttpResponse.json(TRAINER_LIST);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  sessionStorage.clear();
  requiredToken = undefined;
  tokensSeen.length = 0;
});

describe('the trainer view', () => {
  it('lists every sandbox with trainee, scenario and progress', async () => {
    renderWithProviders(<TrainerView />);
    const table = await screen.findByTestId('trainer-table');
    const li = within(table).getByText('Li Lei').closest('tr') as HTMLElement;
    expect(within(li).getByText('forgot-to-authorize')).toBeInTheDocument();
    expect(within(li).getByText(/2\/7 CEN, Grant/)).toBeInTheDocument();
    // The fourth attempt (three resets to the scenario start): its errors and hints are that attempt's.
    const cells = within(li)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(expect.arrayContaining(['4']));
    const anonymous = within(table).getByText('(no name)').closest('tr') as HTMLElement;
    expect(within(anonymous).getByText('Success')).toBeInTheDocument();
    expect(screen.getByText('2 sandboxes · refreshed every 5 s')).toBeInTheDocument();
  });

  it('asks for the trainer token when the server requires one, and sends it in X-Trainer-Token', async () => {
    requiredToken = 'room-42-token';
    renderWithProviders(<TrainerView />);
    const user = userEvent.setup();
    expect(await screen.findByTestId('error-code')).toHaveTextContent('TrainerTokenRequired');
    await user.type(screen.getByLabelText('Trainer token'), 'room-42-token');
    await user.click(screen.getByRole('button', { name: 'Use token' }));
    expect(await screen.findByTestId('trainer-table')).toBeInTheDocument();
    await waitFor(() => expect(tokensSeen).toContain('room-42-token'));
    expect(sessionStorage.getItem('cen-connect.trainer-token')).toBe('room-42-token');
  });
});
