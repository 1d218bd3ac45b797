import { cidrContains, cidrContainsIp, compareCidrs, parseCidr } from './cidr';

const c = (text: string) => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`bad test CIDR ${text}`);
  return parsed;
};

describe('CIDR', () => {
  it('parses and normalises the network address', () => {
    expect(parseCidr('192.168.1.7/24')).toMatchObject({ prefix: 24, base: c('192.168.1.0/24').base });
    for (const bad of ['192.168.1.0', '256.0.0.0/8', '10.0.0.0/33', 'x/8', '10.0.0/8'])
      expect(parseCidr(bad)).toBeNull();
  });

  it('classifies identical, overlapping and disjoint blocks', () => {
    expect(compareCidrs(c('172.16.0.0/16'), c('172.16.0.0/16'))).toBe('identical');
    expect(compareCidrs(c('172.16.0.0/12'), c('172.16.0.0/16'))).toBe('overlapping');
    expect(compareCidrs(c('172.16.0.0/16'), c('172.17.0.0/16'))).toBe('disjoint');
    expect(compareCidrs(c('0.0.0.0/0'), c('10.0.0.0/8'))).toBe('overlapping');
    expect(compareCidrs(c('192.168.0.0/16'), c('192.169.0.0/16'))).toBe('disjoint');
  });

  it('tests containment of blocks and addresses', () => {
    expect(cidrContains(c('10.0.0.0/8'), c('10.1.0.0/16'))).toBe(true);
    expect(cidrContains(c('10.1.0.0/16'), c('10.0.0.0/8'))).toBe(false);
    expect(cidrContainsIp(c('192.168.0.0/16'), '192.168.3.4')).toBe(true);
    expect(cidrContainsIp(c('192.168.0.0/16'), '192.169.0.1')).toBe(false);
    expect(cidrContainsIp(c('255.255.255.255/32'), '255.255.255.255')).toBe(true);
  });
});
