import type { PermissionItem, SecurityGroupItem } from '../openapi/response-items';
import { evaluateIcmp } from './security-group';

const rule = (p: Partial<PermissionItem>): PermissionItem => ({
  Direction: 'ingress',
  IpProtocol: 'ICMP',
  PortRange: '-1/-1',
  Policy: 'Accept',
  Priority: '1',
  ...p,
});
const group = (id: string, rules: PermissionItem[]): SecurityGroupItem => ({
  SecurityGroupId: id,
  Permissions: { Permission: rules },
});
const peer = { ip: '172.16.1.10', cidr: '172.16.0.0/16' };

describe('evaluateIcmp (ECS rule order: lower priority number wins, Drop wins a tie)', () => {
  it('denies inbound and allows outbound when no rule matches', () => {
    expect(evaluateIcmp([group('sg-1', [])], 'ingress', peer)).toMatchObject({
      allowed: false,
      byDefault: true,
    });
    expect(evaluateIcmp([group('sg-1', [])], 'egress', peer)).toMatchObject({
      allowed: true,
      byDefault: true,
    });
  });

  it('at equal priority Drop beats Accept, whatever the order of the rules', () => {
    const accept = rule({ SourceCidrIp: '172.16.0.0/16' });
    const drop = rule({ SourceCidrIp: '0.0.0.0/0', Policy: 'Drop' });
    for (const rules of [
      [accept, drop],
      [drop, accept],
    ])
      expect(evaluateIcmp([group('sg-1', rules)], 'ingress', peer).decidedBy?.policy).toBe('Drop');
  });

  it('rules of all the instance’s groups are ordered together', () => {
    const d = evaluateIcmp(
      [
        group('sg-accept', [rule({ SourceCidrIp: '172.16.0.0/16', Priority: '5' })]),
        group('sg-drop', [rule({ SourceCidrIp: '172.16.1.0/24', Priority: '3', Policy: 'drop' })]),
      ],
      'ingress',
      peer,
    );
    expect(d).toMatchObject({
      allowed: false,
      decidedBy: { groupId: 'sg-drop', priority: 3, policy: 'Drop' },
    });
  });

  it('TCP rules are ignored; ICMP with a port range other than -1/-1 is a near miss', () => {
    const d = evaluateIcmp(
      [
        group('sg-1', [
          rule({ IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '0.0.0.0/0' }),
          rule({ PortRange: '1/1', SourceCidrIp: '0.0.0.0/0' }),
        ]),
      ],
      'ingress',
      peer,
    );
    expect(d.allowed).toBe(false);
    expect(d.nearMisses.map((n) => n.reason)).toEqual(['port-range']);
  });

  it('a bare address in SourceCidrIp means /32', () => {
    expect(
      evaluateIcmp([group('sg-1', [rule({ SourceCidrIp: '172.16.1.10' })])], 'ingress', peer).allowed,
    ).toBe(true);
    expect(
      evaluateIcmp([group('sg-1', [rule({ SourceCidrIp: '172.16.1.11' })])], 'ingress', peer).allowed,
    ).toBe(false);
  });

  it('without the peer’s IP, a rule must cover its whole CIDR', () => {
    const g = [group('sg-1', [rule({ SourceCidrIp: '172.16.1.0/24' })])];
    expect(evaluateIcmp(g, 'ingress', { cidr: '172.16.0.0/16' }).allowed).toBe(false);
    expect(evaluateIcmp(g, 'ingress', { cidr: '172.16.1.0/25' }).allowed).toBe(true);
  });

  it('reports whether an allowing rule covers the peer’s whole VPC', () => {
    expect(
      evaluateIcmp([group('sg-1', [rule({ SourceCidrIp: '172.16.1.0/24' })])], 'ingress', peer)
        .coversPeerCidr,
    ).toBe(false);
    expect(
      evaluateIcmp([group('sg-1', [rule({ SourceCidrIp: '172.16.0.0/12' })])], 'ingress', peer)
        .coversPeerCidr,
    ).toBe(true);
  });

  it('egress rules match on DestCidrIp', () => {
    const g = [group('sg-1', [rule({ Direction: 'egress', DestCidrIp: '192.168.0.0/16', Policy: 'Drop' })])];
    expect(evaluateIcmp(g, 'egress', { ip: '192.168.1.20' }).allowed).toBe(false);
    expect(evaluateIcmp(g, 'egress', { ip: '10.0.0.1' }).allowed).toBe(true);
  });
});
