import { checkPeerBandwidth, PEER_BANDWIDTH_MAX, PEER_BANDWIDTH_RULE } from './peer-bandwidth';
import type { PackageBudget } from './bandwidth';

const china: PackageBudget = {
  areaA: 'china',
  areaB: 'china',
  total: 10,
  limits: [{ localRegionId: 'cn-hangzhou', oppositeRegionId: 'cn-shanghai', bandwidthLimit: 6 }],
};

describe('checkPeerBandwidth', () => {
  it('takes any whole cap from 1 Mbps under DataTransfer, with no plan', () => {
    expect(checkPeerBandwidth('DataTransfer', 1, 'cn-qingdao', 'cn-beijing')).toBeNull();
    expect(checkPeerBandwidth('DataTransfer', PEER_BANDWIDTH_MAX, 'cn-qingdao', 'cn-beijing')).toBeNull();
  });

  it('refuses 0, a fraction and more than the catalogue allows, saying the rule', () => {
    for (const bad of [0, 2.5, PEER_BANDWIDTH_MAX + 1])
      expect(checkPeerBandwidth('DataTransfer', bad, 'cn-qingdao', 'cn-beijing')).toEqual({
        kind: 'rule',
        message: PEER_BANDWIDTH_RULE,
      });
  });

  it('needs the plan under BandwidthPackage', () => {
    expect(checkPeerBandwidth('BandwidthPackage', 2, 'cn-qingdao', 'cn-beijing')).toEqual({
      kind: 'no-package',
    });
  });

  it('keeps a share inside what the plan has left and inside its areas', () => {
    expect(checkPeerBandwidth('BandwidthPackage', 4, 'cn-qingdao', 'cn-beijing', china)).toBeNull();
    expect(checkPeerBandwidth('BandwidthPackage', 5, 'cn-qingdao', 'cn-beijing', china)).toMatchObject({
      kind: 'over-budget',
      remaining: 4,
    });
    const europe: PackageBudget = { ...china, areaA: 'europe', areaB: 'europe' };
    expect(checkPeerBandwidth('BandwidthPackage', 1, 'cn-qingdao', 'cn-beijing', europe)).toMatchObject({
      kind: 'outside-areas',
    });
  });
});
