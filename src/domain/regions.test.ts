import {
  AREAS,
  REGIONS,
  areaOf,
  findArea,
  geographicSpanId,
  regionLabel,
  regionsFitAreas,
  somePairFitsAreas,
} from './regions';

describe('area ↔ region catalogue', () => {
  it("puts the tutorial's regions in Mainland China", () => {
    expect(areaOf('cn-qingdao')).toBe('china');
    expect(areaOf('cn-beijing')).toBe('china');
    expect(regionLabel('cn-qingdao', 'en')).toBe('China North 1 (Qingdao)');
    expect(regionLabel('cn-qingdao', 'zh')).toBe('华北1（青岛）');
  });

  it('has unique region ids, each in a known area', () => {
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    const areas = new Set(AREAS.map((a) => a.id));
    for (const region of REGIONS) expect(areas.has(region.area)).toBe(true);
  });

  it('maps request spellings to response spellings', () => {
    expect(findArea('North-America')?.id).toBe('north-america');
    expect(findArea('china')?.requestId).toBe('China');
  });

  it('builds GeographicSpanId as the documented examples do', () => {
    expect(geographicSpanId('china', 'china')).toBe('china_china');
    expect(geographicSpanId('china', 'north-america')).toBe('north-america_china');
    expect(geographicSpanId('asia-pacific', 'china')).toBe('china_asia-pacific');
  });

  it('matches region pairs to area pairs in either order', () => {
    expect(regionsFitAreas('us-west-1', 'cn-qingdao', 'china', 'north-america')).toBe(true);
    expect(regionsFitAreas('cn-qingdao', 'cn-beijing', 'china', 'north-america')).toBe(false);
    expect(regionsFitAreas('cn-qingdao', 'nowhere-1', 'china', 'china')).toBe(false);
  });
});

describe('somePairFitsAreas', () => {
  it('needs two different regions whose areas are the package’s, in either order', () => {
    expect(somePairFitsAreas(['cn-qingdao', 'cn-beijing'], 'china', 'china')).toBe(true);
    expect(somePairFitsAreas(['cn-qingdao', 'us-west-1'], 'north-america', 'china')).toBe(true);
    expect(somePairFitsAreas(['cn-qingdao', 'cn-beijing'], 'china', 'north-america')).toBe(false);
    // one region is not a pair, even when its area is on both sides of the package
    expect(somePairFitsAreas(['cn-qingdao'], 'china', 'china')).toBe(false);
  });
});
