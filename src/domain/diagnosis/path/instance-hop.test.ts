// The instance hops and the pick of an instance on each side, through diagnosePath.
import { known } from '../inspection';
import { diagnosePath } from '../path';
import { pickInstance } from './instance-hop';
import { hopOf, instance, IP_B, SG_B, tutorialPath, VPC_B } from '../../test-support/diagnosis-world';

describe('instance hops', () => {
  it('an instance in another VPC than the one tested is blocked, with the VPC to pick from', () => {
    const input = tutorialPath();
    input.b.instance = known(instance('i-elsewhere', 'vpc-other', IP_B, 'sg-x', 'cn-beijing'));
    const h = hopOf(diagnosePath(input).aToB, 'target-instance');
    expect(h).toMatchObject({ verdict: 'blocked', account: 'B' });
    expect(h.evidence.message).toMatchObject({
      key: 'path.instance.otherVpc',
      params: { actual: 'vpc-other' },
    });
    expect(h.fix?.message).toEqual({ key: 'path.instance.otherVpc.fix', params: { vpc: VPC_B } });
  });
});

describe('pickInstance', () => {
  it('prefers a Running instance in the VPC', () => {
    const stopped = instance('i-1', VPC_B, '192.168.1.5', SG_B, 'cn-beijing', 'Stopped');
    const running = instance('i-2', VPC_B, '192.168.1.6', SG_B, 'cn-beijing');
    const elsewhere = instance('i-3', 'vpc-other', '10.0.0.1', SG_B, 'cn-beijing');
    expect(pickInstance([elsewhere, stopped, running], VPC_B)?.InstanceId).toBe('i-2');
    expect(pickInstance([elsewhere, stopped], VPC_B)?.InstanceId).toBe('i-1');
    expect(pickInstance([elsewhere], VPC_B)).toBeUndefined();
  });
});
