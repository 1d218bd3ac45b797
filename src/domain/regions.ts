// The CEN area ↔ region catalogue. One source for the form, the BFF and the mock cloud.
// Membership: docs/reference/cen-api.md §6.2 (https://help.aliyun.com/en/cen/user-guide/work-with-a-bandwidth-plan).
// Console names: docs/reference/cen-api.md §6.3. The tutorial uses the legacy numbered names ("China North 1"),
// which is why each region carries both.
import { z } from 'zod';

/** An area as the API spells it in *responses* (DescribeCenBandwidthPackages, spans): lower case. */
export const areaIdSchema = z.enum(['china', 'north-america', 'asia-pacific', 'europe']);
export type AreaId = z.infer<typeof areaIdSchema>;

/** An area as the API spells it in *requests* (CreateCenBandwidthPackage): capitalised (docs/reference/cen-api.md §6.1). */
export const areaRequestIdSchema = z.enum(['China', 'North-America', 'Asia-Pacific', 'Europe']);
export type AreaRequestId = z.infer<typeof areaRequestIdSchema>;

export interface Area {
  id: AreaId;
  requestId: AreaRequestId;
  name: { en: string; zh: string };
}

export const AREAS: readonly Area[] = [
  // The tutorial says "Mainland China"; the current console says "Chinese mainland".
  { id: 'china', requestId: 'China', name: { en: 'Mainland China', zh: '中国大陆' } },
  { id: 'north-america', requestId: 'North-America', name: { en: 'North America', zh: '北美' } },
  { id: 'asia-pacific', requestId: 'Asia-Pacific', name: { en: 'Asia Pacific', zh: '亚太' } },
  { id: 'europe', requestId: 'Europe', name: { en: 'Europe', zh: '欧洲' } },
];

export interface Region {
  id: string;
  area: AreaId;
  /** As the tutorial and the older console write it, e.g. "China North 1 (Qingdao)". */
  name: { en: string; zh: string };
  /** As DescribeRegions answers with AcceptLanguage=en-US today, e.g. "China (Qingdao)". */
  localName: string;
}

const r = (id: string, area: AreaId, en: string, zh: string, localName: string): Region => ({
  id,
  area,
  name: { en, zh },
  localName,
});

export const REGIONS: readonly Region[] = [
  r('cn-qingdao', 'china', 'China North 1 (Qingdao)', '华北1（青岛）', 'China (Qingdao)'),
  r('cn-beijing', 'china', 'China North 2 (Beijing)', '华北2（北京）', 'China (Beijing)'),
  r('cn-zhangjiakou', 'china', 'China North 3 (Zhangjiakou)', '华北3（张家口）', 'China (Zhangjiakou)'),
  r('cn-huhehaote', 'china', 'China North 5 (Hohhot)', '华北5（呼和浩特）', 'China (Hohhot)'),
  r('cn-wulanchabu', 'china', 'China North 6 (Ulanqab)', '华北6（乌兰察布）', 'China (Ulanqab)'),
  r('cn-hangzhou', 'china', 'China East 1 (Hangzhou)', '华东1（杭州）', 'China (Hangzhou)'),
  r('cn-shanghai', 'china', 'China East 2 (Shanghai)', '华东2（上海）', 'China (Shanghai)'),
  r(
    'cn-nanjing',
    'china',
    'China East 5 (Nanjing - Local Region)',
    '华东5（南京-本地地域）',
    'China (Nanjing - Local Region)',
  ),
  r(
    'cn-fuzhou',
    'china',
    'China East 6 (Fuzhou - Local Region)',
    '华东6（福州-本地地域）',
    'China (Fuzhou - Local Region)',
  ),
  r('cn-shenzhen', 'china', 'China South 1 (Shenzhen)', '华南1（深圳）', 'China (Shenzhen)'),
  r('cn-heyuan', 'china', 'China South 2 (Heyuan)', '华南2（河源）', 'China (Heyuan)'),
  r('cn-guangzhou', 'china', 'China South 3 (Guangzhou)', '华南3（广州）', 'China (Guangzhou)'),
  r('cn-chengdu', 'china', 'China Southwest 1 (Chengdu)', '西南1（成都）', 'China (Chengdu)'),
  r('us-west-1', 'north-america', 'US West 1 (Silicon Valley)', '美国（硅谷）', 'US (Silicon Valley)'),
  r('us-east-1', 'north-america', 'US East 1 (Virginia)', '美国（弗吉尼亚）', 'US (Virginia)'),
  // Hong Kong is Asia Pacific for CEN, not Mainland China (docs/reference/cen-api.md §6.2).
  r('cn-hongkong', 'asia-pacific', 'China (Hong Kong)', '中国香港', 'China (Hong Kong)'),
  r('ap-southeast-1', 'asia-pacific', 'Asia Pacific SE 1 (Singapore)', '新加坡', 'Singapore'),
  r(
    'ap-southeast-3',
    'asia-pacific',
    'Asia Pacific SE 3 (Kuala Lumpur)',
    '马来西亚（吉隆坡）',
    'Malaysia (Kuala Lumpur)',
  ),
  r('ap-northeast-1', 'asia-pacific', 'Asia Pacific NE 1 (Tokyo)', '日本（东京）', 'Japan (Tokyo)'),
  r(
    'ap-southeast-5',
    'asia-pacific',
    'Asia Pacific SE 5 (Jakarta)',
    '印度尼西亚（雅加达）',
    'Indonesia (Jakarta)',
  ),
  r('eu-central-1', 'europe', 'EU Central 1 (Frankfurt)', '德国（法兰克福）', 'Germany (Frankfurt)'),
  r('eu-west-1', 'europe', 'UK (London)', '英国（伦敦）', 'UK (London)'),
];

const byId = new Map(REGIONS.map((region) => [region.id, region]));

export const regionIdSchema = z
  .string()
  .refine((id) => byId.has(id), { message: 'Unknown region: not in the CEN area catalogue.' });

export function findRegion(id: string): Region | undefined {
  return byId.get(id);
}

export function areaOf(regionId: string): AreaId | undefined {
  return byId.get(regionId)?.area;
}

export function findArea(id: string): Area | undefined {
  const lower = id.toLowerCase();
  return AREAS.find((area) => area.id === lower);
}

export function regionsInArea(area: AreaId): Region[] {
  return REGIONS.filter((region) => region.area === area);
}

/**
 * GeographicSpanId joins two lower-case area IDs with "_", the lexicographically larger first
 * ("north-america_china", "china_china"). docs/reference/cen-api.md §6.1 — the ordering rule holds in every example.
 */
export function geographicSpanId(a: AreaId, b: AreaId): string {
  return a >= b ? `${a}_${b}` : `${b}_${a}`;
}

/** True when the two regions form a connection the package's two areas can carry (in either order). */
export function regionsFitAreas(regionA: string, regionB: string, areaA: AreaId, areaB: AreaId): boolean {
  const x = areaOf(regionA);
  const y = areaOf(regionB);
  if (!x || !y) return false;
  return (x === areaA && y === areaB) || (x === areaB && y === areaA);
}

/**
 * True when two different regions among `regions` fit the package's areas — whether a package can carry a connection
 * between networks attached in those regions (step 4 adopts only such a package; training scenario wrong-area).
 */
export function somePairFitsAreas(regions: readonly string[], areaA: AreaId, areaB: AreaId): boolean {
  return regions.some((r, i) => regions.some((o, k) => i !== k && regionsFitAreas(r, o, areaA, areaB)));
}

export type Locale = 'en' | 'zh';

export function regionLabel(id: string, locale: Locale): string {
  return byId.get(id)?.name[locale] ?? id;
}

export function areaLabel(id: string, locale: Locale): string {
  return findArea(id)?.name[locale] ?? id;
}
