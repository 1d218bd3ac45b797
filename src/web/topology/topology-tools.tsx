// The picture's buttons, the same on both editions: download it as SVG or PNG (svg-export.ts) and read the cloud again.
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState, type RefObject } from 'react';
import { fileStamp, saveBlob, saveText } from '../export/download';
import { useFeatureText } from '../i18n/feature-text';
import { svgText, svgToPng } from './svg-export';
import { TOPOLOGY_TEXT } from './topology-text';

export function TopologyTools({ svg }: { svg: RefObject<SVGSVGElement | null> }) {
  const t = useFeatureText(TOPOLOGY_TEXT);
  const client = useQueryClient();
  const [error, setError] = useState<string | undefined>();
  const name = () => `cen-connect-topology-${fileStamp()}`;
  return (
    <>
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
    </>
  );
}
