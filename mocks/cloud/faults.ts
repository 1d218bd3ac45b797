// Fault rules a test or trainer sets at run time (LocalStack's Chaos API shape,
// docs/reference/peer-failures.md §4.3): match by action and account, fire with a probability and/or a fixed
// number of times, and then return an error, add latency, or apply the write and drop the response — the
// lost-answer case ClientToken exists for (docs/reference/peer-failures.md §6.3).
import { z } from 'zod';

export const faultRuleSchema = z
  .object({
    id: z.string().min(1).max(64).optional(),
    /** "CreateCen", "Vpc.DescribeGrantRulesToCen", or "*" / absent for every action. */
    action: z.string().min(1).optional(),
    /** An account name ("A") or UID; absent for every account. */
    account: z.string().min(1).optional(),
    probability: z.number().min(0).max(1).optional(),
    /** Fire this many times, then the rule removes itself. */
    count: z.number().int().min(1).optional(),
    code: z.string().min(1).optional(),
    httpStatus: z.number().int().min(400).max(599).optional(),
    message: z.string().optional(),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /** Apply the write, then answer nothing (a network error to the client). */
    dropResponse: z.boolean().optional(),
  })
  .strict()
  .refine((r) => r.code !== undefined || r.latencyMs !== undefined || r.dropResponse === true, {
    error: 'A fault rule needs code, latencyMs or dropResponse.',
  })
  .refine((r) => !(r.code !== undefined && r.dropResponse === true), {
    error: 'A fault rule either returns an error (code) or drops the response after the write, not both.',
  });
export type FaultRuleInput = z.input<typeof faultRuleSchema>;

export interface FaultRule {
  id: string;
  action?: string;
  account?: string;
  probability: number;
  remaining?: number;
  code?: string;
  httpStatus?: number;
  message?: string;
  latencyMs?: number;
  dropResponse: boolean;
}

export interface FaultEffect {
  latencyMs: number;
  error?: { httpStatus: number; code: string; message: string };
  dropResponse: boolean;
  ruleIds: string[];
}

/**
 * Messages for the codes the fault drills use (docs/reference/cen-api.md §4; UNCONFIRMED ones marked in
 * FIDELITY.md).
 */
const DEFAULTS: Record<string, { status: number; message: string }> = {
  'Throttling.User': { status: 400, message: 'Request was denied due to user flow control.' },
  Throttling: { status: 400, message: 'Request was denied due to request throttling.' },
  'Throttling.Api': { status: 400, message: 'Request was denied due to api flow control.' },
  'Operation.Blocking': {
    status: 400,
    message: 'The operation is blocked because another operation is in progress.',
  },
  InternalError: {
    status: 500,
    message: 'The request processing has failed due to some unknown error, exception or failure.',
  },
  ServiceUnavailable: {
    status: 503,
    message: 'The request has failed due to a temporary failure of the server.',
  },
  TaskConflict: { status: 400, message: 'The operation is too frequent, TaskConflict.' },
};

export class FaultBook {
  private rules: FaultRule[] = [];
  private serial = 0;

  constructor(private readonly random: () => number) {}

  add(input: FaultRuleInput): FaultRule {
    const r = faultRuleSchema.parse(input);
    const rule: FaultRule = {
      id: r.id ?? `fault-${++this.serial}`,
      probability: r.probability ?? 1,
      dropResponse: r.dropResponse ?? false,
      ...(r.action !== undefined && r.action !== '*' ? { action: r.action } : {}),
      ...(r.account !== undefined ? { account: r.account } : {}),
      ...(r.count !== undefined ? { remaining: r.count } : {}),
      ...(r.code !== undefined ? { code: r.code } : {}),
      ...(r.httpStatus !== undefined ? { httpStatus: r.httpStatus } : {}),
      ...(r.message !== undefined ? { message: r.message } : {}),
      ...(r.latencyMs !== undefined ? { latencyMs: r.latencyMs } : {}),
    };
    this.rules = this.rules.filter((x) => x.id !== rule.id).concat(rule);
    return rule;
  }

  /** The rules and the id counter, for the state file (the dice's position is the cloud's to save). */
  saved(): { rules: FaultRule[]; serial: number } {
    return { rules: this.list(), serial: this.serial };
  }

  restore(saved: { rules: FaultRule[]; serial: number }): void {
    this.rules = saved.rules.map((r) => ({ ...r }));
    this.serial = saved.serial;
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  clear(id?: string): void {
    this.rules = id === undefined ? [] : this.rules.filter((r) => r.id !== id);
  }

  /** Rolls the dice for every matching rule; consumes counts of the rules that fired. */
  evaluate(product: string, action: string, account: { name: string; uid: string }): FaultEffect {
    const effect: FaultEffect = { latencyMs: 0, dropResponse: false, ruleIds: [] };
    for (const rule of this.rules) {
      if (rule.action && rule.action !== action && rule.action !== `${product}.${action}`) continue;
      if (rule.account && rule.account !== account.name && rule.account !== account.uid) continue;
      // Always draw, so the sequence of draws (and thus a seeded drill) does not depend on other rules' outcomes.
      const roll = this.random();
      if (roll >= rule.probability) continue;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      effect.ruleIds.push(rule.id);
      effect.latencyMs += rule.latencyMs ?? 0;
      if (rule.dropResponse) effect.dropResponse = true;
      if (rule.code && !effect.error) {
        const known = DEFAULTS[rule.code];
        effect.error = {
          code: rule.code,
          httpStatus: rule.httpStatus ?? known?.status ?? 400,
          message: rule.message ?? known?.message ?? `The request was refused (${rule.code}).`,
        };
      }
    }
    this.rules = this.rules.filter((r) => r.remaining === undefined || r.remaining > 0);
    return effect;
  }
}
