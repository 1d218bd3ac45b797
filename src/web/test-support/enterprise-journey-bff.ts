// Test support (never imported by the app): a stateful stand-in for the BFF over the Enterprise-Edition journey of
// enterprise-journey.ts. It answers every read the plan, the topology, the reload check and the teardown send
// (state/enterprise-snapshot.ts) from the world's sources, and the teardown's writes by removing what they delete —
// at once, so each wait of the teardown's runner settles on its first poll. Any other call is refused, so a test sees
// an unexpected write.
import { http, HttpResponse } from 'msw';
import type { EnterpriseSources } from '../state/enterprise-snapshot';
import { journeySources, type JourneyStage } from './enterprise-journey';
import { UID_B } from './fake-cen-world';
import { emptyMockState } from './mock-bff';
import { DEMO_ACCOUNTS } from './render';

export interface JourneyWorld {
  sources: EnterpriseSources;
  worldId: string;
  writes: { action: string; account: string; params: Record<string, unknown> }[];
  /** Every action read or written, in order. */
  calls: string[];
}

export function journeyWorld(stage: JourneyStage, status?: string): JourneyWorld {
  return { sources: journeySources(stage, status), worldId: 'world-journey', writes: [], calls: [] };
}

const tokenPage = (list: Record<string, unknown[]>) =>
  HttpResponse.json({ RequestId: 'r', TotalCount: Object.values(list)[0]!.length, ...list });
const numberedPage = (count: number, list: Record<string, unknown>) =>
  HttpResponse.json({ RequestId: 'r', TotalCount: count, PageNumber: 1, PageSize: 50, ...list });
const ok = () => HttpResponse.json({ RequestId: 'r' });

export function journeyHandlers(w: JourneyWorld) {
  const s = () => w.sources;
  const refuse = (code: string) =>
    HttpResponse.json(
      { error: { code, message: code, httpStatus: 400, requestId: 'req-refused', source: 'cloud' } },
      { status: 400 },
    );
  const dropLinks = (attachment: string, table: string, kind: 'associations' | 'propagations') => {
    const links = s().tableLinks[table];
    if (links) links[kind] = links[kind].filter((l) => l.TransitRouterAttachmentId !== attachment);
  };
  return [
    http.get('/api/accounts', () => HttpResponse.json(DEMO_ACCOUNTS)),
    http.get('/api/mock/state', () => HttpResponse.json(emptyMockState())),
    http.get('/api/mock/world', () => HttpResponse.json({ worldId: w.worldId })),
    http.post('/api/openapi/:action', async ({ params, request }) => {
      const action = String(params.action).replace(/^(Cbn|Vpc|Ecs)\./, '');
      const body = (await request.json()) as { account: string; params: Record<string, unknown> };
      const p = body.params;
      w.calls.push(action);
      const src = s();
      switch (action) {
        case 'CheckTransitRouterService':
          return HttpResponse.json({
            RequestId: 'r',
            Enabled: String(src.service[body.account as 'A'] ?? false),
          });
        case 'DescribeCens': {
          const cens = src.cen ? [src.cen] : [];
          return numberedPage(cens.length, { Cens: { Cen: cens } });
        }
        case 'DescribeVpcs': {
          const vpc = Object.entries(src.vpcs).find(
            ([owner, v]) => owner === body.account && v?.regionId === p.RegionId,
          )?.[1];
          const list = vpc
            ? [
                {
                  VpcId: vpc.id,
                  VpcName: vpc.id,
                  RegionId: vpc.regionId,
                  CidrBlock: vpc.cidr,
                  Status: 'Available',
                },
              ]
            : [];
          return numberedPage(list.length, { Vpcs: { Vpc: list } });
        }
        case 'DescribeCenBandwidthPackages':
          return numberedPage(0, { CenBandwidthPackages: { CenBandwidthPackage: [] } });
        case 'ListTransitRouters':
          return numberedPage(src.routers?.length ?? 0, { TransitRouters: src.routers ?? [] });
        case 'ListTransitRouterVpcAttachments':
          return tokenPage({ TransitRouterAttachments: src.vpcAttachments ?? [] });
        case 'ListTransitRouterPeerAttachments':
          return tokenPage({ TransitRouterAttachments: src.peerAttachments ?? [] });
        case 'ListTransitRouterRouteTables': {
          const table = src.systemTables[String(p.TransitRouterId)];
          const list = table
            ? [
                {
                  TransitRouterRouteTableId: table,
                  TransitRouterRouteTableType: 'System',
                  TransitRouterRouteTableStatus: 'Active',
                },
              ]
            : [];
          return tokenPage({ TransitRouterRouteTables: list });
        }
        case 'ListTransitRouterRouteTableAssociations':
          return tokenPage({
            TransitRouterAssociations:
              src.tableLinks[String(p.TransitRouterRouteTableId)]?.associations ?? [],
          });
        case 'ListTransitRouterRouteTablePropagations':
          return tokenPage({
            TransitRouterPropagations:
              src.tableLinks[String(p.TransitRouterRouteTableId)]?.propagations ?? [],
          });
        case 'DescribeGrantRulesToResource':
          return tokenPage({ GrantRules: body.account === 'B' ? (src.grants ?? []) : [] });
        case 'DescribeRouteTableList': {
          const routes = src.vpcRoutes[body.account as 'A'];
          const list = routes?.tableId
            ? [
                {
                  RouteTableId: routes.tableId,
                  RouteTableType: 'System',
                  VpcId: typeof p.VpcId === 'string' ? p.VpcId : '',
                },
              ]
            : [];
          return numberedPage(list.length, { RouterTableList: { RouterTableListType: list } });
        }
        case 'DescribeRouteEntryList': {
          const routes = Object.values(src.vpcRoutes).find((r) => r?.tableId === p.RouteTableId);
          return HttpResponse.json({ RequestId: 'r', RouteEntrys: { RouteEntry: routes?.entries ?? [] } });
        }
      }
      w.writes.push({ action, account: body.account, params: p });
      switch (action) {
        case 'DeleteRouteEntry':
          for (const r of Object.values(src.vpcRoutes))
            if (r) r.entries = r.entries.filter((e) => e.RouteEntryId !== p.RouteEntryId);
          return ok();
        case 'DissociateTransitRouterAttachmentFromRouteTable':
          dropLinks(String(p.TransitRouterAttachmentId), String(p.TransitRouterRouteTableId), 'associations');
          return ok();
        case 'DisableTransitRouterRouteTablePropagation':
          dropLinks(String(p.TransitRouterAttachmentId), String(p.TransitRouterRouteTableId), 'propagations');
          return ok();
        case 'DeleteTransitRouterVpcAttachment':
          src.vpcAttachments = src.vpcAttachments?.filter(
            (a) => a.TransitRouterAttachmentId !== p.TransitRouterAttachmentId,
          );
          return ok();
        case 'DeleteTransitRouterPeerAttachment':
          src.peerAttachments = src.peerAttachments?.filter(
            (a) => a.TransitRouterAttachmentId !== p.TransitRouterAttachmentId,
          );
          return ok();
        case 'DeleteTransitRouter':
          src.routers = src.routers?.filter((r) => r.TransitRouterId !== p.TransitRouterId);
          return ok();
        case 'RevokeInstanceFromTransitRouter':
          if (body.account !== 'B' || src.uidB !== UID_B) return refuse('Forbidden');
          src.grants = src.grants?.filter((g) => g.CenId !== p.CenId);
          return ok();
        case 'DeleteCen':
          src.cen = null;
          return ok();
      }
      return refuse(`Unexpected.${action}`);
    }),
  ];
}
