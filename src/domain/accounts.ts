// The two accounts of the tutorial: A owns the CEN, B owns the network A attaches across accounts
// (docs/reference/tutorial.md). One schema and one type for every room that names an account.
import { z } from 'zod';

export const accountNameSchema = z.enum(['A', 'B'], { error: 'must be "A" or "B"' });
export type AccountName = z.infer<typeof accountNameSchema>;
