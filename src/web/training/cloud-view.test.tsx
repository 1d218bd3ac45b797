// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { act } from 'react';
import { setStepState } from '../state/progress-store';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { CloudView } from './cloud-view';
import { AUDIT, STATE } from '../test-support/training-fixtures';

let stateReads = 0;
let writes = 0;
const server = setupServer(
  http.get('/api/mock/state', () => {
    stateReads++;
    return HttpResponse.json(STATE);
  }),
  http.get('/api/audit', () => HttpResponse.json(AUDIT)),
  http.all('/api/*', () => {
    writes++;
    return HttpResponse.json({}, { status: 500 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  stateReads = 0;
  writes = 0;
});

describe('what the cloud sees', () => {
  it('lists the sandbox’s CENs, grants, packages, connectivity and recent calls, without the armed faults', async () => {
    renderWithProviders(<CloudView />);
    expect(await screen.findByText(/cen-trainee0000000001 TraineeCen · A · Active/)).toBeInTheDocument();
    expect(
      screen.getByText(/vpc-beijing00000000001 \(cn-beijing\) → cen-trainee0000000001/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/cenbwp-pkg0000000001 MainlandBandwidthPackage · 8 Mbps · china↔china · Idle/),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Attached networks (0)' })).toBeInTheDocument();
    expect(screen.getByText('unreachable')).toBeInTheDocument();
    expect(await screen.findByText('Forbbiden.AttachChildInstanceAcrossUid')).toBeInTheDocument();
    expect(screen.getByText(/18:05:01 A Cbn.CreateCen/)).toBeInTheDocument();
    // Faults are what the trainee must discover; the panel must not give them away.
    expect(screen.queryByText(/secret-fault/)).not.toBeInTheDocument();
    expect(writes).toBe(0);
  });

  it('reads the cloud again when a tutorial step changes state, and on demand', async () => {
    renderWithProviders(<CloudView />);
    await screen.findByText(/TraineeCen/);
    const before = stateReads;
    act(() => setStepState(1, { status: 'finish' }));
    await waitFor(() => expect(stateReads).toBe(before + 1));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(stateReads).toBe(before + 2));
  });

  it('is in Chinese when the console is', async () => {
    renderWithProviders(<CloudView />, { locale: 'zh' });
    expect(await screen.findByRole('heading', { name: '云企业网实例 (1)' })).toBeInTheDocument();
    expect(screen.getByText('不可达')).toBeInTheDocument();
  });
});
