// Test support for step 6 on Enterprise Edition (never imported by the app): the fake world of step 5
// (fake-enterprise-connection.ts) with every step done — the routers' connection Attached, associated with and
// propagating to both System tables, each VPC routing the other's CIDR block to its own attachment, B's grant —
// plus an ECS instance in each VPC whose security group accepts ICMP from the other VPC, and the Cloud Assistant
// ping (RunCommand, DescribeInvocationResults) answering from the world: replies when the world's path is whole.
// A test breaks one thing (a link taken out, a route removed) and sees the path check name it. Statuses that change
// stay so until settle(), as in the step-5 world.
import { http, HttpResponse } from 'msw';
import { UID_A, VPC_A, VPC_B } from './fake-cen-world';
import {
  CIDR,
  connectionHandlers,
  connectionWorld,
  PEER,
  ROUTER_A,
  ROUTER_B,
  TABLE,
  VPC_ATTACHMENT,
  VPC_TABLE,
  type ConnectionWorld,
} from './fake-enterprise-connection';
import { enterpriseProgress, TR_CEN } from './fake-enterprise-world';
import { grantHandlers, type GrantWorld } from './fake-enterprise-grants';
import type { BffBody } from './mock-bff';

export const INSTANCE = {
  A: { id: 'i-aqingdao0001', ip: '172.16.1.10', sg: 'sg-aqingdao0001', region: 'cn-qingdao', vpc: VPC_A },
  B: { id: 'i-bbeijing0001', ip: '192.168.1.20', sg: 'sg-bbeijing0001', region: 'cn-beijing', vpc: VPC_B },
} as const;

export interface PathWorld extends ConnectionWorld, GrantWorld {
  /** The pings sent, by the instance they ran on. */
  pings: string[];
}

/** Steps 1–5 done: a ping crosses both ways. */
export function pathWorld(): PathWorld {
  const w = connectionWorld();
  w.peers.push({
    id: PEER,
    routerId: ROUTER_A,
    peerRouterId: ROUTER_B,
    peerRegionId: 'cn-beijing',
    bandwidth: 2,
    bandwidthType: 'DataTransfer',
    packageId: '',
    status: 'Attached',
  });
  for (const tableId of [TABLE[ROUTER_A], TABLE[ROUTER_B]]) {
    w.associations.push({ attachmentId: PEER, tableId, status: 'Active' });
    w.propagations.push({ attachmentId: PEER, tableId, status: 'Active' });
  }
  w.vpcRoutes.push(
    {
      account: 'A',
      tableId: VPC_TABLE.A,
      destination: CIDR.B,
      nextHopId: VPC_ATTACHMENT.A,
      status: 'Available',
    },
    {
      account: 'B',
      tableId: VPC_TABLE.B,
      destination: CIDR.A,
      nextHopId: VPC_ATTACHMENT.B,
      status: 'Available',
    },
  );
  return Object.assign(w, {
    grants: [
      { cenId: TR_CEN, cenOwnerId: UID_A, vpcId: VPC_B, regionId: 'cn-beijing', orderType: 'PayByCenOwner' },
    ],
    vpc: { id: VPC_B, regionId: 'cn-beijing' },
    pings: [],
  });
}

/** The progress steps 1–5 would have saved for this world. */
export const pathProgress = {
  ...enterpriseProgress,
  grantOrderType: 'PayByCenOwner',
  interRegionPayBy: 'DataTransfer',
  routes: 'RouteEntry',
} as const;

const ok = (body: Record<string, unknown>) => HttpResponse.json({ RequestId: 'r', ...body });
const sideOf = (account: string) => (account === 'B' ? INSTANCE.B : INSTANCE.A);
const other = (account: string) => (account === 'B' ? INSTANCE.A : INSTANCE.B);

/** The world's whole path, as the test set it: every link and route there and settled. */
function whole(w: PathWorld): boolean {
  const active = (list: { attachmentId: string; tableId: string; status: string }[], id: string, t: string) =>
    list.some((l) => l.attachmentId === id && l.tableId === t && l.status === 'Active');
  const links = [
    [VPC_ATTACHMENT.A, TABLE[ROUTER_A]],
    [VPC_ATTACHMENT.B, TABLE[ROUTER_B]],
    [PEER, TABLE[ROUTER_A]],
    [PEER, TABLE[ROUTER_B]],
  ] as const;
  return (
    links.every(([id, t]) => active(w.associations, id, t) && active(w.propagations, id, t)) &&
    w.vpcRoutes.filter((r) => r.status === 'Available').length === 2
  );
}

function pingOutput(target: string, replied: boolean): string {
  const n = replied ? 4 : 0;
  return [
    `PING ${target} (${target}) 56(84) bytes of data.`,
    ...Array.from({ length: n }, (_, i) => `64 bytes from ${target}: icmp_seq=${i + 1} ttl=64 time=12.0 ms`),
    '',
    `--- ${target} ping statistics ---`,
    `4 packets transmitted, ${n} received, ${replied ? 0 : 100}% packet loss, time 3004ms`,
    '',
  ].join('\n');
}

function answer(w: PathWorld, action: string, body: BffBody) {
  const me = sideOf(body.account);
  switch (action) {
    case 'DescribeInstances':
      return ok({
        TotalCount: 1,
        PageNumber: 1,
        PageSize: 100,
        Instances: {
          Instance: [
            {
              InstanceId: me.id,
              InstanceName: `${me.id}-name`,
              Status: 'Running',
              RegionId: me.region,
              VpcAttributes: { VpcId: me.vpc, PrivateIpAddress: { IpAddress: [me.ip] } },
              SecurityGroupIds: { SecurityGroupId: [me.sg] },
            },
          ],
        },
      });
    case 'DescribeSecurityGroupAttribute':
      return ok({
        SecurityGroupId: me.sg,
        SecurityGroupName: `${me.sg}-name`,
        Permissions: {
          Permission: [
            {
              SecurityGroupRuleId: `sgr-${me.sg}`,
              Direction: 'ingress',
              IpProtocol: 'ICMP',
              PortRange: '-1/-1',
              SourceCidrIp: body.account === 'B' ? CIDR.A : CIDR.B,
              Policy: 'Accept',
              Priority: '1',
            },
          ],
        },
      });
    case 'RunCommand':
      w.pings.push(String((body.params.InstanceId as string[] | undefined)?.[0] ?? body.params.InstanceId));
      return ok({ InvokeId: `t-${body.account}` });
    case 'DescribeInvocationResults':
      return ok({
        Invocation: {
          InvocationResults: {
            InvocationResult: [
              {
                InstanceId: me.id,
                InvocationStatus: 'Success',
                Output: Buffer.from(pingOutput(other(body.account).ip, whole(w)), 'utf8').toString('base64'),
                ExitCode: 0,
              },
            ],
          },
        },
      });
  }
  return undefined;
}

/** This file's answers first, then B's grants, then the step-5 world's. */
export function pathHandlers(w: PathWorld) {
  return [
    http.post('/api/openapi/:action', async ({ params, request }) => {
      const action = String(params.action).replace(/^(Cbn|Vpc|Ecs)\./, '');
      return answer(w, action, (await request.clone().json()) as BffBody);
    }),
    ...grantHandlers(w),
    ...connectionHandlers(w),
  ];
}
