// A vSwitch's free IPv4 addresses, as Vpc DescribeVSwitches answers them (AvailableIpAddressCount): the CIDR's size
// less the four the cloud keeps (the first and the last three, docs/reference/enterprise-edition.md §2 step 5), the
// ECS instances in it, the transit-router interfaces in it (one per zone mapping) and what a scenario marks as used.
import type { VSwitch, World } from './model';

const RESERVED = 4;

export function vSwitchFreeIps(world: World, vsw: VSwitch): number {
  const prefix = Number(vsw.cidr.split('/')[1]);
  const size = 2 ** (32 - prefix);
  const instances = world.instances.filter((i) => i.vSwitchId === vsw.id).length;
  const interfaces = world.transit.vpcAttachments
    .flatMap((a) => a.zoneMappings)
    .filter((z) => z.vSwitchId === vsw.id).length;
  return Math.max(0, size - RESERVED - instances - interfaces - (vsw.otherUsedIps ?? 0));
}
