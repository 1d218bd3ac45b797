// The ECS side of the tutorial's step 6 through a real SDK (docs/reference/cen-api.md §2 step 6): the reads the ping
// needs — an account's instance in a VPC, its private IP and its security groups — and the ping itself, a
// Cloud Assistant RunCommand read back with DescribeInvocationResults. For mocks/transit-router-sdk.test.ts; not a
// test file.
import type { Caller } from './standalone-sdk';

export interface SdkInstance {
  id: string;
  ip: string;
}

/** The first instance of `vpcId` as its owner reads it, with each of its security groups read too. */
export async function instanceIn(who: Caller, regionId: string, vpcId: string): Promise<SdkInstance> {
  const r = (await who('Ecs', 'DescribeInstances', { RegionId: regionId, VpcId: vpcId })) as {
    Instances: {
      Instance: {
        InstanceId: string;
        VpcAttributes: { PrivateIpAddress: { IpAddress: string[] } };
        SecurityGroupIds: { SecurityGroupId: string[] };
      }[];
    };
  };
  const i = r.Instances.Instance[0];
  if (!i) throw new Error(`no instance in ${vpcId} (${regionId})`);
  for (const SecurityGroupId of i.SecurityGroupIds.SecurityGroupId)
    await who('Ecs', 'DescribeSecurityGroupAttribute', {
      RegionId: regionId,
      SecurityGroupId,
      Direction: 'all',
    });
  return { id: i.InstanceId, ip: String(i.VpcAttributes.PrivateIpAddress.IpAddress[0]) };
}

/** `ping -c 4 <ip>` on `from` (the caller's instance in `regionId`): its exit code and plain-text output. */
export async function ping(
  who: Caller,
  regionId: string,
  from: SdkInstance,
  ip: string,
): Promise<{ exitCode: number | undefined; output: string }> {
  const run = await who('Ecs', 'RunCommand', {
    RegionId: regionId,
    Type: 'RunShellScript',
    CommandContent: `ping -c 4 ${ip}`,
    InstanceId: [from.id],
  });
  const result = (await who('Ecs', 'DescribeInvocationResults', {
    RegionId: regionId,
    InvokeId: run.InvokeId,
    ContentEncoding: 'PlainText',
  })) as { Invocation: { InvocationResults: { InvocationResult: { Output: string; ExitCode: number }[] } } };
  const out = result.Invocation.InvocationResults.InvocationResult[0];
  return { exitCode: out?.ExitCode, output: String(out?.Output) };
}
