// Where things go: account A's lane on the left, B's on the right, the CEN in the middle, regions as groups of
// network boxes, region connections as curves under the CEN. Pure geometry, so the layout is testable.
import type { TopologyModel } from './topology-model';
import type { AccountName } from '../../domain/accounts';

export const WIDTH = 980;
const LANE_W = 320;
const LANE_X = { A: 16, B: WIDTH - 16 - LANE_W } as const;
const TOP = 64;
const REGION_HEAD = 30;
const NET_H = 58;
const NET_GAP = 8;
const REGION_GAP = 20;
const PAD = 12;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  height: number;
  lanes: { account: AccountName; box: Box }[];
  regions: { key: string; account: AccountName; regionId: string; box: Box }[];
  networks: { id: string; account: AccountName; regionId: string; box: Box }[];
  cen: { cx: number; cy: number; r: number };
  pkg: Box;
  edges: { key: string; path: string; label: { x: number; y: number } }[];
}

export function layout(model: TopologyModel): Layout {
  const regions: Layout['regions'] = [];
  const networks: Layout['networks'] = [];
  let bottom = TOP + 120;
  for (const lane of model.lanes) {
    let y = TOP + 36;
    const x = LANE_X[lane.account];
    for (const r of lane.regions) {
      const h = REGION_HEAD + r.networks.length * (NET_H + NET_GAP) + PAD;
      regions.push({
        key: `${lane.account}:${r.regionId}`,
        account: lane.account,
        regionId: r.regionId,
        box: { x: x + PAD, y, w: LANE_W - 2 * PAD, h },
      });
      r.networks.forEach((n, i) =>
        networks.push({
          id: n.id,
          account: lane.account,
          regionId: r.regionId,
          box: { x: x + 2 * PAD, y: y + REGION_HEAD + i * (NET_H + NET_GAP), w: LANE_W - 4 * PAD, h: NET_H },
        }),
      );
      y += h + REGION_GAP;
    }
    bottom = Math.max(bottom, y);
  }
  const cen = { cx: WIDTH / 2, cy: TOP + 110, r: 80 };
  const pkg: Box = { x: WIDTH / 2 - 130, y: cen.cy + cen.r + 24, w: 260, h: 88 };
  bottom = Math.max(bottom, pkg.y + pkg.h + 20);
  const edges = model.edges.map((e, i) => {
    const from = regions.find((r) => r.regionId === e.a) ?? regions.find((r) => r.regionId === e.b);
    const to = regions.find((r) => r.regionId === e.b && r !== from) ?? from;
    const p1 = anchor(from?.box, cen.cx);
    const p2 = anchor(to?.box, cen.cx);
    // Passes under the package box, one row per connection so several labels never overlap. A cubic Bézier
    // with both control points at height c is at 0.125·(y1 + y2) + 0.75·c at its middle; c is chosen for that.
    const low = pkg.y + pkg.h + 48 + i * 44;
    const c = (low - 0.125 * (p1.y + p2.y)) / 0.75;
    bottom = Math.max(bottom, low + 30);
    return {
      key: `${e.a}:${e.b}`,
      path: `M ${p1.x} ${p1.y} C ${p1.x} ${c}, ${p2.x} ${c}, ${p2.x} ${p2.y}`,
      label: { x: (p1.x + p2.x) / 2, y: low + 22 },
    };
  });
  return {
    height: bottom + 16,
    lanes: model.lanes.map((l) => ({
      account: l.account,
      box: { x: LANE_X[l.account], y: TOP, w: LANE_W, h: bottom - TOP },
    })),
    regions,
    networks,
    cen,
    pkg,
    edges,
  };
}

/**
 * Where a connection leaves a region group: the bottom, two thirds of the way towards the CEN — so the curve runs
 * under the package box instead of across it.
 */
function anchor(box: Box | undefined, centreX: number): { x: number; y: number } {
  if (!box) return { x: centreX, y: TOP + 200 };
  const x = box.x + box.w / 2 < centreX ? box.x + (box.w * 2) / 3 : box.x + box.w / 3;
  return { x, y: box.y + box.h };
}
