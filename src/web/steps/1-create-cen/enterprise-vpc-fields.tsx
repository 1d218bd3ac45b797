// The two VPCs step 1 connects on Enterprise Edition — A's and B's, each a Region and Networks pair — shared by the
// new CEN's form (enterprise-cen-form.tsx) and an adopted CEN's (enterprise-adopt-networks.tsx). Their regions get
// one transit router each (docs/reference/enterprise-edition.md §2 step 2); the VPCs are kept in the progress
// (ownNetwork, network) for steps 2–6.
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control, type FieldValues } from 'react-hook-form';
import { z } from 'zod';
import type { AccountName } from '../../../domain/accounts';
import { networkQueries } from '../../api/networks';
import { RegionNetworkFields } from '../../components/network-place-fields';
import type { Progress } from '../../state/progress-store';
import { useEnterpriseText } from './enterprise-text';

export const vpcPairShape = {
  aRegionId: z.string().min(1, 'Choose a region.'),
  aVpcId: z.string().min(1, 'Choose a network.'),
  bRegionId: z.string().min(1, 'Choose a region.'),
  bVpcId: z.string().min(1, 'Choose a network.'),
};
export type VpcPair = { [K in keyof typeof vpcPairShape]: string };
export const NO_VPC_PAIR: VpcPair = { aRegionId: '', aVpcId: '', bRegionId: '', bVpcId: '' };

/** The journey connects two regions over a peer attachment (docs/reference/enterprise-edition.md §2 step 8); one region would need none. */
export function refineTwoRegions(v: VpcPair, ctx: z.RefinementCtx): void {
  if (v.aRegionId && v.aRegionId === v.bRegionId)
    ctx.addIssue({ code: 'custom', path: ['bRegionId'], message: 'Choose two different regions.' });
}

/** The progress's two networks, as the later steps read them. */
export function networksOf(v: VpcPair): Pick<Progress, 'ownNetwork' | 'network'> {
  return {
    ownNetwork: { type: 'VPC', regionId: v.aRegionId, instanceId: v.aVpcId },
    network: { type: 'VPC', regionId: v.bRegionId, instanceId: v.bVpcId },
  };
}

/** One account's VPC: its fields are aRegionId/aVpcId for A, bRegionId/bVpcId for B. */
export function VpcFields<T extends FieldValues & VpcPair>({
  control,
  account,
  clear,
}: {
  control: Control<T>;
  account: AccountName;
  clear: () => void;
}) {
  const et = useEnterpriseText();
  // react-hook-form's Control is invariant in its values: read the form through the part this component owns, as
  // components/network-place-fields.tsx does (T guarantees the four fields are there).
  const pair = control as unknown as Control<VpcPair>;
  const region = account === 'A' ? 'aRegionId' : 'bRegionId';
  const vpc = account === 'A' ? 'aVpcId' : 'bVpcId';
  const regionId = useWatch({ control: pair, name: region });
  const networks = useQuery({ ...networkQueries.list(account, regionId, 'VPC'), enabled: Boolean(regionId) });
  return (
    <fieldset className="plain-fieldset">
      <legend>{et(account === 'A' ? 'form.aVpc' : 'form.bVpc')}</legend>
      <RegionNetworkFields
        control={pair}
        regionName={region}
        networkName={vpc}
        type="VPC"
        regionId={regionId}
        networks={networks.data}
        loading={networks.isFetching}
        clearNetwork={clear}
      />
    </fieldset>
  );
}
