// Each chosen VPC's vRouter ID (VRouterId in Vpc DescribeVpcs), read from the same network lists the steps' pickers
// use: on Enterprise Edition a route entry's Terraform import ID names it (provider docs/r/route_entry), and the
// plan does not hold it. A VPC not listed (yet) leaves its ID out, and the file says VRT_ID_A / VRT_ID_B instead.
import { useQuery } from '@tanstack/react-query';
import type { AccountName } from '../../domain/accounts';
import { networkQueries, type Network } from '../api/networks';
import type { NetworkRef } from '../state/progress-schema';
import { useProgress } from '../state/progress-store';

/** The query of one side's VPC list, answering that VPC's vRouter ID. */
const vRouterOf = (account: AccountName, network: NetworkRef | undefined) => ({
  ...networkQueries.list(account, network?.regionId ?? '', 'VPC'),
  enabled: network?.type === 'VPC' && Boolean(network.regionId),
  select: (vpcs: Network[]) => vpcs.find((v) => v.id === network?.instanceId)?.vRouterId,
});

export function useVRouterIds(): Partial<Record<AccountName, string>> {
  const a = useQuery(
    vRouterOf(
      'A',
      useProgress((p) => p.ownNetwork),
    ),
  ).data;
  const b = useQuery(
    vRouterOf(
      'B',
      useProgress((p) => p.network),
    ),
  ).data;
  return { ...(a ? { A: a } : {}), ...(b ? { B: b } : {}) };
}
