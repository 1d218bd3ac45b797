// The Enterprise-Edition picture: A's region on the left, B's on the right, each a column of its transit router (with
// its System table and the peer attachment's links on it), the VPC attachment and the VPC; the CEN above, the peer
// attachment between the routers. Drawn with SVG attributes only (no CSS classes) so the downloaded SVG and PNG look
// like the page, and statuses are words plus an outline style, never colour alone — the frame, boxes and text lines are
// svg-figure.tsx's, shared with the Basic picture (topology-svg.tsx). The journey has exactly two VPCs and two routers,
// so the layout is fixed.
import { forwardRef } from 'react';
import type { AccountName } from '../../domain/accounts';
import { regionLabel, type Locale } from '../../domain/regions';
import { statusWord } from '../i18n/cloud-status';
import type { TextFn } from '../i18n/feature-text';
import type { EnterpriseSide, EnterpriseTopology } from './enterprise-topology-model';
import { shapeOf } from './topology-model';
import type { TopologyTextKey } from './topology-text';
import { DASH, GLYPH, INK, MUTED, OutlinedBox, short, SvgFigure, TextLines } from './svg-figure';

const WIDTH = 980;
const HEIGHT = 520;
const COL_W = 330;
const COL_X = { A: 16, B: WIDTH - 16 - COL_W } as const;
const COLOUR = { A: '#003eb3', B: '#531dab' } as const;
const ROUTER = { y: 150, h: 112 };
const VPC = { y: 400, h: 96 };

interface Props {
  model: EnterpriseTopology;
  t: TextFn<TopologyTextKey>;
  locale: Locale;
}

const shapeOrAbsent = (status: string | undefined) => (status ? shapeOf(status) : 'absent');

export const EnterpriseTopologySvg = forwardRef<SVGSVGElement, Props>(function EnterpriseTopologySvg(
  { model, t, locale },
  ref,
) {
  const word = (status: string | undefined) =>
    status ? `${GLYPH[shapeOf(status)]} ${statusWord(status, locale)}` : `${GLYPH.absent} ${t('none')}`;
  const links = (l: { association?: string | undefined; propagation?: string | undefined }) =>
    t('links', { association: word(l.association), propagation: word(l.propagation) });
  const routerX = (a: AccountName) => (a === 'A' ? COL_X.A + COL_W : COL_X.B);
  const cen = model.cen;
  const peer = model.peer;
  return (
    <SvgFigure ref={ref} width={WIDTH} height={HEIGHT} titleId="ee-topology-svg-title" title={t('eeFigure')}>
      <g data-testid="topology-cen" data-status={cen?.status ?? 'None'}>
        <OutlinedBox
          box={{ x: WIDTH / 2 - 150, y: 12, w: 300, h: 84 }}
          rx={10}
          fill="#f0f5ff"
          stroke={INK}
          strokeWidth={3}
          dash={DASH[shapeOrAbsent(cen?.status)]}
        />
        <TextLines
          x={WIDTH / 2}
          anchor="middle"
          lines={[
            { y: 34, fontWeight: 700, fontSize: 15, text: `${t('cen')} ${cen?.id ?? ''}` },
            ...(cen
              ? [
                  {
                    y: 56,
                    fontSize: 11,
                    fill: MUTED,
                    title: cen.name ?? '',
                    text: short(cen.name ?? '', 40),
                  },
                  { y: 80, text: word(cen.status) },
                ]
              : [{ y: 64, fill: MUTED, text: t('noCen') }]),
          ]}
        />
      </g>

      {model.sides.map((s) => (
        <Column key={s.account} side={s} t={t} locale={locale} word={word} links={links} />
      ))}

      <g data-testid="topology-peer" data-status={peer?.status ?? 'None'}>
        <line
          x1={routerX('A')}
          y1={ROUTER.y + ROUTER.h / 2}
          x2={routerX('B')}
          y2={ROUTER.y + ROUTER.h / 2}
          stroke="#0958d9"
          strokeWidth={3}
          strokeDasharray={DASH[shapeOrAbsent(peer?.status)]}
        />
        <TextLines
          x={WIDTH / 2}
          anchor="middle"
          lines={[
            { y: ROUTER.y + 30, fontWeight: 600, text: t('peer') },
            ...(peer
              ? [
                  { y: ROUTER.y + 84, fontSize: 11, fill: MUTED, text: peer.id },
                  {
                    y: ROUTER.y + 102,
                    text: t('peerLine', { bandwidth: peer.bandwidth ?? '?', status: word(peer.status) }),
                  },
                ]
              : [{ y: ROUTER.y + 84, fill: MUTED, text: t('noPeer') }]),
          ]}
        />
      </g>
    </SvgFigure>
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
  const below = ROUTER.y + ROUTER.h;
  return (
    <g data-testid={`lane-${s.account}`}>
      <TextLines
        x={x}
        lines={[
          {
            y: 122,
            fontWeight: 700,
            fontSize: 15,
            fill: colour,
            text: `${t('accountLane', { account: s.account })}${s.uid ? ` · UID ${s.uid}` : ''}`,
          },
          {
            y: 140,
            fontWeight: 600,
            text: s.vpc ? `${regionLabel(s.vpc.regionId, locale)} · ${s.vpc.regionId}` : '',
          },
        ]}
      />

      <g data-testid={`topology-router-${s.account}`} data-status={s.router?.status ?? 'None'}>
        <OutlinedBox
          box={{ x, y: ROUTER.y, w: COL_W, h: ROUTER.h }}
          rx={8}
          fill="#ffffff"
          stroke={colour}
          strokeWidth={2}
          dash={DASH[shapeOrAbsent(s.router?.status)]}
        />
        <TextLines
          x={x + 10}
          lines={[
            { y: ROUTER.y + 20, fontWeight: 600, text: `${t('router')} ${s.router?.id ?? ''}` },
            ...(s.router
              ? [
                  { y: ROUTER.y + 40, text: word(s.router.status) },
                  {
                    y: ROUTER.y + 60,
                    fill: MUTED,
                    fontSize: 12,
                    text: t('systemTable', { id: s.router.routeTableId ?? '?' }),
                  },
                  { y: ROUTER.y + 80, fontSize: 12, text: `${t('peer')}:` },
                  { y: ROUTER.y + 98, fontSize: 12, text: links(s.peerLinks) },
                ]
              : [{ y: ROUTER.y + 44, fill: MUTED, text: t('noRouter') }]),
          ]}
        />
      </g>

      <g data-testid={`topology-attachment-${s.account}`} data-status={s.attachment?.status ?? 'None'}>
        <line
          x1={mid}
          y1={below}
          x2={mid}
          y2={VPC.y}
          stroke={MUTED}
          strokeWidth={2}
          strokeDasharray={DASH[shapeOrAbsent(s.attachment?.status)]}
        />
        <TextLines
          x={mid + 8}
          lines={[
            {
              y: below + 30,
              fontWeight: 600,
              fontSize: 12,
              text: `${t('vpcAttachment')} ${s.attachment?.id ?? ''}`,
            },
            s.attachment
              ? { y: below + 50, fontSize: 12, text: word(s.attachment.status) }
              : { y: below + 50, fill: MUTED, fontSize: 12, text: t('noAttachment') },
          ]}
        />
        {s.attachment ? (
          <TextLines x={x} lines={[{ y: below + 72, fontSize: 12, text: links(s.attachment) }]} />
        ) : null}
      </g>

      <g data-testid={`topology-vpc-${s.account}`} data-network={s.vpc?.id ?? ''}>
        <OutlinedBox
          box={{ x, y: VPC.y, w: COL_W, h: VPC.h }}
          rx={6}
          fill="#fafafa"
          stroke={colour}
          strokeWidth={2}
        />
        <TextLines
          x={x + 10}
          lines={
            s.vpc
              ? [
                  { y: VPC.y + 20, fontWeight: 600, text: `VPC ${s.vpc.id}` },
                  {
                    y: VPC.y + 40,
                    fill: MUTED,
                    text: `${s.vpc.cidr ?? t('noCidr')} · ${t('ownerOf', { account: s.account })}`,
                  },
                  {
                    y: VPC.y + 62,
                    fontSize: 12,
                    text: s.route
                      ? t('routeTo', { cidr: s.route.destination ?? '?', status: word(s.route.status) })
                      : t('noRoute'),
                  },
                ]
              : [{ y: VPC.y + 30, fill: MUTED, text: t('noVpc') }]
          }
        />
      </g>
    </g>
  );
}
