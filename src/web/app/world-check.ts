// Whose world the saved progress is (GET /api/mock/world; progress-schema.ts worldId): decided once on load, before
// the saved IDs are read against the cloud. A restarted or reset mock hands out IDs that may repeat the old ones
// for other resources, so progress of another world is explained, never matched (reconcile.tsx).
import type { Progress } from '../state/progress-schema';

export type WorldVerdict =
  /** The cloud mode or the world is still being read. */
  | { kind: 'pending' }
  /** Live mode (or no cloud mode known): no world; the saved IDs are read against the cloud as always. */
  | { kind: 'no-world' }
  /** Made in the world running now. */
  | { kind: 'same'; worldId: string }
  /** Saved before worlds had names, or the world could not be read: the saved CEN is looked up first. */
  | { kind: 'unknown'; worldId: string | undefined }
  /** Of another world, and nothing in it points at the cloud: it becomes this world's without a word. */
  | { kind: 'nothing-to-lose'; worldId: string }
  /** Of another world, with IDs of that world: the console says so and offers to start over. */
  | { kind: 'other'; worldId: string };

/** The IDs of cloud resources the saved progress holds (what another world would mismatch). */
export function savedIds(p: Progress): string[] {
  const ids = [p.cenId, p.network?.instanceId, p.ownNetwork?.instanceId, p.bandwidthPackageId];
  return ids.filter((id): id is string => typeof id === 'string' && id !== '');
}

export function worldVerdict(
  saved: Progress,
  /** world: the id of the world running now; undefined while it is read, null when it could not be read. */
  cloud: { mode: 'mock' | 'live' | 'pending' | 'unknown'; world: string | null | undefined },
): WorldVerdict {
  if (cloud.mode === 'pending') return { kind: 'pending' };
  if (cloud.mode !== 'mock') return { kind: 'no-world' };
  if (cloud.world === undefined) return { kind: 'pending' };
  if (cloud.world === null) return { kind: 'unknown', worldId: undefined };
  const worldId = cloud.world;
  if (saved.worldId === worldId) return { kind: 'same', worldId };
  if (savedIds(saved).length === 0) return { kind: 'nothing-to-lose', worldId };
  if (saved.worldId === undefined) return { kind: 'unknown', worldId };
  return { kind: 'other', worldId };
}
