// Preflight's one-package-per-area-pair check: a CEN takes one bandwidth package per geographic span;
// AssociateCenBandwidthPackage answers InvalidOperation.BwpForGeoSpanAlreadyAssociated for a second one
// (docs/reference/cen-api.md §4).
import { geographicSpanId } from '../../regions';
import { msg } from '../message-builder';
import { PLANNED_PACKAGE_ID, type PackageCandidate } from '../package-carrier';
import { checkResult } from './check-result';
import type { PreflightInput, PreflightItem } from './preflight-types';

/** Undefined when no package is associated (nor planned): then there is nothing to count. */
export function spanItem(
  input: PreflightInput,
  cands: readonly PackageCandidate[],
): PreflightItem | undefined {
  const result = checkResult('package-per-span', 'package-per-span', msg('preflight.span.title'));
  if (!input.packages.ok)
    return result.notInspected({ check: 'package-per-span', spans: [] }, [input.packages.failure]);
  const bySpan = new Map<string, string[]>();
  for (const c of cands.filter((x) => x.associated)) {
    const span = geographicSpanId(c.areaA, c.areaB);
    bySpan.set(span, [...(bySpan.get(span) ?? []), c.id]);
  }
  if (bySpan.size === 0) return undefined;
  const spans = [...bySpan].map(([spanId, packageIds]) => ({ spanId, packageIds }));
  const data = { check: 'package-per-span' as const, spans };
  const dup = spans.find((s) => s.packageIds.length > 1);
  if (!dup)
    return result('pass', msg('preflight.span.ok', { spans: { list: spans.map((s) => s.spanId) } }), data);
  const existing = dup.packageIds.filter((p) => p !== PLANNED_PACKAGE_ID);
  const planned = dup.packageIds.includes(PLANNED_PACKAGE_ID);
  const params = { span: dup.spanId, existing: { list: existing } };
  return planned
    ? result('blocking', msg('preflight.span.plannedDuplicate', params), data, {
        message: msg('preflight.span.plannedDuplicate.fix', { existing: existing[0] ?? '' }),
      })
    : result('blocking', msg('preflight.span.duplicate', params), data, {
        message: msg('preflight.span.duplicate.fix', { span: dup.spanId }),
      });
}
