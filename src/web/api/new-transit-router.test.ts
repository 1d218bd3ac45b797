// @vitest-environment jsdom
// A router this console just made (rememberNewRouter, api/transit-routers.ts): its System table's links start as empty
// lists once the table is read, instead of a first read of both lists — but only for a router made here, only while no
// attachment on it is known, and only once. A CEN just made starts with no routers or attachments (new-cen.ts).
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { mockBff } from '../test-support/mock-bff';
import { rememberNewTransitCen } from './new-cen';
import { rememberNewRouter, transitQueries } from './transit-routers';

const ROUTER = 'tr-a0000000000000001';
const TABLE = 'vtb-tr00000000000001';
const CEN = 'cen-7qthudw0ll6jmc1234';
const calls: string[] = [];
const server = mockBff();
const links = transitQueries.tableLinks(TABLE).queryKey;

beforeEach(() => {
  calls.length = 0;
  server.use(
    http.post('/api/openapi/:action', ({ params }) => {
      calls.push(String(params.action));
      return HttpResponse.json({
        RequestId: 'r-1',
        TotalCount: 1,
        TransitRouterRouteTables: [
          {
            TransitRouterRouteTableId: TABLE,
            TransitRouterRouteTableType: 'System',
            TransitRouterRouteTableStatus: 'Active',
          },
        ],
      });
    }),
  );
});

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });

describe('a transit router made by this console', () => {
  it('has its System table links empty in the cache once the table is read, once', async () => {
    const c = client();
    rememberNewRouter(c, ROUTER);
    expect(await c.fetchQuery(transitQueries.systemTable(ROUTER))).toBe(TABLE);
    expect(c.getQueryData(links)).toEqual({ associations: [], propagations: [] });
    expect(calls).toEqual(['ListTransitRouterRouteTables']);
    // A later read of the table (another client's cache entry gone) does not seed again.
    c.removeQueries({ queryKey: links });
    await c.fetchQuery({ ...transitQueries.systemTable(ROUTER), staleTime: 0 });
    expect(c.getQueryData(links)).toBeUndefined();
  });

  it('leaves the links to the cloud for a router not made here, or with an attachment known', async () => {
    const c = client();
    await c.fetchQuery(transitQueries.systemTable(ROUTER));
    expect(c.getQueryData(links)).toBeUndefined();
    const d = client();
    rememberNewRouter(d, ROUTER);
    d.setQueryData(transitQueries.vpcAttachments(CEN).queryKey, [
      {
        TransitRouterId: ROUTER,
        TransitRouterAttachmentId: 'tr-attach-1',
        VpcId: 'vpc-1',
        Status: 'Attaching',
      },
    ] as never);
    await d.fetchQuery(transitQueries.systemTable(ROUTER));
    expect(d.getQueryData(links)).toBeUndefined();
  });

  it('a CEN just made lists no routers, VPC attachments or peer attachments, fresh', () => {
    const c = client();
    rememberNewTransitCen(c, CEN);
    for (const q of [
      transitQueries.routers(CEN),
      transitQueries.vpcAttachments(CEN),
      transitQueries.peerAttachments(CEN),
    ]) {
      expect(c.getQueryData(q.queryKey)).toEqual([]);
      expect(c.getQueryState(q.queryKey)?.isInvalidated).toBe(false);
    }
  });
});
