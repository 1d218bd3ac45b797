// Enterprise Edition, steps 3 and 4 (docs/reference/enterprise-edition.md §2): B grants its VPC to A's CEN for
// transit routers, saying who pays (OrderType); B reads its grants back; A lists the vSwitches of a VPC granted to
// its CEN. Grants are synchronous.
import type { ActionContext, HandlersOf } from './action-context';
import { cbnTime, paginate, paginateCbnByToken } from './formats';
import { regionOf } from './lookups';
import { trErrors } from './transit-router-errors';
import type { TrGrant } from './transit-router-model';
import type { ParsedParamsOf } from '../../src/domain/openapi/actions';

type GrantIdentity = ParsedParamsOf<'Cbn.RevokeInstanceFromTransitRouter'>;

/** The instance must be the caller's, in RegionId; only VPCs are modelled (docs/reference/enterprise-edition.md). */
function ownVpc(ctx: ActionContext, instanceId: string, instanceType: string) {
  const region = regionOf(ctx);
  const vpc =
    instanceType === 'VPC'
      ? ctx.world.vpcs.find(
          (v) => v.id === instanceId && v.ownerUid === ctx.caller.uid && v.regionId === region,
        )
      : undefined;
  if (!vpc) throw trErrors.instanceNotFound();
  return vpc;
}

function sameGrant(ctx: ActionContext, p: GrantIdentity) {
  return (g: TrGrant) =>
    g.cenId === p.CenId &&
    g.cenOwnerUid === p.CenOwnerId &&
    g.instanceId === p.InstanceId &&
    g.instanceType === p.InstanceType &&
    g.instanceOwnerUid === ctx.caller.uid &&
    g.regionId === p.RegionId;
}

/** The grant that lets the CEN's owner attach this VPC: its CEN, its owner's UID, the VPC and its region (§2 step 3). */
export function grantFor(
  ctx: ActionContext,
  cen: { id: string; ownerUid: string },
  vpc: { id: string; ownerUid: string; regionId: string },
): TrGrant | undefined {
  return ctx.world.transit.grants.find(
    (g) =>
      g.cenId === cen.id &&
      g.cenOwnerUid === cen.ownerUid &&
      g.instanceId === vpc.id &&
      g.instanceType === 'VPC' &&
      g.instanceOwnerUid === vpc.ownerUid &&
      g.regionId === vpc.regionId,
  );
}

export const transitRouterGrantActions = {
  GrantInstanceToTransitRouter(ctx, p) {
    const vpc = ownVpc(ctx, p.InstanceId, p.InstanceType);
    // The CEN is not checked: B cannot see A's CEN (as for Vpc GrantInstanceToCen, mocks/FIDELITY.md §4).
    if (ctx.world.transit.grants.some((g) => g.instanceId === vpc.id && g.cenId === p.CenId))
      throw trErrors.grantExists();
    ctx.world.transit.grants.push({
      cenId: p.CenId,
      cenOwnerUid: p.CenOwnerId,
      instanceId: vpc.id,
      instanceType: 'VPC',
      instanceOwnerUid: ctx.caller.uid,
      regionId: vpc.regionId,
      orderType: p.OrderType ?? 'PayByCenOwner',
      createdAt: ctx.now,
    });
    return {};
  },

  RevokeInstanceFromTransitRouter(ctx, p) {
    regionOf(ctx);
    const grant = ctx.world.transit.grants.find(sameGrant(ctx, p));
    if (!grant) throw trErrors.grantNotFound();
    // Still attached to a router of that CEN: delete the attachment first (§2 teardown).
    if (ctx.world.transit.vpcAttachments.some((a) => a.vpcId === grant.instanceId && a.cenId === grant.cenId))
      throw trErrors.grantInUse();
    ctx.world.transit.grants = ctx.world.transit.grants.filter((g) => g !== grant);
    return {};
  },

  DescribeGrantRulesToResource(ctx, p) {
    const vpc = ownVpc(ctx, p.ResourceId, p.ProductType);
    const list = ctx.world.transit.grants.filter((g) => g.instanceId === vpc.id);
    const page = paginateCbnByToken(list, p);
    return {
      ...page.head,
      GrantRules: page.items.map((g) => ({
        CenId: g.cenId,
        CenOwnerId: g.cenOwnerUid,
        OrderType: g.orderType,
        EffectiveOrderType: g.orderType,
        CreateTime: cbnTime(g.createdAt),
      })),
    };
  },

  ListGrantVSwitchesToCen(ctx, p) {
    // A's own VPC, or another account's VPC granted to this CEN of A's (§2 step 4).
    const cen = ctx.world.cens.find((c) => c.id === p.CenId && c.ownerUid === ctx.caller.uid);
    if (!cen) throw trErrors.cenNotFound();
    const vpc = ctx.world.vpcs.find((v) => v.id === p.VpcId && v.regionId === p.RegionId);
    const visible = vpc && (vpc.ownerUid === cen.ownerUid || grantFor(ctx, cen, vpc) !== undefined);
    if (!vpc || !visible) throw trErrors.vpcNotFound();
    const list = ctx.world.vSwitches.filter(
      (s) => s.vpcId === vpc.id && (p.ZoneId === undefined || s.zoneId === p.ZoneId),
    );
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      VSwitches: page.items.map((s) => ({
        VSwitchId: s.id,
        VSwitchName: s.name,
        VpcId: s.vpcId,
        ZoneId: s.zoneId,
      })),
    };
  },
} satisfies HandlersOf<'Cbn'>;
