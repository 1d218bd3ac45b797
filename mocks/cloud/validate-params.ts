// Validates a request's nested parameters with the catalogue's own schema (src/domain/openapi/actions.ts), once per
// call, before the handler sees them, and turns a zod failure into the gateway's refusal: MissingParameter for an
// absent required parameter (the message names it the way the gateway does, docs/reference/cen-api.md §4),
// InvalidParameter naming the first bad one otherwise — a value out of range, too long, not of the rule, or not
// well-formed text — as the real cloud answers an invalid Name (docs/reference/cen-api.md §4). A few actions
// document their own code for one parameter (SPECIFIC below).
import type { z } from 'zod';
import {
  actionKey,
  type ActionKey,
  type ActionSpec,
  type ParsedParamsOf,
} from '../../src/domain/openapi/actions';
import { CloudError, errors } from './cloud-error';

/**
 * Wire name of a parameter path: Filter.1.Key (lists are 1-based on the wire, docs/reference/cen-api.md
 * §1.2).
 */
function wireName(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join('.');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/**
 * Codes some actions document for a bad value instead of the generic InvalidParameter
 * (docs/reference/cen-api.md §2 step 4).
 */
const SPECIFIC: {
  [K in ActionKey]?: { [P in keyof ParsedParamsOf<K>]?: { code: string; message: string } };
} = {
  'Cbn.CreateCenBandwidthPackage': {
    Bandwidth: {
      code: 'ParameterIllegal.BandwidthPackage',
      message: 'The parameter of bandwidth packaged is illegal.',
    },
  },
};

export function validateParams(spec: ActionSpec, params: Record<string, unknown>): Record<string, unknown> {
  const result = spec.params.safeParse(params);
  if (result.success) return result.data;
  const issues: z.core.$ZodIssue[] = result.error.issues;
  const missing = issues.find((i) => i.path.length > 0 && valueAt(params, i.path) === undefined);
  if (missing) throw errors.missingParameter(wireName(missing.path));
  const first = issues[0];
  const name = first ? wireName(first.path) : '';
  const byParam: Partial<Record<string, { code: string; message: string }>> | undefined =
    SPECIFIC[actionKey(spec) as ActionKey];
  const specific = byParam?.[name];
  if (specific)
    throw new CloudError(400, specific.code, `${specific.message} ${first?.message ?? ''}`.trim());
  throw errors.invalidParameter(name || 'request', first?.message ?? '');
}
