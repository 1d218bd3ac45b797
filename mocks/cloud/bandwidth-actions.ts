// Steps 4 and 5 (docs/reference/cen-api.md §2): bandwidth packages, their association, region connections
// (inter-region limits) and the area catalogue queries. Budget rules come from src/domain/bandwidth.ts, the
// same code the console uses.
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { errors } from './cloud-error';
import { cbnTime, paginate } from './formats';
import { limitStatus, packageStatus } from './lifecycle';
import { activeCen, ownCen } from './lookups';
import type { BandwidthPackage, Cen, InterRegionLimit } from './model';
import { refuseBasic } from './transit-router-lookups';
import { checkInterRegionLimit, describeLimitProblem, samePair } from '../../src/domain/bandwidth';
import {
  areaOf,
  findArea,
  geographicSpanId,
  regionsFitAreas,
  regionsInArea,
  type AreaId,
} from '../../src/domain/regions';

const DAY = 24 * 60 * 60 * 1000;

function areaFromRequest(value: string): AreaId {
  const area = findArea(value);
  if (!area) throw errors.invalidParameter('GeographicRegionId', `Unknown area ${value}.`);
  return area.id;
}

function liveLimits(ctx: ActionContext, packageId: string): InterRegionLimit[] {
  return ctx.world.limits.filter((l) => l.packageId === packageId && l.goneAt === undefined);
}

type PackageView = ItemOf<
  ReplyOf<'Cbn.DescribeCenBandwidthPackages'>['CenBandwidthPackages']['CenBandwidthPackage']
>;

function packageView(ctx: ActionContext, b: BandwidthPackage): PackageView {
  const span = geographicSpanId(b.areaA, b.areaB);
  return {
    CenBandwidthPackageId: b.id,
    Name: b.name,
    Description: b.description,
    Bandwidth: b.bandwidth,
    // Lower case in responses although requests say "China" (docs/reference/cen-api.md §2 step 4, §6.1).
    GeographicRegionAId: b.areaA,
    GeographicRegionBId: b.areaB,
    GeographicSpanId: span,
    Status: packageStatus(b),
    BusinessStatus: 'Normal',
    BandwidthPackageChargeType: b.chargeType,
    CreationTime: cbnTime(b.createdAt),
    ExpiredTime: cbnTime(b.expiresAt),
    IsCrossBorder: b.areaA !== b.areaB && (b.areaA === 'china' || b.areaB === 'china'),
    ResourceGroupId: 'rg-acfmzdefaultgroup',
    HasReservationData: 'false',
    ReservationBandwidth: '0',
    CenIds: { CenId: b.cenId ? [b.cenId] : [] },
    Tags: { Tag: [] },
    // "Orgin…" (sic) and a *string* BandwidthLimit here, a number in DescribeCenInterRegionBandwidthLimits.
    OrginInterRegionBandwidthLimits: {
      OrginInterRegionBandwidthLimit: liveLimits(ctx, b.id).map((l) => ({
        LocalRegionId: l.localRegionId,
        OppositeRegionId: l.oppositeRegionId,
        GeographicSpanId: span,
        BandwidthLimit: String(l.bandwidthLimit),
      })),
    },
  };
}

function ownPackage(ctx: ActionContext, id: string): BandwidthPackage {
  const b = ctx.world.packages.find((x) => x.id === id && x.ownerUid === ctx.caller.uid);
  if (!b) throw errors.packageNotFound();
  return b;
}

/** The associated package of the CEN whose two areas carry a connection between the two regions. */
function packageForRegions(ctx: ActionContext, cen: Cen, local: string, opposite: string): BandwidthPackage {
  const associated = ctx.world.packages.filter((b) => b.cenId === cen.id);
  if (associated.length === 0) throw errors.noPackage();
  const fit = associated.find((b) => regionsFitAreas(local, opposite, b.areaA, b.areaB));
  if (!fit) throw errors.outsideAreas(describeLimitProblem({ kind: 'outside-areas', local, opposite }));
  return fit;
}

export const bandwidthActions = {
  CreateCenBandwidthPackage(ctx, p) {
    const pricingCycle = p.PricingCycle ?? 'Month';
    const period = p.Period ?? 1;
    const b: BandwidthPackage = {
      id: ctx.ids.id('cenbwp-', 18),
      ownerUid: ctx.caller.uid,
      name: p.Name ?? '',
      description: p.Description ?? '',
      bandwidth: p.Bandwidth,
      areaA: areaFromRequest(p.GeographicRegionAId),
      areaB: areaFromRequest(p.GeographicRegionBId),
      chargeType: p.BandwidthPackageChargeType ?? 'PREPAY',
      pricingCycle,
      period,
      autoRenew: p.AutoRenew ?? false,
      orderId: ctx.ids.digits(15),
      createdAt: ctx.now,
      expiresAt: ctx.now + period * (pricingCycle === 'Year' ? 365 : 30) * DAY,
    };
    ctx.world.packages.push(b);
    return { CenBandwidthPackageId: b.id, CenBandwidthPackageOrderId: b.orderId };
  },

  DescribeCenBandwidthPackages(ctx, p) {
    const own = ctx.world.packages.filter((b) => b.ownerUid === ctx.caller.uid);
    const matchers = (p.Filter ?? []).map((f) => (b: BandwidthPackage) => {
      if (f.Key === 'CenId') return b.cenId !== undefined && f.Value.includes(b.cenId);
      if (f.Key === 'Status') return f.Value.includes(packageStatus(b));
      if (f.Key === 'CenBandwidthPackageId') return f.Value.includes(b.id);
      if (f.Key === 'Name') return f.Value.includes(b.name);
      return true;
    });
    // IsOrKey=false ANDs the filters (the default), true ORs them (docs/reference/cen-api.md §2 step 4).
    const orKeys = p.IsOrKey ?? false;
    const list =
      matchers.length === 0
        ? own
        : own.filter((b) => (orKeys ? matchers.some((m) => m(b)) : matchers.every((m) => m(b))));
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      CenBandwidthPackages: { CenBandwidthPackage: page.items.map((b) => packageView(ctx, b)) },
    };
  },

  AssociateCenBandwidthPackage(ctx, p) {
    const cen = activeCen(ctx, p.CenId);
    const b = ownPackage(ctx, p.CenBandwidthPackageId);
    if (b.cenId !== undefined) throw errors.packageBusy();
    // One package per area pair per CEN (docs/reference/cen-api.md §2 step 4, WEB 65934).
    const span = geographicSpanId(b.areaA, b.areaB);
    if (ctx.world.packages.some((x) => x.cenId === cen.id && geographicSpanId(x.areaA, x.areaB) === span))
      throw errors.geoSpanTaken();
    b.cenId = cen.id;
    return {};
  },

  UnassociateCenBandwidthPackage(ctx, p) {
    const cen = activeCen(ctx, p.CenId);
    const b = ownPackage(ctx, p.CenBandwidthPackageId);
    if (b.cenId !== cen.id) throw errors.packageNotFound();
    // Limits must be set to 0 first (TF retries InvalidOperation.CenBandwidthLimitsNotZero,
    // docs/reference/cen-api.md §2 step 4).
    if (liveLimits(ctx, b.id).some((l) => l.bandwidthLimit > 0)) throw errors.limitsNotZero();
    delete b.cenId;
    return {};
  },

  DescribeCenGeographicSpanRemainingBandwidth(ctx, p) {
    const cen = ownCen(ctx, p.CenId);
    const span = geographicSpanId(
      areaFromRequest(p.GeographicRegionAId),
      areaFromRequest(p.GeographicRegionBId),
    );
    const b = ctx.world.packages.find(
      (x) => x.cenId === cen.id && geographicSpanId(x.areaA, x.areaB) === span,
    );
    const used = b ? liveLimits(ctx, b.id).reduce((sum, l) => sum + l.bandwidthLimit, 0) : 0;
    return { RemainingBandwidth: b ? b.bandwidth - used : 0 };
  },

  DescribeGeographicRegionMembership(_ctx, p) {
    const area = areaFromRequest(p.GeographicRegionId);
    const page = paginate(regionsInArea(area), p.PageNumber, p.PageSize);
    return {
      ...page.head,
      // Objects wrapping RegionId, not bare strings (docs/reference/cen-api.md §2 step 5).
      RegionIds: { RegionId: page.items.map((r) => ({ RegionId: r.id })) },
    };
  },

  SetCenInterRegionBandwidthLimit(ctx, p) {
    const cen = activeCen(ctx, p.CenId);
    const local = p.LocalRegionId;
    const opposite = p.OppositeRegionId;
    const limit = p.BandwidthLimit;
    if (local === opposite) throw errors.sameRegion();
    if (!areaOf(local) || !areaOf(opposite)) throw errors.illegalRegion();
    // Setting one is refused where Basic Edition is not available; setting 0 (removing one) never is.
    if (limit > 0) refuseBasic(ctx, cen, [local, opposite]);
    const b = packageForRegions(ctx, cen, local, opposite);
    const pairLimits = liveLimits(ctx, b.id);
    const problem = checkInterRegionLimit(
      {
        areaA: b.areaA,
        areaB: b.areaB,
        total: b.bandwidth,
        limits: pairLimits.map((l) => ({
          localRegionId: l.localRegionId,
          oppositeRegionId: l.oppositeRegionId,
          bandwidthLimit: l.bandwidthLimit,
        })),
      },
      local,
      opposite,
      limit,
    );
    if (problem?.kind === 'over-budget') throw errors.overBudget(describeLimitProblem(problem));
    if (problem?.kind === 'range') throw errors.limitRange(describeLimitProblem(problem));
    if (problem) throw errors.outsideAreas(describeLimitProblem(problem));
    const existing = pairLimits.find(
      (l) => l.cenId === cen.id && samePair(l.localRegionId, l.oppositeRegionId, local, opposite),
    );
    if (limit === 0) {
      // 0 deletes the connection (docs/reference/cen-api.md §2 step 5): Modifying, then gone.
      if (existing) existing.goneAt = ctx.now + ctx.delayMs;
      return {};
    }
    if (existing) {
      existing.bandwidthLimit = limit;
      existing.setAt = ctx.now;
      existing.readyAt = ctx.now + ctx.delayMs;
    } else {
      ctx.world.limits.push({
        cenId: cen.id,
        localRegionId: local,
        oppositeRegionId: opposite,
        bandwidthLimit: limit,
        packageId: b.id,
        setAt: ctx.now,
        readyAt: ctx.now + ctx.delayMs,
      });
    }
    return {};
  },

  DescribeCenInterRegionBandwidthLimits(ctx, p) {
    const cen = ownCen(ctx, p.CenId);
    const tr = p.TrRegionId;
    const list = ctx.world.limits.filter(
      (l) => l.cenId === cen.id && (tr === undefined || l.localRegionId === tr || l.oppositeRegionId === tr),
    );
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      CenInterRegionBandwidthLimits: {
        CenInterRegionBandwidthLimit: page.items.map((l) => {
          const b = ctx.world.packages.find((x) => x.id === l.packageId);
          return {
            CenId: l.cenId,
            LocalRegionId: l.localRegionId,
            OppositeRegionId: l.oppositeRegionId,
            BandwidthLimit: l.bandwidthLimit,
            Status: limitStatus(l, ctx.now),
            GeographicSpanId: b ? geographicSpanId(b.areaA, b.areaB) : '',
            BandwidthPackageId: l.packageId,
            BandwidthType: 'BandwidthPackage',
          };
        }),
      },
    };
  },
} satisfies HandlersOf<'Cbn'>;
