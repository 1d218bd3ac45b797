// The teardown's own memory in localStorage: which CEN (and which of B's networks and which package) it is taking
// down, and whether it was started. Kept apart from the progress store so a reload — or a progress reset — still
// knows what a half-finished teardown was doing. Parsed with zod on load; anything odd reads as "none".
import { z } from 'zod';

export const TEARDOWN_KEY = 'cen-connect.teardown.v1';

const networkSchema = z.object({
  type: z.enum(['VPC', 'VBR']),
  regionId: z.string(),
  instanceId: z.string(),
});

const teardownSchema = z.object({
  cenId: z.string().min(1),
  /** Whose plan runs (a record of before editions were told apart is Basic's); kept for a resume after a reload. */
  edition: z.enum(['Basic', 'Enterprise']).optional(),
  network: networkSchema.optional(),
  ownNetwork: networkSchema.optional(),
  bandwidthPackageId: z.string().optional(),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
});
export type TeardownRecord = z.infer<typeof teardownSchema>;

export function loadTeardown(): TeardownRecord | undefined {
  try {
    const raw = localStorage.getItem(TEARDOWN_KEY);
    if (!raw) return undefined;
    const parsed = teardownSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveTeardown(record: TeardownRecord): void {
  try {
    localStorage.setItem(TEARDOWN_KEY, JSON.stringify(record));
  } catch {
    // Private mode: the teardown still runs, it just cannot be resumed after a reload.
  }
}

export function clearTeardown(): void {
  localStorage.removeItem(TEARDOWN_KEY);
}
