// Account B's side of step 2 and the pickers (docs/reference/cen-api.md §2 step 2): VPC GrantInstanceToCen,
// RevokeInstanceFromCen, DescribeGrantRulesToCen, DescribeVpcs, DescribeVirtualBorderRouters,
// DescribeRegions; and DescribeVSwitches, for the free IPs of an Enterprise attachment's vSwitches
// (docs/reference/enterprise-edition.md §2 step 5).
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { errors } from './cloud-error';
import { paginate, vpcTime } from './formats';
import { attachmentStatus } from './lifecycle';
import { regionOf } from './lookups';
import { regionList } from './region-list';
import type { Vpc } from './model';
import type { ParsedParamsOf } from '../../src/domain/openapi/actions';
import { vSwitchFreeIps } from './vswitch-free-ips';

/** The instance a grant is about: the caller must own it, in that region. */
function grantedInstance(
  ctx: ActionContext,
  p: Pick<ParsedParamsOf<'Vpc.DescribeGrantRulesToCen'>, 'InstanceId' | 'InstanceType'>,
): { id: string; type: 'VPC' | 'VBR' } {
  const region = regionOf(ctx);
  const id = p.InstanceId;
  const type = p.InstanceType;
  const mine = (x: { id: string; ownerUid: string; regionId: string }) =>
    x.id === id && x.ownerUid === ctx.caller.uid && x.regionId === region;
  if (type === 'VPC') {
    if (!ctx.world.vpcs.some(mine)) throw errors.instanceNotFound();
    return { id, type: 'VPC' };
  }
  if (type === 'VBR') {
    if (!ctx.world.vbrs.some(mine)) throw errors.vbrNotFound();
    return { id, type: 'VBR' };
  }
  throw errors.instanceNotFound();
}

type VpcView = ItemOf<ReplyOf<'Vpc.DescribeVpcs'>['Vpcs']['Vpc']>;

function vpcView(ctx: ActionContext, v: Vpc): VpcView {
  const a = ctx.world.attachments.find((x) => x.childId === v.id);
  return {
    VpcId: v.id,
    VpcName: v.name,
    RegionId: v.regionId,
    Status: 'Available',
    CidrBlock: v.cidr,
    // Seconds precision for VPC (docs/reference/cen-api.md §2 DescribeVpcs).
    CreationTime: vpcTime(v.createdAt),
    Description: v.description,
    IsDefault: v.isDefault,
    VRouterId: v.vRouterId,
    CenStatus: a ? attachmentStatus(a, ctx.now) : 'Detached',
    OwnerId: v.ownerUid,
    ResourceGroupId: 'rg-acfmzdefaultgroup',
    Ipv6CidrBlock: '',
    EnabledIpv6: false,
    DhcpOptionsSetId: '',
    DhcpOptionsSetStatus: '',
    DnsHostnameStatus: 'DISABLED',
    VSwitchIds: { VSwitchId: ctx.world.vSwitches.filter((s) => s.vpcId === v.id).map((s) => s.id) },
    RouterTableIds: { RouterTableIds: [v.routeTableId] },
    SecondaryCidrBlocks: { SecondaryCidrBlock: [] },
    UserCidrs: { UserCidr: [] },
    NatGatewayIds: { NatGatewayIds: [] },
    Tags: { Tag: [] },
    Ipv6CidrBlocks: { Ipv6CidrBlock: [] },
  };
}

export const vpcActions = {
  GrantInstanceToCen(ctx, p) {
    const inst = grantedInstance(ctx, p);
    const cenId = p.CenId;
    const cenOwnerUid = p.CenOwnerId;
    // Cross-account VBR grants are "not open by default" (docs/reference/cen-api.md §2 step 3, DOC-new).
    if (inst.type === 'VBR' && cenOwnerUid !== ctx.caller.uid) throw errors.vbrGrantOtherOwner();
    // "You cannot repeatedly call…" (DOC-new GrantInstanceToCen); the code is INVENTED.
    if (ctx.world.grants.some((g) => g.instanceId === inst.id && g.cenId === cenId))
      throw errors.grantExists();
    ctx.world.grants.push({
      cenId,
      cenOwnerUid,
      instanceId: inst.id,
      instanceType: inst.type,
      instanceOwnerUid: ctx.caller.uid,
      regionId: regionOf(ctx),
      createdAt: ctx.now,
    });
    return {};
  },

  RevokeInstanceFromCen(ctx, p) {
    const region = regionOf(ctx);
    const id = p.InstanceId;
    const cenId = p.CenId;
    const grant = ctx.world.grants.find(
      (g) =>
        g.instanceId === id &&
        g.cenId === cenId &&
        g.cenOwnerUid === p.CenOwnerId &&
        g.instanceOwnerUid === ctx.caller.uid &&
        g.regionId === region,
    );
    // TF treats InvalidInstanceId.NotFound as "already revoked" (docs/reference/cen-api.md §2 step 2).
    if (!grant) throw errors.instanceNotFound();
    // Still attached to that CEN: TF retries IncorrectStatus on revoke, so the real cloud refuses it for a while.
    if (ctx.world.attachments.some((a) => a.childId === id && a.cenId === cenId))
      throw errors.incorrectStatus();
    ctx.world.grants = ctx.world.grants.filter((g) => g !== grant);
    return {};
  },

  DescribeGrantRulesToCen(ctx, p) {
    const inst = grantedInstance(ctx, p);
    const list = ctx.world.grants.filter((g) => g.instanceId === inst.id);
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      CenGrantRules: {
        CbnGrantRule: page.items.map((g) => ({
          CenInstanceId: g.cenId,
          CenOwnerId: g.cenOwnerUid,
          CreationTime: vpcTime(g.createdAt),
        })),
      },
    };
  },

  DescribeVpcs(ctx, p) {
    const region = regionOf(ctx);
    const ids = p.VpcId?.split(',').map((s) => s.trim());
    const name = p.VpcName;
    const isDefault = p.IsDefault;
    const list = ctx.world.vpcs.filter(
      (v) =>
        v.ownerUid === ctx.caller.uid &&
        v.regionId === region &&
        (ids === undefined || ids.includes(v.id)) &&
        (name === undefined || v.name === name) &&
        (isDefault === undefined || v.isDefault === isDefault),
    );
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      Vpcs: { Vpc: page.items.map((v) => vpcView(ctx, v)) },
    };
  },

  DescribeVSwitches(ctx, p) {
    const region = regionOf(ctx);
    // Only the caller's own VPC's vSwitches (a VPC of another account is not found, as DescribeVpcs hides it).
    const list = ctx.world.vSwitches.filter(
      (s) =>
        s.vpcId === p.VpcId &&
        s.ownerUid === ctx.caller.uid &&
        s.regionId === region &&
        (p.ZoneId === undefined || s.zoneId === p.ZoneId) &&
        (p.VSwitchId === undefined || s.id === p.VSwitchId),
    );
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      VSwitches: {
        VSwitch: page.items.map((s) => ({
          VSwitchId: s.id,
          VSwitchName: s.name,
          VpcId: s.vpcId,
          ZoneId: s.zoneId,
          CidrBlock: s.cidr,
          Status: 'Available',
          IsDefault: false,
          AvailableIpAddressCount: vSwitchFreeIps(ctx.world, s),
        })),
      },
    };
  },

  DescribeVirtualBorderRouters(ctx, p) {
    const region = regionOf(ctx);
    let list = ctx.world.vbrs.filter((b) => b.ownerUid === ctx.caller.uid && b.regionId === region);
    for (const f of p.Filter ?? []) {
      if (f.Key === 'VbrId') list = list.filter((b) => f.Value.includes(b.id));
      else if (f.Key === 'Name') list = list.filter((b) => f.Value.includes(b.name));
      else if (f.Key === 'Status') list = list.filter(() => f.Value.includes('active'));
    }
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      // Element name from GO-SDK-v1 (UNCONFIRMED, docs/reference/cen-api.md §7).
      VirtualBorderRouterSet: {
        VirtualBorderRouterType: page.items.map((b) => ({
          VbrId: b.id,
          Name: b.name,
          Status: 'active',
          CreationTime: vpcTime(b.createdAt),
          VlanId: b.vlanId,
          LocalGatewayIp: b.localGatewayIp,
          PeerGatewayIp: b.peerGatewayIp,
          PhysicalConnectionId: `pc-${b.id.slice(4)}`,
          AccessPointId: `ap-${region}-a`,
        })),
      },
    };
  },

  DescribeRegions(_ctx, p) {
    return regionList(p.AcceptLanguage, (r) => ({ RegionEndpoint: `vpc.${r.id}.aliyuncs.com` }));
  },
} satisfies HandlersOf<'Vpc'>;
