// One cloud's state as the state file keeps it (mocks/state-file.ts): the world (its Map as entries), the fault
// rules, and the position of both seeded generators. Checked with zod when read back: the outline, every account
// and the ID-bearing shape of each record; a file of another version is refused by state-file.ts before this.
import { z } from 'zod';
import type { FaultRule } from './faults';
import type { IdempotentRecord, World } from './model';

const uint32 = z.number().int().min(0).max(0xffffffff);
/** A record of the world: an object with its own fields (the model's, model.ts), at least the ones named here. */
const record = (shape: Record<string, z.ZodType> = {}) => z.array(z.looseObject(shape));
const withId = { id: z.string().min(1) };

const savedFaultSchema = z.object({
  id: z.string().min(1),
  probability: z.number().min(0).max(1),
  dropResponse: z.boolean(),
  action: z.string().optional(),
  account: z.string().optional(),
  remaining: z.number().int().min(0).optional(),
  code: z.string().optional(),
  httpStatus: z.number().int().optional(),
  message: z.string().optional(),
  latencyMs: z.number().int().min(0).optional(),
});

/**
 * Every field of the world, so a field added to World (model.ts) fails the type check here instead of a restart
 * refusing the file it just wrote (the world is read back strictly). A field added later gets a .default() so a
 * file written before it still loads, or STATE_VERSION goes up (state-file.ts).
 */
const worldShape = {
  accounts: z.array(
    z.looseObject({
      name: z.string().min(1),
      uid: z.string().regex(/^\d+$/),
      accessKeyId: z.string().min(1),
      accessKeySecret: z.string().min(1),
      roles: z.array(z.object({ name: z.string(), trustedUids: z.array(z.string()) })),
    }),
  ),
  sessions: record({ accessKeyId: z.string(), expiresAt: z.number() }),
  vpcs: record(withId),
  vSwitches: record(withId),
  vbrs: record(withId),
  securityGroups: record(withId),
  instances: record(withId),
  cens: record(withId),
  grants: record({ cenId: z.string(), instanceId: z.string() }),
  attachments: record({ cenId: z.string(), childId: z.string() }),
  packages: record(withId),
  limits: record({ cenId: z.string() }),
  invocations: record({ invokeId: z.string() }),
  // Enterprise Edition (transit-router-model.ts); a file written before it existed loads with none.
  transit: z
    .object({
      serviceOpen: z.array(z.string()),
      basicRefused: z.array(z.string()),
      routers: record(withId),
      routeTables: record(withId),
      grants: record({ cenId: z.string(), instanceId: z.string() }),
      vpcAttachments: record(withId),
      peerAttachments: record(withId),
      associations: record({ attachmentId: z.string(), routeTableId: z.string() }),
      propagations: record({ attachmentId: z.string(), routeTableId: z.string() }),
      vpcRoutes: record(withId).default([]),
    })
    .strict()
    .default(() => ({
      serviceOpen: [],
      basicRefused: [],
      routers: [],
      routeTables: [],
      grants: [],
      vpcAttachments: [],
      peerAttachments: [],
      associations: [],
      propagations: [],
      vpcRoutes: [],
    })),
  idempotency: z.array(
    z.tuple([
      z.string(),
      z.object({
        paramsKey: z.string(),
        status: z.number().int(),
        body: z.record(z.string(), z.unknown()),
      }),
    ]),
  ),
} satisfies Record<keyof World, z.ZodType>;

export const cloudStateSchema = z.object({
  seed: uint32,
  delayMs: z.number().int().min(0),
  idState: uint32,
  faultState: uint32,
  faults: z.object({ rules: z.array(savedFaultSchema), serial: z.number().int().min(0) }),
  world: z.object(worldShape).strict(),
});

export interface CloudState {
  seed: number;
  delayMs: number;
  idState: number;
  faultState: number;
  faults: { rules: FaultRule[]; serial: number };
  world: Omit<World, 'idempotency'> & { idempotency: [string, IdempotentRecord][] };
}
