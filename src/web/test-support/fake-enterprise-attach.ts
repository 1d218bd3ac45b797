// Test support for step 3 on Enterprise Edition (never imported by the app): the calls step 3 sends, answered over
// the fake enterprise world (fake-enterprise-world.ts), composed before its handlers — the VPCs' vSwitches with free
// IPs (Vpc DescribeVSwitches by the owner, ListGrantVSwitchesToCen by A), the routers' zones, the VPC attachments,
// the System route tables and their associations and propagations (docs/reference/enterprise-edition.md §2 steps
// 4–6). Statuses change only when the test says so (settle*), never by the count of reads: a loaded machine's polls
// would otherwise race the render.
import { http, HttpResponse } from 'msw';
import { mockBffWorld } from './mock-bff';
import { UID_B, VPC_A, VPC_B } from './fake-cen-world';
import {
  enterpriseHandlers,
  routedEnterpriseWorld,
  TR_CEN,
  type EnterpriseWorld,
} from './fake-enterprise-world';

export interface FakeVSwitch {
  id: string;
  vpcId: string;
  zoneId: string;
  cidr: string;
  name: string;
  free: number;
}

export interface AttachWorld {
  vSwitches: FakeVSwitch[];
  /** AvailableZones per region. */
  zones: Record<string, string[]>;
  /** Whether B granted its VPC to TR_CEN for routers (ListGrantVSwitchesToCen and the attach check it). */
  granted: boolean;
  attachments: {
    id: string;
    vpcId: string;
    regionId: string;
    routerId: string;
    ownerUid: string | undefined;
    token: string | undefined;
    status: string;
  }[];
  associations: { attachmentId: string; tableId: string; status: string }[];
  propagations: { attachmentId: string; tableId: string; status: string }[];
  /** Answer the next CreateTransitRouterVpcAttachment with a lost answer, and hide its attachment until listed. */
  loseNextAttachAnswer: boolean;
  hidden: Set<string>;
}

export const tableOf = (routerId: string) => `vtb-${routerId}`;

/** A's VPC in one zone of cn-qingdao; B's VPC in two zones of cn-beijing, one of whose vSwitches is full. */
export function attachWorld(): AttachWorld {
  return {
    vSwitches: [
      {
        id: 'vsw-aqingdao1',
        vpcId: VPC_A,
        zoneId: 'cn-qingdao-b',
        cidr: '172.16.1.0/24',
        name: 'A-Qingdao-vsw-1',
        free: 251,
      },
      {
        id: 'vsw-bbeijing1',
        vpcId: VPC_B,
        zoneId: 'cn-beijing-b',
        cidr: '192.168.1.0/24',
        name: 'B-Beijing-vsw-1',
        free: 251,
      },
      {
        id: 'vsw-bbeijing2',
        vpcId: VPC_B,
        zoneId: 'cn-beijing-c',
        cidr: '192.168.2.0/28',
        name: 'B-Beijing-vsw-2',
        free: 0,
      },
      {
        id: 'vsw-bbeijing3',
        vpcId: VPC_B,
        zoneId: 'cn-beijing-c',
        cidr: '192.168.3.0/24',
        name: 'B-Beijing-vsw-3',
        free: 120,
      },
    ],
    zones: { 'cn-qingdao': ['cn-qingdao-b'], 'cn-beijing': ['cn-beijing-b', 'cn-beijing-c'] },
    granted: true,
    attachments: [],
    associations: [],
    propagations: [],
    loseNextAttachAnswer: false,
    hidden: new Set(),
  };
}

/** Every Attaching attachment, Associating association and Enabling propagation becomes Attached/Active. */
export function settleAttachments(w: AttachWorld): void {
  for (const a of w.attachments) if (a.status === 'Attaching') a.status = 'Attached';
}
export function settleLinks(w: AttachWorld): void {
  for (const l of [...w.associations, ...w.propagations]) l.status = 'Active';
}

const regionOfVpc = (vpcId: string) => (vpcId === VPC_A ? 'cn-qingdao' : 'cn-beijing');

export function attachHandlers(ew: EnterpriseWorld, w: AttachWorld) {
  const refuse = (code: string, status = 400) =>
    HttpResponse.json(
      { error: { code, message: code, httpStatus: status, requestId: 'req-refused', source: 'cloud' } },
      { status },
    );
  const page = (items: unknown[], list: Record<string, unknown>) =>
    HttpResponse.json({ RequestId: 'r', TotalCount: items.length, PageNumber: 1, PageSize: 50, ...list });
  const links = (list: AttachWorld['associations'], tableId: unknown) =>
    list
      .filter((l) => l.tableId === tableId)
      .map((l) => ({
        TransitRouterAttachmentId: l.attachmentId,
        TransitRouterRouteTableId: l.tableId,
        ResourceType: 'VPC',
        Status: l.status,
      }));
  return [
    http.post('/api/openapi/:action', async ({ params, request }) => {
      const action = String(params.action).replace(/^(Cbn|Vpc|Ecs)\./, '');
      const body = (await request.clone().json()) as { account: string; params: Record<string, unknown> };
      const p = body.params;
      switch (action) {
        case 'DescribeVSwitches': {
          const mine = (body.account === 'A') === (p.VpcId === VPC_A);
          const list = w.vSwitches
            .filter((s) => mine && s.vpcId === p.VpcId)
            .map((s) => ({
              VSwitchId: s.id,
              VSwitchName: s.name,
              VpcId: s.vpcId,
              ZoneId: s.zoneId,
              CidrBlock: s.cidr,
              Status: 'Available',
              AvailableIpAddressCount: s.free,
            }));
          return page(list, { VSwitches: { VSwitch: list } });
        }
        case 'ListGrantVSwitchesToCen': {
          if (p.VpcId === VPC_B && !w.granted) return refuse('IllegalParam.VpcId');
          const list = w.vSwitches
            .filter((s) => s.vpcId === p.VpcId)
            .map((s) => ({ VSwitchId: s.id, VSwitchName: s.name, VpcId: s.vpcId, ZoneId: s.zoneId }));
          return page(list, { VSwitches: list });
        }
        case 'ListTransitRouterAvailableResource':
          return HttpResponse.json({ RequestId: 'r', AvailableZones: w.zones[String(p.RegionId)] ?? [] });
        case 'ListTransitRouterVpcAttachments': {
          const list = w.attachments
            .filter((a) => !w.hidden.has(a.id))
            .map((a) => ({
              TransitRouterAttachmentId: a.id,
              TransitRouterId: a.routerId,
              CenId: TR_CEN,
              Status: a.status,
              VpcId: a.vpcId,
              VpcOwnerId: a.ownerUid ?? '1262302482727553',
              VpcRegionId: a.regionId,
              ZoneMappings: [],
            }));
          return HttpResponse.json({
            RequestId: 'r',
            TotalCount: list.length,
            MaxResults: 100,
            TransitRouterAttachments: list,
          });
        }
        case 'ListTransitRouterRouteTables':
          return HttpResponse.json({
            RequestId: 'r',
            TotalCount: 1,
            TransitRouterRouteTables: [
              {
                TransitRouterRouteTableId: tableOf(String(p.TransitRouterId)),
                TransitRouterRouteTableType: 'System',
                TransitRouterRouteTableStatus: 'Active',
              },
            ],
          });
        case 'ListTransitRouterRouteTableAssociations': {
          const list = links(w.associations, p.TransitRouterRouteTableId);
          return HttpResponse.json({
            RequestId: 'r',
            TotalCount: list.length,
            TransitRouterAssociations: list,
          });
        }
        case 'ListTransitRouterRouteTablePropagations': {
          const list = links(w.propagations, p.TransitRouterRouteTableId);
          return HttpResponse.json({
            RequestId: 'r',
            TotalCount: list.length,
            TransitRouterPropagations: list,
          });
        }
        case 'CreateVSwitch': {
          // Only the VPC's owner may add a vSwitch to it; listed Available at once (the fake settles nothing).
          ew.writes.push({ action, account: body.account, params: p });
          if ((body.account === 'A') !== (p.VpcId === VPC_A)) return refuse('Forbidden');
          if (!p.ClientToken) return refuse('MissingClientToken');
          const id = `vsw-new${String(w.vSwitches.length)}`;
          w.vSwitches.push({
            id,
            vpcId: String(p.VpcId),
            zoneId: String(p.ZoneId),
            cidr: String(p.CidrBlock),
            name: id,
            free: 252,
          });
          return HttpResponse.json({ RequestId: 'r', VSwitchId: id });
        }
        case 'CreateTransitRouterVpcAttachment': {
          ew.writes.push({ action, account: body.account, params: p });
          const again = w.attachments.find((a) => a.token !== undefined && a.token === p.ClientToken);
          if (again) {
            w.hidden.delete(again.id);
            return HttpResponse.json({ RequestId: 'r', TransitRouterAttachmentId: again.id });
          }
          const vpcId = String(p.VpcId);
          if (vpcId === VPC_B) {
            if (p.VpcOwnerId !== UID_B) return refuse('IllegalParam.VpcId');
            if (!ew.serviceOpen.has(UID_B))
              return refuse('Forbidden.ResourceOwnerTransitRouterServiceNotOpen');
            if (!w.granted) return refuse('Forbbiden.AttachChildInstanceAcrossUid', 409);
          }
          const mappings = (p.ZoneMappings ?? []) as { ZoneId: string; VSwitchId: string }[];
          for (const m of mappings) {
            const vsw = w.vSwitches.find((s) => s.id === m.VSwitchId && s.vpcId === vpcId);
            if (!vsw) return refuse('InvalidVSwitchId.NotFound', 404);
            if (vsw.free === 0) return refuse('InsufficientIpAddr.vsw');
          }
          const id = `tr-attach-${vpcId.slice(4, 14)}`;
          w.attachments.push({
            id,
            vpcId,
            regionId: regionOfVpc(vpcId),
            routerId: String(p.TransitRouterId),
            ownerUid: p.VpcOwnerId as string | undefined,
            token: p.ClientToken as string | undefined,
            status: 'Attaching',
          });
          if (w.loseNextAttachAnswer) {
            w.loseNextAttachAnswer = false;
            w.hidden.add(id);
            return HttpResponse.json(
              {
                error: {
                  code: 'RequestTimeout',
                  message: 'No answer in time.',
                  httpStatus: 504,
                  source: 'network',
                },
              },
              { status: 504 },
            );
          }
          return HttpResponse.json({ RequestId: 'r', TransitRouterAttachmentId: id });
        }
        case 'AssociateTransitRouterAttachmentWithRouteTable':
        case 'EnableTransitRouterRouteTablePropagation': {
          ew.writes.push({ action, account: body.account, params: p });
          const list = action.startsWith('Associate') ? w.associations : w.propagations;
          list.push({
            attachmentId: String(p.TransitRouterAttachmentId),
            tableId: String(p.TransitRouterRouteTableId),
            status: action.startsWith('Associate') ? 'Associating' : 'Enabling',
          });
          return HttpResponse.json({ RequestId: 'r' });
        }
      }
      // Anything else: the enterprise world's handlers.
      return undefined;
    }),
  ];
}

/** Step 3's whole fake world: step 1 done (routedEnterpriseWorld) plus what step 3 reads and makes. */
export interface Step3World {
  world: EnterpriseWorld;
  att: AttachWorld;
}

export const step3World = (): Step3World => ({ world: routedEnterpriseWorld(), att: attachWorld() });

/** Step 3's calls answered first, the rest by the enterprise world (for mockBffWorld). */
export const step3Handlers = ({ world, att }: Step3World) => [
  ...attachHandlers(world, att),
  ...enterpriseHandlers(world),
];

/**
 * mockBffWorld over step3World, changed by `adjust` if given, made afresh before each test: `world()` and `att()`
 * are the current test's, to change or inspect.
 */
export function mockStep3World(adjust: (w: Step3World) => void = () => {}) {
  const fake = mockBffWorld(() => {
    const w = step3World();
    adjust(w);
    return w;
  }, step3Handlers);
  return { server: fake.server, world: () => fake.world().world, att: () => fake.world().att };
}
