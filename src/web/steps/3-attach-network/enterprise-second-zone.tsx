// Step 3 on Enterprise Edition, a VPC with a usable vSwitch in one zone only while the router offers two: its owner
// may create a vSwitch in the other zone on a proposed free /24 (domain/plan/enterprise-second-zone.ts, Vpc
// CreateVSwitch), after a confirmation, so the attachment maps both zones (docs/reference/enterprise-edition.md §2
// step 5). The lists are read again afterwards; the zone form then preselects the new vSwitch.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Popconfirm } from 'antd';
import { createSecondZoneVSwitchCall, proposeSecondZone } from '../../../domain/plan/enterprise-second-zone';
import type { VSwitchOption } from '../../../domain/plan/enterprise-zones';
import { networkQueries } from '../../api/networks';
import { transitQueries } from '../../api/transit-routers';
import { vSwitchQueries } from '../../api/vswitches';
import { ErrorPanel } from '../../components/error-panel';
import { callWithClientToken, sendPlannedCall } from '../../plan/send-planned-call';
import type { AttachSide } from './enterprise-attach-state';
import { useEnterpriseAttachText } from './enterprise-attach-text';

export function SecondZoneVSwitch({
  cenId,
  side,
  options,
  regionZones,
}: {
  cenId: string;
  side: AttachSide;
  options: readonly VSwitchOption[];
  regionZones: readonly string[];
}) {
  const et = useEnterpriseAttachText();
  const queryClient = useQueryClient();
  const { regionId = '', instanceId: vpcId = '' } = side.network ?? {};
  const vpcs = useQuery({ ...networkQueries.list(side.side, regionId, 'VPC'), enabled: Boolean(vpcId) });
  const cidr = vpcs.data?.find((v) => v.id === vpcId)?.cidr;
  const proposal = proposeSecondZone(cidr, options, regionZones);
  const create = useMutation({
    mutationFn: () => {
      if (!proposal) throw new Error('No free zone and CIDR block to propose for this VPC.');
      return sendPlannedCall(
        callWithClientToken((tokens) =>
          createSecondZoneVSwitchCall(side.side, { vpcId, regionId }, proposal, tokens, {
            status: 'pending',
          }),
        ),
      );
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: vSwitchQueries.ofVpc(side.side, regionId, vpcId).queryKey,
        }),
        queryClient.invalidateQueries({
          queryKey: transitQueries.vSwitches(cenId, regionId, vpcId).queryKey,
        }),
      ]),
  });
  if (!proposal) return null;
  const words = { account: side.side, vpc: vpcId, zone: proposal.zoneId, cidr: proposal.cidrBlock };
  return (
    <div>
      <Popconfirm
        title={et('zones.create.confirm', words)}
        okText={et('zones.create.ok')}
        cancelText={et('zones.create.cancel')}
        onConfirm={() => create.mutate()}
      >
        <Button loading={create.isPending}>{et('zones.create', words)}</Button>
      </Popconfirm>
      {create.isError ? <ErrorPanel error={create.error} /> : null}
    </div>
  );
}
