// What the picture shows, from the same snapshot the plan reads (state/cloud-snapshot.ts): the CEN, each account's
// regions and networks (attached, or chosen and still to attach), the region connections and the package.
// Pure, so the picture can be tested without a browser.
import type { CloudSnapshot } from '../state/cloud-snapshot';
import { runPackage } from '../plan/setup-input-from';
import type { AccountName } from '../../domain/accounts';

export interface TopoNetwork {
  id: string;
  type: string;
  cidr?: string | undefined;
  /** Attachment status as DescribeCenAttachedChildInstances lists it, 'Granted' or 'NotAttached'. */
  status: string;
}

export interface TopoRegion {
  regionId: string;
  networks: TopoNetwork[];
}

export interface TopoLane {
  account: AccountName;
  uid?: string | undefined;
  regions: TopoRegion[];
}

export interface TopoEdge {
  a: string;
  b: string;
  bandwidth: number;
  status: string;
}

export interface TopologyModel {
  cen?: { id: string; name?: string | undefined; status: string } | undefined;
  lanes: [TopoLane, TopoLane];
  edges: TopoEdge[];
  bandwidthPackage?:
    { id: string; name?: string | undefined; total: number; allocated: number; status: string } | undefined;
}

export function topologyFrom(s: CloudSnapshot): TopologyModel {
  const lanes: [TopoLane, TopoLane] = [
    { account: 'A', uid: s.uidA, regions: [] },
    { account: 'B', uid: s.uidB, regions: [] },
  ];
  const place = (account: AccountName, regionId: string, n: TopoNetwork) => {
    const lane = lanes[account === 'A' ? 0 : 1];
    let region = lane.regions.find((r) => r.regionId === regionId);
    if (!region) {
      region = { regionId, networks: [] };
      lane.regions.push(region);
    }
    if (!region.networks.some((x) => x.id === n.id)) region.networks.push(n);
  };
  const cidrOf = (id: string) => s.vpcs.find((v) => v.id === id)?.cidr;
  for (const c of s.attachments ?? [])
    place(c.ChildInstanceOwnerId === s.uidB ? 'B' : 'A', c.ChildInstanceRegionId, {
      id: c.ChildInstanceId,
      type: c.ChildInstanceType,
      cidr: cidrOf(c.ChildInstanceId),
      status: c.Status,
    });
  const granted = Boolean(s.cenId && s.grants?.some((g) => g.CenInstanceId === s.cenId));
  if (s.ownNetwork)
    place('A', s.ownNetwork.regionId, {
      id: s.ownNetwork.instanceId,
      type: s.ownNetwork.type,
      cidr: cidrOf(s.ownNetwork.instanceId),
      status: 'NotAttached',
    });
  if (s.network)
    place('B', s.network.regionId, {
      id: s.network.instanceId,
      type: s.network.type,
      cidr: cidrOf(s.network.instanceId),
      status: granted ? 'Granted' : 'NotAttached',
    });
  const limits = (s.limits ?? []).filter((l) => l.BandwidthLimit > 0 || l.Status !== 'Active');
  const pkg = runPackage(s);
  return {
    cen:
      s.cenId && s.cen
        ? { id: s.cenId, name: s.cen.Name, status: s.cen.Status }
        : s.cenId && s.cen === undefined
          ? { id: s.cenId, status: 'Unknown' }
          : undefined,
    lanes,
    edges: limits.map((l) => ({
      a: l.LocalRegionId,
      b: l.OppositeRegionId,
      bandwidth: l.BandwidthLimit,
      status: l.Status,
    })),
    bandwidthPackage: pkg && {
      id: pkg.CenBandwidthPackageId,
      name: pkg.Name,
      total: pkg.Bandwidth,
      allocated: (s.limits ?? [])
        .filter((l) => !l.BandwidthPackageId || l.BandwidthPackageId === pkg.CenBandwidthPackageId)
        .reduce((sum, l) => sum + l.BandwidthLimit, 0),
      status: pkg.Status,
    },
  };
}

/** Settled, changing or absent: drawn as a solid, dashed or dotted outline AND spelled out in the label. */
export type Shape = 'settled' | 'changing' | 'absent';

export function shapeOf(status: string): Shape {
  if (['Active', 'Attached', 'InUse', 'Idle', 'Available'].includes(status)) return 'settled';
  // The transit routers' links and VPC routes change through their own words (docs/reference/enterprise-edition.md
  // docs/reference/enterprise-edition.md §2 steps 6 and 10 b).
  const changing = ['Creating', 'Attaching', 'Detaching', 'Modifying', 'Deleting', 'Unknown', 'Pending'];
  const linkChanging = ['Associating', 'Dissociating', 'Enabling', 'Disabling'];
  if ([...changing, ...linkChanging].includes(status)) return 'changing';
  return 'absent';
}
