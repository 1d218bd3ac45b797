// The region-connection hop's outcomes the scenarios in path.test.ts do not reach, through diagnosePath.
import { diagnosePath } from '../path';
import { forbiddenIn, hopOf, tutorialPath } from '../../test-support/diagnosis-world';

describe('region-connection hop', () => {
  it('two ends in one region need no region connection', () => {
    const input = tutorialPath();
    input.b.regionId = 'cn-qingdao';
    const h = hopOf(diagnosePath(input).aToB, 'region-connection');
    expect(h).toMatchObject({ verdict: 'pass', account: 'A' });
    expect(h.evidence.message.key).toBe('path.region.sameRegion');
    expect(h.evidence.data).toMatchObject({ sameRegion: true, testBandwidthOnly: false });
  });

  it('an unreadable limit list is unknown, not the test bandwidth', () => {
    const input = tutorialPath();
    input.limits = forbiddenIn('A', 'Cbn.DescribeCenInterRegionBandwidthLimits');
    const h = hopOf(diagnosePath(input).aToB, 'region-connection');
    expect(h).toMatchObject({ verdict: 'unknown', account: 'A' });
    expect(h.evidence.message.key).toBe('common.notInspected');
  });
});
