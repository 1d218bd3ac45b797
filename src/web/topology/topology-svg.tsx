// The Basic Edition picture: account lanes with their regions and networks, the CEN in the middle, the package and
// the region connections under it. The frame, boxes and text lines are svg-figure.tsx's, shared with the Enterprise
// picture, so both look alike in the page and in the downloaded SVG and PNG.
import { forwardRef } from 'react';
import { regionLabel, type Locale } from '../../domain/regions';
import { statusWord } from '../i18n/cloud-status';
import type { TextFn } from '../i18n/feature-text';
import { layout, WIDTH } from './topology-layout';
import { shapeOf, type TopologyModel } from './topology-model';
import type { TopologyTextKey } from './topology-text';
import type { AccountName } from '../../domain/accounts';
import { DASH, GLYPH, INK, MUTED, OutlinedBox, short, SvgFigure, TextLines } from './svg-figure';

const A_COLOUR = '#003eb3';
const B_COLOUR = '#531dab';

interface Props {
  model: TopologyModel;
  t: TextFn<TopologyTextKey>;
  locale: Locale;
}

export const TopologySvg = forwardRef<SVGSVGElement, Props>(function TopologySvg({ model, t, locale }, ref) {
  const l = layout(model);
  const status = (s: string) => {
    if (s === 'NotAttached' || s === 'Granted') return `${GLYPH[shapeOf(s)]} ${t(s)}`;
    return `${GLYPH[shapeOf(s)]} ${statusWord(s, locale)}`;
  };
  const laneColour = (a: AccountName) => (a === 'A' ? A_COLOUR : B_COLOUR);
  const findNet = (id: string) =>
    model.lanes.flatMap((lane) => lane.regions.flatMap((r) => r.networks)).find((n) => n.id === id);
  const cen = model.cen;
  const pkg = model.bandwidthPackage;
  return (
    <SvgFigure ref={ref} width={WIDTH} height={l.height} titleId="topology-svg-title" title={t('figure')}>
      {l.lanes.map((lane) => {
        const data = model.lanes.find((x) => x.account === lane.account);
        return (
          <g key={lane.account} data-testid={`lane-${lane.account}`}>
            <OutlinedBox
              box={lane.box}
              rx={10}
              fill="#fafafa"
              stroke={laneColour(lane.account)}
              strokeWidth={2}
            />
            <TextLines
              x={lane.box.x + 12}
              lines={[
                {
                  y: lane.box.y + 24,
                  fontWeight: 700,
                  fontSize: 15,
                  fill: laneColour(lane.account),
                  text: (
                    <>
                      {t('accountLane', { account: lane.account })}
                      {data?.uid ? ` · UID ${data.uid}` : ''}
                    </>
                  ),
                },
              ]}
            />
          </g>
        );
      })}

      {l.regions.map((r) => (
        <g key={r.key} data-testid="topology-region" data-region={r.regionId}>
          <OutlinedBox box={r.box} rx={8} fill="#ffffff" stroke="#8c8c8c" />
          <TextLines
            x={r.box.x + 10}
            lines={[
              {
                y: r.box.y + 20,
                fontWeight: 600,
                text: `${regionLabel(r.regionId, locale)} · ${r.regionId}`,
              },
            ]}
          />
        </g>
      ))}

      {/* Attachment links first, so boxes sit on top of them. */}
      {l.networks.map((n) => {
        const net = findNet(n.id);
        if (!net || shapeOf(net.status) === 'absent' || net.status === 'Granted') return null;
        const left = n.box.x + n.box.w / 2 < l.cen.cx;
        const x1 = left ? n.box.x + n.box.w : n.box.x;
        const y1 = n.box.y + n.box.h / 2;
        const dx = l.cen.cx - x1;
        const dy = l.cen.cy - y1;
        const len = Math.hypot(dx, dy) || 1;
        return (
          <line
            key={`link-${n.id}`}
            x1={x1}
            y1={y1}
            x2={l.cen.cx - (dx / len) * l.cen.r}
            y2={l.cen.cy - (dy / len) * l.cen.r}
            stroke={MUTED}
            strokeWidth={2}
            strokeDasharray={DASH[shapeOf(net.status)]}
          />
        );
      })}

      {l.networks.map((n) => {
        const net = findNet(n.id);
        if (!net) return null;
        return (
          <g key={n.id} data-testid="topology-network" data-network={n.id} data-status={net.status}>
            <OutlinedBox
              box={n.box}
              rx={6}
              fill="#ffffff"
              stroke={laneColour(n.account)}
              strokeWidth={2}
              dash={DASH[shapeOf(net.status)]}
            />
            <TextLines
              x={n.box.x + 8}
              lines={[
                { y: n.box.y + 18, fontWeight: 600, text: `${net.type} ${net.id}` },
                { y: n.box.y + 35, fill: MUTED, text: net.cidr ?? t('noCidr') },
                { y: n.box.y + 51, text: status(net.status) },
              ]}
            />
          </g>
        );
      })}

      <g data-testid="topology-cen" data-status={cen?.status ?? 'None'}>
        <circle
          cx={l.cen.cx}
          cy={l.cen.cy}
          r={l.cen.r}
          fill="#f0f5ff"
          stroke={INK}
          strokeWidth={3}
          strokeDasharray={cen ? DASH[shapeOf(cen.status)] : DASH.absent}
        />
        <TextLines
          x={l.cen.cx}
          anchor="middle"
          lines={[
            { y: l.cen.cy - 22, fontWeight: 700, fontSize: 16, text: t('cen') },
            ...(cen
              ? [
                  { y: l.cen.cy - 2, fontSize: 11, text: cen.id },
                  // Names run to 128 characters; the circle holds about 24 at this size, the full name is the title.
                  {
                    y: l.cen.cy + 16,
                    fontSize: 11,
                    fill: MUTED,
                    title: cen.name ?? '',
                    text: short(cen.name ?? '', 24),
                  },
                  { y: l.cen.cy + 36, text: status(cen.status) },
                ]
              : [{ y: l.cen.cy + 4, fontSize: 12, fill: MUTED, text: t('noCen') }]),
          ]}
        />
      </g>

      <g data-testid="topology-package" data-status={pkg?.status ?? 'None'}>
        <OutlinedBox
          box={l.pkg}
          rx={8}
          fill="#fffbe6"
          stroke="#614700"
          strokeWidth={2}
          dash={pkg ? DASH[shapeOf(pkg.status)] : DASH.absent}
        />
        <TextLines
          x={l.pkg.x + 10}
          lines={[
            { y: l.pkg.y + 20, fontWeight: 600, text: t('pkg') },
            ...(pkg
              ? [
                  { y: l.pkg.y + 38, fontSize: 11, text: pkg.id },
                  {
                    y: l.pkg.y + 56,
                    testId: 'topology-package-totals',
                    text: t('pkgTotals', { total: pkg.total, allocated: pkg.allocated }),
                  },
                  { y: l.pkg.y + 76, text: status(pkg.status) },
                ]
              : [{ y: l.pkg.y + 44, fill: MUTED, text: t('noPkg') }]),
          ]}
        />
      </g>

      {l.edges.map((e, i) => {
        const edge = model.edges[i];
        if (!edge) return null;
        return (
          <g key={e.key} data-testid="topology-edge" data-status={edge.status}>
            <path
              d={e.path}
              fill="none"
              stroke="#0958d9"
              strokeWidth={3}
              strokeDasharray={DASH[shapeOf(edge.status)]}
            />
            <text
              x={e.label.x}
              y={e.label.y}
              textAnchor="middle"
              fontWeight={600}
              fill={INK}
              stroke="#ffffff"
              strokeWidth={4}
              paintOrder="stroke"
            >
              {edge.a} ↔ {edge.b}: {t('edge', { bandwidth: edge.bandwidth, status: status(edge.status) })}
            </text>
          </g>
        );
      })}
    </SvgFigure>
  );
});
