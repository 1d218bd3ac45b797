// Every sandbox of the mock — the default world and each training or test sandbox — as the state file keeps it
// (state-file.ts), and back. A sandbox keeps its world id (the console's saved progress stays valid), its keys, its
// clock's lead over the base clock, its cloud (world, faults, where its generators stand), and the registry its
// counters, so no ID handed out before a restart is handed out again after it.
import { z } from 'zod';
import type { MockClock } from './cloud/clock';
import { cloudStateSchema, type CloudState } from './cloud/cloud-state';
import { MockCloud } from './cloud/mock-cloud';
import { DEFAULT_SANDBOX, offsetClock, type Sandbox, type SandboxRegistry } from './sandboxes';

const uint32 = z.number().int().min(0).max(0xffffffff);
const time = z.number().int().min(0);

export const savedSandboxSchema = z.object({
  id: z.string().min(1),
  label: z.string().nullable(),
  scenario: z.string().min(1),
  createdAt: time,
  lastUsedAt: time,
  calls: z.number().int().min(0),
  worldId: z.string().min(1),
  keys: z.array(
    z.tuple([
      z.string().min(1),
      z.object({ accessKeyId: z.string().min(1), accessKeySecret: z.string().min(1) }),
    ]),
  ),
  chosenDelayMs: z.number().int().min(0).optional(),
  /** How far this sandbox's clock is ahead of the base clock (clock/advance in it). */
  clockLeadMs: z.number().int().min(0),
  cloud: cloudStateSchema,
});

export const savedRegistrySchema = z
  .object({
    seed: uint32,
    serial: z.number().int().min(0),
    refusalState: uint32,
    sandboxes: z.array(savedSandboxSchema),
  })
  .refine((r) => r.sandboxes.some((s) => s.id === DEFAULT_SANDBOX), {
    error: `has no "${DEFAULT_SANDBOX}" sandbox`,
    path: ['sandboxes'],
  });

export type SavedSandbox = Omit<z.infer<typeof savedSandboxSchema>, 'cloud'> & { cloud: CloudState };
export type SavedRegistry = Omit<z.infer<typeof savedRegistrySchema>, 'sandboxes'> & {
  sandboxes: SavedSandbox[];
};

export function saveRegistry(registry: SandboxRegistry, base: MockClock): SavedRegistry {
  const { seed, serial, refusalState } = registry.counters();
  return {
    seed,
    serial,
    refusalState,
    sandboxes: registry.list().map((s) => ({
      id: s.id,
      label: s.label,
      scenario: s.scenario,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      calls: s.calls,
      worldId: s.worldId,
      keys: [...s.keys.entries()].map(([name, k]) => [name, { ...k }] as [string, typeof k]),
      ...(s.chosenDelayMs !== undefined ? { chosenDelayMs: s.chosenDelayMs } : {}),
      clockLeadMs: s.id === DEFAULT_SANDBOX ? 0 : Math.max(0, s.cloud.now() - base.now()),
      cloud: s.cloud.saveState(),
    })),
  };
}

/** The saved default sandbox's cloud, for startMockCloud to build the registry around. */
export function restoreDefaultCloud(saved: SavedRegistry, clock: MockClock): MockCloud {
  const d = saved.sandboxes.find((s) => s.id === DEFAULT_SANDBOX);
  if (!d) throw new Error(`the saved state has no "${DEFAULT_SANDBOX}" sandbox`);
  const cloud = new MockCloud({ clock, delayMs: d.cloud.delayMs, seed: d.cloud.seed });
  cloud.restoreState(d.cloud);
  return cloud;
}

/** Puts every saved sandbox into a registry made with restoreDefaultCloud's cloud and the saved seed. */
export function restoreRegistry(registry: SandboxRegistry, saved: SavedRegistry, base: MockClock): void {
  const sandboxes = saved.sandboxes.map((s): Sandbox => {
    const cloud =
      s.id === DEFAULT_SANDBOX
        ? registry.defaultSandbox.cloud
        : new MockCloud({
            clock: offsetClock(base, s.clockLeadMs),
            delayMs: s.cloud.delayMs,
            seed: s.cloud.seed,
          });
    if (s.id !== DEFAULT_SANDBOX) cloud.restoreState(s.cloud);
    return {
      id: s.id,
      label: s.label,
      scenario: s.scenario,
      cloud,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      calls: s.calls,
      worldId: s.worldId,
      keys: new Map(s.keys.map(([name, k]) => [name, { ...k }])),
      ...(s.chosenDelayMs !== undefined ? { chosenDelayMs: s.chosenDelayMs } : {}),
    };
  });
  registry.restore(sandboxes, saved);
}
