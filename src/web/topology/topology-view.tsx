// The live picture of the topology, with SVG and PNG downloads, of the journey's edition: the tutorial's Basic
// Edition (networks attached to the CEN, region connections, the package) or Enterprise Edition (transit routers and
// their attachments, enterprise-topology-view.tsx). It reads the snapshot the steps' queries keep fresh, so it grows
// as steps complete without polling of its own.
import { useMemo, useRef } from 'react';
import { useEditionName } from '../api/edition';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { useCloudSnapshot } from '../state/cloud-snapshot';
import { EnterpriseTopologyView } from './enterprise-topology-view';
import { topologyFrom } from './topology-model';
import { TopologySvg } from './topology-svg';
import { TOPOLOGY_TEXT } from './topology-text';
import { TopologyTools } from './topology-tools';

export function TopologyView() {
  return useEditionName() === 'Enterprise' ? <EnterpriseTopologyView /> : <BasicTopologyView />;
}

function BasicTopologyView() {
  const t = useFeatureText(TOPOLOGY_TEXT);
  const { locale } = useI18n();
  const snapshot = useCloudSnapshot();
  const model = useMemo(() => topologyFrom(snapshot), [snapshot]);
  const svg = useRef<SVGSVGElement>(null);
  return (
    <section aria-labelledby="topology-title" data-testid="topology-view">
      <h2 id="topology-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <TopologyTools svg={svg} />
      {!snapshot.loaded ? <p role="status">{t('loading')}</p> : null}
      <p style={{ fontSize: '0.9em' }}>{t('legend')}</p>
      <div style={{ overflowX: 'auto' }}>
        <TopologySvg ref={svg} model={model} t={t} locale={locale} />
      </div>
    </section>
  );
}
