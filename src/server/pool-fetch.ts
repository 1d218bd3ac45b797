// The cloud client's transport to a real network endpoint (live Alibaba Cloud, or a standalone mock cloud): undici's
// Pool, one pool of keep-alive connections per origin. Against the same server it made 1.22–1.31× the calls per
// second of node:http at 0.75–0.77× the client CPU per call (bench/README.md "(b)", canned answer): node:http's
// request and response objects and their streams were most of our client's time. Not undici's fetch, which wraps
// the same pool in WHATWG Request/Response and costs more than node:http.
// Not for the mock cloud inside this process: msw/node intercepts node:http only (keepAliveFetch, openapi-client.ts),
// so main.ts chooses this transport only when no mock runs in the process (inProcessMock, env.ts).
import { Pool, type Dispatcher } from 'undici';
import type { HttpAnswer, HttpInit } from './cloud-client';

// As keepAliveFetch's agents: an idle connection is dropped after 2 s, before servers drop theirs (Node's 5 s),
// since reusing a connection the server is closing fails with ECONNRESET, which a write without a ClientToken may
// not retry. A server's own Keep-Alive hint may only shorten it.
const IDLE_MS = 2_000;

const pools = new Map<string, Pool>();

function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) {
    pool = new Pool(origin, { keepAliveTimeout: IDLE_MS, keepAliveMaxTimeout: IDLE_MS });
    // A handful of product hosts in practice; the bound keeps a caller with endless hosts from growing it (the
    // pool of an origin past it is closed once its call is done).
    if (pools.size < 1000) pools.set(origin, pool);
  }
  return pool;
}

const timeoutError = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');

/**
 * Answers like fetch (status, ok, text) and times out like keepAliveFetch: a TimeoutError after init.timeoutMs; a
 * caller's signal aborts with its reason. Through the pool's dispatch with a handler of our own, not request(): the
 * chunks are collected and decoded once, with no Readable body stream and no AbortController per call.
 */
export function poolFetch(url: string, init: HttpInit): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const pathAt = url.indexOf('/', url.indexOf('//') + 2);
    const origin = pathAt < 0 ? url : url.slice(0, pathAt);
    const pool = poolFor(origin);
    const signal = init.signal;
    if (signal?.aborted) return reject(reasonOf(signal));
    let controller: Dispatcher.DispatchController | undefined;
    let stopped: Error | undefined;
    let timer: NodeJS.Timeout | undefined;
    let status = 0;
    const chunks: Buffer[] = [];
    const done = () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (pools.get(origin) !== pool) void pool.close();
    };
    // The abort reason is what the caller sees, as with fetch: the TimeoutError, or the caller's signal's reason.
    const stop = (reason: Error) => {
      stopped ??= reason;
      controller?.abort(reason);
    };
    const onAbort = () => stop(reasonOf(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (init.timeoutMs !== undefined) timer = setTimeout(() => stop(timeoutError()), init.timeoutMs);
    pool.dispatch(
      {
        origin,
        path: pathAt < 0 ? '/' : url.slice(pathAt),
        method: init.method,
        // Always a Content-Length, as the official SDK sends (0 for a bodyless POST), never a chunked body.
        headers: {
          ...init.headers,
          'content-length': String(init.body === undefined ? 0 : Buffer.byteLength(init.body)),
        },
        body: init.body ?? null,
      },
      {
        onRequestStart(c) {
          controller = c;
          if (stopped) c.abort(stopped);
        },
        onResponseStart(_c, statusCode) {
          status = statusCode;
        },
        onResponseData(_c, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          done();
          // Decoded once at the end: a character split across chunks is whole again after the concat.
          const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
          resolve({ status, ok: status >= 200 && status < 300, text: () => Promise.resolve(text) });
        },
        onResponseError(_c, error) {
          done();
          reject(stopped ?? error);
        },
      },
    );
  });
}

function reasonOf(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
