// The one table of OpenAPI actions CEN Connect may call: the BFF's allow-list, the mock cloud's dispatch table and
// the console's typed client all read it. The entries live per product, as in Alibaba's SDKs (cbn-actions.ts,
// cbn-bandwidth-actions.ts, the Enterprise-Edition cbn-transit-router-actions.ts and cbn-transit-attachment-actions.ts,
// vpc-actions.ts, vpc-route-entry-actions.ts, ecs-actions.ts, sts-actions.ts); this file assembles them and answers
// lookups by name, at run time and in types (ParamsOf, ResponseOf).
// Parameters are written nested (Filter: [{Key, Value: [..]}]); the signer flattens them the SDK's way
// (Filter.1.Key, Filter.1.Value.1) and the mock unflattens them before validating with the same schema.
import type { z } from 'zod';
import type { ActionSpec } from './action-define';
import { CBN_ACTIONS } from './cbn-actions';
import { CBN_BANDWIDTH_ACTIONS } from './cbn-bandwidth-actions';
import { CBN_TRANSIT_ATTACHMENT_ACTIONS } from './cbn-transit-attachment-actions';
import { CBN_TRANSIT_ROUTER_ACTIONS } from './cbn-transit-router-actions';
import { ECS_ACTIONS } from './ecs-actions';
import type { Product } from './products';
import { STS_ACTIONS } from './sts-actions';
import { VPC_ACTIONS } from './vpc-actions';
import { VPC_ROUTE_ENTRY_ACTIONS } from './vpc-route-entry-actions';

export type { ActionSpec } from './action-define';

const CATALOGUE = {
  Cbn: {
    ...CBN_ACTIONS,
    ...CBN_BANDWIDTH_ACTIONS,
    ...CBN_TRANSIT_ROUTER_ACTIONS,
    ...CBN_TRANSIT_ATTACHMENT_ACTIONS,
  },
  Vpc: { ...VPC_ACTIONS, ...VPC_ROUTE_ENTRY_ACTIONS },
  Ecs: ECS_ACTIONS,
  Sts: STS_ACTIONS,
} satisfies Record<Product, Record<string, ActionSpec>>;
type Catalogue = typeof CATALOGUE;

/** "Product.Action", e.g. "Cbn.CreateCen": unique across the catalogue. */
export type ActionKey = { [P in Product]: `${P}.${keyof Catalogue[P] & string}` }[Product];

type ActionOf<K> = K extends `${string}.${infer A}` ? A : never;
/** Action names more than one product has (DescribeGrantRulesToCen: Cbn and Vpc). */
type Ambiguous = {
  [K in ActionKey]: ActionOf<K> extends ActionOf<Exclude<ActionKey, K>> ? ActionOf<K> : never;
}[ActionKey];

/** What callers may write: "Cbn.CreateCen", or "CreateCen" when only one product has that action. */
export type ActionName = ActionKey | Exclude<ActionOf<ActionKey>, Ambiguous>;

/** The qualified key of a name: KeyOf<'CreateCen'> is 'Cbn.CreateCen'. */
export type KeyOf<N extends ActionName> = N extends ActionKey ? N : Extract<ActionKey, `${string}.${N}`>;

type SpecAt<K> = K extends `${infer P extends Product}.${infer A}`
  ? Catalogue[P][A & keyof Catalogue[P]]
  : never;
export type SpecOf<N extends ActionName> = SpecAt<KeyOf<N>>;

/** Drops the index signature of z.looseObject from a response type, so a misspelt field is a type error. */
export type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;

/** Params as a caller writes them (numbers or their strings, UIDs as strings). */
export type ParamsOf<N extends ActionName> = z.input<SpecOf<N>['params']>;
/** Params after the catalogue's schema: what the mock's handlers read (numbers are numbers). */
export type ParsedParamsOf<N extends ActionName> = z.output<SpecOf<N>['params']>;
/** A success body after the catalogue's schema (UIDs are strings), without the fields it does not name. */
export type ResponseOf<N extends ActionName> = Known<z.output<SpecOf<N>['response']>>;

const specs: ActionSpec[] = Object.values(CATALOGUE).flatMap((product: Record<string, ActionSpec>) =>
  Object.values(product),
);

/** Every action, keyed "Product.Action" — DescribeGrantRulesToCen exists in both Cbn and Vpc. */
export const ACTIONS: ReadonlyMap<string, ActionSpec> = new Map(
  specs.map((s) => [`${s.product}.${s.action}`, s]),
);

/**
 * Resolves a name from the BFF route: "CreateCen" when only one product has it, or "Vpc.DescribeGrantRulesToCen"
 * when it is ambiguous (or always, if the caller prefers).
 */
export function resolveAction(name: string): ActionSpec | { ambiguous: string[] } | undefined {
  const qualified = ACTIONS.get(name);
  if (qualified) return qualified;
  const matches = specs.filter((s) => s.action === name);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) return { ambiguous: matches.map((s) => `${s.product}.${s.action}`) };
  return undefined;
}

/** The typed entry of a name the compiler knows: actionSpec('Sts.AssumeRole').response.parse(…) is typed. */
export function actionSpec<N extends ActionName>(name: N): SpecOf<N> {
  const spec = resolveAction(name);
  if (!spec || 'ambiguous' in spec) throw new Error(`${name} is not one action of the catalogue.`);
  return spec as SpecOf<N>;
}

export function findAction(product: Product, action: string): ActionSpec | undefined {
  return ACTIONS.get(`${product}.${action}`);
}

export function actionKey(spec: Pick<ActionSpec, 'product' | 'action'>): string {
  return `${spec.product}.${spec.action}`;
}
