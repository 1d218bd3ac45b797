// Route visibility for step 6 (docs/reference/cen-api.md §2 "Route visibility"): the CEN's regional route
// domain and the routes a child VPC has learned. Computed from the same data plane the ping uses
// (routing.ts).
import type { HandlersOf, ItemOf, ReplyOf } from './action-context';
import { errors } from './cloud-error';
import { paginate } from './formats';
import { attachmentStatus } from './lifecycle';
import { ownCen } from './lookups';
import { vpcRouteTable, type RouteEntry } from './routing';

type RouteEntryView = ItemOf<
  ReplyOf<'Cbn.DescribeCenRegionDomainRouteEntries'>['CenRouteEntries']['CenRouteEntry']
>;

function entryView(r: RouteEntry, published: boolean): RouteEntryView {
  return {
    DestinationCidrBlock: r.destination,
    Type: r.type,
    NextHopType: r.nextHopType === 'local' ? 'local' : 'CEN',
    NextHopInstanceId: r.nextHopInstanceId,
    NextHopRegionId: r.nextHopRegionId,
    RouteTableId: r.routeTableId,
    Status: r.status,
    PublishStatus: published ? 'Published' : 'NonPublished',
    ToOtherRegionStatus: 'Active',
    Preference: 0,
    OperationalMode: false,
    Conflicts: { Conflict: r.conflicts.map((c) => ({ DestinationCidrBlock: c, Status: 'conflict' })) },
    AsPaths: { AsPath: [] },
    Communities: { Community: [] },
    CenRouteMapRecords: { CenRouteMapRecord: [] },
    CenOutRouteMapRecords: { CenOutRouteMapRecord: [] },
  };
}

const statusFilter =
  (wanted: string | undefined) =>
  (r: RouteEntryView): boolean =>
    wanted === undefined || wanted === 'All' || r.Status === wanted;

export const routeActions = {
  DescribeCenRegionDomainRouteEntries(ctx, p) {
    const cen = ownCen(ctx, p.CenId);
    const region = p.CenRegionId;
    const dest = p.DestinationCidrBlock;
    const attached = ctx.world.attachments.filter(
      (a) => a.cenId === cen.id && a.childType === 'VPC' && attachmentStatus(a, ctx.now) === 'Attached',
    );
    const rows: RouteEntryView[] = [];
    for (const a of attached) {
      for (const s of ctx.world.vSwitches.filter((x) => x.vpcId === a.childId)) {
        rows.push({
          DestinationCidrBlock: s.cidr,
          Type: 'CEN',
          NextHopType: a.childRegionId === region ? 'VPC' : 'CEN',
          NextHopInstanceId: a.childId,
          NextHopRegionId: a.childRegionId,
          Status: 'Active',
          ToOtherRegionStatus: 'Active',
          Preference: 0,
          AsPaths: { AsPath: [] },
          Communities: { Community: [] },
          CenRouteMapRecords: { CenRouteMapRecord: [] },
          CenOutRouteMapRecords: { CenOutRouteMapRecord: [] },
        });
      }
    }
    // Two children announcing the same block: the later one is rejected.
    const counted = new Map<string, number>();
    for (const row of rows) {
      const cidr = row.DestinationCidrBlock;
      const n = (counted.get(cidr) ?? 0) + 1;
      counted.set(cidr, n);
      if (n > 1) row.Status = 'Rejected';
    }
    const list = rows
      .filter((r) => dest === undefined || r.DestinationCidrBlock === dest)
      .filter(statusFilter(p.Status));
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      CenRouteEntries: { CenRouteEntry: page.items },
    };
  },

  DescribeCenChildInstanceRouteEntries(ctx, p) {
    const cen = ownCen(ctx, p.CenId);
    const childId = p.ChildInstanceId;
    const a = ctx.world.attachments.find((x) => x.cenId === cen.id && x.childId === childId);
    const vpc = ctx.world.vpcs.find((v) => v.id === childId);
    if (!a || !vpc) throw errors.attributeNotAttached();
    const rows = vpcRouteTable(ctx.world, vpc, ctx.now)
      .map((r) => entryView(r, r.type === 'System'))
      .filter(statusFilter(p.Status));
    const page = paginate(rows, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      CenRouteEntries: { CenRouteEntry: page.items },
    };
  },
} satisfies HandlersOf<'Cbn'>;
