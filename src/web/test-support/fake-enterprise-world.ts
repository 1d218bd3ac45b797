// Test support for the Enterprise-Edition step tests (never imported by the app): a small stateful stand-in for the
// BFF over the enterprise-edition demo world — A's VPC in cn-qingdao, B's in cn-beijing, Basic Edition refused for
// A and B, neither service open — answering the transit-router calls the steps send with the statuses of
// docs/reference/enterprise-edition.md §2 (each changing status settles on the next read of its list).
import { http, HttpResponse } from 'msw';
import { DEMO_ACCOUNTS } from './render';
import { emptyMockState } from './mock-bff';
import { UID_A, UID_B, VPC_A, VPC_B } from './fake-cen-world';

export const TR_CEN = 'cen-ent0000000000000001';
/** The ID of the transit router this world makes (or holds) in `regionId`. */
export const routerIdIn = <R extends string>(regionId: R) => `tr-${regionId}-0000000000` as const;

export interface EnterpriseWorld {
  basicRefused: string[];
  serviceOpen: Set<string>;
  cen?: { status: string; name: string };
  routers: { id: string; regionId: string; status: string }[];
  /** VPCs the CEN already attaches (ListTransitRouterVpcAttachments), for an adopted CEN. */
  attachedVpcs?: { vpcId: string; regionId: string; owner: 'A' | 'B' }[];
  writes: { action: string; account: string; params: Record<string, unknown> }[];
}

export function enterpriseWorld(): EnterpriseWorld {
  return { basicRefused: [UID_A, UID_B], serviceOpen: new Set(), routers: [], writes: [] };
}

/** Step 1 done: the CEN Active, both accounts' transit-router service open and an Active router in each region. */
export function routedEnterpriseWorld(): EnterpriseWorld {
  const w = enterpriseWorld();
  w.cen = { status: 'Active', name: 'EnterpriseJourney' };
  w.serviceOpen = new Set([UID_A, UID_B]);
  w.routers = ['cn-qingdao', 'cn-beijing'].map((regionId) => ({
    id: routerIdIn(regionId),
    regionId,
    status: 'Active',
  }));
  return w;
}

/** The progress step 1 saves on Enterprise Edition for this world: A's CEN, the two VPCs, the edition and why. */
export const enterpriseProgress = {
  cenId: TR_CEN,
  ownNetwork: { type: 'VPC', regionId: 'cn-qingdao', instanceId: VPC_A },
  network: { type: 'VPC', regionId: 'cn-beijing', instanceId: VPC_B },
  edition: { name: 'Enterprise', reason: 'basic-refused' },
} as const;

/** A PageNumber-paged list answer holding every item on one page. */
const numberedPage = (items: unknown[], list: Record<string, unknown>) =>
  HttpResponse.json({ RequestId: 'r', TotalCount: items.length, PageNumber: 1, PageSize: 50, ...list });

const uidOf = (account: string) => (account === 'B' ? UID_B : UID_A);
const settled = (s: string) => (s === 'Creating' ? 'Active' : s);

const vpcs: Record<string, { VpcId: string; VpcName: string; CidrBlock: string; account: string }> = {
  'cn-qingdao': { VpcId: VPC_A, VpcName: 'A-Qingdao-VPC', CidrBlock: '172.16.0.0/16', account: 'A' },
  'cn-beijing': { VpcId: VPC_B, VpcName: 'B-Beijing-VPC', CidrBlock: '192.168.0.0/16', account: 'B' },
};

export function enterpriseHandlers(w: EnterpriseWorld) {
  const refuse = (code: string) =>
    HttpResponse.json(
      { error: { code, message: code, httpStatus: 400, requestId: 'req-refused', source: 'cloud' } },
      { status: 400 },
    );
  return [
    http.get('/api/accounts', () => HttpResponse.json(DEMO_ACCOUNTS)),
    http.get('/api/mock/state', () =>
      HttpResponse.json(
        emptyMockState({ transit: { basicRefused: w.basicRefused, serviceOpen: [...w.serviceOpen] } }),
      ),
    ),
    http.post('/api/openapi/:action', async ({ params, request }) => {
      // The plan's calls name the product (Cbn.CreateCen), the direct ones do not.
      const action = String(params.action).replace(/^(Cbn|Vpc|Ecs)\./, '');
      const body = (await request.json()) as { account: string; params: Record<string, unknown> };
      const p = body.params;
      const uid = uidOf(body.account);
      switch (action) {
        case 'CheckTransitRouterService':
          return HttpResponse.json({ RequestId: 'r', Enabled: String(w.serviceOpen.has(uid)) });
        case 'DescribeCens': {
          if (w.cen) w.cen.status = settled(w.cen.status);
          const cens = w.cen ? [{ CenId: TR_CEN, Name: w.cen.name, Status: w.cen.status }] : [];
          return numberedPage(cens, { Cens: { Cen: cens } });
        }
        case 'DescribeVpcs': {
          const vpc = vpcs[String(p.RegionId)];
          const list =
            vpc && vpc.account === body.account
              ? [{ ...vpc, RegionId: String(p.RegionId), Status: 'Available' }]
              : [];
          return numberedPage(list, { Vpcs: { Vpc: list } });
        }
        case 'ListTransitRouters': {
          for (const r of w.routers) r.status = settled(r.status);
          const list = w.routers.map((r) => ({
            TransitRouterId: r.id,
            CenId: TR_CEN,
            RegionId: r.regionId,
            Status: r.status,
            Type: 'Enterprise',
            AliUid: Number(UID_A),
          }));
          return numberedPage(list, { TransitRouters: list });
        }
        case 'ListTransitRouterVpcAttachments': {
          const list = (w.attachedVpcs ?? []).map((a, i) => ({
            TransitRouterAttachmentId: `tr-attach-${String(i)}`,
            TransitRouterId: routerIdIn(a.regionId),
            CenId: TR_CEN,
            Status: 'Attached',
            VpcId: a.vpcId,
            VpcOwnerId: uidOf(a.owner),
            VpcRegionId: a.regionId,
            ZoneMappings: [],
          }));
          return HttpResponse.json({
            RequestId: 'r',
            TotalCount: list.length,
            TransitRouterAttachments: list,
          });
        }
      }
      w.writes.push({ action, account: body.account, params: p });
      switch (action) {
        case 'OpenTransitRouterService':
          if (w.serviceOpen.has(uid)) return refuse('ORDER.OPEND');
          w.serviceOpen.add(uid);
          return HttpResponse.json({ RequestId: 'r', OrderId: '123456789012345' });
        case 'CreateCen':
          w.cen = { status: 'Creating', name: String(p.Name) };
          return HttpResponse.json({ RequestId: 'r', CenId: TR_CEN });
        case 'CreateTransitRouter': {
          if (!w.serviceOpen.has(uid)) return refuse('Forbbiden.TransitRouterServiceNotOpen');
          const id = routerIdIn(String(p.RegionId));
          w.routers.push({ id, regionId: String(p.RegionId), status: 'Creating' });
          return HttpResponse.json({ RequestId: 'r', TransitRouterId: id });
        }
      }
      return refuse(`Unexpected.${action}`);
    }),
  ];
}
