// Every cloud call the BFF makes, for the console's audit view and for the file an operator keeps.
// Secrets never enter it: parameters pass through redactParams, and credentials are never parameters.
// The file is injected (audit-file.ts appends with node:fs), so the log itself runs wherever the BFF does: the
// demo's service worker keeps it in memory (docs/decisions/0007-demo-in-a-service-worker.md).

export interface AuditEntry {
  time: string;
  /** The mock-cloud sandbox the call went to: a trainee's id in training mode, else "default". */
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
  /** Entries kept per training sandbox: 30–100 trainees share one small server. */
  sandboxCapacity?: number;
  /** Sandboxes with entries kept at once; the one written least recently is dropped first. */
  maxSandboxes?: number;
  /**
   * Bytes of JSON kept in memory in all, whatever the entry counts: a few calls with 20 KB parameters must not
   * grow the BFF by hundreds of MB. Beyond it, the oldest entries of the sandbox written least recently go first.
   */
  maxBytes?: number;
  /** Bytes of JSON kept per training sandbox, so one trainee's huge calls cannot push out everyone else's. */
  sandboxMaxBytes?: number;
  /** CEN_CONNECT_AUDIT_FILE: where every line is also appended (audit-file.ts). */
  file?: AuditFile;
}

/** An append-only file of JSON lines: `path` names it in errors, `append` adds lines at its end. */
export interface AuditFile {
  path: string;
  append(lines: string): Promise<void>;
}

interface Kept {
  seq: number;
  entry: AuditEntry;
  /** Length of the entry's JSON line: what it costs to hold, near enough. */
  bytes: number;
}

interface Ring {
  kept: Kept[];
  bytes: number;
}

export const AUDIT_MAX_BYTES = 16 * 1024 * 1024;
export const AUDIT_SANDBOX_MAX_BYTES = 256 * 1024;

export function createAuditLog(options: AuditLogOptions = {}) {
  const capacity = options.capacity ?? 2000;
  const sandboxCapacity = options.sandboxCapacity ?? 500;
  const maxSandboxes = options.maxSandboxes ?? 250;
  const maxBytes = options.maxBytes ?? AUDIT_MAX_BYTES;
  const sandboxMaxBytes = options.sandboxMaxBytes ?? AUDIT_SANDBOX_MAX_BYTES;
  // One ring per sandbox, so a busy classroom cannot push one trainee's calls out of their own view; Map order
  // is recency of writing (re-inserted on each record), which makes dropping the stalest sandbox O(1).
  const rings = new Map<string, Ring>();
  let seq = 0;
  let bytes = 0;
  const dropOldest = (ring: Ring) => {
    const gone = ring.kept.shift();
    if (gone) {
      ring.bytes -= gone.bytes;
      bytes -= gone.bytes;
    }
  };
  const dropRing = (sandbox: string) => {
    const ring = rings.get(sandbox);
    if (ring) bytes -= ring.bytes;
    rings.delete(sandbox);
  };
  // Lines waiting for the disk, and the append under way. One append at a time, each taking every line that queued
  // behind the previous one: under load that is one write for many calls, not an open/write/close per call.
  // Nothing is dropped: flush() resolves once every line recorded so far is written (or its error reported),
  // and record() once its own line is.
  let queued: string[] = [];
  let batch: { done: Promise<void>; resolve: () => void } | undefined;
  let writing: Promise<void> | undefined;
  const nextBatch = () => {
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    return { done, resolve };
  };
  const drain = async (file: AuditFile): Promise<void> => {
    while (queued.length) {
      const lines = queued.join('');
      const written = batch;
      queued = [];
      batch = undefined;
      await file
        .append(lines)
        .catch((e: unknown) => console.error(`audit file ${file.path}: ${(e as Error).message}`));
      written?.resolve();
    }
    writing = undefined;
  };

  const matches = (entry: AuditEntry, filter: AuditFilter) =>
    (filter.account === undefined || entry.account === filter.account) &&
    (filter.outcome === undefined || entry.outcome === filter.outcome);

  return {
    /**
     * Keeps the entry (redacted) and, with a file, appends its line. `written` resolves once the line is in the
     * file (at once without one): a write's route awaits it before answering, so a server killed after answering
     * has the line (README, CEN_CONNECT_AUDIT_FILE). A failing disk is reported, never fatal to the call.
     */
    record(entry: AuditEntry): { written: Promise<void> } {
      const sandbox = entry.sandbox ?? DEFAULT_SANDBOX;
      const safe: AuditEntry = { ...entry, sandbox, params: redactParams(entry.params) };
      const line = `${JSON.stringify(safe)}\n`;
      const ring = rings.get(sandbox) ?? { kept: [], bytes: 0 };
      rings.delete(sandbox);
      rings.set(sandbox, ring);
      ring.kept.push({ seq: seq++, entry: safe, bytes: line.length });
      ring.bytes += line.length;
      bytes += line.length;
      const isDefault = sandbox === DEFAULT_SANDBOX;
      const limit = isDefault ? capacity : sandboxCapacity;
      const ringBytes = isDefault ? maxBytes : sandboxMaxBytes;
      // The newest entry always stays, even when it alone is over the byte budget.
      while (ring.kept.length > 1 && (ring.kept.length > limit || ring.bytes > ringBytes)) dropOldest(ring);
      while (rings.size > maxSandboxes) {
        const stalest = rings.keys().next().value;
        if (stalest === undefined) break;
        dropRing(stalest);
      }
      for (const [name, stalest] of rings) {
        if (bytes <= maxBytes) break;
        while (bytes > maxBytes && stalest.kept.length > (stalest === ring ? 1 : 0)) dropOldest(stalest);
        if (stalest.kept.length === 0) rings.delete(name);
      }
      if (!options.file) return { written: Promise.resolve() };
      // In recording order, never interleaved.
      queued.push(line);
      batch ??= nextBatch();
      const written = batch.done;
      writing ??= drain(options.file);
      return { written };
    },
    /** Oldest first. Without filter.sandbox: every sandbox's entries, interleaved in recording order. */
    list(filter: AuditFilter = {}): readonly AuditEntry[] {
      if (filter.sandbox !== undefined)
        return (rings.get(filter.sandbox)?.kept ?? []).map((k) => k.entry).filter((e) => matches(e, filter));
      return [...rings.values()]
        .flatMap((r) => r.kept)
        .sort((a, b) => a.seq - b.seq)
        .map((k) => k.entry)
        .filter((e) => matches(e, filter));
    },
    /** Drops a sandbox's entries (the mock said it is gone; the file keeps them). */
    forget(sandbox: string) {
      dropRing(sandbox);
    },
    /** For memory checks: how many sandboxes and entries are held. */
    stats(): { sandboxes: number; entries: number } {
      let entries = 0;
      for (const ring of rings.values()) entries += ring.kept.length;
      return { sandboxes: rings.size, entries };
    },
    /** For memory checks: bytes of JSON held (entries' lines), at most maxBytes plus the newest entry. */
    bytes: () => bytes,
    flush(): Promise<void> {
      return writing ?? Promise.resolve();
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
