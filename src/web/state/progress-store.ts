// The small store the steps share (they never import each other), so no progress is lost on a reload: IDs the later
// steps need, the ClientToken of each write step, and each step's state for the Steps bar. Saved in localStorage.
// This file is in the first load, where zod's core would cost ~18 KB gzip of the 180 KB first-load budget (bench row
// (d)), so it only checks the outline it needs to render the Steps bar; the full zod check (progress-schema.ts) runs
// in the lazy reconcile step right after (app/reconcile.tsx), which also compares the saved IDs with the cloud
// (Describe*).
import { useSyncExternalStore } from 'react';
import type { Progress, StepState } from './progress-schema';

export const STEP_IDS = [1, 2, 3, 4, 5, 6] as const;
export type StepId = (typeof STEP_IDS)[number];

export type { NetworkRef, Progress, StepState } from './progress-schema';

export const PROGRESS_KEY = 'cen-connect.progress.v1';

const empty = (): Progress => ({ version: 1, current: 0, clientTokens: {}, steps: {} });

/** The outline the shell reads before the lazy zod check: anything else starts afresh. */
function hasOutline(value: unknown): value is Progress {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === 1 &&
    typeof v.current === 'number' &&
    Number.isInteger(v.current) &&
    v.current >= 0 &&
    v.current <= 5 &&
    typeof v.steps === 'object' &&
    v.steps !== null &&
    typeof v.clientTokens === 'object' &&
    v.clientTokens !== null
  );
}

function load(): Progress {
  try {
    const raw = globalThis.localStorage?.getItem(PROGRESS_KEY);
    if (!raw) return empty();
    const value: unknown = JSON.parse(raw);
    return hasOutline(value) ? value : empty();
  } catch {
    return empty();
  }
}

let state: Progress = load();
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/**
 * Whether the user opened a step since the page loaded. The reconciliation on load (reconcile.tsx) opens the first
 * unfinished step only while this is false: a user who clicked a step while its reads were on their way has chosen
 * where to be (the preflight spec saw them pulled from step 3 back to step 2).
 */
let movedSinceLoad = false;

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
    movedSinceLoad = false;
    emit();
  },
  reset(): void {
    progressStore.update(() => empty());
  },
  /** Replaces the state with a version that passed the full schema (or resets when it did not). */
  replace(next: Progress | undefined): void {
    progressStore.update(() => next ?? empty());
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

/** Opens a step because the user asked (the Steps bar, "Next", "Go to step n"). */
export function setCurrentStep(index: number): void {
  movedSinceLoad = true;
  progressStore.update((p) => (p.current === index ? p : { ...p, current: index }));
}

/**
 * The user pressed on the Steps bar: they are choosing where to be, so the reconciliation on load no longer moves
 * them, even if the click never arrives. A click is lost when the bar moves between press and release (the training
 * dock or a notice mounting above it as the page settles): the release lands on another element and the browser
 * sends the click to neither (https://w3c.github.io/uievents/#event-type-click). Nothing opens on a press: a touch
 * that starts a scroll presses too.
 */
export function holdCurrentStep(): void {
  movedSinceLoad = true;
}

/** Opens a step for the console's own reasons (the reconciliation on load), unless the user has moved since. */
export function proposeCurrentStep(index: number): void {
  if (movedSinceLoad) return;
  progressStore.update((p) => (p.current === index ? p : { ...p, current: index }));
}

/**
 * The ClientToken of one write, made once and saved before the first attempt, so a retry after a dropped response
 * sends the same token and the cloud answers with the resource it already made (docs/reference/cen-api.md §2 step 1,
 * CreateCen).
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
