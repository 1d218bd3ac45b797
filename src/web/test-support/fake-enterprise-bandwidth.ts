// Test support for the Enterprise-Edition step-4 tests (never imported by the app): Account A's bandwidth plans as
// DescribeCenBandwidthPackages lists them, CreateCenBandwidthPackage (Creating, then Idle on the next read of it)
// and AssociateCenBandwidthPackage (InUse on this CEN) — Basic Edition's calls, which Enterprise Edition buys its
// plan with (docs/reference/enterprise-edition.md §2 step 7). Composed before fake-enterprise-world.ts's handlers:
// any other action falls through to them.
import { http, HttpResponse } from 'msw';

export const TR_PKG = 'cenbwp-ent00000000000001';

export interface BandwidthWorld {
  pkg?: { status: 'Creating' | 'Idle' | 'InUse'; cenIds: string[] };
  writes: { action: string; account: string; params: Record<string, unknown> }[];
}

export const bandwidthWorld = (): BandwidthWorld => ({ writes: [] });

const ACTIONS = ['DescribeCenBandwidthPackages', 'CreateCenBandwidthPackage', 'AssociateCenBandwidthPackage'];

export function bandwidthHandlers(w: BandwidthWorld) {
  return [
    http.post('/api/openapi/:action', async ({ params, request }) => {
      const action = String(params.action).replace(/^Cbn\./, '');
      if (!ACTIONS.includes(action)) return undefined;
      const body = (await request.clone().json()) as { account: string; params: Record<string, unknown> };
      const p = body.params;
      if (action === 'DescribeCenBandwidthPackages') {
        const filter = (p.Filter as { Key: string; Value: string[] }[] | undefined)?.[0];
        const pkg = w.pkg;
        const item = pkg && {
          CenBandwidthPackageId: TR_PKG,
          Name: 'EnterprisePlan',
          Status: pkg.status,
          Bandwidth: 10,
          GeographicRegionAId: 'china',
          GeographicRegionBId: 'china',
          BandwidthPackageChargeType: 'PREPAY',
          ...(pkg.cenIds.length > 0 ? { CenIds: { CenId: pkg.cenIds } } : {}),
        };
        const matches =
          item &&
          (!filter ||
            (filter.Key === 'CenBandwidthPackageId' && filter.Value.includes(TR_PKG)) ||
            (filter.Key === 'CenId' && pkg.cenIds.some((c) => filter.Value.includes(c))) ||
            (filter.Key === 'Status' && filter.Value.includes(pkg.status)));
        const list = matches ? [item] : [];
        // A bought plan is listed Creating once, then Idle (docs/reference/cen-api.md §3).
        if (pkg?.status === 'Creating' && filter?.Key === 'CenBandwidthPackageId') pkg.status = 'Idle';
        return HttpResponse.json({
          RequestId: 'r',
          TotalCount: list.length,
          PageNumber: 1,
          PageSize: 50,
          CenBandwidthPackages: { CenBandwidthPackage: list },
        });
      }
      w.writes.push({ action, account: body.account, params: p });
      if (action === 'CreateCenBandwidthPackage') {
        w.pkg = { status: 'Creating', cenIds: [] };
        return HttpResponse.json({ RequestId: 'r', CenBandwidthPackageId: TR_PKG });
      }
      if (w.pkg) w.pkg = { status: 'InUse', cenIds: [String(p.CenId)] };
      return HttpResponse.json({ RequestId: 'r' });
    }),
  ];
}
