// Training sandboxes (sandbox contract, mock side): one isolated MockCloud per trainee, keyed by an id the
// BFF carries in the trainee's cookie. Each sandbox is its own world — the same demo UIDs, but AccessKeys unique to
// the sandbox, so the gateway routes a signed request by its AccessKeyId (and STS session keys minted inside that
// sandbox) and one trainee's CEN can never appear in another's.
// Memory stays bounded: a sandbox idle longer than idleMs is dropped (its keys then answer 404
// InvalidAccessKeyId.NotFound, like a deleted key), and at most maxSandboxes live at once; creating one more
// evicts the least recently used expired sandbox, else is refused. "default" is the cloud startMockCloud always
// had: the demo keys, never expires, not counted.
// Idle means "no cloud call and no control write": reading state or progress (the trainer view polls both) does
// not keep a sandbox alive.
import { systemClock, type MockClock } from './cloud/clock';
import { MockCloud } from './cloud/mock-cloud';
import { signingAccounts, type SigningAccount } from './ready-line';
import { IdFactory, seededRandom, type SeededRandom } from './cloud/random';
import { DEFAULT_SUCCESS, progressOf, type Progress } from './scenarios/progress';
import type { ScenarioBook } from './scenarios/training-catalogue';
import { recommendUrl } from '../src/domain/openapi/errors';

export const DEFAULT_SANDBOX = 'default';
export const DEFAULT_IDLE_MS = 2 * 3600_000;
export const DEFAULT_MAX_SANDBOXES = 200;
/** The scenario of a sandbox created without one (the contract: the BFF opens on the happy path). */
export const DEFAULT_TRAINING_SCENARIO = 'happy-path';

export interface Sandbox {
  id: string;
  label: string | null;
  scenario: string;
  cloud: MockCloud;
  createdAt: number;
  lastUsedAt: number;
  /** Authenticated cloud calls routed here. */
  calls: number;
  /**
   * Names this sandbox's world: new at every start of the mock (unless its state file brought the world back), at
   * the sandbox's creation and at every reset. A browser whose saved progress names another world knows its IDs
   * point at nothing here (GET /_mock/world; mocks/FIDELITY.md §7).
   */
  worldId: string;
  /** Keys per account name (A, B and the bystander C); the demo keys for "default". */
  keys: ReadonlyMap<string, { accessKeyId: string; accessKeySecret: string }>;
  /**
   * The transition delay a presenter chose (PUT delays). It is the presenter's, not the scenario's: a reset to the
   * scenario's start rebuilds the state (and a file's own "delay" change) and then puts this speed back.
   */
  chosenDelayMs?: number;
}

/** A refusal of the registry, with the HTTP status and code the control API answers. */
export class SandboxError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SandboxRegistryOptions {
  book: ScenarioBook;
  /** The default cloud, already loaded (startMockCloud's). */
  defaultCloud: MockCloud;
  defaultScenario: string;
  idleMs?: number;
  maxSandboxes?: number;
  /** Transition duration of new sandboxes. */
  delayMs?: number;
  /** Base seed; sandbox n gets seed + n, so its IDs are its own (and replay for the same base seed). */
  seed?: number;
  /** Base clock of the sandboxes; each adds its own offset (clock/advance in one moves only that one). */
  clock?: MockClock;
  /** Wall time for idle expiry (tests inject it). */
  now?: () => number;
}

/** A clock that follows base but advances on its own (from `offset`, when a state file brings a sandbox back). */
export function offsetClock(base: MockClock, offset = 0): MockClock {
  return {
    now: () => base.now() + offset,
    wallNow: () => base.wallNow(),
    advance: (ms) => {
      offset += ms;
    },
  };
}

/**
 * A seed for one start of the mock (startMockCloud, the standalone server) when none is given: IDs must not repeat
 * across restarts, or a browser's saved progress would match another run's resource of the same ID
 * (mocks/FIDELITY.md §2).
 */
export function freshSeed(): number {
  return randomBytes(4).reduce((n, b) => n * 256 + b, 0);
}

/**
 * The platform's cryptographic generator (Web Crypto's getRandomValues, in Node as in a browser or the demo's
 * service worker; docs/decisions/0007-demo-in-a-service-worker.md), not the seeded one.
 */
function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Unguessable: randomBytes, not the seeded generator (a sandbox's keys are its only lock). */
function randomText(length: number, alphabet = ALNUM): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length] ?? 'A';
  return out;
}

/** Not secret, only distinct: "w-" and 16 random characters. */
export function newWorldId(): string {
  return `w-${randomText(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
}

export class SandboxRegistry {
  readonly idleMs: number;
  readonly maxSandboxes: number;
  readonly book: ScenarioBook;
  private readonly sandboxes = new Map<string, Sandbox>();
  /** AccessKeyId (account or STS session) → sandbox id. */
  private readonly keyIndex = new Map<string, string>();
  private readonly now: () => number;
  private readonly baseClock: MockClock;
  private readonly delayMs: number;
  private readonly seed: number;
  private serial = 0;
  private refusalRandom: SeededRandom;
  private refusalIds: IdFactory;

  constructor(options: SandboxRegistryOptions) {
    this.book = options.book;
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.maxSandboxes = options.maxSandboxes ?? DEFAULT_MAX_SANDBOXES;
    this.now = options.now ?? Date.now;
    this.baseClock = options.clock ?? systemClock();
    this.delayMs = options.delayMs ?? 0;
    this.seed = options.seed ?? 20171001;
    this.refusalRandom = seededRandom(this.seed ^ 0x0bad);
    this.refusalIds = new IdFactory(this.refusalRandom);
    const t = this.now();
    const cloud = options.defaultCloud;
    this.sandboxes.set(DEFAULT_SANDBOX, {
      id: DEFAULT_SANDBOX,
      label: null,
      scenario: options.defaultScenario,
      cloud,
      createdAt: t,
      lastUsedAt: t,
      calls: 0,
      worldId: newWorldId(),
      keys: new Map(
        cloud.world.accounts.map((a) => [
          a.name,
          { accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret },
        ]),
      ),
    });
  }

  /** The registry's own counters, for the state file (registry-state.ts). */
  counters(): { seed: number; serial: number; refusalState: number } {
    return { seed: this.seed, serial: this.serial, refusalState: this.refusalRandom.state };
  }

  /**
   * Puts a sandbox a state file kept back (registry-state.ts), the default one included, with the counters it was
   * saved with: the next sandbox gets the next seed, never one of a sandbox made before the restart.
   */
  restore(sandboxes: Sandbox[], counters: { serial: number; refusalState: number }): void {
    this.serial = counters.serial;
    this.refusalRandom = seededRandom(counters.refusalState);
    this.refusalIds = new IdFactory(this.refusalRandom);
    for (const s of sandboxes) {
      this.sandboxes.set(s.id, s);
      if (s.id !== DEFAULT_SANDBOX) for (const k of s.keys.values()) this.keyIndex.set(k.accessKeyId, s.id);
    }
  }

  get defaultSandbox(): Sandbox {
    const d = this.sandboxes.get(DEFAULT_SANDBOX);
    if (!d) throw new Error('the default sandbox is never removed');
    return d;
  }

  /** Trainee sandboxes alive now (without "default"). */
  get size(): number {
    this.sweep();
    return this.sandboxes.size - 1;
  }

  private expired(s: Sandbox, t = this.now()): boolean {
    return s.id !== DEFAULT_SANDBOX && t - s.lastUsedAt > this.idleMs;
  }

  /** Drops every expired sandbox (and its keys). Cheap: at most maxSandboxes entries. */
  sweep(): void {
    const t = this.now();
    for (const s of this.sandboxes.values()) if (this.expired(s, t)) this.remove(s.id);
  }

  create(input: { scenario?: string; label?: string } = {}): Sandbox {
    const scenario = input.scenario ?? DEFAULT_TRAINING_SCENARIO;
    if (!this.book.has(scenario)) throw new SandboxError(400, 'InvalidBody', this.book.unknown(scenario));
    this.sweep(); // evicts every expired sandbox, so only live ones count against the maximum
    if (this.sandboxes.size - 1 >= this.maxSandboxes)
      throw new SandboxError(
        409,
        'SandboxLimitReached',
        `All ${this.maxSandboxes} sandboxes are in use and none has been idle for ${Math.round(this.idleMs / 60_000)} min; delete one (DELETE /_mock/sandboxes/:id) or start the mock with a higher maximum.`,
      );
    const n = ++this.serial;
    const id = `sbx-${randomText(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    const cloud = new MockCloud({
      clock: offsetClock(this.baseClock),
      delayMs: this.delayMs,
      seed: (this.seed + n) >>> 0,
    });
    // Same account names as the default world (A, B, C), keys of this sandbox only. Real AccessKeyIds are 24
    // characters starting LTAI5t, and the sandbox keys take that shape; the demo keys keep theirs.
    const keys = new Map(
      this.defaultSandbox.cloud.world.accounts.map((a) => [
        a.name,
        { accessKeyId: `LTAI5t${randomText(18)}`, accessKeySecret: randomText(30) },
      ]),
    );
    const t = this.now();
    const sandbox: Sandbox = {
      id,
      label: input.label ?? null,
      scenario,
      cloud,
      createdAt: t,
      lastUsedAt: t,
      calls: 0,
      worldId: newWorldId(),
      keys,
    };
    this.load(sandbox, scenario);
    this.sandboxes.set(id, sandbox);
    for (const k of keys.values()) this.keyIndex.set(k.accessKeyId, id);
    return sandbox;
  }

  /** A presenter's speed for this sandbox: now, and after every reset (Sandbox.chosenDelayMs). */
  chooseDelay(sandbox: Sandbox, ms: number): void {
    sandbox.chosenDelayMs = ms;
    sandbox.cloud.delayMs = ms;
  }

  /**
   * Builds the scenario in the sandbox's cloud, then puts back what is not the scenario's: the presenter's speed,
   * if one was chosen, and the sandbox's own keys on its accounts.
   */
  load(sandbox: Sandbox, scenario: string): void {
    if (!this.book.has(scenario)) throw new SandboxError(400, 'InvalidBody', this.book.unknown(scenario));
    this.book.load(sandbox.cloud, scenario);
    sandbox.scenario = scenario;
    // A reset rewinds the seeded IDs: what the browser saved before it may be handed out again for something else.
    sandbox.worldId = newWorldId();
    if (sandbox.chosenDelayMs !== undefined) sandbox.cloud.delayMs = sandbox.chosenDelayMs;
    if (sandbox.id === DEFAULT_SANDBOX) return;
    for (const a of sandbox.cloud.world.accounts) {
      const k = sandbox.keys.get(a.name);
      if (!k) throw new Error(`scenario ${scenario} has an account ${a.name} the demo world does not`);
      a.accessKeyId = k.accessKeyId;
      a.accessKeySecret = k.accessKeySecret;
    }
  }

  /** The sandbox, or undefined when unknown or expired (an expired one is dropped on the way). */
  get(id: string): Sandbox | undefined {
    const s = this.sandboxes.get(id);
    if (!s) return undefined;
    if (this.expired(s)) {
      this.remove(id);
      return undefined;
    }
    return s;
  }

  touch(s: Sandbox): void {
    s.lastUsedAt = this.now();
  }

  remove(id: string): boolean {
    if (id === DEFAULT_SANDBOX) throw new SandboxError(400, 'InvalidOperation', 'The default sandbox stays.');
    if (!this.sandboxes.delete(id)) return false;
    for (const [key, owner] of this.keyIndex) if (owner === id) this.keyIndex.delete(key);
    return true;
  }

  list(): Sandbox[] {
    this.sweep();
    return [...this.sandboxes.values()];
  }

  /**
   * The sandbox that owns an AccessKeyId: an account key of a trainee sandbox, the demo keys of "default", or an
   * STS session key minted in either (expired sessions included, so the gateway can say InvalidSecurityToken.Expired).
   */
  ownerOfKey(accessKeyId: string): Sandbox | undefined {
    const id = this.keyIndex.get(accessKeyId);
    if (id !== undefined) return this.get(id);
    const d = this.defaultSandbox;
    const mine = (s: Sandbox) =>
      s.cloud.world.accounts.some((a) => a.accessKeyId === accessKeyId) ||
      s.cloud.world.sessions.some((x) => x.accessKeyId === accessKeyId);
    if (mine(d)) return d;
    if (!accessKeyId.startsWith('STS.')) return undefined;
    for (const s of this.list()) {
      if (s.id === DEFAULT_SANDBOX || !s.cloud.world.sessions.some((x) => x.accessKeyId === accessKeyId))
        continue;
      this.keyIndex.set(accessKeyId, s.id);
      return s;
    }
    return undefined;
  }

  /**
   * The gateway's error body for a refusal no sandbox owns (unknown key, bad method),
   * docs/reference/cen-api.md §1.4.
   */
  envelope(error: { code: string; message: string }, host: string): Record<string, unknown> {
    return {
      RequestId: this.refusalIds.requestId(),
      HostId: host,
      Code: error.code,
      Message: error.message,
      Recommend: recommendUrl(error.code),
    };
  }

  /** The accounts a trainee's BFF signs as (A and B; never the bystander C). */
  accountsOf(s: Sandbox): SigningAccount[] {
    return signingAccounts(s.cloud);
  }

  progress(s: Sandbox): Progress {
    const training = this.book.trainingScenario(s.scenario);
    return progressOf(s.cloud, s.scenario, training?.success ?? DEFAULT_SUCCESS, training?.edition);
  }
}
