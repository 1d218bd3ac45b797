// The picture itself. Everything is drawn with SVG attributes (no CSS classes) so the downloaded SVG and the PNG
// look exactly like the page. Statuses are words plus an outline style (solid/dashed/dotted), never colour alone.
import { forwardRef } from 'react';
import { regionLabel, type Locale } from '../../domain/regions';
import { statusWord } from '../i18n/cloud-status';
import type { TextFn } from '../i18n/feature-text';
import { layout } from './topology-layout';
import { shapeOf, type Shape, type TopologyModel } from './topology-model';
import type { TopologyTextKey } from './topology-text';
import { WIDTH } from './topology-layout';
import type { AccountName } from '../../domain/accounts';

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const DASH: Record<Shape, string | undefined> = { settled: undefined, changing: '8 5', absent: '2 4' };
const GLYPH: Record<Shape, string> = { settled: '✓', changing: '⟳', absent: '○' };
const INK = '#1f1f1f';
const MUTED = '#434343';
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
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      width={WIDTH}
      height={l.height}
      viewBox={`0 0 ${WIDTH} ${l.height}`}
      role="img"
      aria-labelledby="topology-svg-title"
      fontFamily="-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif"
      fontSize={13}
      data-testid="topology-svg"
      style={{ maxWidth: '100%', height: 'auto', background: '#fff' }}
    >
      <title id="topology-svg-title">{t('figure')}</title>
      <rect x={0} y={0} width={WIDTH} height={l.height} fill="#ffffff" />

      {l.lanes.map((lane) => {
        const data = model.lanes.find((x) => x.account === lane.account);
        return (
          <g key={lane.account} data-testid={`lane-${lane.account}`}>
            <rect
              x={lane.box.x}
              y={lane.box.y}
              width={lane.box.w}
              height={lane.box.h}
              rx={10}
              fill="#fafafa"
              stroke={laneColour(lane.account)}
              strokeWidth={2}
            />
            <text
              x={lane.box.x + 12}
              y={lane.box.y + 24}
              fontWeight={700}
              fontSize={15}
              fill={laneColour(lane.account)}
            >
              {t('accountLane', { account: lane.account })}
              {data?.uid ? ` · UID ${data.uid}` : ''}
            </text>
          </g>
        );
      })}

      {l.regions.map((r) => (
        <g key={r.key} data-testid="topology-region" data-region={r.regionId}>
          <rect
            x={r.box.x}
            y={r.box.y}
            width={r.box.w}
            height={r.box.h}
            rx={8}
            fill="#ffffff"
            stroke="#8c8c8c"
          />
          <text x={r.box.x + 10} y={r.box.y + 20} fontWeight={600} fill={INK}>
            {regionLabel(r.regionId, locale)} · {r.regionId}
          </text>
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
        const shape = shapeOf(net.status);
        return (
          <g key={n.id} data-testid="topology-network" data-network={n.id} data-status={net.status}>
            <rect
              x={n.box.x}
              y={n.box.y}
              width={n.box.w}
              height={n.box.h}
              rx={6}
              fill="#ffffff"
              stroke={laneColour(n.account)}
              strokeWidth={2}
              strokeDasharray={DASH[shape]}
            />
            <text x={n.box.x + 8} y={n.box.y + 18} fill={INK} fontWeight={600}>
              {net.type} {net.id}
            </text>
            <text x={n.box.x + 8} y={n.box.y + 35} fill={MUTED}>
              {net.cidr ?? t('noCidr')}
            </text>
            <text x={n.box.x + 8} y={n.box.y + 51} fill={INK}>
              {status(net.status)}
            </text>
          </g>
        );
      })}

      <g data-testid="topology-cen" data-status={model.cen?.status ?? 'None'}>
        <circle
          cx={l.cen.cx}
          cy={l.cen.cy}
          r={l.cen.r}
          fill="#f0f5ff"
          stroke={INK}
          strokeWidth={3}
          strokeDasharray={model.cen ? DASH[shapeOf(model.cen.status)] : DASH.absent}
        />
        <text x={l.cen.cx} y={l.cen.cy - 22} textAnchor="middle" fontWeight={700} fontSize={16} fill={INK}>
          {t('cen')}
        </text>
        {model.cen ? (
          <>
            <text x={l.cen.cx} y={l.cen.cy - 2} textAnchor="middle" fontSize={11} fill={INK}>
              {model.cen.id}
            </text>
            <text x={l.cen.cx} y={l.cen.cy + 16} textAnchor="middle" fontSize={11} fill={MUTED}>
              {/* Names run to 128 characters; the circle holds about 24 at this size, the full name is in <title>. */}
              <title>{model.cen.name ?? ''}</title>
              {short(model.cen.name ?? '', 24)}
            </text>
            <text x={l.cen.cx} y={l.cen.cy + 36} textAnchor="middle" fill={INK}>
              {status(model.cen.status)}
            </text>
          </>
        ) : (
          <text x={l.cen.cx} y={l.cen.cy + 4} textAnchor="middle" fontSize={12} fill={MUTED}>
            {t('noCen')}
          </text>
        )}
      </g>

      <g data-testid="topology-package" data-status={model.bandwidthPackage?.status ?? 'None'}>
        <rect
          x={l.pkg.x}
          y={l.pkg.y}
          width={l.pkg.w}
          height={l.pkg.h}
          rx={8}
          fill="#fffbe6"
          stroke="#614700"
          strokeWidth={2}
          strokeDasharray={
            model.bandwidthPackage ? DASH[shapeOf(model.bandwidthPackage.status)] : DASH.absent
          }
        />
        <text x={l.pkg.x + 10} y={l.pkg.y + 20} fontWeight={600} fill={INK}>
          {t('pkg')}
        </text>
        {model.bandwidthPackage ? (
          <>
            <text x={l.pkg.x + 10} y={l.pkg.y + 38} fontSize={11} fill={INK}>
              {model.bandwidthPackage.id}
            </text>
            <text x={l.pkg.x + 10} y={l.pkg.y + 56} fill={INK} data-testid="topology-package-totals">
              {t('pkgTotals', {
                total: model.bandwidthPackage.total,
                allocated: model.bandwidthPackage.allocated,
              })}
            </text>
            <text x={l.pkg.x + 10} y={l.pkg.y + 76} fill={INK}>
              {status(model.bandwidthPackage.status)}
            </text>
          </>
        ) : (
          <text x={l.pkg.x + 10} y={l.pkg.y + 44} fill={MUTED}>
            {t('noPkg')}
          </text>
        )}
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
    </svg>
  );
});
