// zod pieces for values as they travel: the browser sends JSON numbers and booleans, the mock cloud receives
// the same values as strings (query or form body). One schema accepts both and yields the typed value.
import { z } from 'zod';
import { text } from './param-limits';

export const wireInt = (min?: number, max?: number) => {
  let n = z.number().int();
  if (min !== undefined) n = n.min(min);
  if (max !== undefined) n = n.max(max);
  return z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d{1,16}$/, { error: 'Expected a whole number (at most 16 digits).' })
        .transform(Number),
    ])
    .pipe(n);
};

export const wireBool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/**
 * Alibaba account UIDs are 16-digit numbers, beyond Number.MAX_SAFE_INTEGER for many accounts
 * (docs/reference/cen-api.md §7), so they are strings everywhere in this code base. A JSON number is accepted
 * only when it is exact.
 */
export const uidSchema = z.union([
  z.string().regex(/^\d{1,20}$/, { error: 'An account UID is a number of up to 20 digits.' }),
  z
    .number()
    .int()
    .nonnegative()
    .refine((n) => Number.isSafeInteger(n), {
      error: 'Send a 16-digit UID as a string; as a JSON number it loses digits.',
    })
    .transform(String),
]);

/** Response-side UID: the BFF's lossless JSON parser already turned long integers into strings. */
export const uidOut = z.union([z.string(), z.number()]).transform(String);

export const pageParams = (maxPageSize: number) => ({
  PageNumber: wireInt(1).optional(),
  PageSize: wireInt(1, maxPageSize).optional(),
});

/**
 * Filter.N.Key / Filter.N.Value.M: ≤5 filters, ≤5 values each (docs/reference/cen-api.md §2 step 1). The keys are
 * CenId or Name and the values IDs or names, so 128 characters each (UNCONFIRMED, §5).
 */
export const filterSchema = z
  .array(z.object({ Key: text(128, 1), Value: z.array(text(128)).min(1).max(5) }))
  .max(5)
  .optional();

/** Tag.N.Key 1–64 characters, Tag.N.Value 0–128, up to 20 tags (docs/reference/cen-api.md §2 step 1). */
export const tagsSchema = z
  .array(
    z.object({
      Key: text(64, 1).refine((k) => !/^(aliyun|acs:)/i.test(k) && !/https?:\/\//i.test(k), {
        error: 'Invalid tag key.',
      }),
      Value: text(128).optional(),
    }),
  )
  .max(20)
  .optional();

/** Idempotency token: ASCII, at most 64 characters (docs/reference/cen-api.md §2 step 1, CreateCen). */
export const clientTokenSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x21-\x7e]+$/, { error: 'ClientToken must be printable ASCII.' });

export const pagedResponse = {
  RequestId: z.string(),
  TotalCount: z.number(),
  PageNumber: z.number(),
  PageSize: z.number(),
};
