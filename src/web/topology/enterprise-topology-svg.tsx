// The Enterprise-Edition picture: A's region on the left, B's on the right, each a column of its transit router (with
// its System table and the peer attachment's links on it), the VPC attachment and the VPC; the CEN above, the peer
// attachment between the routers. Drawn with SVG attributes only (no CSS classes) so the downloaded SVG and PNG look
// like the page, and statuses are words plus an outline style, never colour alone — as the Basic picture
// (topology-svg.tsx). The journey has exactly two VPCs and two routers, so the layout is fixed.
import { forwardRef } from 'react';
import { regionLabel, type Locale } from '../../domain/regions';
import { statusWord } from '../i18n/cloud-status';
import type { TextFn } from '../i18n/feature-text';
import type { EnterpriseSide, EnterpriseTopology } from './enterprise-topology-model';
import { shapeOf, type Shape } from './topology-model';
import type { TopologyTextKey } from './topology-text';

const WIDTH = 980;
const HEIGHT = 520;
const COL_W = 330;
const COL_X = { A: 16, B: WIDTH - 16 - COL_W } as const;
const DASH: Record<Shape, string | undefined> = { settled: undefined, changing: '8 5', absent: '2 4' };
const GLYPH: Record<Shape, string> = { settled: '✓', changing: '⟳', absent: '○' };
const INK = '#1f1f1f';
const MUTED = '#434343';
const COLOUR = { A: '#003eb3', B: '#531dab' } as const;
const ROUTER = { y: 150, h: 112 };
const VPC = { y: 400, h: 96 };

interface Props {
  model: EnterpriseTopology;
  t: TextFn<TopologyTextKey>;
  locale: Locale;
}

const shapeOrAbsent = (status: string | undefined) => (status ? shapeOf(status) : 'absent');
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const EnterpriseTopologySvg = forwardRef<SVGSVGElement, Props>(function EnterpriseTopologySvg(
  { model, t, locale },
  ref,
) {
  const word = (status: string | undefined) =>
    status ? `${GLYPH[shapeOf(status)]} ${statusWord(status, locale)}` : `${GLYPH.absent} ${t('none')}`;
  const links = (l: { association?: string | undefined; propagation?: string | undefined }) =>
    t('links', { association: word(l.association), propagation: word(l.propagation) });
  const routerX = (a: 'A' | 'B') => (a === 'A' ? COL_X.A + COL_W : COL_X.B);
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="ee-topology-svg-title"
      fontFamily="-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif"
      fontSize={13}
      data-testid="topology-svg"
      style={{ maxWidth: '100%', height: 'auto', background: '#fff' }}
    >
      <title id="ee-topology-svg-title">{t('eeFigure')}</title>
      <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#ffffff" />

      <g data-testid="topology-cen" data-status={model.cen?.status ?? 'None'}>
        <rect
          x={WIDTH / 2 - 150}
          y={12}
          width={300}
          height={84}
          rx={10}
          fill="#f0f5ff"
          stroke={INK}
          strokeWidth={3}
          strokeDasharray={DASH[shapeOrAbsent(model.cen?.status)]}
        />
        <text x={WIDTH / 2} y={34} textAnchor="middle" fontWeight={700} fontSize={15} fill={INK}>
          {t('cen')} {model.cen?.id ?? ''}
        </text>
        {model.cen ? (
          <>
            <text x={WIDTH / 2} y={56} textAnchor="middle" fontSize={11} fill={MUTED}>
              <title>{model.cen.name ?? ''}</title>
              {short(model.cen.name ?? '', 40)}
            </text>
            <text x={WIDTH / 2} y={80} textAnchor="middle" fill={INK}>
              {word(model.cen.status)}
            </text>
          </>
        ) : (
          <text x={WIDTH / 2} y={64} textAnchor="middle" fill={MUTED}>
            {t('noCen')}
          </text>
        )}
      </g>

      {model.sides.map((s) => (
        <Column key={s.account} side={s} t={t} locale={locale} word={word} links={links} />
      ))}

      <g data-testid="topology-peer" data-status={model.peer?.status ?? 'None'}>
        <line
          x1={routerX('A')}
          y1={ROUTER.y + ROUTER.h / 2}
          x2={routerX('B')}
          y2={ROUTER.y + ROUTER.h / 2}
          stroke="#0958d9"
          strokeWidth={3}
          strokeDasharray={DASH[shapeOrAbsent(model.peer?.status)]}
        />
        <text x={WIDTH / 2} y={ROUTER.y + 30} textAnchor="middle" fontWeight={600} fill={INK}>
          {t('peer')}
        </text>
        {model.peer ? (
          <>
            <text x={WIDTH / 2} y={ROUTER.y + 84} textAnchor="middle" fontSize={11} fill={MUTED}>
              {model.peer.id}
            </text>
            <text x={WIDTH / 2} y={ROUTER.y + 102} textAnchor="middle" fill={INK}>
              {t('peerLine', { bandwidth: model.peer.bandwidth ?? '?', status: word(model.peer.status) })}
            </text>
          </>
        ) : (
          <text x={WIDTH / 2} y={ROUTER.y + 84} textAnchor="middle" fill={MUTED}>
            {t('noPeer')}
          </text>
        )}
      </g>
    </svg>
  );
});

function Column({
  side: s,
  t,
  locale,
  word,
  links,
}: {
  side: EnterpriseSide;
  t: TextFn<TopologyTextKey>;
  locale: Locale;
  word: (status: string | undefined) => string;
  links: (l: { association?: string | undefined; propagation?: string | undefined }) => string;
}) {
  const x = COL_X[s.account];
  const colour = COLOUR[s.account];
  const mid = x + COL_W / 2;
  return (
    <g data-testid={`lane-${s.account}`}>
      <text x={x} y={122} fontWeight={700} fontSize={15} fill={colour}>
        {t('accountLane', { account: s.account })}
        {s.uid ? ` · UID ${s.uid}` : ''}
      </text>
      <text x={x} y={140} fontWeight={600} fill={INK}>
        {s.vpc ? `${regionLabel(s.vpc.regionId, locale)} · ${s.vpc.regionId}` : ''}
      </text>

      <g data-testid={`topology-router-${s.account}`} data-status={s.router?.status ?? 'None'}>
        <rect
          x={x}
          y={ROUTER.y}
          width={COL_W}
          height={ROUTER.h}
          rx={8}
          fill="#ffffff"
          stroke={colour}
          strokeWidth={2}
          strokeDasharray={DASH[shapeOrAbsent(s.router?.status)]}
        />
        <text x={x + 10} y={ROUTER.y + 20} fontWeight={600} fill={INK}>
          {t('router')} {s.router?.id ?? ''}
        </text>
        {s.router ? (
          <>
            <text x={x + 10} y={ROUTER.y + 40} fill={INK}>
              {word(s.router.status)}
            </text>
            <text x={x + 10} y={ROUTER.y + 60} fill={MUTED} fontSize={12}>
              {t('systemTable', { id: s.router.routeTableId ?? '?' })}
            </text>
            <text x={x + 10} y={ROUTER.y + 80} fill={INK} fontSize={12}>
              {t('peer')}:
            </text>
            <text x={x + 10} y={ROUTER.y + 98} fill={INK} fontSize={12}>
              {links(s.peerLinks)}
            </text>
          </>
        ) : (
          <text x={x + 10} y={ROUTER.y + 44} fill={MUTED}>
            {t('noRouter')}
          </text>
        )}
      </g>

      <g data-testid={`topology-attachment-${s.account}`} data-status={s.attachment?.status ?? 'None'}>
        <line
          x1={mid}
          y1={ROUTER.y + ROUTER.h}
          x2={mid}
          y2={VPC.y}
          stroke={MUTED}
          strokeWidth={2}
          strokeDasharray={DASH[shapeOrAbsent(s.attachment?.status)]}
        />
        <text x={mid + 8} y={ROUTER.y + ROUTER.h + 30} fill={INK} fontWeight={600} fontSize={12}>
          {t('vpcAttachment')} {s.attachment?.id ?? ''}
        </text>
        {s.attachment ? (
          <>
            <text x={mid + 8} y={ROUTER.y + ROUTER.h + 50} fill={INK} fontSize={12}>
              {word(s.attachment.status)}
            </text>
            <text x={x} y={ROUTER.y + ROUTER.h + 72} fill={INK} fontSize={12}>
              {links(s.attachment)}
            </text>
          </>
        ) : (
          <text x={mid + 8} y={ROUTER.y + ROUTER.h + 50} fill={MUTED} fontSize={12}>
            {t('noAttachment')}
          </text>
        )}
      </g>

      <g data-testid={`topology-vpc-${s.account}`} data-network={s.vpc?.id ?? ''}>
        <rect
          x={x}
          y={VPC.y}
          width={COL_W}
          height={VPC.h}
          rx={6}
          fill="#fafafa"
          stroke={colour}
          strokeWidth={2}
        />
        {s.vpc ? (
          <>
            <text x={x + 10} y={VPC.y + 20} fontWeight={600} fill={INK}>
              VPC {s.vpc.id}
            </text>
            <text x={x + 10} y={VPC.y + 40} fill={MUTED}>
              {s.vpc.cidr ?? t('noCidr')} · {t('ownerOf', { account: s.account })}
            </text>
            <text x={x + 10} y={VPC.y + 62} fill={INK} fontSize={12}>
              {s.route
                ? t('routeTo', { cidr: s.route.destination ?? '?', status: word(s.route.status) })
                : t('noRoute')}
            </text>
          </>
        ) : (
          <text x={x + 10} y={VPC.y + 30} fill={MUTED}>
            {t('noVpc')}
          </text>
        )}
      </g>
    </g>
  );
}
