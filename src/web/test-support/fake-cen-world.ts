// Test support for the plan, topology, teardown and export component tests (never imported by the app): a small
// stateful stand-in for the BFF's /api/openapi/:action over the demo world — A's VPC in cn-qingdao, B's in
// cn-beijing, a CEN, a prepaid package, one region connection — answering the Describe* lists the console reads and
// the teardown's writes with the transitional statuses of docs/reference/cen-api.md §3 (each settles on the next read
// of its list).
import { http, HttpResponse } from 'msw';
import { DEMO_ACCOUNTS } from './render';

export const UID_A = '1262302482727553';
export const UID_B = '9263584710374521';
export const CEN = 'cen-7qthudw0ll6jmc8y1z';
export const PKG = 'cenbwp-4c2zaavbvh5fx8k2qm';
export const VPC_A = 'vpc-m5eqn7ag2f1qzb1ocgk8d';
export const VPC_B = 'vpc-2zeh3nv8q0lc7m9f4x1ab';

export interface World {
  cen?: { status: string; name: string };
  grant: boolean;
  children: Map<string, { region: string; owner: string; status: string }>;
  pkg?: { status: string; cenIds: string[]; chargeType: string };
  limit?: { bandwidth: number; status: string };
  writes: { action: string; account: string; params: Record<string, unknown> }[];
}

/** Every step of the tutorial done and settled (mock scenario "after-step-5"). */
export function worldAfterStep5(): World {
  return {
    cen: { status: 'Active', name: 'DifferentAccountDifferentRegion' },
    grant: true,
    children: new Map([
      [VPC_A, { region: 'cn-qingdao', owner: UID_A, status: 'Attached' }],
      [VPC_B, { region: 'cn-beijing', owner: UID_B, status: 'Attached' }],
    ]),
    pkg: { status: 'InUse', cenIds: [CEN], chargeType: 'PREPAY' },
    limit: { bandwidth: 5, status: 'Active' },
    writes: [],
  };
}

/** Progress as the steps leave it after step 5. */
export function progressAfterStep5() {
  return {
    cenId: CEN,
    ownNetwork: { type: 'VPC' as const, regionId: 'cn-qingdao', instanceId: VPC_A },
    network: { type: 'VPC' as const, regionId: 'cn-beijing', instanceId: VPC_B },
    bandwidthPackageId: PKG,
  };
}

const page = (total: number) => ({ RequestId: 'req-read', TotalCount: total, PageNumber: 1, PageSize: 50 });

function settle(w: World) {
  if (w.cen?.status === 'Creating') w.cen.status = 'Active';
  if (w.cen?.status === 'Deleting') delete w.cen;
  for (const [id, c] of w.children)
    if (c.status === 'Attaching') c.status = 'Attached';
    else if (c.status === 'Detaching') w.children.delete(id);
  if (w.limit?.status === 'Modifying') {
    if (w.limit.bandwidth === 0) delete w.limit;
    else w.limit.status = 'Active';
  }
}

export function worldHandlers(w: World) {
  return [
    http.get('/api/accounts', () => HttpResponse.json(DEMO_ACCOUNTS)),
    http.post('/api/openapi/:action', async ({ params, request }) => {
      const action = String(params.action).replace(/^(Cbn|Vpc|Ecs)\./, '');
      const body = (await request.json()) as { account: string; params: Record<string, unknown> };
      const p = body.params;
      switch (action) {
        case 'DescribeCens': {
          settle(w);
          const cens = w.cen ? [{ CenId: CEN, Name: w.cen.name, Status: w.cen.status }] : [];
          return HttpResponse.json({ ...page(cens.length), Cens: { Cen: cens } });
        }
        case 'DescribeGrantRulesToCen': {
          const rules = w.grant
            ? [{ CenInstanceId: CEN, CenOwnerId: UID_A, CreationTime: '2026-11-25T10:00:00Z' }]
            : [];
          return HttpResponse.json({ ...page(rules.length), CenGrantRules: { CbnGrantRule: rules } });
        }
        case 'DescribeCenAttachedChildInstances': {
          settle(w);
          const items = [...w.children].map(([id, c]) => ({
            CenId: CEN,
            ChildInstanceId: id,
            ChildInstanceType: 'VPC',
            ChildInstanceRegionId: c.region,
            ChildInstanceOwnerId: c.owner,
            Status: c.status,
          }));
          return HttpResponse.json({ ...page(items.length), ChildInstances: { ChildInstance: items } });
        }
        case 'DescribeCenBandwidthPackages': {
          const items = w.pkg
            ? [
                {
                  CenBandwidthPackageId: PKG,
                  Name: 'MainlandBandwidthPackage',
                  Status: w.pkg.status,
                  Bandwidth: 8,
                  GeographicRegionAId: 'china',
                  GeographicRegionBId: 'china',
                  BandwidthPackageChargeType: w.pkg.chargeType,
                  ExpiredTime: '2026-12-26T16:00Z',
                  CenIds: { CenId: w.pkg.cenIds },
                },
              ]
            : [];
          const filter = (p.Filter as { Key: string; Value: string[] }[] | undefined)?.[0];
          const shown =
            filter?.Key === 'CenId'
              ? items.filter((i) => i.CenIds.CenId.includes(String(filter.Value[0])))
              : items;
          return HttpResponse.json({
            ...page(shown.length),
            CenBandwidthPackages: { CenBandwidthPackage: shown },
          });
        }
        case 'DescribeCenInterRegionBandwidthLimits': {
          settle(w);
          const items = w.limit
            ? [
                {
                  CenId: CEN,
                  LocalRegionId: 'cn-qingdao',
                  OppositeRegionId: 'cn-beijing',
                  BandwidthLimit: w.limit.bandwidth,
                  Status: w.limit.status,
                  BandwidthPackageId: PKG,
                },
              ]
            : [];
          return HttpResponse.json({
            ...page(items.length),
            CenInterRegionBandwidthLimits: { CenInterRegionBandwidthLimit: items },
          });
        }
        case 'DescribeVpcs': {
          const region = String(p.RegionId);
          const vpcs =
            region === 'cn-qingdao' && body.account === 'A'
              ? [
                  {
                    VpcId: VPC_A,
                    VpcName: 'A-Qingdao-VPC',
                    RegionId: region,
                    Status: 'Available',
                    CidrBlock: '172.16.0.0/16',
                  },
                ]
              : region === 'cn-beijing' && body.account === 'B'
                ? [
                    {
                      VpcId: VPC_B,
                      VpcName: 'B-Beijing-VPC',
                      RegionId: region,
                      Status: 'Available',
                      CidrBlock: '192.168.0.0/16',
                    },
                  ]
                : [];
          return HttpResponse.json({ ...page(vpcs.length), Vpcs: { Vpc: vpcs } });
        }
      }
      // Writes: recorded, and refused out of order like the cloud (docs/reference/cen-api.md §4,
      // docs/reference/peer-failures.md §1.3).
      w.writes.push({ action, account: body.account, params: p });
      const refuse = (code: string) =>
        HttpResponse.json(
          { error: { code, message: code, httpStatus: 400, requestId: 'req-refused', source: 'cloud' } },
          { status: 400 },
        );
      switch (action) {
        case 'SetCenInterRegionBandwidthLimit':
          if (!w.limit) return refuse('InvalidOperation.NoLimit');
          w.limit = { bandwidth: Number(p.BandwidthLimit), status: 'Modifying' };
          break;
        case 'UnassociateCenBandwidthPackage':
          if (w.limit) return refuse('InvalidOperation.CenBandwidthLimitsNotZero');
          if (w.pkg) w.pkg = { ...w.pkg, status: 'Idle', cenIds: [] };
          break;
        case 'DetachCenChildInstance': {
          if (w.pkg?.cenIds.length) return refuse('InvalidOperation.BwpAssociated');
          const c = w.children.get(String(p.ChildInstanceId));
          if (c) c.status = 'Detaching';
          break;
        }
        case 'DeleteCen':
          if (w.children.size > 0) return refuse('InvalidOperation.CenInstanceStatus');
          if (w.cen) w.cen.status = 'Deleting';
          break;
        case 'RevokeInstanceFromCen':
          if (w.children.has(String(p.InstanceId))) return refuse('IncorrectStatus');
          if (!p.ClientToken) return refuse('MissingParameter.ClientToken');
          w.grant = false;
          break;
        default:
          return refuse(`Unexpected.${action}`);
      }
      return HttpResponse.json({ RequestId: `req-${action}` });
    }),
  ];
}
