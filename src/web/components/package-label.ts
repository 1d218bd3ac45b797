// How a bandwidth package reads in pickers: "Mainland China ↔ Mainland China · 8 Mbps · MainlandBandwidthPackage".
import { areaLabel, type Locale } from '../../domain/regions';
import type { BandwidthPackage } from '../api/bandwidth';

export function packageLabel(p: BandwidthPackage, locale: Locale): string {
  const areas = `${areaLabel(p.GeographicRegionAId, locale)} ↔ ${areaLabel(p.GeographicRegionBId, locale)}`;
  return `${areas} · ${p.Bandwidth} Mbps · ${p.Name ?? p.CenBandwidthPackageId}`;
}
