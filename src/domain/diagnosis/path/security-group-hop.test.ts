// The security-group hops through diagnosePath: which rule decides (priority as a number, Drop at equal priority,
// ALL, SourceGroupId), what each outcome offers, and the outcomes the scenarios in path.test.ts do not reach.
import { validateApiCall } from '../api-call';
import { formatMessage } from '../messages';
import { diagnosePath } from '../path';
import type { DirectionDiagnosis } from './path-types';
import {
  CIDR_A,
  CIDR_B,
  forbiddenIn,
  hopOf,
  icmpRule,
  IP_A,
  SG_A,
  SG_B,
  tutorialPath,
  unformatted,
} from '../../test-support/diagnosis-world';

const hop = hopOf;
const verdicts = (d: DirectionDiagnosis) => Object.fromEntries(d.hops.map((h) => [h.id, h.verdict]));

describe('diagnosePath — priority and Drop subtleties', () => {
  it('a Drop at priority 5 is outranked by the offered Accept at priority 1', () => {
    const drop = icmpRule('0.0.0.0/0', { Policy: 'Drop', Priority: '5', SecurityGroupRuleId: 'sgr-drop5' });
    const r = diagnosePath(tutorialPath({ bRules: [drop] }));
    const h = hop(r.aToB, 'target-ingress');
    expect(h.evidence.message.key).toBe('path.sg.ingressDropped');
    expect(formatMessage(h.evidence.message, 'en')).toBe(
      `${SG_B} (sg-b-beijing) drops it: inbound ICMP from 0.0.0.0/0, Drop, priority 5 [sgr-drop5] matches ${IP_A} (${CIDR_A}).`,
    );
    expect(h.fix?.message.key).toBe('path.sg.outrankDrop.fix');
    expect(validateApiCall(h.fix!.call!)).toEqual({ ok: true });
  });

  it('a Drop at priority 1 cannot be outranked: no call is offered, the rule to remove is named', () => {
    const drop = icmpRule(CIDR_A, { Policy: 'Drop', Priority: '1', SecurityGroupRuleId: 'sgr-drop1' });
    const r = diagnosePath(tutorialPath({ bRules: [icmpRule(CIDR_A), drop] }));
    const h = hop(r.aToB, 'target-ingress');
    expect(h.verdict).toBe('blocked');
    expect(h.fix?.message.key).toBe('path.sg.removeDrop.fix');
    expect(h.fix?.call).toBeUndefined();
    expect(r.fixes).toEqual([]);
  });

  it('priority is compared as a number, not as the string the API sends', () => {
    // '10' < '9' as strings; as numbers the Drop at 9 wins over the Accept at 10.
    const r = diagnosePath(
      tutorialPath({
        bRules: [icmpRule(CIDR_A, { Priority: '10' }), icmpRule(CIDR_A, { Policy: 'Drop', Priority: '9' })],
      }),
    );
    expect(hop(r.aToB, 'target-ingress').verdict).toBe('blocked');
  });

  it('an egress Drop on the source group blocks before the target is reached', () => {
    const r = diagnosePath(
      tutorialPath({
        aRules: [
          icmpRule(CIDR_B),
          { ...icmpRule(''), Direction: 'egress', SourceCidrIp: '', DestCidrIp: CIDR_B, Policy: 'Drop' },
        ],
      }),
    );
    const h = hop(r.aToB, 'source-egress');
    expect(h.verdict).toBe('blocked');
    expect(h.account).toBe('A');
    // No AuthorizeSecurityGroupEgress in the catalogue: words only.
    expect(h.fix?.call).toBeUndefined();
    expect(r.aToB.decidingHop).toBe('source-egress');
  });

  it('a rule covering only the source IP passes and says it does not cover the whole VPC', () => {
    const r = diagnosePath(tutorialPath({ bRules: [icmpRule(`${IP_A}/32`)] }));
    const h = hop(r.aToB, 'target-ingress');
    expect(h.verdict).toBe('pass');
    expect(h.evidence.message.key).toBe('path.sg.ingressAllowedIpOnly');
  });

  it('ALL protocol with -1/-1 allows ICMP', () => {
    const r = diagnosePath(tutorialPath({ bRules: [icmpRule(CIDR_A, { IpProtocol: 'ALL' })] }));
    expect(verdicts(r.aToB)['target-ingress']).toBe('pass');
  });

  it('a rule naming the source instance’s group by SourceGroupId matches; another group does not', () => {
    const byGroup = (g: string) => ({ ...icmpRule(''), SourceCidrIp: undefined, SourceGroupId: g });
    expect(verdicts(diagnosePath(tutorialPath({ bRules: [byGroup(SG_A)] })).aToB)['target-ingress']).toBe(
      'pass',
    );
    expect(
      verdicts(diagnosePath(tutorialPath({ bRules: [byGroup('sg-other')] })).aToB)['target-ingress'],
    ).toBe('blocked');
  });
});

describe('security-group hops', () => {
  it('an egress Accept rule that decides is named', () => {
    const input = tutorialPath({
      aRules: [
        {
          ...icmpRule(CIDR_B),
          Direction: 'egress',
          SourceCidrIp: '',
          DestCidrIp: CIDR_B,
          SecurityGroupRuleId: 'sgr-out',
        },
      ],
    });
    const h = hopOf(diagnosePath(input).aToB, 'source-egress');
    expect(h).toMatchObject({ verdict: 'pass', account: 'A' });
    expect(h.evidence.message).toMatchObject({
      key: 'path.sg.egressAllowed',
      params: { rule: ' [sgr-out]' },
    });
  });

  it('an ICMP rule with a port range other than -1/-1 is named as the near miss, with the one-call fix', () => {
    const r = diagnosePath(tutorialPath({ bRules: [icmpRule(CIDR_A, { PortRange: '1/1' })] }));
    const h = hopOf(r.aToB, 'target-ingress');
    expect(h).toMatchObject({ verdict: 'blocked', account: 'B' });
    expect(h.evidence.message).toMatchObject({
      key: 'path.sg.ingressMissingPort',
      params: { near_portRange: '1/1' },
    });
    expect(h.fix?.call?.key).toBe('Ecs.AuthorizeSecurityGroup');
    expect(unformatted(r)).toEqual([]);
  });

  it('without the peer IP and the peer CIDR, the hop is unknown in the peer’s account', () => {
    const input = tutorialPath();
    input.a.instance = forbiddenIn('A', 'Ecs.DescribeInstances');
    input.a.vpcCidr = forbiddenIn('A', 'Vpc.DescribeVpcs');
    const h = hopOf(diagnosePath(input).aToB, 'target-ingress');
    expect(h).toMatchObject({ verdict: 'unknown', account: 'A', failure: { action: 'Vpc.DescribeVpcs' } });
    expect(h.evidence.data).toMatchObject({
      kind: 'security-group',
      groupIds: [expect.any(String)],
      peer: {},
    });
  });
});
