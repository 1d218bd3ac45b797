// Assertions on plans that every plan's tests share (a test helper: it lives in test-support/).
import { expect } from 'vitest';
import { findAction } from '../openapi/actions';
import type { Product } from '../openapi/products';
import type { Plan } from '../plan/plan-types';

/** Every call not blocked is one the catalogue (so the BFF and the mock) accepts, and so is its poll. */
export function expectCatalogueValid(plan: Plan) {
  for (const call of plan.calls.filter((c) => c.status !== 'blocked')) {
    const spec = findAction(call.product, call.action);
    expect(spec, call.key).toBeDefined();
    const parsed = spec?.params.safeParse(call.params);
    expect(parsed?.success, `${call.key} ${JSON.stringify(parsed?.error?.issues)}`).toBe(true);
    if (call.waitFor) {
      const [product, action] = call.waitFor.poll.split('.') as [Product, string];
      const poll = findAction(product, action);
      expect(poll?.write, call.waitFor.poll).toBe(false);
      expect(poll?.params.safeParse(call.waitFor.params).success, call.waitFor.poll).toBe(true);
    }
  }
}

/** Calls come in execution order: each depends only on calls listed before it. */
export function expectDependsOnEarlier(plan: Plan) {
  const seen = new Set<string>();
  for (const call of plan.calls) {
    for (const dep of call.dependsOn) expect(seen.has(dep), `${call.id} needs ${dep}`).toBe(true);
    seen.add(call.id);
  }
}
