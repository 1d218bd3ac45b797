// Every cloud call the BFF makes, for the console's audit view and for the file an operator keeps.
// Secrets never enter it: parameters pass through redactParams, and credentials are never parameters.
import { appendFile } from 'node:fs/promises';

export interface AuditEntry {
  time: string;
  account: string;
  action: string;
  product: string;
  regionId?: string;
  write: boolean;
  params: Record<string, unknown>;
  requestId?: string;
  outcome: 'ok' | 'error';
  code?: string;
  httpStatus: number;
  attempts: number;
  durationMs: number;
}

const SECRET_KEY = /secret|securitytoken|signature|password|credential/i;

export function redactParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (Array.isArray(value))
      out[key] = value.map((v: unknown) =>
        v !== null && typeof v === 'object' ? redactParams(v as Record<string, unknown>) : v,
      );
    else if (value !== null && typeof value === 'object')
      out[key] = redactParams(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

export function createAuditLog(options: { capacity?: number; file?: string } = {}) {
  const capacity = options.capacity ?? 2000;
  const entries: AuditEntry[] = [];
  let writing: Promise<void> = Promise.resolve();

  return {
    record(entry: AuditEntry) {
      const safe = { ...entry, params: redactParams(entry.params) };
      entries.push(safe);
      if (entries.length > capacity) entries.splice(0, entries.length - capacity);
      if (options.file) {
        const line = `${JSON.stringify(safe)}\n`;
        const file = options.file;
        // Appends are chained so lines never interleave; a failing disk is reported, never fatal to the call.
        writing = writing
          .then(() => appendFile(file, line, 'utf8'))
          .catch((e: unknown) => console.error(`audit file ${file}: ${(e as Error).message}`));
      }
    },
    list(): readonly AuditEntry[] {
      return entries;
    },
    flush(): Promise<void> {
      return writing;
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
