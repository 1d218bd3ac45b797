// What a trainee's session adds up to (README "Training a class"): errors met with their codes, and what a real cloud
// would have charged money for. Tallied call by call as the BFF audits them, so the numbers stay right even after
// the sandbox's audit ring has dropped old entries, and stay small (one row per code × action, per purchase).
import type { AuditEntry } from './audit-log';

export interface ErrorTally {
  code: string;
  action: string;
  count: number;
}

export interface ChargedItem {
  action: string;
  /** First time it was bought; a retry with the same ClientToken is the same purchase (docs/reference/cen-api.md §3). */
  time: string;
  account: string;
  requestId?: string;
  clientToken?: string;
  /** How a real cloud bills it, in words for the debrief page. */
  billing: string;
  details: Record<string, unknown>;
  /** Calls that returned the same purchase again (same ClientToken). */
  repeats: number;
}

export interface CallTally {
  calls: number;
  errors: Map<string, ErrorTally>;
  charged: Map<string, ChargedItem>;
}

/** Distinct purchases kept per session; beyond this a trainee is scripting, and the list says so by its length. */
const MAX_CHARGED = 50;

export function emptyTally(): CallTally {
  return { calls: 0, errors: new Map(), charged: new Map() };
}

function chargeOf(
  entry: AuditEntry,
): { key: string; billing: string; details: Record<string, unknown> } | null {
  const p = entry.params;
  if (entry.action === 'Cbn.CreateCenBandwidthPackage') {
    // docs/reference/cen-api.md §5: plans are prepaid subscriptions (PREPAY), default PricingCycle=Month, Period=1; the zh user
    // guide adds that cross-border plans are non-refundable — the reason training runs on the mock.
    const chargeType = p.BandwidthPackageChargeType ?? 'PREPAY';
    return {
      key: `${entry.action}|${typeof p.ClientToken === 'string' ? p.ClientToken : (entry.requestId ?? entry.time)}`,
      billing:
        chargeType === 'PREPAY'
          ? 'Prepaid subscription, billed when bought; a bandwidth plan is not refunded without a ticket.'
          : 'Pay-as-you-go bandwidth plan, billed while it exists.',
      details: {
        bandwidthMbps: p.Bandwidth,
        chargeType,
        pricingCycle: p.PricingCycle ?? 'Month',
        period: p.Period ?? 1,
        areas: [p.GeographicRegionAId, p.GeographicRegionBId],
      },
    };
  }
  if (
    entry.action === 'Cbn.SetCenInterRegionBandwidthLimit' &&
    p.BandwidthType === 'DataTransfer' &&
    Number(p.BandwidthLimit) > 0
  )
    // docs/reference/cen-api.md §5: BandwidthType DataTransfer is pay-by-data-transfer instead of a plan.
    return {
      key: `${entry.action}|${String(p.CenId)}|${String(p.LocalRegionId)}|${String(p.OppositeRegionId)}`,
      billing: 'Pay-by-data-transfer: every GB crossing regions is billed.',
      details: {
        cenId: p.CenId,
        localRegionId: p.LocalRegionId,
        oppositeRegionId: p.OppositeRegionId,
        bandwidthLimitMbps: p.BandwidthLimit,
      },
    };
  return null;
}

/** Adds one audited call to the tally (mutates it: it lives in the trainee's session). */
export function tallyCall(tally: CallTally, entry: AuditEntry): void {
  tally.calls++;
  if (entry.outcome === 'error') {
    const code = entry.code ?? `HTTP ${entry.httpStatus}`;
    const key = `${code}|${entry.action}`;
    const row = tally.errors.get(key) ?? { code, action: entry.action, count: 0 };
    row.count++;
    tally.errors.set(key, row);
    return;
  }
  const charge = chargeOf(entry);
  if (!charge) return;
  const known = tally.charged.get(charge.key);
  if (known) {
    known.repeats++;
    return;
  }
  if (tally.charged.size >= MAX_CHARGED) return;
  tally.charged.set(charge.key, {
    action: entry.action,
    time: entry.time,
    account: entry.account,
    ...(entry.requestId ? { requestId: entry.requestId } : {}),
    ...(typeof entry.params.ClientToken === 'string' ? { clientToken: entry.params.ClientToken } : {}),
    billing: charge.billing,
    details: charge.details,
    repeats: 0,
  });
}

export interface DebriefInput {
  sandboxId: string;
  scenario: string;
  trainee: string | null;
  /** The current attempt (1 for the first). */
  attempt: number;
  sessionStartedAt: number;
  startedAt: number;
  completedAt: number | undefined;
  resets: number;
  hints: readonly { level: number; time: string }[];
  tally: CallTally;
  /** Attempts a reset ended, oldest first. */
  earlier: readonly {
    attempt: number;
    scenario: string;
    startedAt: number;
    completedAt?: number;
    endedAt: number;
    hints: readonly { level: number; time: string }[];
    tally: CallTally;
  }[];
  progress: { success: boolean; steps?: Record<string, unknown>; evidence?: unknown };
  now: number;
}

const iso = (t: number) => new Date(t).toISOString();

/** What one attempt adds up to: its calls, errors by code, hints and purchases. */
function tallied(tally: CallTally, hints: readonly { level: number; time: string }[]) {
  return {
    calls: tally.calls,
    errors: [...tally.errors.values()]
      .map((e) => ({ ...e }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    hintsUsed: hints.length,
    hints: hints.map((h) => ({ ...h })),
    charged: [...tally.charged.values()].map((c) => ({ ...c })),
  };
}

/**
 * The top-level fields are the current attempt's (a reset starts a new one: its time, errors, hints and charges
 * start again); `attempts` lists the earlier ones, and `totals` adds everything up — a purchase made before a
 * reset was still paid for.
 */
export function buildDebrief(input: DebriefInput) {
  const end = input.completedAt ?? input.now;
  const current = tallied(input.tally, input.hints);
  const attempts = input.earlier.map((a) => ({
    attempt: a.attempt,
    scenario: a.scenario,
    startedAt: iso(a.startedAt),
    endedAt: iso(a.endedAt),
    completedAt: a.completedAt === undefined ? null : iso(a.completedAt),
    durationMs: Math.max(0, (a.completedAt ?? a.endedAt) - a.startedAt),
    success: a.completedAt !== undefined,
    ...tallied(a.tally, a.hints),
  }));
  const all = [...attempts, current];
  return {
    sandboxId: input.sandboxId,
    scenario: input.scenario,
    trainee: input.trainee,
    attempt: input.attempt,
    startedAt: iso(input.startedAt),
    completedAt: input.completedAt === undefined ? null : iso(input.completedAt),
    durationMs: Math.max(0, end - input.startedAt),
    resets: input.resets,
    ...current,
    success: input.progress.success,
    steps: input.progress.steps ?? null,
    evidence: input.progress.evidence ?? null,
    attempts,
    totals: {
      sessionStartedAt: iso(input.sessionStartedAt),
      durationMs: Math.max(0, input.now - input.sessionStartedAt),
      calls: all.reduce((n, a) => n + a.calls, 0),
      errors: all.reduce((n, a) => n + a.errors.reduce((m, e) => m + e.count, 0), 0),
      hintsUsed: all.reduce((n, a) => n + a.hintsUsed, 0),
      charged: all.reduce((n, a) => n + a.charged.length, 0),
    },
  };
}

export type Debrief = ReturnType<typeof buildDebrief>;
