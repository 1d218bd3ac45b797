// GET /api/accounts (answered by src/server/routes/accounts.ts): who Account A and B are, without any secret.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from './bff-json';
import { accountNameSchema, type AccountName } from '../../domain/accounts';

const accountSchema = z.object({
  name: accountNameSchema,
  label: z.string(),
  uid: z.string(),
  mode: z.string(),
  accessKeyId: z.string().optional(),
  signatureStyle: z.string().optional(),
});
export type Account = z.infer<typeof accountSchema>;

const accountsSchema = z.object({ cloud: z.enum(['mock', 'live']), accounts: z.array(accountSchema) });
export type Accounts = z.infer<typeof accountsSchema>;

export const accountQueries = {
  all: () =>
    queryOptions({
      queryKey: ['accounts'] as const,
      queryFn: ({ signal }) => getJson('/api/accounts', accountsSchema, signal),
      staleTime: Infinity,
    }),
};

export function accountByName(accounts: Accounts | undefined, name: AccountName): Account | undefined {
  return accounts?.accounts.find((account) => account.name === name);
}
