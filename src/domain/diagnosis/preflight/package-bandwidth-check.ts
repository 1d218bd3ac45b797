// Preflight's check of the bandwidth of the package step 4 is about to buy: the rule is bandwidth.ts's.
import { packageBandwidthSchema, PACKAGE_BANDWIDTH_MAX, PACKAGE_BANDWIDTH_MIN } from '../../bandwidth';
import { msg } from '../message-builder';
import { checkResult } from './check-result';
import type { PlannedPackage, PreflightItem } from './preflight-types';

export function packageBandwidthItem(planned: PlannedPackage): PreflightItem {
  const result = checkResult(
    'package-bandwidth',
    'package-bandwidth',
    msg('preflight.packageBandwidth.title'),
  );
  const data = {
    check: 'package-bandwidth' as const,
    bandwidth: planned.bandwidth,
    min: PACKAGE_BANDWIDTH_MIN,
    max: PACKAGE_BANDWIDTH_MAX,
  };
  const params = { value: planned.bandwidth, min: PACKAGE_BANDWIDTH_MIN, max: PACKAGE_BANDWIDTH_MAX };
  return packageBandwidthSchema.safeParse(planned.bandwidth).success
    ? result('pass', msg('preflight.packageBandwidth.ok', params), data)
    : result('blocking', msg('preflight.packageBandwidth.range', params), data, {
        message: msg('preflight.packageBandwidth.range.fix', params),
      });
}
