// The answer of the mock cloud's GET /_mock/state (GET /api/mock/state through the BFF, mocks/README.md "Control
// API"): every resource with its derived status. The mock builds its snapshot as this shape (mocks/cloud/snapshot.ts)
// and the training panel parses with it (src/web/training/training-api.ts), so the shape is written once. Only what
// the panel reads is required; the rest passes through (z.looseObject) so a richer snapshot breaks nothing.
import { z } from 'zod';

/** A UID the panel compares as text; a JSON number (a client that lost the string) reads as the same digits. */
const uid = z.union([z.string(), z.number()]).transform(String);
const row = z.looseObject({});

export const mockStateAnswerSchema = z.looseObject({
  now: z.string().optional(),
  delayMs: z.number().optional(),
  cens: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string().optional(),
      owner: z.string().optional(),
      status: z.string(),
    }),
  ),
  grants: z.array(
    z.looseObject({
      cenId: z.string(),
      cenOwnerUid: uid,
      instanceId: z.string(),
      regionId: z.string().optional(),
    }),
  ),
  attachments: z.array(
    z.looseObject({
      cenId: z.string(),
      childId: z.string(),
      childRegionId: z.string().optional(),
      childOwnerUid: uid.optional(),
      status: z.string().optional(),
    }),
  ),
  bandwidthPackages: z.array(row),
  interRegionLimits: z.array(row),
  faults: z.array(row).optional(),
  /**
   * Enterprise Edition (mocks/cloud/transit-router-snapshot.ts): whose transit-router service is open, and the
   * accounts the scenario no longer lets use Basic Edition, which the console reads to choose a new CEN's edition.
   */
  transit: z
    .looseObject({ serviceOpen: z.array(uid).optional(), basicRefused: z.array(uid).optional() })
    .optional(),
  connectivity: z
    .array(
      z.looseObject({
        from: z.string(),
        to: z.string(),
        reachable: z.boolean(),
        reason: z.string().optional(),
      }),
    )
    .optional(),
});
/** The answer as the console reads it (UIDs as text). */
export type MockStateAnswer = z.infer<typeof mockStateAnswerSchema>;
/** The answer as the mock writes it. */
export type MockStateAnswerInput = z.input<typeof mockStateAnswerSchema>;
