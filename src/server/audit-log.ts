// Every cloud call the BFF makes, for the console's audit view and for the file an operator keeps.
// Secrets never enter it: parameters pass through redactParams, and credentials are never parameters.
import { appendFile } from 'node:fs/promises';

export interface AuditEntry {
  time: string;
  /** The mock-cloud sandbox the call went to (issue 8): a trainee's id in training mode, else "default". */
  sandbox?: string;
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

export interface AuditFilter {
  sandbox?: string;
  account?: string;
  outcome?: 'ok' | 'error';
}

export const DEFAULT_SANDBOX = 'default';

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

export interface AuditLogOptions {
  /** Entries kept for the "default" sandbox (the whole log outside training mode). */
  capacity?: number;
  /** Entries kept per training sandbox: 30–100 trainees share one small server (issue 8). */
  sandboxCapacity?: number;
  /** Sandboxes with entries kept at once; the one written least recently is dropped first. */
  maxSandboxes?: number;
  file?: string;
}

interface Kept {
  seq: number;
  entry: AuditEntry;
}

export function createAuditLog(options: AuditLogOptions = {}) {
  const capacity = options.capacity ?? 2000;
  const sandboxCapacity = options.sandboxCapacity ?? 500;
  const maxSandboxes = options.maxSandboxes ?? 250;
  // One ring per sandbox, so a busy classroom cannot push one trainee's calls out of their own view; Map order
  // is recency of writing (re-inserted on each record), which makes dropping the stalest sandbox O(1).
  const rings = new Map<string, Kept[]>();
  let seq = 0;
  // Lines waiting for the disk, and the append under way. One append at a time, each taking every line that queued
  // behind the previous one: under load that is one write for many calls, not an open/write/close per call (issue 9
  // "(c)"). Nothing is dropped: flush() resolves once every line recorded so far is written (or its error reported).
  let queued: string[] = [];
  let writing: Promise<void> | undefined;
  const drain = (file: string): Promise<void> => {
    const lines = queued.join('');
    queued = [];
    return appendFile(file, lines, 'utf8')
      .catch((e: unknown) => console.error(`audit file ${file}: ${(e as Error).message}`))
      .then(() => (queued.length ? drain(file) : (writing = undefined)));
  };

  const matches = (entry: AuditEntry, filter: AuditFilter) =>
    (filter.account === undefined || entry.account === filter.account) &&
    (filter.outcome === undefined || entry.outcome === filter.outcome);

  return {
    record(entry: AuditEntry) {
      const sandbox = entry.sandbox ?? DEFAULT_SANDBOX;
      const safe: AuditEntry = { ...entry, sandbox, params: redactParams(entry.params) };
      const ring = rings.get(sandbox) ?? [];
      rings.delete(sandbox);
      rings.set(sandbox, ring);
      ring.push({ seq: seq++, entry: safe });
      const limit = sandbox === DEFAULT_SANDBOX ? capacity : sandboxCapacity;
      if (ring.length > limit) ring.splice(0, ring.length - limit);
      while (rings.size > maxSandboxes) {
        const stalest = rings.keys().next().value;
        if (stalest === undefined) break;
        rings.delete(stalest);
      }
      if (options.file) {
        // In recording order, never interleaved; a failing disk is reported, never fatal to the call.
        queued.push(`${JSON.stringify(safe)}\n`);
        writing ??= drain(options.file);
      }
    },
    /** Oldest first. Without filter.sandbox: every sandbox's entries, interleaved in recording order. */
    list(filter: AuditFilter = {}): readonly AuditEntry[] {
      if (filter.sandbox !== undefined)
        return (rings.get(filter.sandbox) ?? []).map((k) => k.entry).filter((e) => matches(e, filter));
      return [...rings.values()]
        .flat()
        .sort((a, b) => a.seq - b.seq)
        .map((k) => k.entry)
        .filter((e) => matches(e, filter));
    },
    /** Drops a sandbox's entries (the mock said it is gone; the file keeps them). */
    forget(sandbox: string) {
      rings.delete(sandbox);
    },
    /** For memory checks: how many sandboxes and entries are held. */
    stats(): { sandboxes: number; entries: number } {
      let entries = 0;
      for (const ring of rings.values()) entries += ring.length;
      return { sandboxes: rings.size, entries };
    },
    flush(): Promise<void> {
      return writing ?? Promise.resolve();
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
