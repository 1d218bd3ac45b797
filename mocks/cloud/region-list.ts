// The region lists of CBN DescribeChildInstanceRegions and VPC DescribeRegions: every region the tutorial knows,
// named in the asked language. zh-CN is the default language (docs/reference/cen-api.md §2 step 3), and its names
// are the numbered ones (华北1（青岛）); any other language gets the English local name.
import { REGIONS, type Region } from '../../src/domain/regions';

/** `{ Regions: { Region: [...] } }`, each item with the fields `more` adds for its product. */
export function regionList<T extends object>(acceptLanguage: string | undefined, more: (r: Region) => T) {
  const lang = acceptLanguage ?? 'zh-CN';
  return {
    Regions: {
      Region: REGIONS.map((r) => ({
        RegionId: r.id,
        LocalName: lang === 'zh-CN' ? r.name.zh : r.localName,
        ...more(r),
      })),
    },
  };
}
