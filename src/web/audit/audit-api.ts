// GET /api/audit (src/server/routes/audit.ts): the BFF's log of cloud calls, already redacted when recorded.
// Filters run on the server (?account=A|B&outcome=ok|error); ?format=jsonl downloads the same entries.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../api/bff-json';
import type { AccountName } from '../../domain/accounts';

const entrySchema = z.looseObject({
  time: z.string(),
  account: z.string(),
  action: z.string(),
  product: z.string().optional(),
  regionId: z.string().optional(),
  write: z.boolean().optional(),
  params: z.unknown().optional(),
  requestId: z.string().optional(),
  outcome: z.enum(['ok', 'error']),
  code: z.string().optional(),
  httpStatus: z.number(),
  attempts: z.number().optional(),
  durationMs: z.number(),
});
export type AuditEntry = z.infer<typeof entrySchema>;

/** The answer of GET /api/audit; the training panel's recent calls read it too. */
export const auditAnswerSchema = z.object({ entries: z.array(entrySchema) });

export interface AuditFilter {
  account?: AccountName | undefined;
  outcome?: 'ok' | 'error' | undefined;
}

export function auditPath(filter: AuditFilter, format?: 'jsonl'): string {
  const q = new URLSearchParams();
  if (filter.account) q.set('account', filter.account);
  if (filter.outcome) q.set('outcome', filter.outcome);
  if (format) q.set('format', format);
  const s = q.toString();
  return `/api/audit${s ? `?${s}` : ''}`;
}

export const auditQueries = {
  list: (filter: AuditFilter) =>
    queryOptions({
      queryKey: ['audit', filter.account ?? 'all', filter.outcome ?? 'all'] as const,
      queryFn: ({ signal }) => getJson(auditPath(filter), auditAnswerSchema, signal),
      // The log grows while the steps run; a few seconds late is fine for a log view.
      refetchInterval: 5_000,
    }),
};
