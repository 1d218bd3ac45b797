// Account B's (or A's) side of Enterprise Edition, step 10 b (docs/reference/enterprise-edition.md §2): the VPC's
// System route table, and the routes that send a destination to the VPC's transit-router attachment
// (NextHopType=Attachment), Pending → Available. The vSwitch routes are listed as System entries.
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { errors } from './cloud-error';
import { paginate, paginateByToken, vpcTime } from './formats';
import { regionOf } from './lookups';
import type { Vpc } from './model';
import { trErrors } from './transit-router-errors';
import { trAttachmentStatus, vpcRouteStatus } from './transit-router-lifecycle';
import { parseCidr } from '../../src/domain/cidr';

type EntryView = ItemOf<ReplyOf<'Vpc.DescribeRouteEntryList'>['RouteEntrys']['RouteEntry']>;

/** The caller's VPC whose System table this is, in the call's region. */
function tableOwner(ctx: ActionContext, routeTableId: string): Vpc {
  const region = regionOf(ctx);
  const vpc = ctx.world.vpcs.find(
    (v) => v.routeTableId === routeTableId && v.ownerUid === ctx.caller.uid && v.regionId === region,
  );
  if (!vpc) throw trErrors.vpcRouteTableNotFound();
  return vpc;
}

function entries(ctx: ActionContext, vpc: Vpc): EntryView[] {
  const system = ctx.world.vSwitches
    .filter((s) => s.vpcId === vpc.id)
    .map((s): EntryView => ({
      RouteTableId: vpc.routeTableId,
      DestinationCidrBlock: s.cidr,
      Status: 'Available',
      Type: 'System',
      NextHops: { NextHop: [{ NextHopType: 'local', NextHopId: '' }] },
    }));
  const custom = ctx.world.transit.vpcRoutes
    .filter((r) => r.routeTableId === vpc.routeTableId)
    .map((r): EntryView => ({
      RouteEntryId: r.id,
      RouteTableId: r.routeTableId,
      DestinationCidrBlock: r.destination,
      Status: vpcRouteStatus(r, ctx.now),
      Type: 'Custom',
      RouteEntryName: r.name,
      Description: r.description,
      NextHops: { NextHop: [{ NextHopType: 'Attachment', NextHopId: r.attachmentId }] },
    }));
  return [...system, ...custom];
}

export const vpcRouteEntryActions = {
  DescribeRouteTableList(ctx, p) {
    const region = regionOf(ctx);
    // Only the System table of each VPC is modelled.
    const list = ctx.world.vpcs.filter(
      (v) =>
        v.ownerUid === ctx.caller.uid &&
        v.regionId === region &&
        (p.VpcId === undefined || v.id === p.VpcId) &&
        (p.RouteTableId === undefined || v.routeTableId === p.RouteTableId) &&
        (p.RouteTableType === undefined || p.RouteTableType === 'System'),
    );
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      RouterTableList: {
        RouterTableListType: page.items.map((v) => ({
          RouteTableId: v.routeTableId,
          RouteTableName: '',
          RouteTableType: 'System',
          VpcId: v.id,
          RouterId: v.vRouterId,
          RouterType: 'VRouter',
          Status: 'Available',
          Description: '',
          CreationTime: vpcTime(v.createdAt),
        })),
      },
    };
  },

  CreateRouteEntry(ctx, p) {
    const vpc = tableOwner(ctx, p.RouteTableId);
    if (!parseCidr(p.DestinationCidrBlock))
      throw errors.invalidParameter('DestinationCidrBlock', 'Not an IPv4 CIDR block like 192.168.0.0/16.');
    if (p.NextHopType !== 'Attachment') throw trErrors.nextHopTypeUnsupported();
    // The VPC's own attachment, Attached, whoever made it (the CEN owner, §2 step 10 b).
    const att = ctx.world.transit.vpcAttachments.find((a) => a.id === p.NextHopId && a.vpcId === vpc.id);
    if (!att || trAttachmentStatus(att, ctx.now) !== 'Attached') throw trErrors.nextHopNotFound();
    if (entries(ctx, vpc).some((e) => e.DestinationCidrBlock === p.DestinationCidrBlock))
      throw trErrors.routeDuplicated();
    const route = {
      id: ctx.ids.id('rte-', 20),
      routeTableId: vpc.routeTableId,
      vpcId: vpc.id,
      ownerUid: ctx.caller.uid,
      regionId: vpc.regionId,
      destination: p.DestinationCidrBlock,
      attachmentId: att.id,
      name: p.RouteEntryName ?? '',
      description: p.Description ?? '',
      createdAt: ctx.now,
      readyAt: ctx.now + ctx.delayMs,
    };
    ctx.world.transit.vpcRoutes.push(route);
    return { RouteEntryId: route.id };
  },

  DeleteRouteEntry(ctx, p) {
    regionOf(ctx);
    const route = ctx.world.transit.vpcRoutes.find(
      (r) =>
        r.ownerUid === ctx.caller.uid &&
        (p.RouteEntryId !== undefined
          ? r.id === p.RouteEntryId
          : r.routeTableId === p.RouteTableId &&
            r.destination === p.DestinationCidrBlock &&
            (p.NextHopId === undefined || r.attachmentId === p.NextHopId)),
    );
    if (!route) throw trErrors.routeNotFound();
    if (vpcRouteStatus(route, ctx.now) !== 'Available') throw trErrors.routeStatus();
    route.goneAt = ctx.now + ctx.delayMs;
    return {};
  },

  DescribeRouteEntryList(ctx, p) {
    const vpc = tableOwner(ctx, p.RouteTableId);
    const list = entries(ctx, vpc).filter(
      (e) =>
        (p.RouteEntryId === undefined || e.RouteEntryId === p.RouteEntryId) &&
        (p.DestinationCidrBlock === undefined || e.DestinationCidrBlock === p.DestinationCidrBlock) &&
        (p.RouteEntryType === undefined || e.Type === p.RouteEntryType) &&
        (p.NextHopType === undefined || e.NextHops.NextHop.some((h) => h.NextHopType === p.NextHopType)),
    );
    const page = paginateByToken(list, p.NextToken, p.MaxResult ?? 10);
    return { NextToken: page.nextToken, RouteEntrys: { RouteEntry: page.items } };
  },
} satisfies HandlersOf<'Vpc'>;
