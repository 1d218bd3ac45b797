import { findAction } from '../openapi/actions';
import { validateApiCall } from './api-call';
import { known } from './inspection';
import { formatMessage } from './messages';
import { diagnosePath, HOP_ORDER } from './path';
import {
  bandwidthPackage,
  CIDR_A,
  CIDR_B,
  forbiddenInB,
  hopOf,
  icmpRule,
  instance,
  IP_A,
  IP_B,
  learned,
  limit,
  routes,
  SG_B,
  SSH_RULE,
  system,
  tutorialPath,
  unformatted,
  VPC_A,
  VPC_B,
} from '../test-support/diagnosis-world';

const hop = hopOf;

describe('diagnosePath — the tutorial after step 5 (happy path)', () => {
  const result = diagnosePath(tutorialPath());

  it('passes every hop in both directions and offers no fix', () => {
    expect(result.verdict).toBe('reachable');
    for (const d of [result.aToB, result.bToA]) {
      expect(d.hops.map((h) => h.id)).toEqual(HOP_ORDER);
      expect(d.hops.filter((h) => h.verdict !== 'pass').map((h) => h.id)).toEqual([]);
      expect(d.decidingHop).toBeUndefined();
    }
    expect(result.fixes).toEqual([]);
  });

  it('names the allowing rule and the learned route', () => {
    const ingress = hop(result.aToB, 'target-ingress');
    expect(ingress.evidence.message.key).toBe('path.sg.ingressAllowed');
    expect(formatMessage(ingress.evidence.message, 'en')).toBe(
      `${SG_B} (sg-b-beijing) allows it: inbound ICMP from ${CIDR_A}, Accept, priority 1.`,
    );
    const route = hop(result.aToB, 'route-out');
    expect(formatMessage(route.evidence.message, 'en')).toBe(
      `${VPC_A} sends ${IP_B} to ${VPC_B} by the learned route 192.168.1.0/24.`,
    );
    expect(formatMessage(hop(result.bToA, 'region-connection').evidence.message, 'zh')).toBe(
      '华北2（北京） [cn-beijing] 与 华北1（青岛） [cn-qingdao] 之间有 5 Mbps（Active）。',
    );
  });

  it('gives the exact command to run by hand in each direction', () => {
    expect(result.aToB.manualPing?.command).toBe(`ping -c 4 ${IP_B}`);
    expect(result.bToA.manualPing?.command).toBe(`ping -c 4 ${IP_A}`);
    expect(formatMessage(result.bToA.manualPing!.message, 'en')).toBe(
      `On the instance in Account B, run: ping -c 4 ${IP_A}`,
    );
  });

  it('formats every sentence in both languages', () => {
    expect(unformatted(result)).toEqual([]);
  });
});

describe('diagnosePath — the failures a user meets after the six steps', () => {
  it('Attaching: names the target attachment (A→B) and the source attachment (B→A), not the missing route', () => {
    // While B's VPC is Attaching the CEN has not learned its routes either (routing.ts in the mock does the same).
    const r = diagnosePath(
      tutorialPath({
        bAttachStatus: 'Attaching',
        aRoutes: routes([system('172.16.1.0/24')]),
        bRoutes: routes([system('192.168.1.0/24')]),
      }),
    );
    expect(r.verdict).toBe('blocked');
    expect(r.aToB.decidingHop).toBe('target-attachment');
    expect(r.bToA.decidingHop).toBe('source-attachment');
    const h = hop(r.aToB, 'target-attachment');
    expect(h.evidence.message.key).toBe('path.attach.attaching');
    expect(h.evidence.data).toMatchObject({ kind: 'attachment', vpcId: VPC_B, status: 'Attaching' });
    expect(hop(r.aToB, 'route-out').evidence.message.key).toBe('path.route.missing');
    expect(formatMessage(r.aToB.summary, 'en')).toBe(
      `Account A → Account B is blocked at “${VPC_B} is attached to the CEN”.`,
    );
    expect(r.deciding).toEqual({ direction: 'aToB', hop: 'target-attachment' });
    expect(unformatted(r)).toEqual([]);
  });

  it('a VPC missing from the attachment list is blocked with the step to do', () => {
    const input = tutorialPath();
    const r = diagnosePath({
      ...input,
      attachments: known(input.attachments.ok ? input.attachments.value.slice(0, 1) : []),
    });
    expect(hop(r.aToB, 'target-attachment').evidence.message.key).toBe('path.attach.missing');
    expect(formatMessage(hop(r.aToB, 'target-attachment').fix!.message, 'en')).toBe(
      `Attach ${VPC_B} to cen-7qthudw0ll6jmc3wx0 in step 3.`,
    );
  });

  it('no limit: ping can pass on the 1 Kbps test bandwidth, real traffic cannot — and it says so', () => {
    const r = diagnosePath(tutorialPath({ limits: [] }));
    expect(r.verdict).toBe('limited');
    for (const d of [r.aToB, r.bToA]) {
      expect(d.verdict).toBe('limited');
      expect(d.decidingHop).toBe('region-connection');
      const h = hop(d, 'region-connection');
      expect(h.verdict).toBe('warning');
      expect(h.evidence.data).toMatchObject({ kind: 'region-connection', testBandwidthOnly: true });
      expect(formatMessage(h.evidence.message, 'en')).toContain('only the free 1 Kbps test bandwidth');
      // The package exists and is associated, so step 5 is what is missing.
      expect(h.fix?.message.key).toBe('path.region.setLimit.fix');
    }
    expect(unformatted(r)).toEqual([]);
  });

  it('no limit and no package: the fix says to buy one for the two areas first', () => {
    const r = diagnosePath(tutorialPath({ limits: [], packages: [] }));
    const h = hop(r.aToB, 'region-connection');
    expect(h.fix?.message.key).toBe('path.region.buyPackage.fix');
    expect(formatMessage(h.fix!.message, 'en')).toContain('Mainland China ↔ Mainland China');
  });

  it('a limit of 0 or for another pair of regions does not count', () => {
    const r = diagnosePath(
      tutorialPath({ limits: [limit('cn-qingdao', 'cn-beijing', 0), limit('cn-qingdao', 'cn-shanghai', 5)] }),
    );
    expect(hop(r.aToB, 'region-connection').verdict).toBe('warning');
  });

  it('a limit still Modifying is a warning, not a pass', () => {
    const r = diagnosePath(tutorialPath({ limits: [limit('cn-beijing', 'cn-qingdao', 5, 'Modifying')] }));
    expect(hop(r.aToB, 'region-connection').evidence.message.key).toBe('path.region.notActive');
    expect(r.verdict).toBe('limited');
  });

  it('SG blocks ICMP one way: A→B blocked at B’s group with the one-call fix, B→A reachable', () => {
    const r = diagnosePath(tutorialPath({ bRules: [SSH_RULE] }));
    expect(r.verdict).toBe('blocked');
    expect(r.aToB.verdict).toBe('blocked');
    expect(r.aToB.decidingHop).toBe('target-ingress');
    expect(r.bToA.verdict).toBe('reachable');
    expect(r.deciding).toEqual({ direction: 'aToB', hop: 'target-ingress' });
    const h = hop(r.aToB, 'target-ingress');
    expect(h.account).toBe('B');
    expect(formatMessage(h.evidence.message, 'en')).toBe(
      `No inbound rule in ${SG_B} (sg-b-beijing) accepts ICMP from ${IP_A} (${CIDR_A}); inbound traffic is denied by default.`,
    );
    expect(formatMessage(h.fix!.message, 'zh')).toBe(
      `在账号 B 中，为 ${SG_B} (sg-b-beijing) 添加入方向规则：ICMP，端口范围 -1/-1，授权对象 ${CIDR_A}，允许（Accept），优先级 1。`,
    );
    const call = h.fix!.call!;
    expect(call).toMatchObject({
      key: 'Ecs.AuthorizeSecurityGroup',
      account: 'B',
      regionId: 'cn-beijing',
      params: {
        RegionId: 'cn-beijing',
        SecurityGroupId: SG_B,
        Permissions: [
          {
            IpProtocol: 'ICMP',
            PortRange: '-1/-1',
            SourceCidrIp: CIDR_A,
            Policy: 'accept',
            Priority: '1',
            Description: `CEN Connect: allow ping from ${VPC_A}`,
          },
        ],
      },
    });
    // The offered call must be accepted by the catalogue the BFF enforces.
    const schema = findAction('Ecs', 'AuthorizeSecurityGroup')!.params;
    expect(schema.safeParse(call.params).success).toBe(true);
    expect(validateApiCall(call)).toEqual({ ok: true });
    expect(r.fixes).toEqual([call]);
    expect(unformatted(r)).toEqual([]);
  });

  it('uses a caller-supplied ClientToken for the fix', () => {
    const r = diagnosePath({ ...tutorialPath({ bRules: [] }), clientToken: (id) => `tok-${id.length}` });
    expect(r.fixes[0]?.params.ClientToken).toMatch(/^tok-\d+$/);
  });

  it('an ICMP rule for the wrong CIDR is named as the near miss', () => {
    const r = diagnosePath(
      tutorialPath({ bRules: [icmpRule('10.0.0.0/8', { SecurityGroupRuleId: 'sgr-b-10' })] }),
    );
    const h = hop(r.aToB, 'target-ingress');
    expect(h.evidence.message.key).toBe('path.sg.ingressMissingNear');
    expect(formatMessage(h.evidence.message, 'en')).toContain('ICMP from 10.0.0.0/8 [sgr-b-10]');
  });

  it('identical/overlapping CIDR: A’s own vSwitch route swallows the target, named at route-out', () => {
    // The mock's overlapping-cidr drill: B-Beijing-VPC 172.16.0.0/12 with vSwitch 172.16.1.0/24 like A's.
    const input = tutorialPath({
      aRoutes: routes([
        system('172.16.1.0/24'),
        {
          ...learned('172.16.1.0/24', VPC_B, 'cn-beijing', 'Rejected'),
          Conflicts: { Conflict: [{ DestinationCidrBlock: '172.16.1.0/24', Status: 'conflict' }] },
        },
      ]),
      bRoutes: routes([
        system('172.16.1.0/24'),
        {
          ...learned('172.16.1.0/24', VPC_A, 'cn-qingdao', 'Rejected'),
          Conflicts: { Conflict: [{ DestinationCidrBlock: '172.16.1.0/24', Status: 'conflict' }] },
        },
      ]),
      aRules: [icmpRule('172.16.0.0/12')],
      bRules: [icmpRule(CIDR_A)],
    });
    input.b.vpcCidr = known('172.16.0.0/12');
    input.b.instance = known(instance('i-b-overlap', VPC_B, '172.16.1.20', SG_B, 'cn-beijing'));
    const r = diagnosePath(input);
    expect(r.aToB.decidingHop).toBe('route-out');
    const h = hop(r.aToB, 'route-out');
    expect(h.evidence.message.key).toBe('path.route.local');
    expect(formatMessage(h.evidence.message, 'en')).toBe(
      `${VPC_A}’s own route 172.16.1.0/24 covers 172.16.1.20, so the packet never leaves ${VPC_A}: the CIDR blocks overlap.`,
    );
    expect(r.bToA.decidingHop).toBe('route-out');
  });

  it('a rejected learned route is named with its conflict', () => {
    const r = diagnosePath(
      tutorialPath({
        aRoutes: routes([
          system('172.16.1.0/24'),
          {
            ...learned('192.168.1.0/24', VPC_B, 'cn-beijing', 'Rejected'),
            Conflicts: { Conflict: [{ DestinationCidrBlock: '192.168.0.0/16', Status: 'conflict' }] },
          },
        ]),
      }),
    );
    const h = hop(r.aToB, 'route-out');
    expect(h.verdict).toBe('blocked');
    expect(formatMessage(h.evidence.message, 'en')).toBe(
      `The route 192.168.1.0/24 to ${IP_B} in ${VPC_A} is Rejected: it conflicts with 192.168.0.0/16.`,
    );
  });

  it('permission denied in B: B’s hops are unknown with the account and the code — never green', () => {
    const input = tutorialPath();
    input.b.securityGroups = forbiddenInB('Ecs.DescribeSecurityGroupAttribute');
    const r = diagnosePath(input);
    expect(r.verdict).toBe('unknown');
    expect(r.aToB.verdict).toBe('unknown');
    expect(r.aToB.decidingHop).toBe('target-ingress');
    expect(r.bToA.decidingHop).toBe('source-egress');
    const h = hop(r.aToB, 'target-ingress');
    expect(h.failure).toMatchObject({ account: 'B', code: 'Forbidden.RAM' });
    expect(formatMessage(h.evidence.message, 'en')).toBe(
      'Could not check: Ecs.DescribeSecurityGroupAttribute with Account B’s keys was refused (Forbidden.RAM). This is not a pass.',
    );
    expect(h.fix?.message.key).toBe('common.notInspected.permission.fix');
    expect(unformatted(r)).toEqual([]);
  });

  it('B’s instance unreadable: the route check falls back to B’s VPC CIDR, and a real block still wins', () => {
    const input = tutorialPath({ limits: [] });
    input.b.instance = forbiddenInB('Ecs.DescribeInstances');
    input.attachments = known(input.attachments.ok ? input.attachments.value.slice(0, 1) : []);
    const r = diagnosePath(input);
    expect(hop(r.aToB, 'target-instance').verdict).toBe('unknown');
    expect(hop(r.aToB, 'route-out').evidence.data).toMatchObject({ destination: CIDR_B });
    // Blocked beats unknown: B's VPC is not attached, whatever the instance is.
    expect(r.aToB.verdict).toBe('blocked');
    expect(r.aToB.decidingHop).toBe('target-attachment');
    expect(r.aToB.manualPing).toBeUndefined();
  });

  it('a group of the target instance that was not read makes the ingress hop unknown', () => {
    const input = tutorialPath();
    input.b.instance = known(instance('i-b2', VPC_B, IP_B, SG_B, 'cn-beijing'));
    if (input.b.instance.ok) input.b.instance.value.SecurityGroupIds.SecurityGroupId.push('sg-unread');
    const r = diagnosePath(input);
    const h = hop(r.aToB, 'target-ingress');
    expect(h.verdict).toBe('unknown');
    expect(formatMessage(h.evidence.message, 'en')).toBe(
      'The rules of sg-unread were not read, and any of them could decide.',
    );
  });

  it('without route data the route hops are unknown, not passed', () => {
    const input = tutorialPath();
    delete input.a.routes;
    const r = diagnosePath(input);
    expect(hop(r.aToB, 'route-out').verdict).toBe('unknown');
    expect(hop(r.aToB, 'route-out').evidence.message.key).toBe('path.route.notRead');
    expect(hop(r.bToA, 'route-back').verdict).toBe('unknown');
    expect(r.verdict).toBe('unknown');
  });

  it('a stopped target instance is blocked and named first', () => {
    const input = tutorialPath({ bRules: [] });
    input.b.instance = known(instance('i-b', VPC_B, IP_B, SG_B, 'cn-beijing', 'Stopped'));
    const r = diagnosePath(input);
    expect(r.aToB.decidingHop).toBe('target-instance');
    expect(formatMessage(hop(r.aToB, 'target-instance').evidence.message, 'en')).toBe(
      'i-b is Stopped, not Running.',
    );
  });
});

describe('diagnosePath uses the package data it is given', () => {
  it('does not suggest step 5 with a package of another CEN', () => {
    const other = bandwidthPackage({ CenIds: { CenId: ['cen-someoneelse'] } });
    const r = diagnosePath(tutorialPath({ limits: [], packages: [other] }));
    expect(hop(r.aToB, 'region-connection').fix?.message.key).toBe('path.region.buyPackage.fix');
  });
});
