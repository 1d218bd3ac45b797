import { codeOf, testCloud } from '../test-support/test-cloud';
import { loadScenario } from '../scenarios/catalogue';
import { UID } from '../scenarios/seed';

describe('VPC pickers', () => {
  it('lists an account’s VPCs per region in the documented shape (seconds precision, numeric OwnerId)', () => {
    const t = testCloud();
    const r = t.ok('B', 'Vpc', 'DescribeVpcs', { RegionId: 'cn-beijing' }) as {
      TotalCount: number;
      Vpcs: { Vpc: Record<string, unknown>[] };
    };
    expect(r.TotalCount).toBe(2);
    expect(r.Vpcs.Vpc[0]).toMatchObject({
      VpcName: 'B-Beijing-VPC',
      CidrBlock: '192.168.0.0/16',
      Status: 'Available',
      RegionId: 'cn-beijing',
      OwnerId: UID.B,
      CenStatus: 'Detached',
      VSwitchIds: { VSwitchId: [expect.stringMatching(/^vsw-/)] },
    });
    expect(String(r.Vpcs.Vpc[0]?.CreationTime)).toMatch(/T\d\d:\d\d:\d\dZ$/);
    expect(
      (t.ok('A', 'Vpc', 'DescribeVpcs', { RegionId: 'cn-beijing' }) as { TotalCount: number }).TotalCount,
    ).toBe(0);
  });

  it('requires RegionId and refuses unknown regions', () => {
    const t = testCloud();
    expect(t.call('B', 'Vpc', 'DescribeVpcs', {}).body.Code).toBe('MissingParameter');
    expect(codeOf(t.call('B', 'Vpc', 'DescribeVpcs', { RegionId: 'mars-north-1' }))).toBe(
      'InvalidRegionId.NotFound',
    );
  });

  it('pages the big tenant 50 at a time (the documented maximum)', () => {
    const t = testCloud();
    loadScenario(t.cloud, 'big-tenant');
    const page = t.ok('B', 'Vpc', 'DescribeVpcs', {
      RegionId: 'cn-zhangjiakou',
      PageSize: 50,
      PageNumber: 2,
    }) as {
      TotalCount: number;
      Vpcs: { Vpc: unknown[] };
    };
    expect(page.TotalCount).toBe(100);
    expect(page.Vpcs.Vpc).toHaveLength(50);
    expect(t.cloud.world.vpcs.filter((v) => v.ownerUid === UID.B)).toHaveLength(6 + 2000);
    expect(codeOf(t.call('B', 'Vpc', 'DescribeVpcs', { RegionId: 'cn-beijing', PageSize: 100 }))).toBe(
      'InvalidParameter',
    );
  });

  it('lists VBRs and regions', () => {
    const t = testCloud();
    const vbrs = t.ok('B', 'Vpc', 'DescribeVirtualBorderRouters', { RegionId: 'cn-beijing' });
    expect(vbrs).toMatchObject({
      TotalCount: 1,
      VirtualBorderRouterSet: { VirtualBorderRouterType: [{ Name: 'B-Beijing-VBR', Status: 'active' }] },
    });
    const regions = t.ok('A', 'Vpc', 'DescribeRegions', { AcceptLanguage: 'en-US' }) as {
      Regions: { Region: { RegionId: string; LocalName: string; RegionEndpoint: string }[] };
    };
    expect(regions.Regions.Region).toContainEqual({
      RegionId: 'cn-hongkong',
      LocalName: 'China (Hong Kong)',
      RegionEndpoint: 'vpc.cn-hongkong.aliyuncs.com',
    });
  });
});

describe('STS', () => {
  it('lets A assume B’s role; the session acts as B', () => {
    const t = testCloud();
    const r = t.ok('A', 'Sts', 'AssumeRole', {
      RoleArn: `acs:ram::${UID.B}:role/cen-connect-operator`,
      RoleSessionName: 'cen-connect',
    }) as { Credentials: { AccessKeyId: string; SecurityToken: string; Expiration: string } };
    expect(r.Credentials.AccessKeyId).toMatch(/^STS\./);
    expect(r.Credentials.Expiration).toBe('2026-11-25T11:00:00Z');
    const identity = t.cloud.identify(r.Credentials.AccessKeyId);
    expect(identity?.account.uid).toBe(UID.B);
    const who = t.cloud.call({
      product: 'Sts',
      action: 'GetCallerIdentity',
      accessKeyId: r.Credentials.AccessKeyId,
      params: {},
    });
    expect(who.body).toMatchObject({ AccountId: UID.B, IdentityType: 'AssumedRoleUser' });
    const vpcs = t.cloud.call({
      product: 'Vpc',
      action: 'DescribeVpcs',
      accessKeyId: r.Credentials.AccessKeyId,
      params: { RegionId: 'cn-beijing' },
    });
    expect(vpcs.body.TotalCount).toBe(2);
    t.cloud.clock.advance(3600_000);
    expect(t.cloud.identify(r.Credentials.AccessKeyId)).toBeUndefined();
  });

  it('refuses an untrusted caller and an unknown role', () => {
    const t = testCloud();
    expect(
      codeOf(
        t.call('C', 'Sts', 'AssumeRole', {
          RoleArn: `acs:ram::${UID.B}:role/cen-connect-operator`,
          RoleSessionName: 'x1',
        }),
      ),
    ).toBe('NoPermission');
    expect(
      codeOf(
        t.call('A', 'Sts', 'AssumeRole', { RoleArn: `acs:ram::${UID.B}:role/nope`, RoleSessionName: 'x1' }),
      ),
    ).toBe('EntityNotExist.Role');
  });
});
