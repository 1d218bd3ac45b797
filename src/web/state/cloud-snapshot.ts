// What the cloud shows now, read through the SAME TanStack queries the steps use (same keys, so the steps' polls
// and invalidations update the plan, the picture and the teardown at once): the CEN, B's grant, the attached
// networks, the bandwidth packages, the region connections — plus the saved progress that points at them.
import { useQueries, useQuery } from '@tanstack/react-query';
import { accountByName, accountQueries } from '../api/accounts';
import { isPackageReady, limitQueries, packageQueries, type BandwidthPackage } from '../api/bandwidth';
import { cenQueries, type Cen } from '../api/cen';
import {
  attachmentQueries,
  grantQueries,
  networkQueries,
  type Attachment,
  type Network,
  type VpcGrantRule,
} from '../api/networks';
import { useProgress, type NetworkRef, type Progress } from './progress-store';
import type { InterRegionLimit } from '../api/bandwidth';
import type { AccountName } from '../../domain/accounts';

export interface CloudSnapshot {
  uidA?: string | undefined;
  uidB?: string | undefined;
  cenId?: string | undefined;
  /** undefined while unknown, null when DescribeCens no longer lists it. */
  cen?: Cen | null | undefined;
  ownNetwork?: NetworkRef | undefined;
  network?: NetworkRef | undefined;
  bandwidthPackageId?: string | undefined;
  /** The period step 4 bought a package for (the cloud does not list it). */
  packageTerm?: Progress['packageTerm'];
  /** B's grant rules of its chosen network (Vpc.DescribeGrantRulesToCen). */
  grants?: VpcGrantRule[] | undefined;
  attachments?: Attachment[] | undefined;
  packages?: BandwidthPackage[] | undefined;
  limits?: InterRegionLimit[] | undefined;
  /** VPCs of the regions in play, per account, for their CIDR blocks. */
  vpcs: Network[];
  clientTokens: Record<string, string>;
  /** True once every query that is enabled has answered at least once. */
  loaded: boolean;
  fetching: boolean;
}

/** The resources to read; by default the progress store's. The teardown passes its own record instead. */
export type SnapshotTarget = Pick<Progress, 'cenId' | 'network' | 'ownNetwork' | 'bandwidthPackageId'>;

export function useCloudSnapshot(target?: SnapshotTarget): CloudSnapshot {
  const saved = useProgress((p) => p);
  const progress = { ...saved, ...(target ? { ...target } : {}) };
  const cenId = progress.cenId ?? '';
  const network = progress.network;
  const accounts = useQuery(accountQueries.all());
  const cen = useQuery({ ...cenQueries.detail(cenId), enabled: Boolean(progress.cenId) });
  // The CEN's lists only while DescribeCens lists it: a deleted CEN's ID is refused (ParameterIllegal.CenInstanceId).
  const enabled = Boolean(progress.cenId) && cen.data != null;
  const grants = useQuery({
    ...grantQueries.ofNetwork(network?.regionId ?? '', network?.instanceId ?? '', network?.type ?? 'VPC'),
    enabled: Boolean(network),
  });
  const attachments = useQuery({ ...attachmentQueries.ofCen(cenId), enabled });
  const packagesOfCen = useQuery({ ...packageQueries.ofCen(cenId), enabled });
  const pkgId = progress.bandwidthPackageId ?? '';
  const pkg = useQuery({ ...packageQueries.detail(pkgId, isPackageReady), enabled: Boolean(pkgId) });
  const limits = useQuery({ ...limitQueries.ofCen(cenId), enabled });

  const uidA = accountByName(accounts.data, 'A')?.uid;
  const uidB = accountByName(accounts.data, 'B')?.uid;
  // Regions whose VPC CIDRs the picture needs: the chosen networks and every attached one.
  const wanted = new Map<string, { account: AccountName; regionId: string }>();
  const want = (account: AccountName, regionId: string) =>
    wanted.set(`${account}:${regionId}`, { account, regionId });
  if (progress.ownNetwork?.type === 'VPC') want('A', progress.ownNetwork.regionId);
  if (network?.type === 'VPC') want('B', network.regionId);
  for (const c of attachments.data ?? [])
    if (c.ChildInstanceType === 'VPC')
      want(c.ChildInstanceOwnerId === uidB ? 'B' : 'A', c.ChildInstanceRegionId);
  const vpcLists = useQueries({
    queries: [...wanted.values()].map((w) => networkQueries.list(w.account, w.regionId, 'VPC')),
  });

  const packages = [...(enabled ? (packagesOfCen.data ?? []) : [])];
  if (pkg.data && !packages.some((p) => p.CenBandwidthPackageId === pkg.data?.CenBandwidthPackageId))
    packages.push(pkg.data);

  const enabledQueries = [
    accounts,
    ...(progress.cenId ? [cen] : []),
    ...(enabled ? [attachments, packagesOfCen, limits] : []),
    ...(network ? [grants] : []),
    ...(pkgId ? [pkg] : []),
  ];
  return {
    uidA,
    uidB,
    cenId: progress.cenId,
    cen: progress.cenId ? cen.data : undefined,
    ownNetwork: progress.ownNetwork,
    network,
    bandwidthPackageId: progress.bandwidthPackageId,
    packageTerm: progress.packageTerm,
    grants: grants.data,
    attachments: enabled ? attachments.data : undefined,
    packages: enabled || pkgId ? packages : undefined,
    limits: enabled ? limits.data : undefined,
    vpcs: vpcLists.flatMap((q) => q.data ?? []),
    clientTokens: progress.clientTokens,
    loaded: enabledQueries.every((q) => q.isFetched),
    fetching: enabledQueries.some((q) => q.isFetching),
  };
}
