// GET /api/audit — the BFF's log of cloud calls (already redacted when recorded), for the console's audit view
// and, in training mode, only the session's own sandbox (one trainee never sees another's).
//   ?account=A|B  ?outcome=ok|error  filter;  ?format=jsonl  downloads the same entries as JSON lines.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AuditLog } from '../audit-log';
import { badRequest, errorResponse, fieldErrors } from '../json-body';
import type { RequestScope } from '../sandbox-session';
import { accountNameSchema } from '../../domain/accounts';

const querySchema = z.object({
  account: accountNameSchema.optional(),
  outcome: z.enum(['ok', 'error'], { error: 'must be "ok" or "error"' }).optional(),
  format: z.enum(['json', 'jsonl'], { error: 'must be "json" or "jsonl"' }).optional(),
});

export interface AuditRouteDeps {
  audit: AuditLog;
  /** Never creates a sandbox: a session without one has no calls to show. */
  scope: (c: Context) => Promise<RequestScope | undefined>;
}

export function auditRoutes(deps: AuditRouteDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const query = querySchema.safeParse(c.req.query());
    if (!query.success) {
      const fields = fieldErrors(query.error);
      return errorResponse(
        c,
        badRequest(
          'InvalidRequest',
          `The audit query was refused: ${Object.entries(fields)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ')}`,
          fields,
        ),
      );
    }
    const { account, outcome, format } = query.data;
    const scope = await deps.scope(c);
    const entries = scope
      ? deps.audit.list({
          sandbox: scope.sandbox,
          ...(account ? { account } : {}),
          ...(outcome ? { outcome } : {}),
        })
      : [];
    if (format !== 'jsonl') return c.json({ entries });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return c.body(entries.map((e) => `${JSON.stringify(e)}\n`).join(''), 200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="cen-connect-audit-${stamp}.jsonl"`,
    });
  });
  return app;
}
