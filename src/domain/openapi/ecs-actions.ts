// Ecs (API version 2014-05-26): the instances to ping across the CEN, their security groups, and Cloud
// Assistant's RunCommand for the active ping (docs/reference/cen-api.md §2 step 6). Regional. String limits:
// docs/reference/cen-api.md §5 "Parameter lengths".
import { z } from 'zod';
import { clientToken, defineActions, list, ok, read, requestId, write } from './action-define';
import { description, id, idJsonArray, keyword, nextToken, regionId, text } from './param-limits';
import { pageParams, wireInt } from './wire-values';

const instance = z.looseObject({
  InstanceId: z.string(),
  InstanceName: z.string().optional(),
  /** Pending, Running, Starting, Stopping, Stopped (docs/reference/cen-api.md §2 step 6). */
  Status: z.string(),
  RegionId: z.string(),
  VpcAttributes: z.looseObject({
    VpcId: z.string(),
    VSwitchId: z.string().optional(),
    PrivateIpAddress: z.object({ IpAddress: z.array(z.string()) }),
  }),
  SecurityGroupIds: z.object({ SecurityGroupId: z.array(z.string()) }),
});

const permission = z.looseObject({
  SecurityGroupRuleId: z.string().optional(),
  /** ingress or egress */
  Direction: z.string(),
  /** TCP, UDP, ICMP, GRE, ALL (any case; the API answers upper case). */
  IpProtocol: z.string(),
  /** '-1/-1' for ICMP and ALL. */
  PortRange: z.string(),
  SourceCidrIp: z.string().optional(),
  SourceGroupId: z.string().optional(),
  DestCidrIp: z.string().optional(),
  DestGroupId: z.string().optional(),
  /** Accept or Drop (any case). */
  Policy: z.string(),
  /** 1–100 as a string; lower wins (ECS AuthorizeSecurityGroup doc). */
  Priority: z.string(),
  Description: z.string().optional(),
});

const ipProtocol = z.enum([
  'TCP',
  'UDP',
  'ICMP',
  'ICMPv6',
  'GRE',
  'ALL',
  'tcp',
  'udp',
  'icmp',
  'icmpv6',
  'gre',
  'all',
]);

const invocationResult = z.looseObject({
  InstanceId: z.string(),
  InvocationStatus: z.string(),
  Output: z.string().optional(),
  ExitCode: z.number().optional(),
});

export const ECS_ACTIONS = defineActions('Ecs', {
  DescribeInstances: read({
    params: z.object({
      RegionId: regionId(),
      VpcId: id().optional(),
      InstanceIds: idJsonArray(100).optional(),
      Status: keyword().optional(),
      NextToken: nextToken().optional(),
      MaxResults: wireInt(1, 100).optional(),
      ...pageParams(100),
    }),
    // NextToken paging (PageNumber is deprecated here, docs/reference/cen-api.md §2 step 6).
    response: list('Instances', 'Instance', instance).extend({
      ...requestId,
      TotalCount: z.number(),
      NextToken: z.string().optional(),
    }),
  }),
  DescribeSecurityGroupAttribute: read({
    params: z.object({
      RegionId: regionId(),
      SecurityGroupId: id(),
      Direction: z.enum(['ingress', 'egress', 'all']).optional(),
      NicType: z.enum(['intranet', 'internet']).optional(),
      MaxResults: wireInt(10, 1000).optional(),
      NextToken: nextToken().optional(),
    }),
    response: z.looseObject({
      ...requestId,
      SecurityGroupId: z.string(),
      SecurityGroupName: z.string().optional(),
      VpcId: z.string().optional(),
      InnerAccessPolicy: z.string().optional(),
      NextToken: z.string().optional(),
      Permissions: z.object({ Permission: z.array(permission) }),
    }),
  }),
  AuthorizeSecurityGroup: write({
    params: z.object({
      RegionId: regionId(),
      SecurityGroupId: id(),
      ...clientToken,
      Permissions: z
        .array(
          z.object({
            IpProtocol: ipProtocol,
            // "-1/-1" to "65535/65535".
            PortRange: z.string().regex(/^-?\d{1,5}\/-?\d{1,5}$/),
            SourceCidrIp: text(64, 1).optional(),
            Policy: z.enum(['accept', 'drop', 'Accept', 'Drop']).optional(),
            Priority: z
              .string()
              .regex(/^\d{1,3}$/)
              .optional(),
            NicType: z.enum(['intranet', 'internet']).optional(),
            Description: description(512).optional(),
          }),
        )
        .min(1)
        .max(100),
    }),
    response: ok,
  }),
  RunCommand: write({
    params: z.object({
      RegionId: regionId(),
      Type: z.enum(['RunShellScript', 'RunBatScript', 'RunPowerShellScript']),
      CommandContent: text(16384, 1),
      InstanceId: z.array(id()).min(1).max(100),
      Timeout: wireInt(10, 86400).optional(),
      ContentEncoding: z.enum(['PlainText', 'Base64']).optional(),
      ...clientToken,
    }),
    response: z.looseObject({ ...requestId, InvokeId: z.string(), CommandId: z.string().optional() }),
  }),
  DescribeInvocationResults: read({
    params: z.object({
      RegionId: regionId(),
      InvokeId: id(),
      InstanceId: id().optional(),
      // Output is Base64 unless PlainText is asked for, as in the real ECS API.
      ContentEncoding: z.enum(['PlainText', 'Base64']).optional(),
    }),
    response: z.looseObject({
      ...requestId,
      Invocation: z.looseObject({
        InvocationResults: z.object({ InvocationResult: z.array(invocationResult) }),
      }),
    }),
  }),
});
