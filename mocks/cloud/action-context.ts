// What an action handler receives and returns. Handlers are plain functions over the World, each declared against
// one catalogue action (src/domain/openapi/actions.ts): MockCloud parses the wire parameters with that action's own
// params schema once, so a handler reads ParsedParamsOf<'Cbn.CreateCen'> (numbers are numbers, lists are arrays),
// and it returns that action's response body without RequestId (MockCloud adds it). Refusals are thrown as
// CloudError. Adding a cloud action is one catalogue entry plus its handler: a missing handler is a type error in
// mock-cloud.ts, a misspelt field of a reply is one here.
import type { z } from 'zod';
import type { MockClock } from './clock';
import type { Account, StsSession, World } from './model';
import type { IdFactory } from './random';
import type { ActionKey, ParsedParamsOf, SpecOf } from '../../src/domain/openapi/actions';
import type { Product } from '../../src/domain/openapi/products';

export interface ActionContext {
  world: World;
  /** The effective identity: for an STS session, the role's account. */
  caller: Account;
  /** Set when the request was signed with STS credentials from AssumeRole. */
  session: StsSession | undefined;
  /** RegionId of a regional call (validated against the area catalogue), or the optional one on a central call. */
  regionId: string | undefined;
  now: number;
  clock: MockClock;
  ids: IdFactory;
  /** Duration of every asynchronous transition started now (0 in tests, a few seconds in demos). */
  delayMs: number;
}

type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };

/**
 * The success body of an action as its handler builds it: the catalogue's response type (after the schema, so UIDs
 * are strings; the wire turns them into bare numbers) without RequestId. The catalogue's loose objects let a reply
 * carry the fields the real cloud sends that the console does not read (Ipv6Level, ResourceGroupId, …).
 */
export type ReplyOf<K extends ActionKey> = Without<z.output<SpecOf<K>['response']>, 'RequestId'>;

/** The handler of one catalogue action: parsed params in, that action's reply out. */
export type Handler<K extends ActionKey> = (ctx: ActionContext, params: ParsedParamsOf<K>) => ReplyOf<K>;

/** Every action of a product, by its bare name ("CreateCen"), each with its own typed handler. */
export type ProductHandlers<P extends Product> = {
  [K in ActionKey as K extends `${P}.${infer A}` ? A : never]: Handler<K>;
};

/** Some of a product's handlers: what one *-actions.ts file declares (`satisfies HandlersOf<'Cbn'>`). */
export type HandlersOf<P extends Product> = Partial<ProductHandlers<P>>;

/** One element of a reply's list, e.g. ItemOf<ReplyOf<'Cbn.DescribeCens'>['Cens']['Cen']>. */
export type ItemOf<L> = L extends readonly (infer T)[] ? T : never;
