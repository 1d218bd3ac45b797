// The topology on Enterprise Edition: the picture of the transit routers and their attachments
// (enterprise-topology-svg.tsx) and the same facts as a list, for screen readers and for reading. It reads the
// Enterprise snapshot (state/enterprise-snapshot.ts), whose queries poll every second while a router, an attachment,
// a link or a route is still changing (api/transit-routers.ts), so each status here is the cloud's latest.
import { useMemo, useRef } from 'react';
import { statusWord } from '../i18n/cloud-status';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { useEnterpriseSnapshot } from '../state/enterprise-snapshot';
import { enterpriseTopologyFrom, settling, type EnterpriseTopology } from './enterprise-topology-model';
import { EnterpriseTopologySvg } from './enterprise-topology-svg';
import { TOPOLOGY_TEXT } from './topology-text';
import { TopologyTools } from './topology-tools';

export function EnterpriseTopologyView() {
  const t = useFeatureText(TOPOLOGY_TEXT);
  const { locale } = useI18n();
  const snapshot = useEnterpriseSnapshot(true);
  const model = useMemo(() => enterpriseTopologyFrom(snapshot), [snapshot]);
  const svg = useRef<SVGSVGElement>(null);
  return (
    <section aria-labelledby="topology-title" data-testid="topology-view" data-edition="Enterprise">
      <h2 id="topology-title">{t('title')}</h2>
      <p>{t('eeIntro')}</p>
      <TopologyTools svg={svg} />
      {!snapshot.loaded ? <p role="status">{t('loading')}</p> : null}
      {snapshot.loaded && settling(model) ? (
        <p role="status" data-testid="topology-settling">
          {t('eeSettling')}
        </p>
      ) : null}
      <p style={{ fontSize: '0.9em' }}>{t('legend')}</p>
      <div style={{ overflowX: 'auto' }}>
        <EnterpriseTopologySvg ref={svg} model={model} t={t} locale={locale} />
      </div>
      <h3 id="topology-list-title">{t('eeListTitle')}</h3>
      <TopologyList model={model} />
    </section>
  );
}

function TopologyList({ model }: { model: EnterpriseTopology }) {
  const t = useFeatureText(TOPOLOGY_TEXT);
  const { locale } = useI18n();
  const word = (s: string | undefined) => (s ? statusWord(s, locale) : t('none'));
  const [a, b] = model.sides;
  const items: { key: string; text: string }[] = [];
  items.push({
    key: 'cen',
    text: model.cen
      ? t('itemCen', {
          id: model.cen.id,
          name: model.cen.name ? ` (${model.cen.name})` : '',
          status: word(model.cen.status),
        })
      : t('noCen'),
  });
  for (const s of model.sides) {
    const region = s.vpc?.regionId ?? '';
    items.push({
      key: `router-${s.account}`,
      text: s.router
        ? t('itemRouter', {
            account: s.account,
            region,
            id: s.router.id,
            status: word(s.router.status),
            table: s.router.routeTableId ?? '?',
          })
        : `${t('accountLane', { account: s.account })}: ${t('noRouter')}`,
    });
    items.push({
      key: `attachment-${s.account}`,
      text: s.attachment
        ? t('itemAttachment', {
            id: s.attachment.id,
            vpc: s.vpc?.id ?? '',
            account: s.account,
            region,
            status: word(s.attachment.status),
            association: word(s.attachment.association),
            propagation: word(s.attachment.propagation),
          })
        : `${t('accountLane', { account: s.account })}: ${t('noAttachment')}`,
    });
  }
  items.push({
    key: 'peer',
    text: model.peer
      ? t('itemPeer', {
          id: model.peer.id,
          bandwidth: model.peer.bandwidth ?? '?',
          status: word(model.peer.status),
          associationA: word(a.peerLinks.association),
          propagationA: word(a.peerLinks.propagation),
          associationB: word(b.peerLinks.association),
          propagationB: word(b.peerLinks.propagation),
        })
      : t('noPeer'),
  });
  for (const s of model.sides)
    if (s.route && s.vpc)
      items.push({
        key: `route-${s.account}`,
        text: t('itemRoute', {
          account: s.account,
          vpc: s.vpc.id,
          cidr: s.route.destination ?? '?',
          status: word(s.route.status),
        }),
      });
  return (
    <ul aria-labelledby="topology-list-title" data-testid="topology-list">
      {items.map((i) => (
        <li key={i.key} data-testid={`topology-item-${i.key}`}>
          {i.text}
        </li>
      ))}
    </ul>
  );
}
