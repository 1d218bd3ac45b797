// The live picture of the topology, with SVG and PNG downloads. It reads the snapshot the steps'
// queries keep fresh, so it grows as steps complete without polling of its own.
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { fileStamp, saveBlob, saveText } from '../export/download';
import { useFeatureText } from '../i18n/feature-text';
import { useCloudSnapshot } from '../state/cloud-snapshot';
import { svgText, svgToPng } from './svg-export';
import { topologyFrom } from './topology-model';
import { TopologySvg } from './topology-svg';
import { TOPOLOGY_TEXT } from './topology-text';

export function TopologyView() {
  const t = useFeatureText(TOPOLOGY_TEXT);
  const { locale } = useI18n();
  const snapshot = useCloudSnapshot();
  const model = useMemo(() => topologyFrom(snapshot), [snapshot]);
  const svg = useRef<SVGSVGElement>(null);
  const client = useQueryClient();
  const [error, setError] = useState<string | undefined>();
  const name = () => `cen-connect-topology-${fileStamp()}`;
  return (
    <section aria-labelledby="topology-title" data-testid="topology-view">
      <h2 id="topology-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 8 }}>
        <Button
          onClick={() => svg.current && saveText(svgText(svg.current), `${name()}.svg`, 'image/svg+xml')}
        >
          {t('downloadSvg')}
        </Button>
        <Button
          onClick={() => {
            if (!svg.current) return;
            setError(undefined);
            svgToPng(svg.current).then(
              (blob) => saveBlob(blob, `${name()}.png`),
              (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
            );
          }}
        >
          {t('downloadPng')}
        </Button>
        <Button onClick={() => void client.invalidateQueries()}>{t('refresh')}</Button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {!snapshot.loaded ? <p role="status">{t('loading')}</p> : null}
      <p style={{ fontSize: '0.9em' }}>{t('legend')}</p>
      <div style={{ overflowX: 'auto' }}>
        <TopologySvg ref={svg} model={model} t={t} locale={locale} />
      </div>
    </section>
  );
}
