import { describe, expect, it } from 'vitest';
import { createSecondZoneVSwitchCall, proposeSecondZone } from './enterprise-second-zone';

const ZONES = ['cn-beijing-b', 'cn-beijing-c'];

describe('proposeSecondZone', () => {
  it('takes the zone without a vSwitch and the first /24 of the VPC that no vSwitch overlaps', () => {
    const vsw = [
      { zoneId: 'cn-beijing-b', cidrBlock: '192.168.0.0/24' },
      { zoneId: 'cn-beijing-b', cidrBlock: '192.168.1.0/24' },
      { zoneId: 'cn-beijing-b', cidrBlock: '192.168.2.0/23' },
    ];
    expect(proposeSecondZone('192.168.0.0/16', vsw, ZONES)).toEqual({
      zoneId: 'cn-beijing-c',
      cidrBlock: '192.168.4.0/24',
    });
  });

  it('proposes nothing when every zone has a vSwitch, the VPC is smaller than /24, or no /24 is free', () => {
    const both = [
      { zoneId: 'cn-beijing-b', cidrBlock: '192.168.1.0/24' },
      { zoneId: 'cn-beijing-c', cidrBlock: '192.168.2.0/24' },
    ];
    expect(proposeSecondZone('192.168.0.0/16', both, ZONES)).toBeUndefined();
    expect(proposeSecondZone('192.168.0.0/25', [], ZONES)).toBeUndefined();
    expect(proposeSecondZone('not-a-cidr', [], ZONES)).toBeUndefined();
    expect(
      proposeSecondZone('10.0.0.0/23', [{ zoneId: 'cn-beijing-b', cidrBlock: '10.0.0.0/23' }], ZONES),
    ).toBeUndefined();
  });
});

describe('createSecondZoneVSwitchCall', () => {
  it('is the owner’s Vpc.CreateVSwitch with the proposed zone and block', () => {
    const call = createSecondZoneVSwitchCall(
      'B',
      { vpcId: 'vpc-b', regionId: 'cn-beijing' },
      { zoneId: 'cn-beijing-c', cidrBlock: '192.168.3.0/24' },
      { 'step3.CreateVSwitch:vpc-b:cn-beijing-c:192.168.3.0/24': 'tok-1' },
      { status: 'pending' },
    );
    expect(call).toMatchObject({
      account: 'B',
      product: 'Vpc',
      action: 'CreateVSwitch',
      params: {
        RegionId: 'cn-beijing',
        VpcId: 'vpc-b',
        ZoneId: 'cn-beijing-c',
        CidrBlock: '192.168.3.0/24',
        ClientToken: 'tok-1',
      },
    });
  });
});
