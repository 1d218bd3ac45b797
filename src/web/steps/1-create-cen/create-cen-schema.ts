// Step 1's form schema: the domain's name and description rules (src/domain/cen.ts) plus the optional
// "Attach a network" part of the tutorial's Step 1.
import { z } from 'zod';
import { cenDescriptionSchema, cenNameSchema } from '../../../domain/cen';

export const createCenFormSchema = z
  .object({
    name: cenNameSchema,
    description: cenDescriptionSchema,
    attach: z.boolean(),
    owner: z.enum(['current', 'different']),
    type: z.enum(['VPC', 'VBR']),
    regionId: z.string(),
    instanceId: z.string(),
  })
  .superRefine((values, ctx) => {
    // The "Attach a network" part is optional; when it is used, region and network are required.
    if (!values.attach) return;
    if (!values.regionId) ctx.addIssue({ code: 'custom', path: ['regionId'], message: 'Choose a region.' });
    if (!values.instanceId)
      ctx.addIssue({ code: 'custom', path: ['instanceId'], message: 'Choose a network.' });
  });
export type CreateCenFormValues = z.infer<typeof createCenFormSchema>;
