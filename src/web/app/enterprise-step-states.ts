// The steps' states of an Enterprise-Edition journey as the cloud shows them (reconcile-enterprise.tsx): read from the
// same plan the preview shows (planEnterpriseSetup, use-enterprise-setup-plan.ts), so a step is done on reload
// exactly when its calls of docs/reference/enterprise-edition.md §2 are done, and "changing" while any of them is
// still settling — the Basic journey's counterpart is in reconcile.tsx.
import { ENTERPRISE_CALL_ID as ID } from '../../domain/plan/enterprise-setup-calls';
import type { Plan } from '../../domain/plan/plan-types';
import type { StepState } from '../state/progress-store';

type Verdict = 'finish' | 'changing' | 'wait';

/** The calls that make each step done (step 1 needs B's service only for step 3, as its screen says). */
const STEP_CALLS: Record<1 | 2 | 3 | 5, readonly string[]> = {
  1: ['create-cen', ID.router('A'), ID.router('B')],
  2: [ID.grant],
  3: [
    ID.attach('A'),
    ID.attach('B'),
    ...(['A', 'B'] as const).flatMap((s) => [ID.link('association', s, s), ID.link('propagation', s, s)]),
  ],
  5: [
    ID.peer,
    ...(['A', 'B'] as const).flatMap((s) => [
      ID.link('association', 'peer', s),
      ID.link('propagation', 'peer', s),
    ]),
    ID.route('A'),
    ID.route('B'),
  ],
};

function verdict(plan: Plan, ids: readonly string[]): Verdict {
  const calls = plan.calls.filter((c) => ids.includes(c.id));
  if (calls.length > 0 && calls.every((c) => c.status === 'done')) return 'finish';
  return calls.some((c) => c.status === 'done' || c.status === 'waiting') ? 'changing' : 'wait';
}

/**
 * Steps 1–5's verdicts. Step 4 has calls only when the connection is paid out of a bandwidth plan; paid by data
 * transfer, it is done once chosen (nothing is bought, §2 step 7). A peer attachment that exists was paid somehow.
 */
export function enterpriseStepVerdicts(
  plan: Plan,
  payBy: 'DataTransfer' | 'BandwidthPackage' | undefined,
): Verdict[] {
  const peer = plan.calls.find((c) => c.id === ID.peer);
  const pkgCalls = ['create-package', 'associate-package'];
  const step4: Verdict =
    payBy === 'DataTransfer' || peer?.status === 'done' || peer?.status === 'waiting'
      ? 'finish'
      : payBy === 'BandwidthPackage'
        ? verdict(plan, pkgCalls)
        : 'wait';
  return [
    verdict(plan, STEP_CALLS[1]),
    verdict(plan, STEP_CALLS[2]),
    verdict(plan, STEP_CALLS[3]),
    step4,
    verdict(plan, STEP_CALLS[5]),
  ];
}

/** As StepStates: `since` kept from the saved state of a step still changing (its "in progress, 12 s"). */
export function enterpriseStepStates(
  plan: Plan,
  payBy: 'DataTransfer' | 'BandwidthPackage' | undefined,
  cenGone: boolean,
  previous: Record<string, StepState | undefined>,
  now: number,
): StepState[] {
  return enterpriseStepVerdicts(plan, payBy).map((v, i) => {
    if (i === 0 && cenGone) return { status: 'error', reason: 'InvalidCenInstanceId.NotFound' };
    if (v === 'finish') return { status: 'finish' };
    if (v === 'wait') return { status: 'wait' };
    return { status: 'process', since: previous[String(i + 1)]?.since ?? now };
  });
}

/**
 * Step 6 on reload: the cloud keeps no record of a ping, so step 6 is done only as the step saved it (both pings
 * answered, diagnosis/path-diagnosis.tsx) — and only while steps 1–5 still are: a path the cloud no longer has
 * (a link or a route gone since) must be tested again. Undefined: keep the saved state.
 */
export function enterpriseStep6State(
  steps1to5: readonly StepState[],
  saved: StepState | undefined,
): StepState | undefined {
  if (saved?.status !== 'finish') return undefined;
  return steps1to5.every((s) => s.status === 'finish') ? undefined : { status: 'wait' };
}
