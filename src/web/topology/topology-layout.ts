// Where things go: account A's lane on the left, B's on the right, the CEN in the middle, regions as groups of
// network boxes, region connections as curves under the CEN. Pure geometry, so the layout is testable.
import type { TopologyModel } from './topology-model';

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
  lanes: { account: 'A' | 'B'; box: Box }[];
  regions: { key: string; account: 'A' | 'B'; regionId: string; box: Box }[];
  networks: { id: string; account: 'A' | 'B'; regionId: string; box: Box }[];
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
  const cen = { cx: WIDTH / 2, cy: TOP + 110, r: 72 };
  const pkg: Box = { x: WIDTH / 2 - 130, y: cen.cy + cen.r + 24, w: 260, h: 88 };
  bottom = Math.max(bottom, pkg.y + pkg.h + 20);
  const edges = model.edges.map((e, i) => {
    const from = regions.find((r) => r.regionId === e.a) ?? regions.find((r) => r.regionId === e.b);
    const to = regions.find((r) => r.regionId === e.b && r !== from) ?? from;
    const p1 = anchor(from?.box, cen.cx);
    const p2 = anchor(to?.box, cen.cx);
    // Below the package box, one row per connection so several labels never overlap.
    const cy = pkg.y + pkg.h + 50 + i * 44;
    bottom = Math.max(bottom, cy + 30);
    return {
      key: `${e.a}:${e.b}`,
      path: `M ${p1.x} ${p1.y} C ${p1.x} ${cy}, ${p2.x} ${cy}, ${p2.x} ${p2.y}`,
      label: { x: (p1.x + p2.x) / 2, y: cy - 4 },
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

/** The middle of the region group's side that faces the CEN (bottom centre when there is no group). */
function anchor(box: Box | undefined, centreX: number): { x: number; y: number } {
  if (!box) return { x: centreX, y: TOP + 200 };
  const x = box.x + box.w / 2 < centreX ? box.x + box.w : box.x;
  return { x, y: box.y + box.h / 2 };
}
