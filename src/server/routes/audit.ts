// GET /api/audit — the BFF's log of cloud calls (already redacted when recorded).
import { Hono } from 'hono';
import type { AuditLog } from '../audit-log';

export function auditRoutes(audit: AuditLog) {
  const app = new Hono();
  app.get('/', (c) => c.json({ entries: audit.list() }));
  return app;
}
