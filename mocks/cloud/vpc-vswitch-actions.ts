// Vpc CreateVSwitch: a vSwitch in another zone of one of the caller's VPCs, so that a transit-router VPC attachment
// can map two zones where the region has several (docs/reference/enterprise-edition.md §2 step 5). The checks and
// codes are the Vpc API page's (InvalidParameter, InvalidCidrBlock.Overlapped, ResourceNotAvailable); the mock's
// zones of a region are "<region>-<letter>", and a new vSwitch is Available at once (mocks/FIDELITY.md §8).
import type { HandlersOf } from './action-context';
import { CloudError } from './cloud-error';
import { regionOf } from './lookups';
import { cidrContains, compareCidrs, parseCidr } from '../../src/domain/cidr';

// The API page's codes; InvalidVpcId.NotFound is INVENTED (the page's table does not list an unknown VPC).
const vswErrors = {
  vpcNotFound: () => new CloudError(404, 'InvalidVpcId.NotFound', 'Specified VPC does not exist.'),
  zone: () =>
    new CloudError(
      400,
      'ResourceNotAvailable',
      'Resource you requested is not available in this region or zone.',
    ),
  cidr: () => new CloudError(400, 'InvalidParameter', 'Specified CIDR block is not valid in VPC.'),
  overlapped: () =>
    new CloudError(400, 'InvalidCidrBlock.Overlapped', 'Specified CIDR block overlapped with other subnets.'),
};

export const vpcVSwitchActions = {
  CreateVSwitch(ctx, p) {
    const region = regionOf(ctx);
    const vpc = ctx.world.vpcs.find(
      (v) => v.id === p.VpcId && v.ownerUid === ctx.caller.uid && v.regionId === region,
    );
    if (!vpc) throw vswErrors.vpcNotFound();
    if (!new RegExp(`^${region}-[a-z]$`).test(p.ZoneId)) throw vswErrors.zone();
    const block = parseCidr(p.CidrBlock);
    const vpcBlock = parseCidr(vpc.cidr);
    // A vSwitch's mask is /16 to /29 and lies inside the VPC's block (the API page's CidrBlock).
    if (!block || !vpcBlock || block.prefix < 16 || block.prefix > 29 || !cidrContains(vpcBlock, block))
      throw vswErrors.cidr();
    const clash = ctx.world.vSwitches.some((s) => {
      const other = s.vpcId === vpc.id ? parseCidr(s.cidr) : null;
      return other !== null && compareCidrs(other, block) !== 'disjoint';
    });
    if (clash) throw vswErrors.overlapped();
    const count = ctx.world.vSwitches.filter((s) => s.vpcId === vpc.id).length;
    const vSwitch = {
      id: ctx.ids.id('vsw-', 21),
      vpcId: vpc.id,
      ownerUid: vpc.ownerUid,
      regionId: vpc.regionId,
      zoneId: p.ZoneId,
      cidr: p.CidrBlock,
      name: p.VSwitchName ?? `${vpc.name}-vsw-${count + 1}`,
    };
    ctx.world.vSwitches.push(vSwitch);
    return { VSwitchId: vSwitch.id };
  },
} satisfies HandlersOf<'Vpc'>;
