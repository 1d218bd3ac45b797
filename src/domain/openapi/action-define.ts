// How a catalogue entry is written: read() or write() around its params and response schemas, and
// defineActions(product, …) to name them. The flags the BFF and the mock act on follow from the entry itself, so no
// entry repeats them: a write takes a ClientToken exactly when its params have one, and an action needs RegionId
// when its product is regional (docs/reference/cen-api.md §1.1) unless the entry says otherwise.
import { z } from 'zod';
import { PRODUCTS, type Product } from './products';
import { clientTokenSchema } from './wire-values';

/** Params are nested objects (Filter: [{Key, Value: [..]}]); responses are the decoded JSON bodies. */
export type ParamsSchema = z.ZodObject;
export type ResponseSchema = z.ZodType<Record<string, unknown>>;

export interface ActionSpec<
  P extends z.ZodType<Record<string, unknown>> = z.ZodType<Record<string, unknown>>,
  R extends ResponseSchema = ResponseSchema,
> {
  product: Product;
  action: string;
  /** Changes state in the cloud: audited as a write, retried only with a ClientToken. */
  write: boolean;
  /** Accepts a ClientToken; the BFF refuses such a write without one, so a retry can never double-create. */
  clientToken: boolean;
  /** Needs RegionId (VPC and ECS are regional; CBN is central and ignores it). */
  regional: boolean;
  /** Some actions are used by the BFF itself (AssumeRole) and are not reachable through the proxy. */
  proxied: boolean;
  params: P;
  response: R;
}

interface Draft<P extends ParamsSchema, R extends ResponseSchema> {
  params: P;
  response: R;
  /** Only where it differs from the product's endpoint rule (Vpc DescribeRegions is answered by any region). */
  regional?: boolean;
  /** false: the BFF calls it itself and the proxy refuses it (STS). */
  proxied?: boolean;
}

interface Entry<P extends ParamsSchema, R extends ResponseSchema> extends Draft<P, R> {
  write: boolean;
  clientToken: boolean;
}

/** A Describe… call: never changes the cloud, so the BFF may retry it. */
export const read = <P extends ParamsSchema, R extends ResponseSchema>(draft: Draft<P, R>): Entry<P, R> => ({
  ...draft,
  write: false,
  clientToken: false,
});

/** A call that changes the cloud; idempotent (retried) only if its params carry `...clientToken`. */
export const write = <P extends ParamsSchema, R extends ResponseSchema>(draft: Draft<P, R>): Entry<P, R> => ({
  ...draft,
  write: true,
  clientToken: 'ClientToken' in draft.params.shape,
});

/** Spread into a write's params: the idempotency token (docs/reference/cen-api.md §2 step 1, CreateCen). */
export const clientToken = { ClientToken: clientTokenSchema.optional() };

type Named<P extends Product, T> = {
  readonly [A in keyof T & string]: T[A] extends Entry<infer Q, infer R>
    ? ActionSpec<Q, R> & { readonly product: P; readonly action: A }
    : never;
};

/** Names a product's entries: each becomes the ActionSpec the BFF, the mock and the console read. */
export function defineActions<
  P extends Product,
  T extends Record<string, Entry<ParamsSchema, ResponseSchema>>,
>(product: P, entries: T): Named<P, T> {
  const regionalProduct = PRODUCTS[product].endpoint === 'regional';
  const named = Object.entries(entries).map(([action, e]): [string, ActionSpec] => [
    action,
    {
      product,
      action,
      write: e.write,
      clientToken: e.clientToken,
      regional: e.regional ?? regionalProduct,
      proxied: e.proxied ?? true,
      params: e.params,
      response: e.response,
    },
  ]);
  return Object.fromEntries(named) as Named<P, T>;
}

// ── Response shapes every product repeats ─────────────────────────────────────────────────────────────

export const requestId = { RequestId: z.string() };

/** The answer of a write that returns nothing but its RequestId. */
export const ok = z.looseObject(requestId);

/** A list as the APIs wrap it: { Outer: { Inner: [item, …] } }, e.g. Cens.Cen[]. */
export const list = <O extends string, I extends string, T extends z.ZodType>(outer: O, inner: I, item: T) =>
  z.looseObject({ [outer]: z.object({ [inner]: z.array(item) }) } as {
    [K in O]: z.ZodObject<{ [J in I]: z.ZodArray<T> }>;
  });
