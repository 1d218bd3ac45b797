// The mock cloud's state file (CEN_CONNECT_STATE_FILE, startMockCloud's stateFile): the whole registry — the default
// world and every sandbox — so a restart of the console brings back the cloud it had, with the same world ids (the
// browser's saved progress stays valid) and IDs that go on where they stopped.
// Written atomically: the JSON goes to a temporary file beside it, is flushed to disk (fsync), then renamed over
// the old one, so a crash at any point leaves the old file or the new one, never half of one. Read at start: a file
// that is not JSON, of another format version, or not the shape below stops the start-up with a message naming the
// file and what is wrong, and nothing is written over it.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { savedRegistrySchema, type SavedRegistry } from './registry-state';

export const STATE_FORMAT = 'cen-connect-mock-state';
export const STATE_VERSION = 1;

const stateFileSchema = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  savedAt: z.iso.datetime(),
  /** How far the base clock was ahead of wall time (clock/advance on the default world). */
  clockLeadMs: z.number().int().min(0),
  registry: savedRegistrySchema,
});

export interface SavedState {
  clockLeadMs: number;
  registry: SavedRegistry;
}

export class StateFileError extends Error {}

export const refuse = (path: string, what: string) =>
  new StateFileError(
    `The mock cloud's state file ${path} ${what}. Nothing was written over it: repair it, or move it away to start with a new cloud.`,
  );

/** The saved state, or undefined when there is no file yet. Throws StateFileError for a file it cannot use. */
export function readStateFile(path: string): SavedState | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refuse(path, `cannot be read (${(e as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw refuse(path, `is not JSON (${(e as Error).message})`);
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== STATE_FORMAT)
    throw refuse(path, `is not a mock cloud state file (no "format": "${STATE_FORMAT}")`);
  if (head.version !== STATE_VERSION)
    throw refuse(
      path,
      `was written by another version of CEN Connect (format version ${JSON.stringify(head.version)}; this one reads ${STATE_VERSION})`,
    );
  const parsed = stateFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`)
      .join('; ');
    throw refuse(path, `does not have the expected shape (${issues})`);
  }
  // The records' own fields are the model's (mocks/cloud/model.ts); the schema checked what the IDs hang on.
  return { clockLeadMs: parsed.data.clockLeadMs, registry: parsed.data.registry as unknown as SavedRegistry };
}

export interface WriteHooks {
  /** Tests: runs once the temporary file is on disk, before the rename (a crash there leaves the old file). */
  beforeRename?: () => void;
}

/** Temp file + fsync + rename + fsync of the directory. */
export function writeStateFile(path: string, state: SavedState, hooks: WriteHooks = {}): void {
  const body = JSON.stringify({
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: new Date().toISOString(),
    ...state,
  });
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, body);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    hooks.beforeRename?.();
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw e;
  }
  try {
    // The rename itself is durable only once the directory is flushed too (not possible on every platform).
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // best effort
  }
}

export interface StatePersister {
  /** The first write, at once: a path it cannot write stops the start-up (StateFileError), not a log line later. */
  start(): void;
  /** Something may have changed: written within debounceMs (one write for a burst of changes). */
  changed(): void;
  /** Writes now, changed or not (the graceful stop: the file is then this moment's state). */
  flush(): Promise<void>;
  /** Writes now, changed or not, and stops the timer. */
  close(): void;
}

/** Writes the state a while after each change and on flush(); a failed write is reported, not thrown. */
export function persistState(
  path: string,
  snapshot: () => SavedState,
  options: { debounceMs?: number; log?: (line: string) => void } = {},
): StatePersister {
  const debounceMs = options.debounceMs ?? 250;
  const log = options.log ?? ((line: string) => console.error(line));
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    try {
      writeStateFile(path, snapshot());
    } catch (e) {
      dirty = true;
      log(`The mock cloud's state could not be written to ${path}: ${(e as Error).message}`);
    }
  };
  return {
    start() {
      try {
        writeStateFile(path, snapshot());
      } catch (e) {
        throw new StateFileError(
          `The mock cloud's state file ${path} cannot be written (${(e as Error).message}): create its folder, make it writable, or choose another path.`,
        );
      }
    },
    changed() {
      dirty = true;
      if (timer) return;
      timer = setTimeout(write, debounceMs);
      timer.unref();
    },
    flush() {
      dirty = true;
      write();
      return Promise.resolve();
    },
    close() {
      // The last state, changed or not: a caller may have changed the cloud without a request (tests, scripts).
      dirty = true;
      write();
    },
  };
}
