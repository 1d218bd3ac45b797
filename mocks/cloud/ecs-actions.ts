// Step 6 (docs/reference/cen-api.md §2 step 6): ECS DescribeInstances, DescribeSecurityGroupAttribute,
// AuthorizeSecurityGroup, and Cloud Assistant RunCommand + DescribeInvocationResults. The cloud has no ping
// API; RunCommand with `ping` is answered from the simulated data plane (routing.ts), so its output follows
// from the state.
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { errors } from './cloud-error';
import { paginate, paginateByToken, vpcTime } from './formats';
import { regionOf } from './lookups';
import type { EcsInstance, Invocation, IpProtocol, SecurityGroup, SecurityGroupRule } from './model';
import { pingOutput, pingVerdict } from './routing';
import { ipToNumber, parseCidr } from '../../src/domain/cidr';
import { toBase64 } from '../../src/domain/openapi/byte-text';

function ownInstances(ctx: ActionContext): EcsInstance[] {
  const region = regionOf(ctx);
  return ctx.world.instances.filter((i) => i.ownerUid === ctx.caller.uid && i.regionId === region);
}

/** The caller's security group of that id in the request's region, or the NotFound refusal. */
function ownSecurityGroup(ctx: ActionContext, region: string, id: string): SecurityGroup {
  const sg = ctx.world.securityGroups.find(
    (g) => g.id === id && g.ownerUid === ctx.caller.uid && g.regionId === region,
  );
  if (!sg) throw errors.securityGroupNotFound();
  return sg;
}

type InstanceView = ItemOf<ReplyOf<'Ecs.DescribeInstances'>['Instances']['Instance']>;

function instanceView(i: EcsInstance): InstanceView {
  return {
    InstanceId: i.id,
    InstanceName: i.name,
    HostName: i.name,
    Status: i.status,
    RegionId: i.regionId,
    ZoneId: i.zoneId,
    InstanceType: i.instanceType,
    OSName: i.osName,
    OSType: 'linux',
    InstanceNetworkType: 'vpc',
    CreationTime: new Date(i.createdAt).toISOString().slice(0, 16) + 'Z',
    VpcAttributes: {
      VpcId: i.vpcId,
      VSwitchId: i.vSwitchId,
      NatIpAddress: '',
      PrivateIpAddress: { IpAddress: [i.privateIp] },
    },
    SecurityGroupIds: { SecurityGroupId: i.securityGroupIds },
    PublicIpAddress: { IpAddress: [] },
    InnerIpAddress: { IpAddress: [] },
    EipAddress: { IpAddress: '', AllocationId: '', InternetChargeType: '' },
    NetworkInterfaces: {
      NetworkInterface: [
        { PrimaryIpAddress: i.privateIp, Type: 'Primary', NetworkInterfaceId: `eni-${i.id.slice(2)}` },
      ],
    },
  };
}

type RuleView = ItemOf<ReplyOf<'Ecs.DescribeSecurityGroupAttribute'>['Permissions']['Permission']>;

function ruleView(r: SecurityGroupRule): RuleView {
  return {
    SecurityGroupRuleId: r.id,
    Direction: r.direction,
    IpProtocol: r.ipProtocol,
    PortRange: r.portRange,
    SourceCidrIp: r.direction === 'ingress' ? r.sourceCidrIp : '',
    DestCidrIp: r.direction === 'egress' ? r.destCidrIp : '',
    SourceGroupId: '',
    DestGroupId: '',
    SourcePortRange: '',
    Ipv6SourceCidrIp: '',
    Ipv6DestCidrIp: '',
    Policy: r.policy,
    // A string on the wire (docs/reference/cen-api.md §2 step 6).
    Priority: String(r.priority),
    NicType: r.nicType,
    CreateTime: vpcTime(r.createdAt),
    Description: r.description,
  };
}

const PROTOCOLS: Record<string, IpProtocol> = {
  tcp: 'TCP',
  udp: 'UDP',
  icmp: 'ICMP',
  icmpv6: 'ICMPv6',
  gre: 'GRE',
  all: 'ALL',
};

/**
 * tcp/udp take a real range; every other protocol must use -1/-1 (TF security_group_rule doc,
 * docs/reference/cen-api.md §2).
 */
function validPortRange(protocol: IpProtocol, range: string): boolean {
  const [a, b] = range.split('/').map(Number);
  if (a === undefined || b === undefined) return false;
  if (protocol === 'TCP' || protocol === 'UDP') return a >= 1 && b <= 65535 && a <= b;
  return a === -1 && b === -1;
}

/** Parses `ping [-c N] [-W N] host`: the only command the simulated instances understand. */
function runShell(
  ctx: ActionContext,
  source: EcsInstance,
  script: string,
): { output: string; exitCode: number } {
  const tokens = script.trim().split(/\s+/);
  if (tokens[0] !== 'ping') {
    return { output: `bash: line 1: ${tokens[0] ?? ''}: command not found\n`, exitCode: 127 };
  }
  let count = 4;
  let host: string | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (t === '-c') count = Math.max(1, Math.min(100, Number(tokens[++i]) || 4));
    else if (t.startsWith('-c')) count = Math.max(1, Math.min(100, Number(t.slice(2)) || 4));
    else if (t === '-W' || t === '-i' || t === '-s') i++;
    else if (!t.startsWith('-')) host = t;
  }
  if (!host || ipToNumber(host) === null) {
    return { output: `ping: ${host ?? ''}: Name or service not known\n`, exitCode: 2 };
  }
  return pingOutput(host, count, pingVerdict(ctx.world, source, host, ctx.now));
}

/**
 * Base64 read as leniently as Node's Buffer reads it (what stands after "=" and characters outside the alphabet are
 * skipped; "-" and "_" are base64url's "+" and "/"), with atob and TextDecoder: the mock runs in the demo's service
 * worker too, where there is no Buffer.
 */
function decode(text: string, encoding: 'PlainText' | 'Base64' | undefined): string {
  if (encoding !== 'Base64') return text;
  const clean = text
    .replace(/=[\s\S]*$/, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/[^A-Za-z0-9+/]/g, '');
  const whole = clean.length % 4 === 1 ? clean.slice(0, -1) : clean;
  return utf8Decoder.decode(Uint8Array.from(atob(whole), (c) => c.charCodeAt(0)));
}

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

export const ecsActions = {
  DescribeInstances(ctx, p) {
    let list = ownInstances(ctx);
    const vpcId = p.VpcId;
    const status = p.Status;
    const idsText = p.InstanceIds;
    if (vpcId) list = list.filter((i) => i.vpcId === vpcId);
    if (status) list = list.filter((i) => i.status === status);
    if (idsText) {
      // A JSON array in a string: InstanceIds=["i-…","i-…"] (docs/reference/cen-api.md §2 step 6).
      let ids: unknown;
      try {
        ids = JSON.parse(idsText);
      } catch {
        throw errors.invalidParameter('InstanceIds', 'Expected a JSON array of instance IDs.');
      }
      if (!Array.isArray(ids))
        throw errors.invalidParameter('InstanceIds', 'Expected a JSON array of instance IDs.');
      list = list.filter((i) => ids.includes(i.id));
    }
    const maxResults = p.MaxResults;
    if (maxResults !== undefined || p.NextToken !== undefined) {
      const page = paginateByToken(list, p.NextToken, maxResults ?? 10);
      return {
        TotalCount: list.length,
        NextToken: page.nextToken,
        PageNumber: 1,
        PageSize: maxResults ?? 10,
        Instances: { Instance: page.items.map(instanceView) },
      };
    }
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      NextToken: '',
      Instances: { Instance: page.items.map(instanceView) },
    };
  },

  DescribeSecurityGroupAttribute(ctx, p) {
    const region = regionOf(ctx);
    const sg = ownSecurityGroup(ctx, region, p.SecurityGroupId);
    const direction = p.Direction ?? 'all';
    const rules = sg.rules.filter((r) => direction === 'all' || r.direction === direction);
    const page = paginateByToken(rules, p.NextToken, p.MaxResults ?? 500);
    return {
      RegionId: region,
      SecurityGroupId: sg.id,
      SecurityGroupName: sg.name,
      Description: sg.description,
      VpcId: sg.vpcId,
      InnerAccessPolicy: 'Accept',
      NextToken: page.nextToken,
      Permissions: { Permission: page.items.map(ruleView) },
    };
  },

  AuthorizeSecurityGroup(ctx, p) {
    const region = regionOf(ctx);
    const sg = ownSecurityGroup(ctx, region, p.SecurityGroupId);
    const fresh: SecurityGroupRule[] = p.Permissions.map((perm, n) => {
      const protocol = PROTOCOLS[perm.IpProtocol.toLowerCase()] ?? 'ALL';
      if (!validPortRange(protocol, perm.PortRange)) throw errors.portRange();
      const source = perm.SourceCidrIp;
      if (!source || !parseCidr(source.includes('/') ? source : `${source}/32`))
        throw errors.invalidParameter(
          `Permissions.${n + 1}.SourceCidrIp`,
          'Give an IPv4 CIDR block such as 10.0.0.0/8.',
        );
      return {
        id: ctx.ids.id('sgr-', 20),
        direction: 'ingress',
        ipProtocol: protocol,
        portRange: perm.PortRange,
        sourceCidrIp: source.includes('/') ? source : `${source}/32`,
        destCidrIp: '',
        policy: perm.Policy?.toLowerCase() === 'drop' ? 'Drop' : 'Accept',
        priority: Number(perm.Priority ?? '1'),
        nicType: perm.NicType ?? 'intranet',
        description: perm.Description ?? '',
        createdAt: ctx.now,
      };
    });
    const key = (r: SecurityGroupRule) =>
      [r.direction, r.ipProtocol, r.portRange, r.sourceCidrIp, r.policy, r.priority, r.nicType].join('|');
    const existing = new Set(sg.rules.map(key));
    if (fresh.some((r) => existing.has(key(r)))) throw errors.permissionDuplicate();
    sg.rules.push(...fresh);
    return {};
  },

  RunCommand(ctx, p) {
    const mine = ownInstances(ctx);
    const targets = p.InstanceId.map((id) => mine.find((i) => i.id === id));
    if (targets.some((t) => t === undefined)) throw errors.ecsInstanceNotFound();
    const running = targets.filter((t): t is EcsInstance => t !== undefined);
    if (running.some((t) => t.status !== 'Running')) throw errors.instanceNotRunning();
    const script = decode(p.CommandContent, p.ContentEncoding);
    const invocation: Invocation = {
      invokeId: ctx.ids.id('t-', 20),
      commandId: ctx.ids.id('c-', 20),
      ownerUid: ctx.caller.uid,
      regionId: regionOf(ctx),
      commandContent: script,
      createdAt: ctx.now,
      readyAt: ctx.now + ctx.delayMs,
      // The command runs now, against the state as it is now.
      results: running.map((t) => ({ instanceId: t.id, ...runShell(ctx, t, script) })),
    };
    ctx.world.invocations.push(invocation);
    return { InvokeId: invocation.invokeId, CommandId: invocation.commandId };
  },

  DescribeInvocationResults(ctx, p) {
    const region = regionOf(ctx);
    const inv = ctx.world.invocations.find(
      (i) => i.invokeId === p.InvokeId && i.ownerUid === ctx.caller.uid && i.regionId === region,
    );
    if (!inv) throw errors.invocationNotFound();
    const done = ctx.now >= inv.readyAt;
    const only = p.InstanceId;
    // Output is Base64 unless ContentEncoding=PlainText (ECS DescribeInvocationResults doc).
    const plain = p.ContentEncoding === 'PlainText';
    const results = inv.results
      .filter((r) => only === undefined || r.instanceId === only)
      .map((r) => ({
        CommandId: inv.commandId,
        InvokeId: inv.invokeId,
        InstanceId: r.instanceId,
        InvocationStatus: done ? (r.exitCode === 0 ? 'Success' : 'Failed') : 'Running',
        InvokeRecordStatus: done ? 'Finished' : 'Running',
        Output: done ? (plain ? r.output : toBase64(utf8Encoder.encode(r.output))) : '',
        ExitCode: done ? r.exitCode : 0,
        ErrorCode: '',
        ErrorInfo: '',
        StartTime: vpcTime(inv.createdAt),
        FinishedTime: done ? vpcTime(inv.readyAt) : '',
        Repeats: 1,
        Dropped: 0,
        Username: 'root',
      }));
    return {
      Invocation: {
        PageNumber: 1,
        PageSize: 10,
        TotalCount: results.length,
        InvocationResults: { InvocationResult: results },
      },
    };
  },
} satisfies HandlersOf<'Ecs'>;
