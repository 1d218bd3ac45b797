// What the cloud shows now as planTeardown's input (domain/plan/teardown-plan.ts). Pure; fed by the shared
// queries for the preview and by fresh reads during the run, so a half-finished teardown yields only what remains.
import type { TeardownInput } from '../../domain/plan/teardown-plan';
import type { BandwidthPackage, InterRegionLimit } from '../api/bandwidth';
import type { Cen } from '../api/cen';
import type { Attachment, VpcGrantRule } from '../api/networks';
import type { NetworkRef } from '../state/progress-store';

export interface TeardownSources {
  uidA?: string | undefined;
  uidB?: string | undefined;
  cenId?: string | undefined;
  /** null: DescribeCens no longer lists it (deleted). */
  cen?: Cen | null | undefined;
  network?: NetworkRef | undefined;
  bandwidthPackageId?: string | undefined;
  limits?: InterRegionLimit[] | undefined;
  attachments?: Attachment[] | undefined;
  packages?: BandwidthPackage[] | undefined;
  grants?: VpcGrantRule[] | undefined;
  clientTokens: Record<string, string>;
}

export function teardownInputFrom(s: TeardownSources): TeardownInput {
  const cenId = s.cenId;
  const live = Boolean(cenId && s.cen);
  return {
    accounts: { A: s.uidA ? { uid: s.uidA } : {}, B: s.uidB ? { uid: s.uidB } : {} },
    ...(live && cenId && s.cen ? { cen: { id: cenId, status: s.cen.Status } } : {}),
    limits: live
      ? (s.limits ?? []).map((l) => ({
          localRegionId: l.LocalRegionId,
          oppositeRegionId: l.OppositeRegionId,
          bandwidthLimit: l.BandwidthLimit,
          status: l.Status,
        }))
      : [],
    bandwidthPackages: teardownPackagesFrom(s),
    attachments: live
      ? (s.attachments ?? []).flatMap((c) =>
          c.ChildInstanceType === 'VPC' || c.ChildInstanceType === 'VBR' || c.ChildInstanceType === 'CCN'
            ? [
                {
                  instanceId: c.ChildInstanceId,
                  type: c.ChildInstanceType,
                  regionId: c.ChildInstanceRegionId,
                  owner: c.ChildInstanceOwnerId === s.uidB ? ('B' as const) : ('A' as const),
                  status: c.Status,
                },
              ]
            : [],
        )
      : [],
    grants:
      cenId && s.network
        ? (s.grants ?? [])
            .filter((g) => g.CenInstanceId === cenId)
            .map(() => ({
              cenId,
              instanceId: s.network?.instanceId ?? '',
              type: s.network?.type ?? 'VPC',
              regionId: s.network?.regionId ?? '',
            }))
            .slice(0, 1)
        : [],
    clientTokens: s.clientTokens,
  };
}

/**
 * The packages a teardown speaks of: the one the run bought and any associated with the CEN (Idle ones too, for the
 * warning that a prepaid one stays). Both editions' teardowns take this list (teardownInputSchema).
 */
export function teardownPackagesFrom(
  s: Pick<TeardownSources, 'cenId' | 'cen' | 'packages' | 'bandwidthPackageId'>,
): TeardownInput['bandwidthPackages'] {
  const cenId = s.cenId;
  const live = Boolean(cenId && s.cen);
  const chargeType = (p: BandwidthPackage): { chargeType?: 'PREPAY' | 'POSTPAY' } =>
    p.BandwidthPackageChargeType === 'PREPAY' || p.BandwidthPackageChargeType === 'POSTPAY'
      ? { chargeType: p.BandwidthPackageChargeType }
      : {};
  return (s.packages ?? [])
    .filter(
      (p) =>
        p.CenBandwidthPackageId === s.bandwidthPackageId ||
        (cenId !== undefined && p.CenIds?.CenId.includes(cenId)),
    )
    .map((p) => ({
      id: p.CenBandwidthPackageId,
      status: p.Status,
      associated: Boolean(live && cenId && p.CenIds?.CenId.includes(cenId)),
      ...chargeType(p),
      ...(p.ExpiredTime ? { expiredTime: p.ExpiredTime } : {}),
    }));
}
