// Shared shapes of a diagnosis result: a verdict, the evidence (a sentence AND the data behind it) and the fix
// (a sentence and, when one API call does it, that call). Modelled on Azure connection troubleshoot's per-hop
// issues with the rule named (docs/reference/peer-failures.md §3.2) and GCP's UNKNOWN verdict (§3.3 there).
import type { PlannedCall } from '../plan/plan-types';
import type { ApiCall } from './api-call';
import type { Message } from './messages';

export interface Fix {
  message: Message;
  /**
   * Present when a single catalogue call does it; the web shows it and sends it only after confirmation. A
   * PlannedCall when the fix is one of the setup plan's own writes (Enterprise Edition's, built by
   * plan/enterprise-setup-calls.ts), which the web sends as the steps do (web/plan/send-planned-call.ts).
   */
  call?: ApiCall | PlannedCall;
}

export interface Evidence<D> {
  message: Message;
  data: D;
}

/** Most severe first: the order in which an overall verdict is chosen. */
export const PREFLIGHT_SEVERITY = ['blocking', 'unknown', 'warning', 'pass'] as const;
export type PreflightVerdict = (typeof PREFLIGHT_SEVERITY)[number];

/**
 * A hop is 'blocked' (the configuration stops the packet here), 'unknown' (a Describe was refused or not made,
 * so we cannot tell), 'warning' (the packet gets through but not usefully: only the free 1 Kbps test bandwidth)
 * or 'pass'.
 */
export type HopVerdict = 'pass' | 'warning' | 'blocked' | 'unknown';

export function worstPreflight(verdicts: readonly PreflightVerdict[]): PreflightVerdict {
  for (const v of PREFLIGHT_SEVERITY) if (verdicts.includes(v)) return v;
  return 'pass';
}
