// The BFF's cloud client: cloud-client.ts over node's transports and node:crypto. Two transports: the keepAliveFetch
// below (node:http) whenever the mock cloud runs inside this process — its requests are real and msw/node
// intercepts them (DEVELOPERS.md: "the BFF makes real HTTP requests that msw intercepts") — and undici's pool
// (pool-fetch.ts) to a network endpoint, where it is cheaper per call.
import { randomUUID } from 'node:crypto';
// Default imports on purpose: msw/node patches http.request on these module objects after we are loaded.
import http from 'node:http';
import https from 'node:https';
import { createCloudClientOn, type CloudCallOptions, type HttpAnswer, type HttpInit } from './cloud-client';
import { nodeCrypto } from './node-crypto';
import { poolFetch } from './pool-fetch';

export interface CloudClientOptions extends CloudCallOptions {
  /**
   * undici's Pool (poolFetch, pool-fetch.ts) instead of node:http: cheaper per call, but invisible to the mock cloud
   * inside this process (msw/node intercepts node:http only), so only for a real network endpoint. Default false.
   */
  pooled?: boolean;
  /**
   * Default: keepAliveFetch (node:http/https with keep-alive), or poolFetch when pooled. Tests inject a stub; fetch
   * itself also fits.
   */
  fetch?: (url: string, init: HttpInit) => Promise<HttpAnswer>;
}

// Keep-alive agents like the official SDK gets from Node's global agent. Why not fetch: on loopback undici's fetch
// spends ~1.5× the CPU per call of node:http (measured by `npm run bench`, bench/README.md "(b)"), which made our
// client slower than @alicloud/openapi-client although our signer is faster. msw/node intercepts node:http too.
// An idle connection is dropped after 2 s, well before servers drop theirs (Node's 5 s, the usual default): reusing
// a connection the server is closing fails with ECONNRESET, which a write without a ClientToken may not retry.
const IDLE_MS = 2_000;
const agents = {
  http: new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
  https: new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
};

interface Origin {
  secure: boolean;
  hostname: string;
  port: number;
}
// Parsed once per origin: http.request(url) would parse the whole URL (query included) on every call.
const origins = new Map<string, Origin>();

function originOf(origin: string): Origin {
  let known = origins.get(origin);
  if (!known) {
    const url = new URL(origin);
    const secure = url.protocol === 'https:';
    known = {
      secure,
      // "[::1]" in a URL, "::1" for the socket.
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
    };
    // A handful of product hosts in practice; the bound keeps a caller with endless hosts from growing it.
    if (origins.size < 1000) origins.set(origin, known);
  }
  return known;
}

export function keepAliveFetch(url: string, init: HttpInit): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const pathAt = url.indexOf('/', url.indexOf('//') + 2);
    const { secure, hostname, port } = originOf(pathAt < 0 ? url : url.slice(0, pathAt));
    const headers: Record<string, string | number> = { ...init.headers };
    // Always a Content-Length, as the official SDK sends (0 for a bodyless POST), never a chunked body.
    headers['content-length'] = init.body === undefined ? 0 : Buffer.byteLength(init.body);
    const signal = init.signal;
    let timer: NodeJS.Timeout | undefined;
    const req = (secure ? https.request : http.request)(
      {
        method: init.method,
        hostname,
        port,
        path: pathAt < 0 ? '/' : url.slice(pathAt),
        headers,
        agent: secure ? agents.https : agents.http,
      },
      (res) => {
        // Raw chunks decoded once at the end (no string decoder per response; a character split across
        // chunks is whole again after the concat).
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          done();
          const status = res.statusCode ?? 0;
          const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
          resolve({ status, ok: status >= 200 && status < 300, text: () => Promise.resolve(text) });
        });
      },
    );
    function done() {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    function fail(error: unknown) {
      done();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
    // The abort reason (a TimeoutError DOMException from AbortSignal.timeout) is what the caller sees, as with fetch.
    function onAbort() {
      abort(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    }
    function abort(reason: Error) {
      done();
      req.destroy();
      reject(reason);
    }
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (init.timeoutMs !== undefined)
      timer = setTimeout(
        () => abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
        init.timeoutMs,
      );
    req.on('error', fail);
    req.end(init.body);
  });
}

export function createCloudClient(options: CloudClientOptions) {
  return createCloudClientOn(
    {
      fetch: options.fetch ?? (options.pooled ? poolFetch : keepAliveFetch),
      timesOutItself: !options.fetch,
      crypto: nodeCrypto,
      nonce: () => randomUUID(),
    },
    options,
  );
}
