// The simulator's entry point: one MockCloud per sandbox (training runs many side by side, so there is no
// module-level mutable state). call() takes an authenticated, decoded request and returns the status and body
// the gateway would send: the success body with RequestId, or the error envelope (docs/reference/cen-api.md
// §1.3–1.4).
import type { ActionContext, ProductHandlers } from './action-context';
import { attachActions } from './attach-actions';
import { bandwidthActions } from './bandwidth-actions';
import { cenActions } from './cen-actions';
import { systemClock, type MockClock } from './clock';
import { CloudError, errors } from './cloud-error';
import { ecsActions } from './ecs-actions';
import { FaultBook } from './faults';
import { sweep } from './lifecycle';
import { emptyWorld, type Account, type StsSession, type World } from './model';
import { IdFactory, seededRandom, type SeededRandom } from './random';
import type { CloudState } from './cloud-state';
import { routeActions } from './route-actions';
import { stsActions } from './sts-actions';
import { transitRouterActions } from './transit-router-actions';
import { transitRouterGrantActions } from './transit-router-grant-actions';
import { transitRouterPeerActions } from './transit-router-peer-actions';
import { transitRouterRouteTableActions } from './transit-router-route-table-actions';
import { transitRouterVpcActions } from './transit-router-vpc-actions';
import { validateParams } from './validate-params';
import { vpcActions } from './vpc-actions';
import { vpcRouteEntryActions } from './vpc-route-entry-actions';
import { vpcVSwitchActions } from './vpc-vswitch-actions';
import { findAction } from '../../src/domain/openapi/actions';
import { recommendUrl } from '../../src/domain/openapi/errors';
import { stringifyWithNumericKeys } from '../../src/domain/openapi/lossless-json';
import { PRODUCTS, type Product } from '../../src/domain/openapi/products';

// Every catalogue action has its handler, typed against that action: leaving one out is a type error here.
const HANDLERS: { [P in Product]: ProductHandlers<P> } = {
  Cbn: {
    ...cenActions,
    ...attachActions,
    ...bandwidthActions,
    ...routeActions,
    ...transitRouterActions,
    ...transitRouterGrantActions,
    ...transitRouterVpcActions,
    ...transitRouterRouteTableActions,
    ...transitRouterPeerActions,
  },
  Vpc: { ...vpcActions, ...vpcRouteEntryActions, ...vpcVSwitchActions },
  Ecs: ecsActions,
  Sts: stsActions,
};

/** A handler as the dispatcher calls it, with the params its own action's schema just parsed. */
type ParsedHandler = (ctx: ActionContext, params: Record<string, unknown>) => Record<string, unknown>;

function handlerOf(product: Product, action: string): ParsedHandler | undefined {
  const table: Partial<Record<string, ParsedHandler>> = HANDLERS[product] as unknown as Record<
    string,
    ParsedHandler
  >;
  return Object.hasOwn(table, action) ? table[action] : undefined;
}

/**
 * Keys whose digit-string values go on the wire as bare JSON numbers, like the real int64 UIDs
 * (docs/reference/cen-api.md §8.6).
 */
export const NUMERIC_UID_KEYS: ReadonlySet<string> = new Set([
  'ChildInstanceOwnerId',
  'CenOwnerId',
  'OwnerId',
  // Enterprise Edition (docs/reference/enterprise-edition.md §2 steps 2, 5 and 8): Long in the SDK models.
  'AliUid',
  'VpcOwnerId',
  'PeerTransitRouterOwnerId',
]);

export function wireJson(body: unknown): string {
  return stringifyWithNumericKeys(body, NUMERIC_UID_KEYS);
}

export interface MockCloudOptions {
  /** Seeds resource IDs and probability faults; same seed + same calls → same IDs and the same faults. */
  seed?: number;
  clock?: MockClock;
  /** Duration of every asynchronous transition (CEN Creating, Attaching, Modifying…). */
  delayMs?: number;
}

export interface CloudCall {
  product: Product;
  action: string;
  /** The authenticated caller (after the signature check), as a UID or an AccessKeyId. */
  callerUid?: string;
  accessKeyId?: string;
  regionId?: string;
  /** Nested parameters (after unflattening); validated here with the catalogue schema. */
  params: Record<string, unknown>;
  /** The request's host, echoed as HostId in errors (docs/reference/cen-api.md §1.4). */
  host?: string;
}

export interface CloudResult {
  status: number;
  body: Record<string, unknown>;
  /** Extra latency a fault asked for; the transport waits this long before answering. */
  latencyMs: number;
  /** A fault dropped the answer after the write was applied: the transport must fail the connection. */
  dropped: boolean;
}

export interface Identity {
  account: Account;
  secret: string;
  session?: StsSession;
}

export class MockCloud {
  readonly clock: MockClock;
  delayMs: number;
  world: World = emptyWorld();
  faults: FaultBook;
  private ids: IdFactory;
  private idRandom: SeededRandom;
  private faultRandom: SeededRandom;
  private readonly seed: number;
  private nonces = new Map<string, number>();

  constructor(options: MockCloudOptions = {}) {
    this.seed = options.seed ?? 20171001;
    this.clock = options.clock ?? systemClock();
    this.delayMs = options.delayMs ?? 0;
    this.idRandom = seededRandom(this.seed);
    this.faultRandom = seededRandom(this.seed ^ 0x5eed);
    this.ids = new IdFactory(this.idRandom);
    this.faults = new FaultBook(this.faultRandom);
  }

  now(): number {
    return this.clock.now();
  }

  /** Empties the world and rewinds the seeded generators (the clock keeps running). */
  reset(): void {
    this.world = emptyWorld();
    this.idRandom = seededRandom(this.seed);
    this.faultRandom = seededRandom(this.seed ^ 0x5eed);
    this.ids = new IdFactory(this.idRandom);
    this.faults = new FaultBook(this.faultRandom);
    this.nonces.clear();
  }

  /**
   * What a restart must bring back (mocks/state-file.ts): the world, the fault rules, and where both seeded
   * generators stand, so the next ID is the one this run would have made — never one handed out already. The
   * SignatureNonces seen are not kept (a request replayed across a restart is accepted once more).
   */
  saveState(): CloudState {
    const { idempotency, ...rest } = this.world;
    return {
      seed: this.seed,
      delayMs: this.delayMs,
      idState: this.idRandom.state,
      faultState: this.faultRandom.state,
      faults: this.faults.saved(),
      world: { ...structuredClone(rest), idempotency: structuredClone([...idempotency.entries()]) },
    };
  }

  /** Puts back what saveState() wrote; the cloud must have been made with the same seed. */
  restoreState(state: CloudState): void {
    const { idempotency, ...rest } = structuredClone(state.world);
    this.world = { ...rest, idempotency: new Map(idempotency) };
    this.delayMs = state.delayMs;
    this.idRandom = seededRandom(state.idState);
    this.faultRandom = seededRandom(state.faultState);
    this.ids = new IdFactory(this.idRandom);
    this.faults = new FaultBook(this.faultRandom);
    this.faults.restore(state.faults);
    this.nonces.clear();
  }

  /** The ID generator, for scenario seeds that create resources directly. */
  idFactory(): IdFactory {
    return this.ids;
  }

  account(nameOrUid: string): Account | undefined {
    return this.world.accounts.find((a) => a.name === nameOrUid || a.uid === nameOrUid);
  }

  /** AccessKeyId → identity, for the gateway's signature check. STS keys answer with their session. */
  identify(accessKeyId: string): Identity | undefined {
    const account = this.world.accounts.find((a) => a.accessKeyId === accessKeyId);
    if (account) return { account, secret: account.accessKeySecret };
    const session = this.world.sessions.find(
      (s) => s.accessKeyId === accessKeyId && s.expiresAt > this.now(),
    );
    const owner = session && this.account(session.uid);
    return session && owner ? { account: owner, secret: session.accessKeySecret, session } : undefined;
  }

  /** True for the AccessKeyId of an STS session whose Expiration has passed. */
  isExpiredSession(accessKeyId: string): boolean {
    return this.world.sessions.some((s) => s.accessKeyId === accessKeyId && s.expiresAt <= this.now());
  }

  /**
   * Records a SignatureNonce; false if the same key used it within the last 15 minutes
   * (docs/reference/cen-api.md §4).
   */
  useNonce(accessKeyId: string, nonce: string): boolean {
    const now = this.clock.wallNow();
    for (const [k, t] of this.nonces) if (now - t > 15 * 60_000) this.nonces.delete(k);
    const key = `${accessKeyId}|${nonce}`;
    if (this.nonces.has(key)) return false;
    this.nonces.set(key, now);
    return true;
  }

  newRequestId(): string {
    return this.ids.requestId();
  }

  /** The gateway's error body (docs/reference/cen-api.md §1.4). */
  envelope(error: { code: string; message: string }, host: string, requestId = this.ids.requestId()) {
    return {
      RequestId: requestId,
      HostId: host,
      Code: error.code,
      Message: error.message,
      Recommend: recommendUrl(error.code),
    };
  }

  call(c: CloudCall): CloudResult {
    const now = this.now();
    sweep(this.world, now);
    const regionParam = typeof c.params.RegionId === 'string' ? c.params.RegionId : undefined;
    const regionId = regionParam ?? c.regionId;
    const host =
      c.host ?? PRODUCTS[c.product].host(PRODUCTS[c.product].endpoint === 'regional' ? regionId : undefined);
    const fail = (
      err: { httpStatus: number; code: string; message: string },
      latencyMs = 0,
    ): CloudResult => ({
      status: err.httpStatus,
      body: this.envelope(err, host),
      latencyMs,
      dropped: false,
    });

    const identity = c.accessKeyId ? this.identify(c.accessKeyId) : undefined;
    const caller = identity?.account ?? (c.callerUid ? this.account(c.callerUid) : undefined);
    if (!caller)
      return fail(new CloudError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.'));
    const spec = findAction(c.product, c.action);
    const handler = handlerOf(c.product, c.action);
    if (!spec || !handler) return fail(errors.invalidAction(c.action));

    const effect = this.faults.evaluate(c.product, c.action, caller);
    if (effect.error) return fail(effect.error, effect.latencyMs);

    let result: { status: number; body: Record<string, unknown> };
    try {
      const params = validateParams(spec, c.params);
      const token =
        spec.clientToken && typeof params.ClientToken === 'string' ? params.ClientToken : undefined;
      const tokenKey = token && `${caller.uid}|${c.product}.${c.action}|${token}`;
      const paramsKey = JSON.stringify(params);
      const previous = tokenKey ? this.world.idempotency.get(tokenKey) : undefined;
      if (previous) {
        // Same token, same caller, same action: the first answer again, and no second resource
        // (docs/reference/cen-api.md §2).
        if (previous.paramsKey !== paramsKey) throw errors.idempotentMismatch();
        result = { status: previous.status, body: { ...previous.body, RequestId: this.ids.requestId() } };
      } else {
        const ctx: ActionContext = {
          world: this.world,
          caller,
          session: identity?.session,
          regionId,
          now,
          clock: this.clock,
          ids: this.ids,
          delayMs: this.delayMs,
        };
        const body = { RequestId: this.ids.requestId(), ...handler(ctx, params) };
        result = { status: 200, body };
        if (tokenKey) this.world.idempotency.set(tokenKey, { paramsKey, status: 200, body });
      }
    } catch (err) {
      if (err instanceof CloudError) return fail(err, effect.latencyMs);
      const message = err instanceof Error ? err.message : String(err);
      return fail(
        new CloudError(
          500,
          'InternalError',
          `The request processing has failed due to some unknown error. ${message}`,
        ),
      );
    }
    return { ...result, latencyMs: effect.latencyMs, dropped: effect.dropResponse };
  }
}
