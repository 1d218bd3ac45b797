// The audit log's file (CEN_CONNECT_AUDIT_FILE) on disk: JSON lines appended with node:fs. Apart from audit-log.ts so
// that the log runs where there is no disk (the demo's service worker; docs/decisions/0007-demo-in-a-service-worker.md).
import { appendFile } from 'node:fs/promises';
import type { AuditFile } from './audit-log';

export function auditFile(path: string): AuditFile {
  return { path, append: (lines) => appendFile(path, lines, 'utf8') };
}
