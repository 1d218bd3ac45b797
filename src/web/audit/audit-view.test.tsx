// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { AuditView } from './audit-view';

const ENTRIES = [
  {
    time: '2026-11-25T18:00:00.000Z',
    account: 'A',
    action: 'CreateCen',
    product: 'Cbn',
    write: true,
    params: { Name: 'DifferentAccountDifferentRegion', ClientToken: 't-1' },
    requestId: 'req-create-1',
    outcome: 'ok',
    httpStatus: 200,
    attempts: 1,
    durationMs: 312,
  },
  {
    time: '2026-11-25T18:01:00.000Z',
    account: 'B',
    action: 'GrantInstanceToCen',
    product: 'Vpc',
    regionId: 'cn-beijing',
    write: true,
    params: {},
    requestId: 'req-grant-1',
    outcome: 'error',
    code: 'Forbidden.NoPermission',
    httpStatus: 403,
    attempts: 1,
    durationMs: 95,
  },
  {
    time: '2026-11-25T18:02:00.000Z',
    account: 'A',
    action: 'DescribeCens',
    product: 'Cbn',
    write: false,
    params: {},
    requestId: 'req-read-1',
    outcome: 'ok',
    httpStatus: 200,
    attempts: 3,
    durationMs: 1204,
  },
];

const seen: string[] = [];
// The BFF filters (src/server/routes/audit.ts); the stub does the same so the test sees the query the view sends.
const server = setupServer(
  http.get('/api/audit', ({ request }) => {
    const url = new URL(request.url);
    seen.push(url.search);
    const account = url.searchParams.get('account');
    const outcome = url.searchParams.get('outcome');
    return HttpResponse.json({
      entries: ENTRIES.filter(
        (e) => (!account || e.account === account) && (!outcome || e.outcome === outcome),
      ),
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  seen.length = 0;
});

const rows = () => screen.getAllByTestId('audit-row');

describe('Audit log', () => {
  it('lists every call with time, account, action, region, RequestId, result and duration', async () => {
    renderWithProviders(<AuditView />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const headers = within(screen.getByTestId('audit-table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Time', 'Account', 'Action', 'Region', 'RequestId', 'Result', 'Duration']);
    const grant = rows()[1]!;
    expect(grant).toHaveTextContent('Account B');
    expect(grant).toHaveTextContent('Vpc.GrantInstanceToCen');
    expect(grant).toHaveTextContent('cn-beijing');
    expect(grant).toHaveTextContent('req-grant-1');
    expect(grant).toHaveTextContent('✕ Failed · Forbidden.NoPermission · HTTP 403');
    expect(grant).toHaveTextContent('95 ms');
    expect(rows()[0]).toHaveTextContent('central');
    expect(rows()[2]).toHaveTextContent('3 attempts');
  });

  it('filters by account and result on the server, and the download link carries the same filters', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditView />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.selectOptions(screen.getByLabelText('Result'), 'error');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveAttribute('data-outcome', 'error');
    expect(seen).toContain('?outcome=error');
    await user.selectOptions(screen.getByLabelText('Account'), 'A');
    expect(await screen.findByText('No call matches.')).toBeInTheDocument();
    expect(seen).toContain('?account=A&outcome=error');
    expect(screen.getByTestId('audit-download')).toHaveAttribute(
      'href',
      '/api/audit?account=A&outcome=error&format=jsonl',
    );
    await user.selectOptions(screen.getByLabelText('Result'), '');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('audit-download')).toHaveAttribute('href', '/api/audit?account=A&format=jsonl');
  });

  it('speaks Chinese', async () => {
    renderWithProviders(<AuditView />, { locale: 'zh' });
    expect(await screen.findByRole('heading', { name: '审计日志' })).toBeInTheDocument();
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()[1]).toHaveTextContent('失败');
  });

  it('names the Enterprise Edition calls in plain words, in English and in Chinese', async () => {
    const call = (action: string, product: string | undefined, i: number) => ({
      ...ENTRIES[0],
      time: `2026-11-25T19:0${String(i)}:00.000Z`,
      action,
      product,
      requestId: `req-ee-${String(i)}`,
    });
    server.use(
      http.get('/api/audit', () =>
        HttpResponse.json({
          entries: [
            call('OpenTransitRouterService', 'Cbn', 1),
            call('CreateTransitRouterPeerAttachment', 'Cbn', 2),
            call('EnableTransitRouterRouteTablePropagation', undefined, 3),
            // An action outside the catalogue (an older log) keeps its code alone.
            call('DescribeSomethingElse', 'Cbn', 4),
          ],
        }),
      ),
    );
    const names = () => screen.queryAllByTestId('audit-action-name').map((n) => n.textContent);
    const { unmount } = renderWithProviders(<AuditView />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(rows()[1]).toHaveTextContent('Cbn.CreateTransitRouterPeerAttachment');
    expect(names()).toEqual([
      'Turn on the transit-router service',
      'Connect two transit routers across regions',
      'Turn on route learning into a route table',
    ]);
    expect(within(rows()[3]!).queryByTestId('audit-action-name')).toBeNull();
    unmount();
    renderWithProviders(<AuditView />, { locale: 'zh' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(names()).toEqual([
      '开通转发路由器服务',
      '创建两个转发路由器间的跨地域连接',
      '开启到路由表的路由学习',
    ]);
  });
});
