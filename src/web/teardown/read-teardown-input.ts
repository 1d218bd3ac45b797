// Fresh reads of everything a teardown decision needs, through the shared query cache (fetchQuery with
// staleTime 0), so the run decides on what the cloud says now and the picture and the plan update with it.
import type { QueryClient } from '@tanstack/react-query';
import type { TeardownInput } from '../../domain/plan/teardown-plan';
import { accountByName, accountQueries } from '../api/accounts';
import { isPackageReady, limitQueries, packageQueries, packagesOfCen } from '../api/bandwidth';
import { cenQueries } from '../api/cen';
import { attachmentQueries, grantQueries } from '../api/networks';
import { progressStore } from '../state/progress-store';
import { teardownInputFrom } from './teardown-input-from';
import type { TeardownRecord } from './teardown-store';

export async function readTeardownInput(client: QueryClient, record: TeardownRecord): Promise<TeardownInput> {
  const fresh = { staleTime: 0 } as const;
  const { cenId, network, bandwidthPackageId } = record;
  const accounts = await client.fetchQuery(accountQueries.all());
  const cen = await client.fetchQuery({ ...cenQueries.detail(cenId), ...fresh });
  const live = cen !== null;
  const [limits, attachments, cenPackages, pkg, grants] = await Promise.all([
    live ? client.fetchQuery({ ...limitQueries.ofCen(cenId), ...fresh }) : [],
    live ? client.fetchQuery({ ...attachmentQueries.ofCen(cenId), ...fresh }) : [],
    // ofCen is a `select` view of every package of A; fetchQuery returns the whole list, so filter it here.
    live
      ? client
          .fetchQuery({ ...packageQueries.ofAccount(), ...fresh })
          .then((all) => packagesOfCen(all, cenId))
      : [],
    bandwidthPackageId
      ? client.fetchQuery({ ...packageQueries.detail(bandwidthPackageId, isPackageReady), ...fresh })
      : null,
    network
      ? client.fetchQuery({
          ...grantQueries.ofNetwork(network.regionId, network.instanceId, network.type),
          ...fresh,
        })
      : [],
  ]);
  const packages = [...cenPackages];
  if (pkg && !packages.some((p) => p.CenBandwidthPackageId === pkg.CenBandwidthPackageId)) packages.push(pkg);
  return teardownInputFrom({
    uidA: accountByName(accounts, 'A')?.uid,
    uidB: accountByName(accounts, 'B')?.uid,
    cenId,
    cen,
    network,
    bandwidthPackageId,
    limits,
    attachments,
    packages,
    grants,
    clientTokens: progressStore.get().clientTokens,
  });
}
