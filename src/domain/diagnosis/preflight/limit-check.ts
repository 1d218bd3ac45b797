// Preflight's limit check: each connection step 5 is about to set, against the package that would carry it
// (package-carrier.ts). bandwidth.ts owns the rule; this only turns its answer into an item.
import {
  allocatedExcluding,
  checkInterRegionLimit,
  describeLimitProblem,
  type LimitProblem,
  type PackageBudget,
} from '../../bandwidth';
import { msg } from '../message-builder';
import type { Message, MessageKey } from '../messages';
import { carrier, type PackageCandidate } from '../package-carrier';
import { checkResult } from './check-result';
import { packageParam } from './preflight-packages';
import type { PreflightInput, PreflightItem } from './preflight-types';
import { pairKey } from './region-pairs';

const LIMIT_PROBLEM_KEYS: Record<LimitProblem['kind'], MessageKey> = {
  'same-region': 'preflight.limit.sameRegion',
  'unknown-region': 'preflight.limit.unknownRegion',
  'outside-areas': 'preflight.limit.outsideAreas',
  range: 'preflight.limit.range',
  'over-budget': 'preflight.limit.overBudget',
};

function limitProblemParams(problem: LimitProblem): Message['params'] {
  switch (problem.kind) {
    case 'same-region':
    case 'outside-areas':
      return {};
    case 'unknown-region':
      return { region: problem.regionId };
    case 'range':
      return { min: problem.min, max: problem.max };
    case 'over-budget':
      return {
        requested: problem.requested,
        allocated: problem.allocated,
        total: problem.total,
        remaining: problem.remaining,
      };
  }
}

function limitFix(problem: LimitProblem): Message {
  if (problem.kind === 'range') return msg('preflight.limit.lower.fix', { max: problem.max });
  if (problem.kind === 'over-budget') return msg('preflight.limit.lower.fix', { max: problem.remaining });
  return msg('preflight.limit.regions.fix');
}

export function limitItems(input: PreflightInput, cands: readonly PackageCandidate[]): PreflightItem[] {
  const items: PreflightItem[] = [];
  // Connections set in the same run share their package's budget, so each sees the ones before it.
  const added = new Map<string, PackageBudget['limits'][number][]>();
  for (const { localRegionId: local, oppositeRegionId: opposite, bandwidthLimit } of input.connections) {
    const regions = { local: { region: local }, opposite: { region: opposite } };
    const result = checkResult(
      'limit',
      `limit:${pairKey(local, opposite)}`,
      msg('preflight.limit.title', regions),
    );
    const base = {
      check: 'limit' as const,
      localRegionId: local,
      oppositeRegionId: opposite,
      bandwidthLimit,
    };
    const pkg = carrier(cands, local, opposite);
    if (!pkg) {
      // Otherwise the areas item for this pair already says which package is missing.
      if (!input.packages.ok) items.push(result.notInspected(base, [input.packages.failure]));
      continue;
    }
    const budget: PackageBudget = {
      areaA: pkg.areaA,
      areaB: pkg.areaB,
      total: pkg.total,
      limits: [...pkg.limits, ...(added.get(pkg.id) ?? [])],
    };
    const problem = checkInterRegionLimit(budget, local, opposite, bandwidthLimit);
    const allocated = allocatedExcluding(budget, local, opposite);
    const data = { ...base, packageId: pkg.id, total: pkg.total, allocated };
    if (problem) {
      const params = { ...regions, limit: bandwidthLimit, ...limitProblemParams(problem) };
      items.push(
        result(
          'blocking',
          msg(LIMIT_PROBLEM_KEYS[problem.kind], params),
          { ...data, problem, detail: describeLimitProblem(problem) },
          { message: limitFix(problem) },
        ),
      );
      continue;
    }
    added.set(pkg.id, [
      ...(added.get(pkg.id) ?? []),
      { localRegionId: local, oppositeRegionId: opposite, bandwidthLimit },
    ]);
    const params = { ...regions, limit: bandwidthLimit, allocated, total: pkg.total, pkg: packageParam(pkg) };
    // 0 deletes the connection (docs/reference/cen-api.md §2 step 5): ping would then ride on the 1 Kbps test
    // bandwidth only.
    items.push(
      bandwidthLimit === 0
        ? result('warning', msg('preflight.limit.zero', params), data)
        : result('pass', msg('preflight.limit.ok', params), data),
    );
  }
  return items;
}
