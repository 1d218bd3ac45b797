import { snapshot } from './snapshot';
import { codeOf, testCloud, type TestCloud } from '../test-support/test-cloud';
import type { AccountName } from '../../src/domain/accounts';

/** Runs `ping -c 4 ip` on an instance through Cloud Assistant and reads the decoded result. */
function ping(t: TestCloud, account: AccountName, from: { id: string; regionId: string }, ip: string) {
  const run = t.ok(account, 'Ecs', 'RunCommand', {
    RegionId: from.regionId,
    Type: 'RunShellScript',
    CommandContent: `ping -c 4 ${ip}`,
    InstanceId: [from.id],
  });
  expect(run.InvokeId).toMatch(/^t-[a-z0-9]{20}$/);
  const res = t.ok(account, 'Ecs', 'DescribeInvocationResults', {
    RegionId: from.regionId,
    InvokeId: run.InvokeId,
  }) as {
    Invocation: {
      InvocationResults: {
        InvocationResult: { Output: string; ExitCode: number; InvocationStatus: string }[];
      };
    };
  };
  const r = res.Invocation.InvocationResults.InvocationResult[0];
  if (!r) throw new Error('no result');
  return { ...r, text: Buffer.from(r.Output, 'base64').toString('utf8') };
}

describe('ECS: instances and security groups', () => {
  it('describes B’s instance with its private IP and security group', () => {
    const t = testCloud();
    const r = t.ok('B', 'Ecs', 'DescribeInstances', { RegionId: 'cn-beijing' });
    expect(r).toMatchObject({
      TotalCount: 1,
      Instances: {
        Instance: [
          {
            InstanceId: t.world.b.ecs.id,
            Status: 'Running',
            VpcAttributes: { VpcId: t.world.b.vpc.id, PrivateIpAddress: { IpAddress: ['192.168.1.20'] } },
            SecurityGroupIds: { SecurityGroupId: [t.world.b.sg.id] },
          },
        ],
      },
    });
    const byIds = t.ok('B', 'Ecs', 'DescribeInstances', {
      RegionId: 'cn-beijing',
      InstanceIds: JSON.stringify(['i-none']),
    });
    expect(byIds.TotalCount).toBe(0);
    expect(
      codeOf(t.call('B', 'Ecs', 'DescribeInstances', { RegionId: 'cn-beijing', InstanceIds: 'i-x' })),
    ).toBe('InvalidParameter');
  });

  it('shows rules in the real shape (string Priority, -1/-1 for ICMP, seconds in CreateTime)', () => {
    const t = testCloud();
    const r = t.ok('B', 'Ecs', 'DescribeSecurityGroupAttribute', {
      RegionId: 'cn-beijing',
      SecurityGroupId: t.world.b.sg.id,
      Direction: 'ingress',
    }) as { Permissions: { Permission: Record<string, unknown>[] } };
    const icmp = r.Permissions.Permission.find((p) => p.IpProtocol === 'ICMP');
    expect(icmp).toMatchObject({
      Direction: 'ingress',
      PortRange: '-1/-1',
      SourceCidrIp: '172.16.0.0/16',
      Policy: 'Accept',
      Priority: '1',
      NicType: 'intranet',
    });
    expect(String(icmp?.CreateTime)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('authorizes a rule, refusing duplicates, bad port ranges and an unknown group', () => {
    const t = testCloud();
    const add = (perm: Record<string, unknown>, sg = t.world.b.sg.id) =>
      t.call('B', 'Ecs', 'AuthorizeSecurityGroup', {
        RegionId: 'cn-beijing',
        SecurityGroupId: sg,
        Permissions: [perm],
      });
    expect(codeOf(add({ IpProtocol: 'icmp', PortRange: '-1/-1', SourceCidrIp: '10.0.0.0/8' }))).toBe('OK');
    expect(codeOf(add({ IpProtocol: 'icmp', PortRange: '-1/-1', SourceCidrIp: '10.0.0.0/8' }))).toBe(
      'InvalidPermission.Duplicate',
    );
    expect(codeOf(add({ IpProtocol: 'ICMP', PortRange: '1/1', SourceCidrIp: '10.0.0.0/8' }))).toBe(
      'InvalidIpPortRange.Malformed',
    );
    expect(codeOf(add({ IpProtocol: 'TCP', PortRange: '0/70000', SourceCidrIp: '10.0.0.0/8' }))).toBe(
      'InvalidIpPortRange.Malformed',
    );
    expect(codeOf(add({ IpProtocol: 'TCP', PortRange: '80/80' }))).toBe('InvalidParameter');
    expect(codeOf(add({ IpProtocol: 'TCP', PortRange: '80/80', SourceCidrIp: '1.2.3.4' }, 'sg-none'))).toBe(
      'InvalidSecurityGroupId.NotFound',
    );
  });
});

describe('ping through Cloud Assistant follows from the state', () => {
  it('fails before the tutorial is done and succeeds both ways after step 5', () => {
    const before = testCloud({ afterStep: 2 }); // granted, not yet attached: no route
    const b = ping(before, 'A', before.world.a.ecs, '192.168.1.20');
    expect(b.ExitCode).toBe(1);
    expect(b.InvocationStatus).toBe('Failed');
    expect(b.text).toContain('4 packets transmitted, 0 received, 100% packet loss');

    const t = testCloud({ afterStep: 5 });
    const aToB = ping(t, 'A', t.world.a.ecs, '192.168.1.20');
    expect(aToB.ExitCode).toBe(0);
    expect(aToB.InvocationStatus).toBe('Success');
    expect(aToB.text).toContain('64 bytes from 192.168.1.20: icmp_seq=1 ttl=64');
    expect(aToB.text).toContain('4 packets transmitted, 4 received, 0% packet loss');
    expect(ping(t, 'B', t.world.b.ecs, '172.16.1.10').ExitCode).toBe(0);
  });

  type Link = { from: string; toIp: string; reachable: boolean; testBandwidthOnly?: boolean };
  const links = (t: TestCloud) => snapshot(t.cloud).connectivity as Link[];

  it('passes on the free 1 Kbps test bandwidth before any region connection, and the state says so', () => {
    // TF alicloud_cen_bandwidth_limit doc: "By default, 1 Kbps bandwidth is provided for connectivity test".
    const t = testCloud({ afterStep: 4 });
    expect(ping(t, 'A', t.world.a.ecs, '192.168.1.20').ExitCode).toBe(0);
    const link = links(t).find((c) => c.from === t.world.a.ecs.id && c.toIp === '192.168.1.20');
    expect(link).toMatchObject({ reachable: true, testBandwidthOnly: true });
    const after = testCloud({ afterStep: 5 });
    const full = links(after).find((c) => c.from === after.world.a.ecs.id && c.toIp === '192.168.1.20');
    expect(full).toMatchObject({ reachable: true, testBandwidthOnly: false });
  });

  it('fails one way when only one security group accepts ICMP from the peer, until the rule is added', () => {
    const t = testCloud({ afterStep: 5 });
    const sg = t.cloud.world.securityGroups.find((g) => g.id === t.world.b.sg.id);
    if (!sg) throw new Error('no sg');
    sg.rules = sg.rules.filter((r) => r.ipProtocol !== 'ICMP');
    expect(ping(t, 'A', t.world.a.ecs, '192.168.1.20').ExitCode).toBe(1);
    // Security groups are stateful: B → A still works, the reply comes back.
    expect(ping(t, 'B', t.world.b.ecs, '172.16.1.10').ExitCode).toBe(0);
    t.ok('B', 'Ecs', 'AuthorizeSecurityGroup', {
      RegionId: 'cn-beijing',
      SecurityGroupId: sg.id,
      Permissions: [{ IpProtocol: 'ICMP', PortRange: '-1/-1', SourceCidrIp: '172.16.1.10/32' }],
    });
    expect(ping(t, 'A', t.world.a.ecs, '192.168.1.20').ExitCode).toBe(0);
  });

  it('lets a Drop rule with a higher priority win over an Accept rule', () => {
    const t = testCloud({ afterStep: 5 });
    t.ok('B', 'Ecs', 'AuthorizeSecurityGroup', {
      RegionId: 'cn-beijing',
      SecurityGroupId: t.world.b.sg.id,
      Permissions: [
        { IpProtocol: 'ALL', PortRange: '-1/-1', SourceCidrIp: '0.0.0.0/0', Policy: 'drop', Priority: '1' },
      ],
    });
    expect(ping(t, 'A', t.world.a.ecs, '192.168.1.20').ExitCode).toBe(1);
  });

  it('fails when the target is stopped or the address is unknown; refuses to run on a stopped instance', () => {
    const t = testCloud({ afterStep: 5 });
    expect(ping(t, 'A', t.world.a.ecs, '192.168.1.99').ExitCode).toBe(1);
    const target = t.cloud.world.instances.find((i) => i.id === t.world.b.ecs.id);
    if (!target) throw new Error('no instance');
    target.status = 'Stopped';
    expect(ping(t, 'A', t.world.a.ecs, '192.168.1.20').ExitCode).toBe(1);
    const r = t.call('B', 'Ecs', 'RunCommand', {
      RegionId: 'cn-beijing',
      Type: 'RunShellScript',
      CommandContent: 'ping -c 4 172.16.1.10',
      InstanceId: [target.id],
    });
    expect(codeOf(r)).toBe('InstanceState.NotRunning');
  });

  it('reports Running until the delay has passed, and honours ContentEncoding=PlainText', () => {
    const t = testCloud({ afterStep: 5, delayMs: 2000 });
    const run = t.ok('A', 'Ecs', 'RunCommand', {
      RegionId: 'cn-qingdao',
      Type: 'RunShellScript',
      CommandContent: Buffer.from('ping -c 2 192.168.1.20').toString('base64'),
      ContentEncoding: 'Base64',
      InstanceId: [t.world.a.ecs.id],
    });
    const read = () =>
      (
        t.ok('A', 'Ecs', 'DescribeInvocationResults', {
          RegionId: 'cn-qingdao',
          InvokeId: run.InvokeId,
          ContentEncoding: 'PlainText',
        }) as {
          Invocation: {
            InvocationResults: { InvocationResult: { InvocationStatus: string; Output: string }[] };
          };
        }
      ).Invocation.InvocationResults.InvocationResult[0];
    expect(read()?.InvocationStatus).toBe('Running');
    t.cloud.clock.advance(2000);
    expect(read()?.InvocationStatus).toBe('Success');
    expect(read()?.Output).toContain('2 packets transmitted, 2 received');
  });

  it('breaks on identical vSwitch CIDRs inside overlapping VPCs: routes Rejected, ping fails', () => {
    const t = testCloud({ afterStep: 5 });
    const vsw = t.cloud.world.vSwitches.find((s) => s.vpcId === t.world.b.vpc.id);
    const ecs = t.cloud.world.instances.find((i) => i.id === t.world.b.ecs.id);
    const vpc = t.cloud.world.vpcs.find((v) => v.id === t.world.b.vpc.id);
    if (!vsw || !ecs || !vpc) throw new Error('seed');
    vpc.cidr = '172.16.0.0/12';
    vsw.cidr = '172.16.1.0/24';
    ecs.privateIp = '172.16.1.20';
    expect(ping(t, 'A', t.world.a.ecs, '172.16.1.20').ExitCode).toBe(1);
    const routes = t.ok('A', 'Cbn', 'DescribeCenChildInstanceRouteEntries', {
      CenId: t.state.cenId,
      ChildInstanceId: t.world.a.vpc.id,
      ChildInstanceType: 'VPC',
    }) as {
      CenRouteEntries: { CenRouteEntry: { DestinationCidrBlock: string; Type: string; Status: string }[] };
    };
    expect(routes.CenRouteEntries.CenRouteEntry).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ DestinationCidrBlock: '172.16.1.0/24', Type: 'System', Status: 'Active' }),
        expect.objectContaining({ DestinationCidrBlock: '172.16.1.0/24', Type: 'CEN', Status: 'Rejected' }),
      ]),
    );
  });

  it('lists the CEN’s regional route domain: local child via VPC, remote child via CEN', () => {
    const t = testCloud({ afterStep: 5 });
    const r = t.ok('A', 'Cbn', 'DescribeCenRegionDomainRouteEntries', {
      CenId: t.state.cenId,
      CenRegionId: 'cn-qingdao',
    }) as {
      CenRouteEntries: { CenRouteEntry: Record<string, unknown>[] };
    };
    expect(r.CenRouteEntries.CenRouteEntry).toEqual([
      expect.objectContaining({
        DestinationCidrBlock: '172.16.1.0/24',
        NextHopType: 'VPC',
        NextHopRegionId: 'cn-qingdao',
      }),
      expect.objectContaining({
        DestinationCidrBlock: '192.168.1.0/24',
        NextHopType: 'CEN',
        NextHopRegionId: 'cn-beijing',
      }),
    ]);
  });
});
