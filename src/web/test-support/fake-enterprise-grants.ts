// Test support for the Enterprise-Edition step-2 tests (never imported by the app): B's grants of its VPC to transit
// routers (docs/reference/enterprise-edition.md §2 step 3) — GrantInstanceToTransitRouter,
// DescribeGrantRulesToResource and RevokeInstanceFromTransitRouter, synchronous as the reference says — composed
// before fake-enterprise-world.ts's handlers: any other action falls through to them.
import { http, HttpResponse } from 'msw';

export interface FakeGrant {
  cenId: string;
  cenOwnerId: string;
  vpcId: string;
  regionId: string;
  orderType: string;
}

export interface GrantWorld {
  grants: FakeGrant[];
  /** B's VPC and its region: the only instance these handlers know, as B's own. */
  vpc: { id: string; regionId: string };
  writes: { action: string; account: string; params: Record<string, unknown> }[];
}

const refuse = (code: string, httpStatus = 400) =>
  HttpResponse.json(
    { error: { code, message: code, httpStatus, requestId: 'req-refused', source: 'cloud' } },
    { status: httpStatus },
  );

export function grantHandlers(w: GrantWorld) {
  return [
    http.post('/api/openapi/:action', async ({ params, request }) => {
      const action = String(params.action).replace(/^(Cbn|Vpc)\./, '');
      if (
        ![
          'GrantInstanceToTransitRouter',
          'RevokeInstanceFromTransitRouter',
          'DescribeGrantRulesToResource',
        ].includes(action)
      )
        return undefined;
      const body = (await request.clone().json()) as { account: string; params: Record<string, unknown> };
      const p = body.params;
      const instance = String(p.InstanceId ?? p.ResourceId);
      // Only B's own VPC, in its region, is known to B (mocks/cloud/transit-router-grant-actions.ts does the same).
      if (body.account !== 'B' || instance !== w.vpc.id || p.RegionId !== w.vpc.regionId)
        return refuse('InvalidInstanceId.NotFound', 404);
      if (action === 'DescribeGrantRulesToResource')
        return HttpResponse.json({
          RequestId: 'r',
          TotalCount: w.grants.length,
          MaxResults: 100,
          GrantRules: w.grants.map((g) => ({
            CenId: g.cenId,
            CenOwnerId: Number(g.cenOwnerId),
            OrderType: g.orderType,
            EffectiveOrderType: g.orderType,
            CreateTime: '2026-12-07T20:00Z',
          })),
        });
      w.writes.push({ action, account: body.account, params: p });
      const same = (g: FakeGrant) => g.cenId === p.CenId && g.vpcId === instance;
      if (action === 'GrantInstanceToTransitRouter') {
        if (w.grants.some(same)) return refuse('InvalidOperation.GrantRuleExist');
        w.grants.push({
          cenId: String(p.CenId),
          cenOwnerId: String(p.CenOwnerId),
          vpcId: instance,
          regionId: w.vpc.regionId,
          orderType: typeof p.OrderType === 'string' ? p.OrderType : 'PayByCenOwner',
        });
        return HttpResponse.json({ RequestId: 'req-grant' });
      }
      const found = w.grants.find((g) => same(g) && g.cenOwnerId === String(p.CenOwnerId));
      if (!found) return refuse('OperationFailed.GrantCrossAccountNotExist');
      w.grants = w.grants.filter((g) => g !== found);
      return HttpResponse.json({ RequestId: 'req-revoke' });
    }),
  ];
}

/** B's VPC with no grant yet. */
export function grantWorld(vpc: { id: string; regionId: string }): GrantWorld {
  return { grants: [], vpc, writes: [] };
}
