// Vpc CreateVSwitch on the mock (docs/reference/enterprise-edition.md §2 step 5): a second zone for B's VPC, which
// the region then offers to a transit router and A then sees among B's granted vSwitches; and its refusals.
import { testCloud } from '../test-support/test-cloud';

const codeOf = (r: { body: Record<string, unknown> }) => r.body.Code;

describe('Vpc CreateVSwitch', () => {
  it('adds a vSwitch in another zone, Available at once, which the region and DescribeVSwitches then list', () => {
    const t = testCloud();
    const vpc = t.world.b.vpc;
    const zones = () =>
      t.ok('A', 'Cbn', 'ListTransitRouterAvailableResource', { RegionId: 'cn-beijing' }).AvailableZones;
    expect(zones()).toEqual(['cn-beijing-b']);
    const made = t.ok('B', 'Vpc', 'CreateVSwitch', {
      RegionId: 'cn-beijing',
      VpcId: vpc.id,
      ZoneId: 'cn-beijing-c',
      CidrBlock: '192.168.2.0/24',
      VSwitchName: 'b-zone-c',
    });
    expect(made.VSwitchId).toMatch(/^vsw-/);
    expect(zones()).toEqual(['cn-beijing-b', 'cn-beijing-c']);
    const listed = t.ok('B', 'Vpc', 'DescribeVSwitches', { RegionId: 'cn-beijing', VpcId: vpc.id }) as {
      VSwitches: {
        VSwitch: { VSwitchId: string; ZoneId: string; Status: string; AvailableIpAddressCount: number }[];
      };
    };
    expect(listed.VSwitches.VSwitch.find((s) => s.VSwitchId === made.VSwitchId)).toMatchObject({
      ZoneId: 'cn-beijing-c',
      Status: 'Available',
      AvailableIpAddressCount: 252,
    });
  });

  it('refuses a VPC that is not the caller’s, a zone of another region, a block outside the VPC or overlapping', () => {
    const t = testCloud();
    const vpc = t.world.b.vpc;
    const create = (account: 'A' | 'B', p: Record<string, unknown>) =>
      t.call(account, 'Vpc', 'CreateVSwitch', {
        RegionId: 'cn-beijing',
        VpcId: vpc.id,
        ZoneId: 'cn-beijing-c',
        CidrBlock: '192.168.2.0/24',
        ...p,
      });
    expect(codeOf(create('A', {}))).toBe('InvalidVpcId.NotFound');
    expect(codeOf(create('B', { ZoneId: 'cn-qingdao-c' }))).toBe('ResourceNotAvailable');
    expect(codeOf(create('B', { CidrBlock: '10.0.0.0/24' }))).toBe('InvalidParameter');
    expect(codeOf(create('B', { CidrBlock: '192.168.0.0/30' }))).toBe('InvalidParameter');
    expect(codeOf(create('B', { CidrBlock: '192.168.1.128/25' }))).toBe('InvalidCidrBlock.Overlapped');
    expect(t.cloud.world.vSwitches.filter((s) => s.vpcId === vpc.id)).toHaveLength(1);
  });
});
