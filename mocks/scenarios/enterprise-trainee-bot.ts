// The scripted trainee on the Enterprise path (not a test file): it plays docs/reference/enterprise-edition.md §2
// through cloud.call() with the sandbox's own AccessKeys, reading state only through List*/Describe* calls as the
// console would, and applies the fix each Enterprise hint points at — turn a service on where the check says off,
// revoke a grant to the router that names the wrong CEN owner, map two zones where the region has several (adding a
// vSwitch in a second zone where the VPC lacks one), associate and propagate what is not, route each VPC's way to
// the other side over its own attachment, open ICMP. Like TraineeBot, one strategy for every Enterprise file; ICMP
// and the ping are TraineeBot's.
import { TUTORIAL } from './demo';
import { ENTERPRISE_PEER_MBPS } from './enterprise-tutorial';
import { overlaps, rows, TraineeBot, vpcOf, type Row } from './trainee-bot';
import type { AccountName } from '../../src/domain/accounts';
import { cidrContains, compareCidrs, parseCidr, type Cidr } from '../../src/domain/cidr';
import { zonesWanted } from '../../src/domain/plan/enterprise-zones';

/** The first /24 of a block that overlaps none of `taken`, as "a.b.c.0/24". */
function freeSlash24(block: Cidr, taken: readonly Cidr[]): string | undefined {
  for (let base = block.base; base < block.base + 2 ** (32 - block.prefix); base += 256) {
    const text = `${[24, 16, 8, 0].map((shift) => (base >>> shift) & 255).join('.')}/24`;
    const candidate = parseCidr(text);
    if (candidate && taken.every((t) => compareCidrs(t, candidate) === 'disjoint')) return text;
  }
  return undefined;
}

interface Side {
  account: AccountName;
  vpc: Row;
  ecs: Row;
  router: string;
  table: string;
  attachment?: string;
}

export class EnterpriseTraineeBot extends TraineeBot {
  private uid(account: AccountName): string {
    const uid = this.cloud.account(account)?.uid;
    if (!uid) throw new Error(`no account ${account}`);
    return uid;
  }

  /** §2 step 0: the check answers Enabled "false" when off; opening is for good (ORDER.OPEND: already on). */
  private serviceOn(account: AccountName): void {
    const enabled = this.ok(account, 'Cbn.CheckTransitRouterService', {}).Enabled;
    if (String(enabled) === 'true') return;
    const r = this.call(account, 'Cbn.OpenTransitRouterService', {
      ClientToken: this.clientToken('service'),
    });
    if (!r.ok && r.code !== 'ORDER.OPEND')
      throw new Error(`OpenTransitRouterService as ${account} → ${r.code}`);
  }

  /** The CEN's router in a region, created (and waited for) if missing, with its System route table. */
  private router(cenId: string, regionId: string): { router: string; table: string } {
    const list = () =>
      rows(this.ok('A', 'Cbn.ListTransitRouters', { CenId: cenId, RegionId: regionId }), 'TransitRouters');
    let router = list().find((r) => r.Type === 'Enterprise')?.TransitRouterId as string | undefined;
    if (!router) {
      router = String(
        this.ok('A', 'Cbn.CreateTransitRouter', {
          CenId: cenId,
          RegionId: regionId,
          ClientToken: this.clientToken('router'),
        }).TransitRouterId,
      );
      this.settle();
    }
    const tables = rows(
      this.ok('A', 'Cbn.ListTransitRouterRouteTables', {
        TransitRouterId: router,
        TransitRouterRouteTableType: 'System',
      }),
      'TransitRouterRouteTables',
    );
    return { router, table: String(tables[0]?.TransitRouterRouteTableId) };
  }

  /** §2 step 3: B's grant to the routers with A's UID as CenOwnerId; one naming another owner is revoked first. */
  private grant(cenId: string, vpc: Row): void {
    const query = { ResourceId: vpc.VpcId, ProductType: 'VPC', RegionId: vpc.RegionId };
    const rules = rows(this.ok('B', 'Cbn.DescribeGrantRulesToResource', query), 'GrantRules');
    const mine = rules.filter((g) => g.CenId === cenId);
    const identity = { CenId: cenId, InstanceId: vpc.VpcId, InstanceType: 'VPC', RegionId: vpc.RegionId };
    for (const g of mine.filter((x) => String(x.CenOwnerId) !== this.uid('A')))
      this.ok('B', 'Cbn.RevokeInstanceFromTransitRouter', { ...identity, CenOwnerId: String(g.CenOwnerId) });
    if (!mine.some((x) => String(x.CenOwnerId) === this.uid('A')))
      this.ok('B', 'Cbn.GrantInstanceToTransitRouter', {
        ...identity,
        CenOwnerId: this.uid('A'),
        OrderType: 'PayByCenOwner',
      });
  }

  /**
   * §2 step 5: where the router's region has several zones and the VPC has vSwitches in one only, its owner makes
   * one in another zone (Vpc CreateVSwitch) in the first free /24 of the VPC's block, so that two can be mapped.
   */
  private secondZone(side: Side): void {
    const region = String(side.vpc.RegionId);
    const offered = this.ok('A', 'Cbn.ListTransitRouterAvailableResource', {
      RegionId: region,
    }).AvailableZones;
    const regionZones = Array.isArray(offered) ? offered.map(String) : [];
    const own = rows(
      this.ok(side.account, 'Vpc.DescribeVSwitches', { RegionId: region, VpcId: side.vpc.VpcId }),
      'VSwitches.VSwitch',
    );
    const zones = new Set(own.map((s) => String(s.ZoneId)));
    const missing = regionZones.find((z) => !zones.has(z));
    if (zonesWanted(regionZones) < 2 || zones.size >= 2 || missing === undefined) return;
    const vpcBlock = parseCidr(String(side.vpc.CidrBlock));
    const taken = own.map((s) => parseCidr(String(s.CidrBlock))).filter((c) => c !== null);
    const free = vpcBlock && freeSlash24(vpcBlock, taken);
    if (!free) throw new Error(`no free /24 in ${String(side.vpc.VpcName)} for a second zone`);
    this.ok(side.account, 'Vpc.CreateVSwitch', {
      RegionId: region,
      VpcId: side.vpc.VpcId,
      ZoneId: missing,
      CidrBlock: free,
      ClientToken: this.clientToken('vsw'),
    });
    this.settle();
  }

  /** §2 steps 4–5: one vSwitch per zone, two zones where the VPC has them (ListGrantVSwitchesToCen for B's too). */
  private attach(cenId: string, side: Side): string {
    const existing = rows(
      this.ok('A', 'Cbn.ListTransitRouterVpcAttachments', { CenId: cenId, VpcId: side.vpc.VpcId }),
      'TransitRouterAttachments',
    )[0];
    if (existing) return String(existing.TransitRouterAttachmentId);
    this.secondZone(side);
    const vSwitches = rows(
      this.ok('A', 'Cbn.ListGrantVSwitchesToCen', {
        CenId: cenId,
        RegionId: side.vpc.RegionId,
        VpcId: side.vpc.VpcId,
      }),
      'VSwitches',
    );
    const byZone = new Map<string, string>();
    for (const s of vSwitches)
      if (!byZone.has(String(s.ZoneId))) byZone.set(String(s.ZoneId), String(s.VSwitchId));
    const id = String(
      this.ok('A', 'Cbn.CreateTransitRouterVpcAttachment', {
        TransitRouterId: side.router,
        RegionId: side.vpc.RegionId,
        VpcId: side.vpc.VpcId,
        ...(side.account === 'B' ? { VpcOwnerId: this.uid('B') } : {}),
        ZoneMappings: [...byZone].slice(0, 2).map(([ZoneId, VSwitchId]) => ({ ZoneId, VSwitchId })),
        ClientToken: this.clientToken('attach'),
      }).TransitRouterAttachmentId,
    );
    this.settle();
    return id;
  }

  /** §2 steps 6 and 9: associated with and propagating to the table, each only where it is not yet. */
  private link(attachmentId: string, tableId: string): void {
    const p = { TransitRouterAttachmentId: attachmentId, TransitRouterRouteTableId: tableId };
    const has = (list: string, key: string) =>
      rows(this.ok('A', `Cbn.${list}`, p), key).some((l) => l.TransitRouterAttachmentId === attachmentId);
    if (!has('ListTransitRouterRouteTableAssociations', 'TransitRouterAssociations'))
      this.ok('A', 'Cbn.AssociateTransitRouterAttachmentWithRouteTable', p);
    if (!has('ListTransitRouterRouteTablePropagations', 'TransitRouterPropagations'))
      this.ok('A', 'Cbn.EnableTransitRouterRouteTablePropagation', p);
    this.settle();
  }

  /** §2 step 8: the DataTransfer connection between the two routers (nothing bought), if there is none. */
  private peer(cenId: string, a: Side, b: Side): string {
    const existing = rows(
      this.ok('A', 'Cbn.ListTransitRouterPeerAttachments', { CenId: cenId }),
      'TransitRouterAttachments',
    ).find((p) => [a.router, b.router].includes(String(p.PeerTransitRouterId)));
    if (existing) return String(existing.TransitRouterAttachmentId);
    const id = String(
      this.ok('A', 'Cbn.CreateTransitRouterPeerAttachment', {
        TransitRouterId: a.router,
        RegionId: a.vpc.RegionId,
        PeerTransitRouterId: b.router,
        PeerTransitRouterRegionId: b.vpc.RegionId,
        CenId: cenId,
        BandwidthType: 'DataTransfer',
        Bandwidth: ENTERPRISE_PEER_MBPS,
        ClientToken: this.clientToken('peer'),
      }).TransitRouterAttachmentId,
    );
    this.settle();
    return id;
  }

  /** §2 step 10 b: the VPC's owner routes the other side's CIDR to its own attachment, unless a route covers it. */
  private route(side: Side, toCidr: string): void {
    const region = String(side.vpc.RegionId);
    const tables = rows(
      this.ok(side.account, 'Vpc.DescribeRouteTableList', {
        RegionId: region,
        VpcId: side.vpc.VpcId,
        RouteTableType: 'System',
      }),
      'RouterTableList.RouterTableListType',
    );
    const tableId = String(tables[0]?.RouteTableId);
    const entries = rows(
      this.ok(side.account, 'Vpc.DescribeRouteEntryList', { RegionId: region, RouteTableId: tableId }),
      'RouteEntrys.RouteEntry',
    );
    const target = parseCidr(toCidr);
    const covered = entries.some((e) => {
      const hop = rows(e, 'NextHops.NextHop')[0];
      const dest = parseCidr(String(e.DestinationCidrBlock));
      return hop?.NextHopId === side.attachment && dest && target && cidrContains(dest, target);
    });
    if (!covered)
      this.ok(side.account, 'Vpc.CreateRouteEntry', {
        RegionId: region,
        RouteTableId: tableId,
        DestinationCidrBlock: toCidr,
        NextHopType: 'Attachment',
        NextHopId: side.attachment,
        ClientToken: this.clientToken('route'),
      });
    this.settle();
  }

  /** Plays the Enterprise path to the end, fixing what the scenario broke. */
  override play(): void {
    this.serviceOn('A');
    this.serviceOn('B');

    const cens = rows(this.ok('A', 'Cbn.DescribeCens', { PageSize: 50 }), 'Cens.Cen');
    let cenId = cens.find((c) => c.Name === TUTORIAL.cenName)?.CenId as string | undefined;
    if (!cenId) {
      cenId = String(
        this.ok('A', 'Cbn.CreateCen', { Name: TUTORIAL.cenName, ClientToken: this.clientToken('cen') }).CenId,
      );
      this.settle();
    }

    const aVpc = rows(this.ok('A', 'Vpc.DescribeVpcs', { RegionId: TUTORIAL.regionA }), 'Vpcs.Vpc').find(
      (v) => v.VpcName === 'A-Qingdao-VPC',
    );
    if (!aVpc) throw new Error('no A-Qingdao-VPC');
    const aEcs = this.instances('A', TUTORIAL.regionA).find((i) => vpcOf(i) === aVpc.VpcId);
    if (!aEcs) throw new Error('no ECS in A-Qingdao-VPC');
    const bInstances = this.instances('B', TUTORIAL.regionB);
    const bVpc = rows(this.ok('B', 'Vpc.DescribeVpcs', { RegionId: TUTORIAL.regionB }), 'Vpcs.Vpc').find(
      (v) =>
        !overlaps(String(v.CidrBlock), String(aVpc.CidrBlock)) &&
        bInstances.some((i) => vpcOf(i) === v.VpcId),
    );
    if (!bVpc) throw new Error('no usable VPC of B in Beijing');
    const bEcs = bInstances.find((i) => vpcOf(i) === bVpc.VpcId);
    if (!bEcs) throw new Error('no ECS in B’s VPC');

    const a: Side = { account: 'A', vpc: aVpc, ecs: aEcs, ...this.router(cenId, TUTORIAL.regionA) };
    const b: Side = { account: 'B', vpc: bVpc, ecs: bEcs, ...this.router(cenId, TUTORIAL.regionB) };
    this.grant(cenId, bVpc);
    for (const side of [a, b]) {
      side.attachment = this.attach(cenId, side);
      this.link(side.attachment, side.table);
    }
    const peer = this.peer(cenId, a, b);
    this.link(peer, a.table);
    this.link(peer, b.table);
    this.route(a, String(bVpc.CidrBlock));
    this.route(b, String(aVpc.CidrBlock));

    this.openIcmp('B', TUTORIAL.regionB, bEcs, this.ipOf(aEcs), String(aVpc.CidrBlock));
    this.openIcmp('A', TUTORIAL.regionA, aEcs, this.ipOf(bEcs), String(bVpc.CidrBlock));
    this.ping('A', TUTORIAL.regionA, aEcs, this.ipOf(bEcs));
    this.ping('B', TUTORIAL.regionB, bEcs, this.ipOf(aEcs));
  }
}
