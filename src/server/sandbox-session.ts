// Training mode (issue 8; sandbox contract, "BFF side"): each browser session works in its own mock-cloud
// sandbox, carried by the HttpOnly cookie cen_connect_sandbox. No cookie, a tampered one, or a sandbox the mock no
// longer has → a fresh sandbox on the first /api call that needs one. The cookie is signed so a trainee cannot step
// into a neighbour's sandbox by typing its id (the trainer view lists ids).
// Memory stays bounded: sessions idle longer than the mock's idle time are dropped, and so are the least recently
// seen ones beyond maxSessions; dropping a session drops its audit ring too (onForget).
import type { Context, MiddlewareHandler } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { ApiError } from '../domain/openapi/errors';
import type { Account, AccountName, DemoAccount } from './accounts';
import { DEFAULT_SANDBOX } from './audit-log';
import type { SandboxControl } from './sandbox-control';
import { emptyTally, type CallTally } from './training-debrief';

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
  /** A later request came back with this sandbox's cookie (or the trainee chose it): not a stray of a page load. */
  confirmed: boolean;
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
  maxSessions?: number;
  onForget?: (id: string) => void;
  now?: () => number;
}

interface RequestState {
  cookieId: string | undefined;
  pending?: Promise<SandboxSession>;
  /** A sandbox this request switched to: the cookie is (re)written after the handler ran. */
  issue?: string;
}

/** How many "stale cookie → its replacement" pairs are remembered, so parallel requests share one sandbox. */
const MAX_REPLACEMENTS = 1000;
/**
 * A page's first requests may go out in parallel without a cookie; each gets a sandbox and the browser keeps only
 * one cookie. The others are never seen again and would hold one of the mock's sandboxes (200 by default) for the
 * whole idle time; untouched ones are released after this long instead.
 */
export const STRAY_MS = 5 * 60_000;

export function createSandboxSessions(options: SandboxSessionsOptions) {
  const now = options.now ?? Date.now;
  const idleMs = options.idleMinutes * 60_000;
  const maxSessions = options.maxSessions ?? 500;
  // Map order = recency (re-inserted on every touch), so the stalest is always first.
  const sessions = new Map<string, SandboxSession>();
  const replacing = new Map<string, Promise<SandboxSession>>();
  const states = new WeakMap<Context, RequestState>();

  const forget = (id: string, alsoInMock = false) => {
    if (!sessions.delete(id)) return;
    options.onForget?.(id);
    // Best effort: the mock expires it on its own clock anyway.
    if (alsoInMock) void options.control.remove(id).catch(() => undefined);
  };

  const stray = (s: SandboxSession, t: number) =>
    !s.confirmed &&
    s.tally.calls === 0 &&
    s.hints.length === 0 &&
    s.resets === 0 &&
    t - s.startedAt > STRAY_MS;

  const sweep = () => {
    const t = now();
    // At most maxSessions entries: a full pass per sandbox creation is cheap.
    for (const s of [...sessions.values()]) if (t - s.lastSeen > idleMs || stray(s, t)) forget(s.id, true);
    while (sessions.size > maxSessions) {
      const stalest = sessions.keys().next().value;
      if (stalest === undefined) break;
      forget(stalest, true);
    }
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

  const create = async (input: { scenario?: string; trainee?: string }): Promise<SandboxSession> => {
    sweep();
    const created = await options.control.create({
      ...(input.scenario ? { scenario: input.scenario } : {}),
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
      confirmed: false,
      accounts: options.accountsFor(created.accounts),
      hints: [],
      tally: emptyTally(),
    };
    sessions.set(session.id, session);
    sweep();
    return session;
  };

  const stateOf = (c: Context): RequestState => {
    const state = states.get(c);
    if (!state) throw new Error('sandbox session middleware is not installed on this route');
    return state;
  };

  /** A new sandbox for a request whose cookie named none we have; parallel requests with that cookie share it. */
  const firstSandbox = () => create(options.defaultScenario ? { scenario: options.defaultScenario } : {});

  const replace = (stale: string | undefined): Promise<SandboxSession> => {
    if (stale === undefined) return firstSandbox();
    let pending = replacing.get(stale);
    if (!pending) {
      pending = firstSandbox();
      replacing.set(stale, pending);
      pending.catch(() => replacing.delete(stale));
      while (replacing.size > MAX_REPLACEMENTS) {
        const oldest = replacing.keys().next().value;
        if (oldest === undefined) break;
        replacing.delete(oldest);
      }
    }
    return pending;
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

    /** The session's sandbox, created when there is none yet (the cookie is set on the way out). */
    current(c: Context): Promise<SandboxSession> {
      const state = stateOf(c);
      state.pending ??= (async () => {
        const known = state.cookieId === undefined ? undefined : sessions.get(state.cookieId);
        if (fresh(known)) {
          known.confirmed = true;
          touch(known);
          return known;
        }
        let session = await replace(state.cookieId);
        // The replacement may itself have been dropped meanwhile (evicted, gone): then a new one.
        if (!sessions.has(session.id)) session = await firstSandbox();
        touch(session);
        state.issue = session.id;
        return session;
      })();
      return state.pending;
    },

    /** The session's sandbox if it has one; never creates (read-only views of nothing stay empty). */
    peek(c: Context): SandboxSession | undefined {
      const id = stateOf(c).cookieId;
      const known = id === undefined ? undefined : sessions.get(id);
      if (!fresh(known)) return undefined;
      known.confirmed = true;
      touch(known);
      return known;
    },

    /** POST /api/training/session: a new sandbox for a scenario, replacing (and deleting) the current one. */
    async start(c: Context, input: { scenario: string; trainee?: string }): Promise<SandboxSession> {
      const state = stateOf(c);
      const previous = state.cookieId;
      const session = await create(input);
      session.confirmed = true;
      state.issue = session.id;
      state.pending = Promise.resolve(session);
      if (previous !== undefined && previous !== session.id) {
        // A request still in flight with the old cookie must land in the new sandbox, not make a third one.
        replacing.set(previous, Promise.resolve(session));
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
  };
  return api;
}

export type SandboxSessions = ReturnType<typeof createSandboxSessions>;

export function sandboxExpired(idleMinutes: number): ApiError {
  return {
    code: 'SandboxExpired',
    message: `This training sandbox no longer exists: it was idle for more than ${idleMinutes} minutes or the trainer removed it. Reload the console; the next request starts a fresh sandbox.`,
    httpStatus: 410,
    source: 'bff',
  };
}

/** The scope of a request: in training mode the session's sandbox (created if needed), else "default". */
export function scopeResolver(
  sessions: SandboxSessions | undefined,
  defaultAccounts: () => Promise<Record<AccountName, Account>>,
) {
  return async (c: Context, create = true): Promise<RequestScope | undefined> => {
    if (!sessions) return { sandbox: DEFAULT_SANDBOX, accounts: defaultAccounts };
    const session = create ? await sessions.current(c) : sessions.peek(c);
    if (!session) return undefined;
    return { sandbox: session.id, accounts: () => Promise.resolve(session.accounts), session };
  };
}
