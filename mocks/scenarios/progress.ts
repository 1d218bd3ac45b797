// Where a trainee stands in a sandbox (GET /_mock/sandboxes/:id/progress; sandbox contract): which of the
// tutorial's steps are done, judged from the sandbox's state, and whether the scenario's declarative success
// criteria hold, each with the evidence a debrief can show. Read-only; nothing here changes the world.
// "The tutorial's" resources are found, not named: Account A's CEN that holds B's VPC (else any of A's), the ECS
// instances of A and B, their regions. A scenario that re-addresses or adds VPCs needs no extra configuration.
import { attachmentStatus, cenStatus, limitStatus, sweep } from '../cloud/lifecycle';
import type { MockCloud } from '../cloud/mock-cloud';
import type { Account, Cen, EcsInstance, World } from '../cloud/model';
import { PING_REASONS, pingVerdict } from '../cloud/routing';
import type { StepName, SuccessCriteria } from './training-schema';
import {
  enterpriseStepsOf,
  trAttachmentsOf,
  twoZonesResult,
  type EnterpriseStepName,
} from './enterprise-progress';
import { trAttachmentStatus } from '../cloud/transit-router-lifecycle';
import { samePair } from '../../src/domain/bandwidth';
import { regionsFitAreas } from '../../src/domain/regions';

/** Without a training file (a plain seed), success is the tutorial's own: ping works both ways (step 6). */
export const DEFAULT_SUCCESS: SuccessCriteria = { connectivity: ['A->B', 'B->A'] };

export interface CriterionResult {
  criterion: string;
  ok: boolean;
  detail: string;
}

export interface Reach {
  reachable: boolean;
  from?: string;
  to?: string;
  reason?: string;
  testBandwidthOnly?: boolean;
}

export interface Progress {
  scenario: string;
  steps: Record<StepName, boolean>;
  /** The path the scenario plays; on Enterprise Edition the steps of the Enterprise path are in enterpriseSteps. */
  edition: 'basic' | 'enterprise';
  enterpriseSteps?: Record<EnterpriseStepName, boolean>;
  success: boolean;
  evidence: {
    criteria: CriterionResult[];
    cen: { id: string; name: string; status: string } | null;
    /** B's grants: to CEN (Vpc GrantInstanceToCen) or to its transit routers (Cbn GrantInstanceToTransitRouter). */
    grants: {
      instanceId: string;
      cenId: string;
      cenOwnerUid: string;
      stray: boolean;
      kind?: 'transitRouter';
    }[];
    attachments: { childId: string; owner: string; regionId: string; status: string }[];
    packages: { id: string; name: string; areas: string; bandwidth: number; cenId: string | null }[];
    limits: { regions: string; bandwidthLimit: number; status: string }[];
    connectivity: Record<'A->B' | 'B->A', Reach>;
    pings: { from: string; command: string; exitCode: number }[];
  };
}

const running = (w: World, a: Account | undefined) =>
  a ? w.instances.filter((i) => i.ownerUid === a.uid && i.status === 'Running') : [];

/** Some instance of `from` pings some instance of `to`; else the first failure's reason. */
function reach(world: World, from: EcsInstance[], to: EcsInstance[], now: number): Reach {
  let first: { from: string; to: string; reason: string } | undefined;
  for (const f of from)
    for (const t of to) {
      const v = pingVerdict(world, f, t.privateIp, now);
      // Ping also passes on CEN's free 1 Kbps test bandwidth (routing.ts); the evidence says when that is all.
      if (v.ok)
        return {
          reachable: true,
          from: f.name,
          to: `${t.name} (${t.privateIp})`,
          ...('testBandwidthOnly' in v && v.testBandwidthOnly === true ? { testBandwidthOnly: true } : {}),
        };
      first ??= { from: f.name, to: `${t.name} (${t.privateIp})`, reason: PING_REASONS[v.reason] };
    }
  return first
    ? { reachable: false, ...first }
    : { reachable: false, reason: 'no running instance on one side' };
}

export function progressOf(
  cloud: MockCloud,
  scenario: string,
  criteria: SuccessCriteria,
  edition: Progress['edition'] = 'basic',
): Progress {
  const now = cloud.now();
  sweep(cloud.world, now);
  const w = cloud.world;
  const A = cloud.account('A');
  const B = cloud.account('B');
  const aCens = w.cens.filter((c) => c.ownerUid === A?.uid && c.goneAt === undefined);
  // A VPC's attachment to the CEN, the Basic way or to one of its transit routers (as childId, status).
  const attachedTo = (cen: Cen, owner: Account | undefined) => [
    ...w.attachments.filter(
      (x) => x.cenId === cen.id && x.childType === 'VPC' && x.childOwnerUid === owner?.uid,
    ),
    ...trAttachmentsOf(w, cen, owner).map((a) => ({ childId: a.vpcId, tr: a })),
  ];
  // The one holding B's VPC, else the one holding A's (a grant to a wrong CEN must not make that one "the" CEN).
  const cen =
    aCens.find((c) => attachedTo(c, B).length > 0) ??
    aCens.find((c) => attachedTo(c, A).length > 0) ??
    aCens.find((c) => w.grants.some((g) => g.cenId === c.id && g.instanceOwnerUid === B?.uid)) ??
    aCens.find((c) => w.transit.grants.some((g) => g.cenId === c.id && g.instanceOwnerUid === B?.uid)) ??
    aCens[0];

  const attached = (owner: Account | undefined) =>
    cen
      ? attachedTo(cen, owner).filter((x) =>
          'tr' in x ? trAttachmentStatus(x.tr, now) === 'Attached' : attachmentStatus(x, now) === 'Attached',
        )
      : [];
  const endpoints = (owner: Account | undefined) => {
    const all = running(w, owner);
    const vpcs = new Set(attached(owner).map((x) => x.childId));
    const inCen = all.filter((i) => vpcs.has(i.vpcId));
    return inCen.length > 0 ? inCen : all;
  };
  const aEnds = endpoints(A);
  const bEnds = endpoints(B);
  const regionA = aEnds[0]?.regionId;
  const regionB = bEnds[0]?.regionId;

  const fitting = w.packages.filter(
    (p) =>
      p.ownerUid === A?.uid &&
      regionA !== undefined &&
      regionB !== undefined &&
      regionsFitAreas(regionA, regionB, p.areaA, p.areaB),
  );
  const limit =
    cen && regionA && regionB
      ? w.limits.find(
          (l) =>
            l.cenId === cen.id &&
            l.goneAt === undefined &&
            samePair(l.localRegionId, l.oppositeRegionId, regionA, regionB),
        )
      : undefined;
  const limitActive = limit !== undefined && limit.bandwidthLimit > 0 && limitStatus(limit, now) === 'Active';
  const peerIps = new Set([...aEnds, ...bEnds].map((i) => i.privateIp));
  const pings = w.invocations
    .filter((inv) => inv.ownerUid === A?.uid || inv.ownerUid === B?.uid)
    .filter((inv) => /^\s*ping\b/.test(inv.commandContent))
    .filter((inv) => [...peerIps].some((ip) => inv.commandContent.includes(ip)))
    .flatMap((inv) =>
      inv.results.map((r) => ({
        from: w.instances.find((i) => i.id === r.instanceId)?.name ?? r.instanceId,
        command: inv.commandContent,
        exitCode: now >= inv.readyAt ? r.exitCode : -1,
      })),
    );
  const isCen = (id: string, owner: string) => w.cens.some((c) => c.id === id && c.ownerUid === owner);
  const bGrants: Progress['evidence']['grants'] = w.grants
    .filter((g) => g.instanceOwnerUid === B?.uid)
    .map((g): Progress['evidence']['grants'][number] => ({
      instanceId: g.instanceId,
      cenId: g.cenId,
      cenOwnerUid: g.cenOwnerUid,
      stray: !isCen(g.cenId, g.cenOwnerUid),
    }))
    .concat(
      w.transit.grants
        .filter((g) => g.instanceOwnerUid === B?.uid)
        .map((g) => ({
          instanceId: g.instanceId,
          cenId: g.cenId,
          cenOwnerUid: g.cenOwnerUid,
          stray: !isCen(g.cenId, g.cenOwnerUid),
          kind: 'transitRouter' as const,
        })),
    );

  const steps: Record<StepName, boolean> = {
    cen: cen !== undefined && cenStatus(cen, now) === 'Active',
    grant:
      cen !== undefined &&
      bGrants.some((g) => g.kind === undefined && g.cenId === cen.id && g.cenOwnerUid === A?.uid),
    attach: attached(A).length > 0 && attached(B).length > 0,
    package: fitting.length > 0,
    associate: cen !== undefined && fitting.some((p) => p.cenId === cen.id),
    limit: limitActive,
    ping: pings.some((p) => p.exitCode === 0),
  };
  const connectivity = { 'A->B': reach(w, aEnds, bEnds, now), 'B->A': reach(w, bEnds, aEnds, now) };

  const results: CriterionResult[] = [];
  for (const dir of criteria.connectivity ?? []) {
    const c = connectivity[dir];
    results.push({
      criterion: `connectivity ${dir}`,
      ok: c.reachable,
      detail: c.reachable
        ? `${c.from} pings ${c.to}${c.testBandwidthOnly ? ' (on the 1 Kbps test bandwidth only: no region connection yet)' : ''}`
        : `${c.from ?? '?'} → ${c.to ?? '?'}: ${c.reason}`,
    });
  }
  for (const s of criteria.steps ?? [])
    results.push({ criterion: `step ${s}`, ok: steps[s], detail: steps[s] ? 'done' : 'not done yet' });
  if (criteria.limit) {
    const { min = 1, max = Number.POSITIVE_INFINITY } = criteria.limit;
    const v = limit?.bandwidthLimit;
    results.push({
      criterion: `limit ${min}–${Number.isFinite(max) ? max : '∞'} Mbps`,
      ok: limitActive && v !== undefined && v >= min && v <= max,
      detail: limit
        ? `${limit.localRegionId} ↔ ${limit.oppositeRegionId}: ${limit.bandwidthLimit} Mbps, ${limitStatus(limit, now)}`
        : `no limit between ${regionA ?? '?'} and ${regionB ?? '?'}`,
    });
  }
  if (criteria.noDuplicatePackages) {
    const bySpan = new Map<string, string[]>();
    for (const p of w.packages.filter((x) => x.ownerUid === A?.uid)) {
      const span = [p.areaA, p.areaB].sort().join('_');
      bySpan.set(span, [...(bySpan.get(span) ?? []), p.id]);
    }
    const dupes = [...bySpan].filter(([, ids]) => ids.length > 1);
    results.push({
      criterion: 'no duplicate bandwidth packages',
      ok: dupes.length === 0,
      detail:
        dupes.length === 0
          ? `${w.packages.filter((x) => x.ownerUid === A?.uid).length} package(s), one per pair of areas`
          : dupes.map(([span, ids]) => `${span}: ${ids.join(', ')}`).join('; '),
    });
  }
  if (criteria.noDuplicateCens) {
    const name = cen?.name;
    const same = aCens.filter((c) => c.name === name);
    results.push({
      criterion: 'no duplicate CENs',
      ok: same.length <= 1,
      detail: `${same.length} CEN(s) of Account A named "${name ?? '?'}"`,
    });
  }
  if (criteria.noStrayGrants) {
    const stray = bGrants.filter((g) => g.stray);
    results.push({
      criterion: 'no stray grants',
      ok: stray.length === 0,
      detail:
        stray.length === 0
          ? 'every grant of Account B names a real CEN and its owner'
          : stray.map((g) => `${g.instanceId} → ${g.cenId} owner ${g.cenOwnerUid}`).join('; '),
    });
  }

  if (criteria.twoZones) results.push(twoZonesResult(w, cen));

  const accountName = (uid: string) => w.accounts.find((a) => a.uid === uid)?.name ?? uid;
  return {
    scenario,
    steps,
    edition,
    ...(edition === 'enterprise' ? { enterpriseSteps: enterpriseStepsOf(cloud, cen, steps.ping) } : {}),
    success: results.length > 0 && results.every((r) => r.ok),
    evidence: {
      criteria: results,
      cen: cen ? { id: cen.id, name: cen.name, status: cenStatus(cen, now) } : null,
      grants: bGrants,
      attachments: cen
        ? w.attachments
            .filter((x) => x.cenId === cen.id)
            .map((x) => ({
              childId: x.childId,
              owner: accountName(x.childOwnerUid),
              regionId: x.childRegionId,
              status: attachmentStatus(x, now),
            }))
            .concat(
              w.transit.vpcAttachments
                .filter((x) => x.cenId === cen.id && x.goneAt === undefined)
                .map((x) => ({
                  childId: x.vpcId,
                  owner: accountName(x.vpcOwnerUid),
                  regionId: x.regionId,
                  status: trAttachmentStatus(x, now),
                })),
            )
        : [],
      packages: w.packages
        .filter((p) => p.ownerUid === A?.uid)
        .map((p) => ({
          id: p.id,
          name: p.name,
          areas: `${p.areaA}_${p.areaB}`,
          bandwidth: p.bandwidth,
          cenId: p.cenId ?? null,
        })),
      limits: cen
        ? w.limits
            .filter((l) => l.cenId === cen.id && l.goneAt === undefined)
            .map((l) => ({
              regions: `${l.localRegionId} ↔ ${l.oppositeRegionId}`,
              bandwidthLimit: l.bandwidthLimit,
              status: limitStatus(l, now),
            }))
        : [],
      connectivity,
      pings,
    },
  };
}
