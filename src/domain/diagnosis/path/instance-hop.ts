// The instance hops: the chosen ECS instance at each end is in the VPC being tested and Running.
import type { InstanceItem } from '../../openapi/response-items';
import { msg } from '../message-builder';
import { hopResult } from './hop-result';
import type { Hop, PathEnd } from './path-types';

export function primaryIp(i: InstanceItem): string | undefined {
  return i.VpcAttributes.PrivateIpAddress.IpAddress[0];
}

/** The console picks one instance on each side: the first Running one in the VPC, else the first. */
export function pickInstance(instances: readonly InstanceItem[], vpcId: string): InstanceItem | undefined {
  const inVpc = instances.filter((i) => i.VpcAttributes.VpcId === vpcId && primaryIp(i));
  return inVpc.find((i) => i.Status === 'Running') ?? inVpc[0];
}

export function instanceHop(id: 'source-instance' | 'target-instance', end: PathEnd): Hop {
  const title = msg(id === 'source-instance' ? 'path.hop.sourceInstance' : 'path.hop.targetInstance', {
    account: end.account,
  });
  const result = hopResult(id, title, end.account);
  const base = { kind: 'instance' as const, vpcId: end.vpcId };
  if (!end.instance.ok) return result.notInspected(base, end.instance.failure);
  const i = end.instance.value;
  const ip = primaryIp(i);
  const data = { ...base, instanceId: i.InstanceId, status: i.Status, ...(ip ? { privateIp: ip } : {}) };
  const params = { instance: i.InstanceId, status: i.Status, ip: ip ?? '', vpc: end.vpcId };
  if (i.VpcAttributes.VpcId !== end.vpcId)
    return result(
      'blocked',
      msg('path.instance.otherVpc', { ...params, actual: i.VpcAttributes.VpcId }),
      data,
      { message: msg('path.instance.otherVpc.fix', { vpc: end.vpcId }) },
    );
  // Instance statuses: Pending, Running, Starting, Stopping, Stopped (docs/reference/cen-api.md §2 step 6).
  if (i.Status !== 'Running')
    return result('blocked', msg('path.instance.notRunning', params), data, {
      message: msg('path.instance.notRunning.fix', { ...params, account: end.account }),
    });
  return result('pass', msg('path.instance.running', params), data);
}
