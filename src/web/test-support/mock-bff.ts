// Shared by the web's component tests that stand in for the BFF with MSW (never imported by the app): one server per
// test file, listening for the whole file, failing the test on any request nobody stubbed, and dropping what a test
// added with server.use() once it ends.
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { DEMO_ACCOUNTS } from './render';

/** What the console POSTs to /api/openapi/:action (src/web/api/bff-json.ts). */
export interface BffBody {
  account: string;
  regionId?: string;
  params: Record<string, unknown>;
}

export function mockBff(...handlers: Parameters<typeof setupServer>): SetupServer {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/**
 * mockBff answering from a fake world that starts afresh before each test (`make`, served by `handlers`): `world()`
 * is the current test's world, to change or inspect; `useWorld(w)` answers from another one from then on.
 */
export function mockBffWorld<W>(make: () => W, handlers: (w: W) => Parameters<SetupServer['use']>) {
  const server = mockBff();
  let current = make();
  const useWorld = (w: W) => {
    current = w;
    server.use(...handlers(w));
  };
  beforeEach(() => useWorld(make()));
  return { server, world: () => current, useWorld };
}

/** GET /api/accounts answering the demo's two accounts. */
export const demoAccountsHandler = http.get('/api/accounts', () => HttpResponse.json(DEMO_ACCOUNTS));

/**
 * The reads step 1 sends to choose the CEN's edition (api/edition.ts), answering that Account A may still use Basic
 * Edition: the tutorial's path, for the tests of the Basic steps and the shell.
 */
export const noTransitRoutersHandler = http.post('/api/openapi/ListTransitRouters', () =>
  HttpResponse.json({ RequestId: 'r', TotalCount: 0, PageNumber: 1, PageSize: 50, TransitRouters: [] }),
);
/** GET /api/mock/state of a world with nothing in it (domain/mock-state-answer.ts), plus `extra`. */
export const emptyMockState = (extra: Record<string, unknown> = {}) => ({
  cens: [],
  grants: [],
  attachments: [],
  bandwidthPackages: [],
  interRegionLimits: [],
  ...extra,
});
export const basicEditionHandlers = [
  http.get('/api/mock/state', () => HttpResponse.json(emptyMockState())),
  noTransitRoutersHandler,
];

/** One page of a Describe* list, the way the cloud wraps it (docs/reference/cen-api.md §1.3, §7). */
export const describePage = (outer: string, inner: string, items: unknown[]) => ({
  RequestId: 'r',
  TotalCount: items.length,
  PageNumber: 1,
  PageSize: 50,
  [outer]: { [inner]: items },
});

/** Nothing bought yet: no bandwidth plan and no region-pair limit (the reads step 4 and 5 reconcile from). */
export const noPackageHandlers = [
  http.post('/api/openapi/DescribeCenBandwidthPackages', () =>
    HttpResponse.json(describePage('CenBandwidthPackages', 'CenBandwidthPackage', [])),
  ),
  http.post('/api/openapi/DescribeCenInterRegionBandwidthLimits', () =>
    HttpResponse.json(describePage('CenInterRegionBandwidthLimits', 'CenInterRegionBandwidthLimit', [])),
  ),
];

/** One attached VPC of `cenId`, as DescribeCenAttachedChildInstances lists it. */
export const attachedVpc = (
  cenId: string,
  ChildInstanceId: string,
  ChildInstanceRegionId: string,
  ChildInstanceOwnerId: string,
) => ({
  CenId: cenId,
  ChildInstanceId,
  ChildInstanceType: 'VPC',
  ChildInstanceRegionId,
  ChildInstanceOwnerId,
  Status: 'Attached',
});

/** Steps 3–5 done: A's VPC in Qingdao and B's in Beijing are both attached to `cenId`. */
export const bothVpcsAttachedHandler = (cenId: string) =>
  http.post('/api/openapi/DescribeCenAttachedChildInstances', () =>
    HttpResponse.json(
      describePage('ChildInstances', 'ChildInstance', [
        attachedVpc(cenId, 'vpc-aqingdao1', 'cn-qingdao', '1262302482727553'),
        attachedVpc(cenId, 'vpc-bbeijing1', 'cn-beijing', '9263584710374521'),
      ]),
    ),
  );

/** The BFF's answer when the cloud refuses `action`: the error as api/bff-json.ts reads it, source 'cloud'. */
export const cloudRefusal = (
  action: string,
  error: { code: string; message: string; requestId: string; httpStatus: number },
) =>
  http.post(`/api/openapi/${action}`, () =>
    HttpResponse.json({ error: { ...error, source: 'cloud' } }, { status: error.httpStatus }),
  );
