// The only code in the BFF that talks to the cloud: build → sign → fetch → parse → retry, over a transport it is
// given. The BFF's transports and hash functions are node:http, undici and node:crypto (openapi-client.ts); the demo's
// service worker gives it the mock cloud's handler in the same worker and hashes that run there
// (docs/decisions/0007-demo-in-a-service-worker.md). No node:* here, so it runs in both.
import type { ActionSpec } from '../domain/openapi/actions';
import { PRODUCTS, type Product } from '../domain/openapi/products';
import {
  cloudErrorBodySchema,
  hintFor,
  isRetryableCode,
  recommendUrl,
  type ApiError,
} from '../domain/openapi/errors';
import { parseJsonLossless } from '../domain/openapi/lossless-json';
import {
  signRequest,
  UnsignableParameterError,
  type CryptoPrimitives,
  type SignedRequest,
} from '../domain/openapi/signing';
import { redactSecrets } from './secret-redaction';
import type { Credentials } from './accounts';

export interface CloudCallOptions {
  /** Per-product endpoint overrides (e.g. a standalone mock at http://127.0.0.1:9000). */
  endpoints?: Partial<Record<Product, string | undefined>>;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  /** Injected for tests: the clock, the nonce, the sleep between retries and the random jitter. */
  now?: () => Date;
  nonce?: () => string;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface CloudTransport {
  fetch: (url: string, init: HttpInit) => Promise<HttpAnswer>;
  /** The fetch honours init.timeoutMs itself (keepAliveFetch, poolFetch): no AbortSignal is made per call. */
  timesOutItself: boolean;
  crypto: CryptoPrimitives;
  /** The signature nonce of each request. */
  nonce: () => string;
}

/** The part of fetch's request and Response the client uses, so fetch and keepAliveFetch are interchangeable. */
export interface HttpInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /**
   * keepAliveFetch and poolFetch only: give up after this long with a TimeoutError, as AbortSignal.timeout would. One
   * timer per call instead of a signal, its weak timer and its listeners: about 5% of the client's CPU per call
   * (bench (b)).
   */
  timeoutMs?: number;
}
export interface HttpAnswer {
  status: number;
  ok: boolean;
  text(): Promise<string>;
}

export interface CallRequest {
  spec: ActionSpec;
  credentials: Credentials;
  signatureStyle: 'v3' | 'v1';
  regionId?: string;
  /** Nested business parameters, already validated against spec.params. */
  params: Record<string, unknown>;
}

export type CallResult =
  | { ok: true; httpStatus: number; body: Record<string, unknown>; requestId?: string; attempts: number }
  | { ok: false; error: ApiError; attempts: number };

const REGION_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** "2026-11-25T10:00:00Z": the SDKs send UTC without milliseconds. */
export function timestampOf(date: Date): string {
  const iso = date.toISOString();
  // "YYYY-MM-DDTHH:mm:ss.sssZ" (24 characters) for every year the API accepts; a slice, not a regex, per call.
  return iso.length === 24 ? `${iso.slice(0, 19)}Z` : iso.replace(/\.\d{3}Z$/, 'Z');
}

function endpointFor(
  product: Product,
  regionId: string | undefined,
  overrides: CloudCallOptions['endpoints'],
) {
  const override = overrides?.[product];
  if (override) {
    const url = new URL(override);
    return { protocol: url.protocol === 'http:' ? ('http' as const) : ('https' as const), host: url.host };
  }
  return { protocol: 'https' as const, host: PRODUCTS[product].host(regionId) };
}

/**
 * The client over a transport: the fetch, whether that fetch gives up after init.timeoutMs by itself (else each call
 * gets an AbortSignal.timeout), the hash functions for the signer and the nonce.
 */
export function createCloudClientOn(transport: CloudTransport, options: CloudCallOptions) {
  const now = options.now ?? (() => new Date());
  const nonce = options.nonce ?? transport.nonce;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const doFetch = transport.fetch;

  async function attempt(req: CallRequest): Promise<CallResult & { retryable: boolean }> {
    const { spec } = req;
    const product = PRODUCTS[spec.product];
    // The region becomes part of the host name (vpc.<region>.aliyuncs.com): anything but a DNS label would send a
    // signed request to another host, or fail as a 5xx network error (found by src/server/bff-requests.fuzz.test.ts).
    if (req.regionId !== undefined && !REGION_LABEL.test(req.regionId))
      return {
        ok: false,
        attempts: 1,
        retryable: false,
        error: {
          code: 'InvalidRegionId',
          message: `"${req.regionId}" is not a region ID like cn-beijing; nothing was signed or sent.`,
          httpStatus: 400,
          source: 'bff',
          fields: { RegionId: 'must be a region ID like cn-beijing' },
        },
      };
    const { protocol, host } = endpointFor(spec.product, req.regionId, options.endpoints);
    // Regional products carry RegionId as a business parameter too (docs/reference/cen-api.md §8.1): the same region
    // as the host, never another one the params named.
    const params = spec.regional && req.regionId ? { ...req.params, RegionId: req.regionId } : req.params;
    let signed: SignedRequest;
    try {
      signed = signRequest(
        {
          style: req.signatureStyle,
          method: 'POST',
          protocol,
          host,
          action: spec.action,
          version: product.version,
          params,
          accessKeyId: req.credentials.accessKeyId,
          accessKeySecret: req.credentials.accessKeySecret,
          securityToken: req.credentials.securityToken,
          nonce: nonce(),
          timestamp: timestampOf(now()),
        },
        transport.crypto,
      );
    } catch (e) {
      // The catalogue's schemas refuse such a value first (src/domain/openapi/param-limits.ts); should one get
      // past them, it is the caller's bad input named at its parameter, not the BFF's 500.
      if (!(e instanceof UnsignableParameterError)) throw e;
      return {
        ok: false,
        attempts: 1,
        retryable: false,
        error: {
          code: 'InvalidParameter',
          message: `${spec.action} was refused before signing: ${e.message}`,
          httpStatus: 400,
          source: 'bff',
          fields: { [e.parameter]: e.detail },
        },
      };
    }
    let response: HttpAnswer;
    let text: string;
    try {
      response = await doFetch(signed.url, {
        method: signed.method,
        headers: signed.headers,
        body: signed.body,
        // keepAliveFetch and poolFetch time out by themselves (cheaper); any other fetch gets the standard signal.
        ...(transport.timesOutItself
          ? { timeoutMs: options.timeoutMs }
          : { signal: AbortSignal.timeout(options.timeoutMs) }),
      });
      text = await response.text();
    } catch (e) {
      const timedOut = e instanceof DOMException && e.name === 'TimeoutError';
      return {
        ok: false,
        attempts: 1,
        retryable: true,
        error: {
          code: timedOut ? 'RequestTimeout' : 'NetworkError',
          message: timedOut
            ? `${host} did not answer within ${options.timeoutMs} ms.`
            : `Could not reach ${host}: ${(e as Error).message}`,
          httpStatus: 504,
          source: 'network',
        },
      };
    }
    let body: unknown;
    try {
      body = text === '' ? {} : parseJsonLossless(text);
    } catch {
      return {
        ok: false,
        attempts: 1,
        retryable: response.status >= 500,
        error: {
          code: 'InvalidResponse',
          message: `${host} answered HTTP ${response.status} with a body that is not JSON.`,
          httpStatus: 502,
          source: 'cloud',
        },
      };
    }
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const requestId = typeof record.RequestId === 'string' ? record.RequestId : undefined;
    if (response.ok)
      return {
        ok: true,
        httpStatus: response.status,
        body: record,
        requestId,
        attempts: 1,
        retryable: false,
      };
    const envelope = cloudErrorBodySchema.safeParse(record);
    const code = envelope.success ? envelope.data.Code : `HTTP${response.status}`;
    // The cloud's words enter the BFF here, and leave it (answer, audit, log) only without secrets.
    const clean = (text: string) => redactSecrets(text, req.credentials);
    const recommend = envelope.success ? envelope.data.Recommend : undefined;
    return {
      ok: false,
      attempts: 1,
      retryable: isRetryableCode(code, response.status),
      error: {
        code: clean(code),
        message: clean(
          (envelope.success ? envelope.data.Message : undefined) ?? `HTTP ${response.status} from ${host}`,
        ),
        requestId,
        httpStatus: response.status,
        recommend: recommend === undefined ? recommendUrl(code) : clean(recommend),
        hint: hintFor(code),
        source: 'cloud',
      },
    };
  }

  /**
   * Retries like Alibaba's own tooling (TF errors.go NeedRetry): throttling, ServiceUnavailable, Operation.Blocking,
   * 5xx and network errors, with exponential backoff and full jitter. A write is retried only when it carries a
   * ClientToken, because only then can a retry after a lost response not apply it twice.
   */
  async function call(req: CallRequest): Promise<CallResult> {
    const retriable = !req.spec.write || (req.spec.clientToken && typeof req.params.ClientToken === 'string');
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const result = await attempt(req);
      if (result.ok || !result.retryable || !retriable || attempts > options.maxRetries) {
        const { retryable: _retryable, ...rest } = result;
        return { ...rest, attempts };
      }
      const cap = options.retryBaseMs * 2 ** (attempts - 1);
      await sleep(Math.round(cap / 2 + random() * (cap / 2)));
    }
  }

  return { call };
}

export type CloudClient = ReturnType<typeof createCloudClientOn>;
