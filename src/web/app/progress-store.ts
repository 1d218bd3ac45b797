// The small store the steps share (they never import each other; issue 5 "Never lose progress"):
// IDs the later steps need, the ClientToken of each write step, and each step's state for the Steps bar.
// Saved in localStorage and parsed with zod on load, so a stale or hand-edited entry cannot break the app;
// the steps reconcile it with the cloud (Describe*) when they mount.
// zod/mini (the same zod 4, tree-shakable form) because this file is in the first load, where classic zod would
// cost ~25 KB gzip of the 180 KB budget (issue 5); the steps, loaded later, use classic `zod`.
import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';

export const STEP_IDS = [1, 2, 3, 4, 5, 6] as const;
export type StepId = (typeof STEP_IDS)[number];

const stepStateSchema = z.object({
  status: z.enum(['wait', 'process', 'finish', 'error']),
  /** Epoch ms when the current asynchronous wait began (for "in progress, 12 s"). */
  since: z.optional(z.number()),
  reason: z.optional(z.string()),
});
export type StepState = z.infer<typeof stepStateSchema>;

const networkSchema = z.object({
  type: z.enum(['VPC', 'VBR']),
  regionId: z.string(),
  instanceId: z.string(),
});
export type NetworkRef = z.infer<typeof networkSchema>;

const progressSchema = z.object({
  version: z.literal(1),
  current: z.number().check(z.int(), z.minimum(0), z.maximum(5)),
  cenId: z.optional(z.string()),
  /** Account B's network handed from step 1 or 2 to step 3. */
  network: z.optional(networkSchema),
  /** Account A's own network chosen in step 1 ("Attach a network", Current Account), attached once the CEN is Active. */
  ownNetwork: z.optional(networkSchema),
  /** The package bought in step 4, for step 5. */
  bandwidthPackageId: z.optional(z.string()),
  clientTokens: z.record(z.string(), z.string()),
  steps: z.record(z.string(), stepStateSchema),
});
export type Progress = z.infer<typeof progressSchema>;

export const PROGRESS_KEY = 'cen-connect.progress.v1';

const empty = (): Progress => ({ version: 1, current: 0, clientTokens: {}, steps: {} });

function load(): Progress {
  try {
    const raw = globalThis.localStorage?.getItem(PROGRESS_KEY);
    if (!raw) return empty();
    const parsed = z.safeParse(progressSchema, JSON.parse(raw));
    return parsed.success ? parsed.data : empty();
  } catch {
    return empty();
  }
}

let state: Progress = load();
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export const progressStore = {
  get: (): Progress => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  update(change: (draft: Progress) => Progress): void {
    const next = change(state);
    if (next === state) return;
    state = next;
    try {
      localStorage.setItem(PROGRESS_KEY, JSON.stringify(state));
    } catch {
      // Private mode or a full quota: progress then lives for this tab only.
    }
    emit();
  },
  /** Re-reads localStorage (tests, and another tab's changes). */
  reload(): void {
    state = load();
    emit();
  },
  reset(): void {
    progressStore.update(() => empty());
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY) progressStore.reload();
  });
}

export function useProgress<T>(select: (progress: Progress) => T): T {
  return useSyncExternalStore(
    progressStore.subscribe,
    () => select(progressStore.get()),
    () => select(progressStore.get()),
  );
}

export function setStepState(step: StepId, next: StepState): void {
  progressStore.update((p) => {
    const prev = p.steps[String(step)];
    if (prev && prev.status === next.status && prev.since === next.since && prev.reason === next.reason)
      return p;
    return { ...p, steps: { ...p.steps, [String(step)]: next } };
  });
}

export function setCurrentStep(index: number): void {
  progressStore.update((p) => (p.current === index ? p : { ...p, current: index }));
}

/**
 * The ClientToken of one write, made once and saved before the first attempt, so a retry after a dropped response
 * sends the same token and the cloud answers with the resource it already made (cen-api.md §2 CreateCen).
 */
export function clientTokenFor(purpose: string): string {
  const existing = progressStore.get().clientTokens[purpose];
  if (existing) return existing;
  const token = crypto.randomUUID();
  progressStore.update((p) => ({ ...p, clientTokens: { ...p.clientTokens, [purpose]: token } }));
  return token;
}

/** Forgets a write's token once its result is saved, so the next, different write gets a new one. */
export function forgetClientToken(purpose: string): void {
  progressStore.update((p) => {
    if (!(purpose in p.clientTokens)) return p;
    const { [purpose]: _dropped, ...rest } = p.clientTokens;
    return { ...p, clientTokens: rest };
  });
}
