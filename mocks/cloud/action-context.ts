// What an action handler receives and returns. Handlers are plain functions over the World; they throw CloudError
// for refusals and return the success body without RequestId (MockCloud adds it).
import type { MockClock } from './clock';
import type { Account, StsSession, World } from './model';
import type { IdFactory } from './random';

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
  /** The request's parameters before the catalogue schema stripped unknown keys (e.g. ContentEncoding). */
  raw: Record<string, unknown>;
}

export type ActionHandler = (ctx: ActionContext, params: Record<string, unknown>) => Record<string, unknown>;

export type HandlerTable = Record<string, ActionHandler>;

/** Parameters after the catalogue schema: typed reads without casts scattered through the handlers. */
export const str = (p: Record<string, unknown>, key: string): string | undefined =>
  typeof p[key] === 'string' ? p[key] : undefined;
export const num = (p: Record<string, unknown>, key: string): number | undefined =>
  typeof p[key] === 'number' ? p[key] : undefined;
export const bool = (p: Record<string, unknown>, key: string): boolean | undefined =>
  typeof p[key] === 'boolean' ? p[key] : undefined;
export const req = (p: Record<string, unknown>, key: string): string => {
  const v = p[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new Error(`catalogue schema let ${key} through without a value`);
};

export interface FilterItem {
  Key: string;
  Value: string[];
}
export const filters = (p: Record<string, unknown>): FilterItem[] =>
  Array.isArray(p.Filter) ? (p.Filter as FilterItem[]) : [];
