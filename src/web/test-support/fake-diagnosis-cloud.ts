// Test support for the diagnosis component tests: a tiny two-account world answered at POST /api/openapi/:action
// (msw), shaped like the catalogue's responses (actions.ts) so the real client parses it. Each test changes the
// world (a security group without ICMP, a missing grant, a refused call) and reads `calls` to see what was sent.
import { http, HttpResponse } from 'msw';

export const CEN = 'cen-diagtest000000001';
export const UID_A = '1262302482727553';
export const UID_B = '9263584710374521';

export interface Rule {
  SecurityGroupRuleId: string;
  Direction: 'ingress' | 'egress';
  IpProtocol: string;
  PortRange: string;
  SourceCidrIp?: string;
  DestCidrIp?: string;
  Policy: string;
  Priority: string;
}

export interface Call {
  action: string;
  account: string;
  regionId?: string;
  params: Record<string, unknown>;
}

export interface World {
  cidrA: string;
  cidrB: string;
  sgA: Rule[];
  sgB: Rule[];
  /** Account B's grants of vpc-b (Vpc.DescribeGrantRulesToCen). */
  grantsB: { CenInstanceId: string; CenOwnerId: string }[];
  attachedB: boolean;
  /** Status of vpc-b's attachment: Attaching → Attached (docs/reference/cen-api.md §3). */
  statusB: string;
  /** Actions refused with Forbidden.RAM, as "account:Action". */
  forbidden: Set<string>;
  /** DescribeInvocationResults answers Running this many times before the result. */
  runningPolls: number;
  pingOutput: string;
  calls: Call[];
}

export const ICMP_FROM_A: Rule = {
  SecurityGroupRuleId: 'sgr-b-icmp',
  Direction: 'ingress',
  IpProtocol: 'ICMP',
  PortRange: '-1/-1',
  SourceCidrIp: '172.16.0.0/16',
  Policy: 'Accept',
  Priority: '1',
};

export const PING_OK = [
  'PING 192.168.1.20 (192.168.1.20) 56(84) bytes of data.',
  '64 bytes from 192.168.1.20: icmp_seq=1 ttl=64 time=11.8 ms',
  '64 bytes from 192.168.1.20: icmp_seq=2 ttl=64 time=12.1 ms',
  '64 bytes from 192.168.1.20: icmp_seq=3 ttl=64 time=12.3 ms',
  '64 bytes from 192.168.1.20: icmp_seq=4 ttl=64 time=11.9 ms',
  '',
  '--- 192.168.1.20 ping statistics ---',
  '4 packets transmitted, 4 received, 0% packet loss, time 3004ms',
  'rtt min/avg/max/mdev = 11.800/12.025/12.300/0.190 ms',
  '',
].join('\n');

export function makeWorld(): World {
  return {
    cidrA: '172.16.0.0/16',
    cidrB: '192.168.0.0/16',
    sgA: [
      {
        SecurityGroupRuleId: 'sgr-a-icmp',
        Direction: 'ingress',
        IpProtocol: 'ICMP',
        PortRange: '-1/-1',
        SourceCidrIp: '192.168.0.0/16',
        Policy: 'Accept',
        Priority: '1',
      },
    ],
    sgB: [
      {
        SecurityGroupRuleId: 'sgr-b-ssh',
        Direction: 'ingress',
        IpProtocol: 'TCP',
        PortRange: '22/22',
        SourceCidrIp: '0.0.0.0/0',
        Policy: 'Accept',
        Priority: '1',
      },
    ],
    grantsB: [{ CenInstanceId: CEN, CenOwnerId: UID_A }],
    attachedB: true,
    statusB: 'Attached',
    forbidden: new Set(),
    runningPolls: 1,
    pingOutput: PING_OK,
    calls: [],
  };
}

const paged = (n: number) => ({ RequestId: 'req-test', TotalCount: n, PageNumber: 1, PageSize: 50 });

function answer(w: World, action: string, body: Call): Record<string, unknown> {
  const acct = body.account;
  const side = acct === 'A' ? 'A' : 'B';
  switch (action) {
    case 'DescribeCenAttachedChildInstances': {
      const children = [
        { id: 'vpc-a', region: 'cn-qingdao', owner: UID_A, status: 'Attached' },
        ...(w.attachedB ? [{ id: 'vpc-b', region: 'cn-beijing', owner: UID_B, status: w.statusB }] : []),
      ].map((c) => ({
        CenId: CEN,
        ChildInstanceId: c.id,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: c.region,
        ChildInstanceOwnerId: c.owner,
        Status: c.status,
      }));
      return { ...paged(children.length), ChildInstances: { ChildInstance: children } };
    }
    case 'DescribeCenInterRegionBandwidthLimits':
      return {
        ...paged(1),
        CenInterRegionBandwidthLimits: {
          CenInterRegionBandwidthLimit: [
            {
              CenId: CEN,
              LocalRegionId: 'cn-qingdao',
              OppositeRegionId: 'cn-beijing',
              BandwidthLimit: 5,
              Status: 'Active',
            },
          ],
        },
      };
    case 'DescribeCenBandwidthPackages':
      return {
        ...paged(1),
        CenBandwidthPackages: {
          CenBandwidthPackage: [
            {
              CenBandwidthPackageId: 'cenbwp-test1',
              Status: 'InUse',
              Bandwidth: 10,
              GeographicRegionAId: 'china',
              GeographicRegionBId: 'china',
              CenIds: { CenId: [CEN] },
              OrginInterRegionBandwidthLimits: {
                OrginInterRegionBandwidthLimit: [
                  { LocalRegionId: 'cn-qingdao', OppositeRegionId: 'cn-beijing', BandwidthLimit: '5' },
                ],
              },
            },
          ],
        },
      };
    case 'DescribeVpcs': {
      // By VpcId, or the region's list as the network pickers read it (each side has one VPC).
      const id = typeof body.params.VpcId === 'string' ? body.params.VpcId : side === 'A' ? 'vpc-a' : 'vpc-b';
      const cidr = id === 'vpc-a' ? w.cidrA : w.cidrB;
      return {
        ...paged(1),
        Vpcs: { Vpc: [{ VpcId: id, RegionId: body.regionId, Status: 'Available', CidrBlock: cidr }] },
      };
    }
    case 'DescribeInstances': {
      const [id, vpc, ip, sg, region] =
        side === 'A'
          ? ['i-a', 'vpc-a', '172.16.1.10', 'sg-a', 'cn-qingdao']
          : ['i-b', 'vpc-b', '192.168.1.20', 'sg-b', 'cn-beijing'];
      return {
        RequestId: 'req-test',
        TotalCount: 1,
        Instances: {
          Instance: [
            {
              InstanceId: id,
              InstanceName: `${id}-name`,
              Status: 'Running',
              RegionId: region,
              VpcAttributes: { VpcId: vpc, PrivateIpAddress: { IpAddress: [ip] } },
              SecurityGroupIds: { SecurityGroupId: [sg] },
            },
          ],
        },
      };
    }
    case 'DescribeSecurityGroupAttribute': {
      const id = String(body.params.SecurityGroupId);
      return {
        RequestId: 'req-test',
        SecurityGroupId: id,
        SecurityGroupName: id === 'sg-a' ? 'sg-a-qingdao' : 'sg-b-beijing',
        Permissions: { Permission: id === 'sg-a' ? w.sgA : w.sgB },
      };
    }
    case 'AuthorizeSecurityGroup': {
      const perms = body.params.Permissions as Omit<Rule, 'SecurityGroupRuleId' | 'Direction'>[];
      for (const p of perms) w.sgB.push({ SecurityGroupRuleId: 'sgr-new', Direction: 'ingress', ...p });
      return { RequestId: 'req-test' };
    }
    case 'DescribeCenChildInstanceRouteEntries': {
      const mine = body.params.ChildInstanceId === 'vpc-a';
      const entries = [
        { DestinationCidrBlock: mine ? '172.16.1.0/24' : '192.168.1.0/24', Type: 'System', Status: 'Active' },
        {
          DestinationCidrBlock: mine ? '192.168.1.0/24' : '172.16.1.0/24',
          Type: 'CEN',
          Status: 'Active',
          NextHopInstanceId: mine ? 'vpc-b' : 'vpc-a',
          NextHopRegionId: mine ? 'cn-beijing' : 'cn-qingdao',
        },
      ];
      return { ...paged(entries.length), CenRouteEntries: { CenRouteEntry: entries } };
    }
    case 'Vpc.DescribeGrantRulesToCen':
      return { ...paged(w.grantsB.length), CenGrantRules: { CbnGrantRule: w.grantsB } };
    case 'Cbn.DescribeGrantRulesToCen':
      return {
        RequestId: 'req-test',
        TotalCount: w.grantsB.length,
        GrantRules: {
          GrantRule: w.grantsB.map((g) => ({
            CenId: g.CenInstanceId,
            CenOwnerId: g.CenOwnerId,
            ChildInstanceId: 'vpc-b',
            ChildInstanceOwnerId: UID_B,
            ChildInstanceRegionId: 'cn-beijing',
            ChildInstanceType: 'VPC',
          })),
        },
      };
    case 'GrantInstanceToCen':
      w.grantsB.push({
        CenInstanceId: String(body.params.CenId),
        CenOwnerId: String(body.params.CenOwnerId),
      });
      return { RequestId: 'req-test' };
    case 'RunCommand':
      return { RequestId: 'req-test', InvokeId: 't-test-invoke' };
    case 'DescribeInvocationResults': {
      const running = w.runningPolls > 0;
      if (running) w.runningPolls -= 1;
      return {
        RequestId: 'req-test',
        Invocation: {
          InvocationResults: {
            InvocationResult: [
              {
                InstanceId: String(body.params.InstanceId),
                InvocationStatus: running ? 'Running' : 'Success',
                // Base64 like the real API when ContentEncoding is not PlainText.
                Output: running ? '' : Buffer.from(w.pingOutput, 'utf8').toString('base64'),
                ExitCode: 0,
              },
            ],
          },
        },
      };
    }
    default:
      throw new Error(`fake cloud: no answer for ${action}`);
  }
}

export function fakeCloudHandlers(w: World) {
  return [
    http.post('/api/openapi/:action', async ({ request, params }) => {
      const action = String(params.action);
      const body = (await request.json()) as Omit<Call, 'action'>;
      const call = { action, ...body };
      w.calls.push(call);
      const bare =
        action.includes('.') && !action.endsWith('GrantRulesToCen') ? action.split('.')[1]! : action;
      if (w.forbidden.has(`${body.account}:${bare}`))
        return HttpResponse.json(
          {
            error: {
              code: 'Forbidden.RAM',
              message: 'User not authorized to operate on the specified resource.',
              requestId: 'req-denied',
              httpStatus: 403,
              source: 'cloud',
            },
          },
          { status: 403 },
        );
      return HttpResponse.json(answer(w, bare, call));
    }),
  ];
}
