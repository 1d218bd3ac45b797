// GET /api/mock/world (mocks/control-api.ts): the name of the mock cloud's world, new at every start of the mock
// without a state file, at a sandbox's creation and at every reset. Mock mode only: the BFF has no /api/mock routes
// in live mode.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from './bff-json';

const worldSchema = z.looseObject({ worldId: z.string().min(1) });

export const worldQueries = {
  current: () =>
    queryOptions({
      queryKey: ['mock-world'] as const,
      queryFn: ({ signal }) => getJson('/api/mock/world', worldSchema, signal),
    }),
};
