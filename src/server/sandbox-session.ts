// Training mode (README "Training a class"): each trainee who joined works in their own mock-cloud sandbox, carried
// by the HttpOnly cookie cen_connect_sandbox. A sandbox is made only by a deliberate join (POST /api/training/join or
// /session, same-origin like every write: security.ts); a GET, a cookieless or forged request never makes one, so a
// foreign page's <img> tags or a loop of requests cannot fill the class. The cookie is signed so a trainee cannot
// step into a neighbour's sandbox by typing its id (the trainer view lists ids).
// Bounds: at most maxSessions (the class size) sessions, at most perClient of them joined from one client address;
// when either is reached, a session idle (no request) for evictIdleMinutes gives way, the stalest first, before a
// join is refused with what to do. Sessions idle longer than the mock's idle time are dropped anyway; dropping a
// session drops its audit ring too (onForget).
import type { Context, MiddlewareHandler } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { ApiError } from '../domain/openapi/errors';
import type { AccountName } from '../domain/accounts';
import type { Account, DemoAccount } from './accounts';
import { DEFAULT_SANDBOX } from './audit-log';
import type { SandboxControl } from './sandbox-control';
import { emptyTally, type CallTally } from './training-debrief';
import { classFull, clientAddress, notJoined, SessionRefusal, tooManyFromClient } from './training-refusals';

export const SANDBOX_COOKIE = 'cen_connect_sandbox';

export interface HintUse {
  level: number;
  time: string;
}

/**
 * One attempt at a scenario: from the session's start, or from a reset to the scenario's start, to the next reset.
 * A reset starts a new attempt (a trainer reads "how did the second try go"), while the earlier ones stay in the
 * debrief — with what they would have cost, since a real cloud does not refund a purchase when you start over.
 */
export interface Attempt {
  /** 1 for the first attempt of the session. */
  attempt: number;
  scenario: string;
  startedAt: number;
  /** First time the mock's progress said success in this attempt (the debrief's duration ends there). */
  completedAt?: number;
  hints: HintUse[];
  tally: CallTally;
}

/** An attempt a reset ended. */
export interface EndedAttempt extends Attempt {
  endedAt: number;
}

/** Earlier attempts kept per session (memory stays bounded for a trainee who resets in a loop). */
export const MAX_EARLIER_ATTEMPTS = 20;

/** The session's fields of the current attempt are the Attempt's (startedAt, completedAt, hints, tally…). */
export interface SandboxSession extends Attempt {
  id: string;
  trainee: string | null;
  /** When the trainee's session (its first attempt) started. */
  sessionStartedAt: number;
  lastSeen: number;
  /** Resets to the scenario's start so far (each began a new attempt). */
  resets: number;
  /** Attempts ended by a reset, oldest first (at most MAX_EARLIER_ATTEMPTS; `resets` still counts them all). */
  earlier: EndedAttempt[];
  /** The client address it was joined from (the per-client bound counts these). */
  client: string;
  accounts: Record<AccountName, Account>;
}

/** What a request acts on: the trainee's sandbox in training mode, else the one default cloud. */
export interface RequestScope {
  sandbox: string;
  accounts: () => Promise<Record<AccountName, Account>>;
  session?: SandboxSession;
}

export interface SandboxSessionsOptions {
  control: SandboxControl;
  /** Signs the cookie; a fresh random one per process is fine (sandboxes die with the in-process mock). */
  cookieSecret: string;
  /** The two accounts of one sandbox, from the keys its creation answer carried. */
  accountsFor: (demo: DemoAccount[]) => Record<AccountName, Account>;
  idleMinutes: number;
  /** The scenario of a sandbox made for a session that has none yet; default: the mock's (the happy path). */
  defaultScenario?: string;
  /** The class size: sessions at once (DEFAULT_CLASS_SIZE). */
  maxSessions?: number;
  /** Sessions joined from one client address (DEFAULT_PER_CLIENT). */
  perClient?: number;
  /** When a bound is reached, a session without a request for this long gives way (DEFAULT_EVICT_IDLE_MINUTES). */
  evictIdleMinutes?: number;
  /** The address a join is counted against; default: the TCP peer (clientAddress). */
  clientOf?: (c: Context) => string;
  onForget?: (id: string) => void;
  now?: () => number;
}

/**
 * 60 places: the 30–100 trainees a class has on one small server, below the mock's 200 sandboxes so its own limit
 * (shared with scripts) is not what a trainee meets first.
 */
export const DEFAULT_CLASS_SIZE = 60;
/**
 * Half the class from one address: a classroom behind one NAT shows the BFF a single address for everyone, so the
 * bound must let a whole (typical) class in, yet one machine alone can never take every place. A bigger class behind
 * one NAT raises it (CEN_CONNECT_SANDBOXES_PER_CLIENT, at most the class size).
 */
export const DEFAULT_PER_CLIENT = 30;
/**
 * Idle for a place: the open console polls its progress every few seconds (training-api.ts), so ten minutes without
 * a request is a closed tab or a trainee who walked away — never someone working; they get "join again" on return.
 */
export const DEFAULT_EVICT_IDLE_MINUTES = 10;

interface RequestState {
  cookieId: string | undefined;
  /** A sandbox this request switched to: the cookie is (re)written after the handler ran. */
  issue?: string;
}

/** How many "old sandbox → the one its trainee switched to" pairs are remembered for requests still in flight. */
const MAX_REPLACEMENTS = 1000;

export function createSandboxSessions(options: SandboxSessionsOptions) {
  const now = options.now ?? Date.now;
  const idleMs = options.idleMinutes * 60_000;
  const maxSessions = options.maxSessions ?? DEFAULT_CLASS_SIZE;
  const perClient = Math.min(options.perClient ?? DEFAULT_PER_CLIENT, maxSessions);
  const evictIdleMinutes = options.evictIdleMinutes ?? DEFAULT_EVICT_IDLE_MINUTES;
  const evictMs = evictIdleMinutes * 60_000;
  const clientOf = options.clientOf ?? clientAddress;
  // Map order = recency (re-inserted on every touch), so the stalest is always first.
  const sessions = new Map<string, SandboxSession>();
  /** Old sandbox → the one its trainee switched to (POST /session), for requests still in flight with the old cookie. */
  const replaced = new Map<string, string>();
  const states = new WeakMap<Context, RequestState>();

  const forget = (id: string, alsoInMock = false) => {
    if (!sessions.delete(id)) return;
    options.onForget?.(id);
    // Best effort: the mock expires it on its own clock anyway.
    if (alsoInMock) void options.control.remove(id).catch(() => undefined);
  };

  const sweep = () => {
    const t = now();
    for (const s of [...sessions.values()]) if (t - s.lastSeen > idleMs) forget(s.id, true);
  };

  /** Frees one place among `among` (stalest first) if one has been idle long enough; never an active one. */
  const evictIdle = (among: (s: SandboxSession) => boolean): boolean => {
    const t = now();
    for (const s of sessions.values())
      if (among(s) && t - s.lastSeen > evictMs) {
        forget(s.id, true);
        return true;
      }
    return false;
  };

  /** Makes room for one more session of `client` (not counting `leaving`, the one it replaces), or refuses. */
  const admit = (client: string, leaving: string | undefined) => {
    sweep();
    const counted = (s: SandboxSession) => s.id !== leaving;
    const ofClient = (s: SandboxSession) => counted(s) && s.client === client;
    const count = (p: (s: SandboxSession) => boolean) => [...sessions.values()].filter(p).length;
    // A per-client bound of the whole class is no bound of its own: the class's refusal is the one that helps.
    while (perClient < maxSessions && count(ofClient) >= perClient)
      if (!evictIdle(ofClient))
        throw new SessionRefusal(tooManyFromClient(perClient, client, evictIdleMinutes));
    while (count(counted) >= maxSessions)
      if (!evictIdle(counted)) throw new SessionRefusal(classFull(maxSessions, evictIdleMinutes));
  };

  const touch = (session: SandboxSession) => {
    session.lastSeen = now();
    sessions.delete(session.id);
    sessions.set(session.id, session);
  };

  const fresh = (session: SandboxSession | undefined): session is SandboxSession => {
    if (!session) return false;
    if (now() - session.lastSeen > idleMs) {
      forget(session.id, true);
      return false;
    }
    return true;
  };

  const create = async (
    c: Context,
    input: { scenario?: string; trainee?: string },
    leaving?: string,
  ): Promise<SandboxSession> => {
    const client = clientOf(c);
    admit(client, leaving);
    const scenario = input.scenario ?? options.defaultScenario;
    const created = await options.control.create({
      ...(scenario ? { scenario } : {}),
      ...(input.trainee ? { label: input.trainee } : {}),
    });
    const t = now();
    const session: SandboxSession = {
      id: created.id,
      attempt: 1,
      scenario: created.scenario,
      trainee: input.trainee ?? created.label ?? null,
      sessionStartedAt: t,
      startedAt: t,
      lastSeen: t,
      resets: 0,
      earlier: [],
      client,
      accounts: options.accountsFor(created.accounts),
      hints: [],
      tally: emptyTally(),
    };
    sessions.set(session.id, session);
    return session;
  };

  const stateOf = (c: Context): RequestState => {
    const state = states.get(c);
    if (!state) throw new Error('sandbox session middleware is not installed on this route');
    return state;
  };

  /** The session the request's cookie names (or the one it switched to), touched; undefined when none. */
  const find = (c: Context): SandboxSession | undefined => {
    const state = stateOf(c);
    const id = state.issue ?? state.cookieId;
    if (id === undefined) return undefined;
    let known = sessions.get(id);
    if (!known && state.issue === undefined) {
      const next = replaced.get(id);
      known = next === undefined ? undefined : sessions.get(next);
      if (known) state.issue = known.id;
    }
    if (!fresh(known)) return undefined;
    touch(known);
    return known;
  };

  const api = {
    middleware(): MiddlewareHandler {
      return async (c, next) => {
        const signed = await getSignedCookie(c, options.cookieSecret, SANDBOX_COOKIE);
        const state: RequestState = { cookieId: typeof signed === 'string' ? signed : undefined };
        states.set(c, state);
        await next();
        if (state.issue && state.issue !== state.cookieId)
          await setSignedCookie(c, SANDBOX_COOKIE, state.issue, options.cookieSecret, {
            httpOnly: true,
            sameSite: 'Strict',
            path: '/',
          });
      };
    },

    /** The session's sandbox; a refusal that says what to do when it has none (never creates one). */
    current(c: Context): Promise<SandboxSession> {
      const session = find(c);
      if (session) return Promise.resolve(session);
      return Promise.reject(
        new SessionRefusal(
          stateOf(c).cookieId === undefined ? notJoined() : sandboxExpired(options.idleMinutes),
        ),
      );
    },

    /** The session's sandbox if it has one; never creates (read-only views of nothing stay empty). */
    peek: (c: Context): SandboxSession | undefined => find(c),

    /** POST /api/training/join: the session this request already has, else a new sandbox (within the bounds). */
    async join(
      c: Context,
      input: { trainee?: string },
    ): Promise<{ session: SandboxSession; created: boolean }> {
      const known = find(c);
      if (known) return { session: known, created: false };
      const session = await create(c, input);
      stateOf(c).issue = session.id;
      return { session, created: true };
    },

    /** POST /api/training/session: a new sandbox for a scenario, replacing (and deleting) the current one. */
    async start(c: Context, input: { scenario: string; trainee?: string }): Promise<SandboxSession> {
      const state = stateOf(c);
      const previous = find(c)?.id;
      const session = await create(c, input, previous);
      state.issue = session.id;
      if (previous !== undefined && previous !== session.id) {
        // A request still in flight with the old cookie must land in the new sandbox, not in a deleted one.
        replaced.set(previous, session.id);
        while (replaced.size > MAX_REPLACEMENTS) {
          const oldest = replaced.keys().next().value;
          if (oldest === undefined) break;
          replaced.delete(oldest);
        }
        forget(previous, true);
      }
      return session;
    },

    /** The mock said the sandbox is gone (or its keys stopped working): confirm, then drop our copy. */
    async confirmGone(session: SandboxSession): Promise<boolean> {
      const exists = await options.control.exists(session.id).catch(() => true);
      if (exists) return false;
      forget(session.id);
      return true;
    },

    /** The mock reset the sandbox to a scenario's start: the current attempt ends, a new one begins. */
    newAttempt(session: SandboxSession, scenario: string = session.scenario) {
      const t = now();
      const { attempt, startedAt, completedAt, hints, tally } = session;
      session.earlier.push({
        attempt,
        scenario: session.scenario,
        startedAt,
        ...(completedAt === undefined ? {} : { completedAt }),
        hints,
        tally,
        endedAt: t,
      });
      if (session.earlier.length > MAX_EARLIER_ATTEMPTS) session.earlier.shift();
      session.attempt = attempt + 1;
      session.resets++;
      session.scenario = scenario;
      session.startedAt = t;
      delete session.completedAt;
      session.hints = [];
      session.tally = emptyTally();
    },

    noteSuccess(session: SandboxSession, success: boolean) {
      if (success && session.completedAt === undefined) session.completedAt = now();
    },

    forget: (id: string) => forget(id),
    get: (id: string) => sessions.get(id),
    all: (): readonly SandboxSession[] => [...sessions.values()],
    get size() {
      return sessions.size;
    },
    idleMinutes: options.idleMinutes,
    bounds: { classSize: maxSessions, perClient, evictIdleMinutes },
  };
  return api;
}

export type SandboxSessions = ReturnType<typeof createSandboxSessions>;

export function sandboxExpired(idleMinutes: number): ApiError {
  return {
    code: 'SandboxExpired',
    message: `This training sandbox no longer exists: it was idle for more than ${idleMinutes} minutes or the trainer removed it. Reload the console and join again (a fresh sandbox).`,
    httpStatus: 410,
    source: 'bff',
  };
}

/** The scope of a request: in training mode the session's sandbox (a refusal when none and one is needed), else "default". */
export function scopeResolver(
  sessions: SandboxSessions | undefined,
  defaultAccounts: () => Promise<Record<AccountName, Account>>,
) {
  return async (c: Context, required = true): Promise<RequestScope | undefined> => {
    if (!sessions) return { sandbox: DEFAULT_SANDBOX, accounts: defaultAccounts };
    const session = required ? await sessions.current(c) : sessions.peek(c);
    if (!session) return undefined;
    return { sandbox: session.id, accounts: () => Promise.resolve(session.accounts), session };
  };
}
