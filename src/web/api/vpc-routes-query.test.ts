// @vitest-environment jsdom
// transitQueries.vpcRoutes (api/transit-routers.ts) against a stand-in BFF: the VPC's System route table is read
// once, and every later read of the routes (a poll while a route is Pending) reads only the entries.
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { mockBff } from '../test-support/mock-bff';
import { transitQueries } from './transit-routers';

const VPC = 'vpc-a0000000000000001';
const TABLE = 'vtb-a0000000000000001';
const calls: string[] = [];
const server = mockBff();

beforeEach(() => {
  calls.length = 0;
  server.use(
    http.post('/api/openapi/:action', ({ params }) => {
      const action = String(params.action);
      calls.push(action);
      if (action === 'DescribeRouteTableList')
        return HttpResponse.json({
          RequestId: 'r-1',
          TotalCount: 1,
          PageNumber: 1,
          PageSize: 10,
          RouterTableList: {
            RouterTableListType: [{ RouteTableId: TABLE, RouteTableType: 'System', VpcId: VPC }],
          },
        });
      return HttpResponse.json({
        RequestId: 'r-2',
        RouteEntrys: {
          RouteEntry: [
            {
              RouteTableId: TABLE,
              DestinationCidrBlock: '192.168.0.0/16',
              Status: 'Pending',
              Type: 'Custom',
              NextHops: { NextHop: [{ NextHopType: 'Attachment', NextHopId: 'tr-attach-a000000001' }] },
            },
          ],
        },
      });
    }),
  );
});

describe('transitQueries.vpcRoutes', () => {
  it('reads the System route table once, then only its entries', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const query = transitQueries.vpcRoutes('A', 'cn-qingdao', VPC);
    const first = await client.fetchQuery({ ...query, staleTime: 0 });
    expect(first.tableId).toBe(TABLE);
    await client.fetchQuery({ ...query, staleTime: 0 });
    expect(calls).toEqual(['DescribeRouteTableList', 'DescribeRouteEntryList', 'DescribeRouteEntryList']);
  });
});
