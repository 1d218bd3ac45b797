// A single OpenAPI call the console may offer as a one-click fix or an active test. It is data, not an action:
// the web shows the exact parameters and sends them through POST /api/openapi/:action only after the user
// confirms, so nothing is written that the user has not seen.
import { findAction } from '../openapi/actions';
import type { Product } from '../openapi/products';
import type { AccountName } from '../accounts';

export interface ApiCall {
  /** Qualified catalogue key, e.g. 'Ecs.AuthorizeSecurityGroup' (actions.ts ACTIONS). */
  key: string;
  account: AccountName;
  regionId?: string;
  /** Nested parameters exactly as the catalogue's params schema expects them. */
  params: Record<string, unknown>;
}

/** Checks a call against the catalogue: the action exists and its params schema accepts the parameters. */
export function validateApiCall(call: ApiCall): { ok: true } | { ok: false; issues: string[] } {
  const [product, action] = call.key.split('.') as [Product, string | undefined];
  const spec = action === undefined ? undefined : findAction(product, action);
  if (!spec) return { ok: false, issues: [`${call.key} is not in the action catalogue.`] };
  const parsed = spec.params.safeParse(call.params);
  if (parsed.success) return { ok: true };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`),
  };
}

/**
 * A ClientToken for a fix that is the same for the same fix, so a double click cannot add twice; printable ASCII,
 * at most 64 characters (wire-values.ts clientTokenSchema; docs/reference/cen-api.md §2 step 1, CreateCen).
 */
export function deterministicClientToken(fixId: string): string {
  const safe = fixId.replace(/[^\x21-\x7e]/g, '_');
  if (safe.length <= 60) return `cc-${safe}`;
  // Keep it unique when long: a short FNV-1a hash of the whole id replaces the tail.
  let h = 0x811c9dc5;
  for (let i = 0; i < fixId.length; i++) {
    h ^= fixId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `cc-${safe.slice(0, 51)}-${h.toString(16).padStart(8, '0')}`;
}
