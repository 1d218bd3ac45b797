// Rules for the CEN instance itself. The name rule is the tutorial's, word for word: "The name can contain 2-128
// English letters, numbers, hyphens, or underlines, and must start with English letters."
// (docs/reference/tutorial.md, Step 1). The current API is looser (docs/reference/cen-api.md §5); the mock enforces
// the tutorial's rule so trainees meet the same refusal in form, BFF and cloud.
import { z } from 'zod';
import { wellFormed } from './openapi/param-limits';

export const CEN_NAME_RULE =
  'The name must be 2–128 characters: English letters, digits, hyphens (-) or underscores (_), starting with an English letter.';

export const cenNameSchema = z
  .string({ error: 'Enter a name.' })
  .min(2, { error: CEN_NAME_RULE })
  .max(128, { error: CEN_NAME_RULE })
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { error: CEN_NAME_RULE });

// Current API rule (docs/reference/cen-api.md §5): empty or 1–256 characters, not starting with http:// or https://.
export const CEN_DESCRIPTION_RULE =
  'The description can be empty or up to 256 characters, and cannot start with http:// or https://.';

export const cenDescriptionSchema = wellFormed(z.string())
  .max(256, { error: CEN_DESCRIPTION_RULE })
  .refine((value) => !/^https?:\/\//i.test(value), { error: CEN_DESCRIPTION_RULE });

export const createCenInputSchema = z.object({
  name: cenNameSchema,
  description: cenDescriptionSchema.optional(),
});
export type CreateCenInput = z.infer<typeof createCenInputSchema>;

export const cenIdSchema = z
  .string()
  .regex(/^cen-[a-z0-9]+$/, { error: 'A CEN ID looks like cen-xxxxxxxxxxxxxxxxxx.' });

/** CEN statuses (docs/reference/cen-api.md §3). Only Active accepts writes. */
export const cenStatusSchema = z.enum(['Creating', 'Active', 'Modifying', 'Deleting']);
export type CenStatus = z.infer<typeof cenStatusSchema>;
