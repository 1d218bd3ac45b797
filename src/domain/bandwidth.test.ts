import {
  bandwidthPackageInputSchema,
  checkInterRegionLimit,
  describeLimitProblem,
  isValidPeriod,
  packageBandwidthSchema,
  type PackageBudget,
} from './bandwidth';

describe('package bandwidth 2–10000 Mbps', () => {
  it.each([
    [1, false],
    [2, true],
    [8, true],
    [10000, true],
    [10001, false],
    [2.5, false],
  ])('%d → %s', (value, ok) => expect(packageBandwidthSchema.safeParse(value).success).toBe(ok));
});

describe('purchase periods', () => {
  it('accepts 1, 2, 3, 6 months and 1, 2, 3 years only', () => {
    expect([1, 2, 3, 6].every((p) => isValidPeriod('Month', p))).toBe(true);
    expect([4, 5, 12].some((p) => isValidPeriod('Month', p))).toBe(false);
    expect([1, 2, 3].every((p) => isValidPeriod('Year', p))).toBe(true);
    expect(isValidPeriod('Year', 6)).toBe(false);
  });

  it('reports a bad period on the period field', () => {
    const result = bandwidthPackageInputSchema.safeParse({
      cenId: 'cen-x',
      areaA: 'China',
      areaB: 'China',
      bandwidth: 8,
      name: 'MainlandBandwidthPackage',
      pricingCycle: 'Year',
      period: 6,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['period']);
  });
});

describe('inter-region limit against its package', () => {
  const tutorial: PackageBudget = { areaA: 'china', areaB: 'china', total: 8, limits: [] };

  it("accepts the tutorial's 5 Mbps between China North 1 and China North 2 on an 8 Mbps package", () => {
    expect(checkInterRegionLimit(tutorial, 'cn-qingdao', 'cn-beijing', 5)).toBeNull();
  });

  it('accepts a limit equal to the package (as Terraform tests do)', () => {
    expect(checkInterRegionLimit(tutorial, 'cn-qingdao', 'cn-beijing', 8)).toBeNull();
  });

  it('refuses regions outside the package areas, naming them', () => {
    const problem = checkInterRegionLimit(tutorial, 'cn-qingdao', 'us-west-1', 5);
    expect(problem).toEqual({ kind: 'outside-areas', local: 'cn-qingdao', opposite: 'us-west-1' });
    expect(describeLimitProblem(problem!)).toMatch(/us-west-1/);
  });

  it('treats Hong Kong as Asia Pacific, not Mainland China', () => {
    expect(checkInterRegionLimit(tutorial, 'cn-qingdao', 'cn-hongkong', 1)?.kind).toBe('outside-areas');
    const crossBorder: PackageBudget = { areaA: 'china', areaB: 'asia-pacific', total: 10, limits: [] };
    expect(checkInterRegionLimit(crossBorder, 'cn-hongkong', 'cn-qingdao', 1)).toBeNull();
  });

  it('refuses over-allocation with the numbers, counting other connections but not the one being changed', () => {
    const budget: PackageBudget = {
      ...tutorial,
      limits: [
        { localRegionId: 'cn-hangzhou', oppositeRegionId: 'cn-beijing', bandwidthLimit: 5 },
        { localRegionId: 'cn-beijing', oppositeRegionId: 'cn-qingdao', bandwidthLimit: 3 },
      ],
    };
    expect(checkInterRegionLimit(budget, 'cn-qingdao', 'cn-beijing', 3)).toBeNull();
    const problem = checkInterRegionLimit(budget, 'cn-qingdao', 'cn-beijing', 4);
    expect(problem).toEqual({ kind: 'over-budget', requested: 4, allocated: 5, total: 8, remaining: 3 });
    expect(describeLimitProblem(problem!)).toContain('Only 3 Mbps');
  });

  it('treats 0 as deleting the connection', () => {
    expect(checkInterRegionLimit(tutorial, 'cn-qingdao', 'cn-beijing', 0)).toBeNull();
  });

  it('refuses the same region twice and out-of-range values', () => {
    expect(checkInterRegionLimit(tutorial, 'cn-beijing', 'cn-beijing', 1)?.kind).toBe('same-region');
    expect(checkInterRegionLimit(tutorial, 'cn-qingdao', 'cn-beijing', 9)?.kind).toBe('range');
    expect(checkInterRegionLimit(tutorial, 'cn-qingdao', 'cn-beijing', 1.5)?.kind).toBe('range');
  });
});
