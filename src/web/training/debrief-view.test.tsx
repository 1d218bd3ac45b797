// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { vi } from 'vitest';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { DebriefView } from './debrief-view';
import { DEBRIEF, SCENARIOS } from '../test-support/training-fixtures';

const server = setupServer(
  http.get('/api/training/debrief', () => HttpResponse.json(DEBRIEF)),
  http.get('/api/mock/scenarios', () => HttpResponse.json(SCENARIOS)),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => resetBrowserState());

describe('the debrief', () => {
  it('shows time, errors with codes, hints used and what a real cloud would have charged', async () => {
    renderWithProviders(<DebriefView />);
    expect(
      await screen.findByRole('heading', { name: 'Debrief: Account B forgot to authorize' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('debrief-outcome')).toHaveTextContent('Success');
    expect(screen.getByTestId('debrief-time')).toHaveTextContent('12 min 5 s');
    expect(screen.getByTestId('debrief-hints')).toHaveTextContent('2');
    const errors = screen.getByTestId('debrief-errors');
    const row = within(errors)
      .getByText('Forbbiden.AttachChildInstanceAcrossUid')
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('Cbn.AttachCenChildInstance')).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();
    const charged = screen.getByTestId('debrief-charged');
    expect(within(charged).getByText('Cbn.CreateCenBandwidthPackage')).toBeInTheDocument();
    expect(charged).toHaveTextContent(/bandwidthMbps=8 chargeType=PREPAY/);
    expect(charged).toHaveTextContent(
      '1 retries returned this same purchase (same ClientToken): charged once.',
    );
    expect(screen.getByText('Li Lei')).toBeInTheDocument();
  });

  it('after a reset: this attempt’s figures, the earlier attempt and what all attempts cost together', async () => {
    server.use(
      http.get('/api/training/debrief', () =>
        HttpResponse.json({
          ...DEBRIEF,
          attempt: 2,
          resets: 1,
          errors: [],
          charged: [],
          hintsUsed: 1,
          attempts: [
            {
              attempt: 1,
              scenario: 'forgot-to-authorize',
              startedAt: '2026-11-25T17:50:00.000Z',
              endedAt: '2026-11-25T18:00:00.000Z',
              completedAt: null,
              durationMs: 600_000,
              success: false,
              calls: 9,
              errors: DEBRIEF.errors,
              hintsUsed: 2,
              hints: DEBRIEF.hints,
              charged: DEBRIEF.charged,
            },
          ],
          totals: { durationMs: 1_325_000, calls: 51, errors: 2, hintsUsed: 3, charged: 1 },
        }),
      ),
    );
    renderWithProviders(<DebriefView />);
    expect(await screen.findByTestId('debrief-attempt')).toHaveTextContent(
      '2 (1 resets to the scenario start; the figures above are this attempt’s)',
    );
    expect(screen.getByTestId('debrief-hints')).toHaveTextContent('1');
    expect(screen.getByText('No errors.')).toBeInTheDocument();
    const earlier = screen.getByTestId('debrief-attempts');
    const row = within(earlier)
      .getByText('Forbbiden.AttachChildInstanceAcrossUid')
      .closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('10 min 0 s');
    expect(row).toHaveTextContent('Reset before success');
    expect(row).toHaveTextContent('Cbn.CreateCenBandwidthPackage');
    expect(screen.getByTestId('debrief-totals')).toHaveTextContent(
      'All attempts together: 51 calls, 2 errors, 3 hints, 1 purchases a real cloud would have charged.',
    );
  });

  it('exports the BFF’s JSON and prints the clean page', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithProviders(<DebriefView />);
    const user = userEvent.setup();
    const download = await screen.findByRole('link', { name: 'Download JSON' });
    expect(download).toHaveAttribute('href', '/api/training/debrief?download=1');
    expect(download).toHaveAttribute('download');
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('says when nothing was charged and no error was met, in Chinese', async () => {
    server.use(
      http.get('/api/training/debrief', () =>
        HttpResponse.json({
          ...DEBRIEF,
          errors: [],
          charged: [],
          success: false,
          completedAt: null,
          durationMs: 65_000,
        }),
      ),
    );
    renderWithProviders(<DebriefView />, { locale: 'zh' });
    expect(await screen.findByText('没有错误。')).toBeInTheDocument();
    expect(screen.getByText('没有会在真实云上计费的操作。')).toBeInTheDocument();
    expect(screen.getByTestId('debrief-outcome')).toHaveTextContent('尚未完成');
    expect(screen.getByTestId('debrief-time')).toHaveTextContent('1 分 5 秒');
  });
});
