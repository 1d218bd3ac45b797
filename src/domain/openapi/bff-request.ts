// The body of POST /api/openapi/:action — the one contract between the console (src/web/api/client.ts, the plan
// runner) and the BFF (src/server/routes/openapi.ts): which account signs, the region, and the nested params.
// Where the region goes is decided here once, from the catalogue's `regional` flag (action-define.ts): a regional
// action (VPC, ECS) is sent to vpc.<region>.aliyuncs.com and its params carry RegionId
// (docs/reference/cen-api.md §1.1), so the body names the same region at the top; a central action (CBN) has no
// region at all, and a RegionId in its params is just a parameter the cloud ignores.
import { z } from 'zod';
import { accountNameSchema, type AccountName } from '../accounts';
import { regionIdSchema } from '../regions';
import type { ActionSpec } from './action-define';

export const bffBodySchema = z.strictObject({
  account: accountNameSchema,
  regionId: regionIdSchema.optional(),
  params: z.record(z.string(), z.unknown()).default({}),
});
/** What the console sends (params may be left out: the BFF reads them as {}). */
export type BffBodyInput = z.input<typeof bffBodySchema>;
export type BffBody = z.output<typeof bffBodySchema>;

type Regional = Pick<ActionSpec, 'regional'>;

/**
 * The region a request acts in: for a regional action the body's regionId, else its params.RegionId; for a central
 * action none (whatever the body says).
 */
export function bodyRegion(
  spec: Regional,
  body: { regionId?: string | undefined; params?: Readonly<Record<string, unknown>> | undefined },
): string | undefined {
  if (!spec.regional) return undefined;
  const inParams = body.params?.RegionId;
  return body.regionId ?? (typeof inParams === 'string' ? inParams : undefined);
}

/**
 * The body for one call: a regional action names its region both at the top (the BFF's host) and in
 * params.RegionId (the catalogue's params need it); a central action names none at the top.
 */
export function bffBody(
  spec: Regional & Pick<ActionSpec, 'product' | 'action'>,
  account: AccountName,
  params: Record<string, unknown>,
  regionId?: string,
): BffBody {
  const region = bodyRegion(spec, { regionId, params });
  if (spec.regional && !region)
    throw new Error(
      `${spec.product}.${spec.action} is a regional action: it needs a region (params.RegionId).`,
    );
  return region
    ? { account, regionId: region, params: { ...params, RegionId: region } }
    : { account, params };
}
