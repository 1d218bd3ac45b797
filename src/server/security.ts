// Keeps the BFF from signing for anyone but the console it serves:
// - Host must be one we serve (defeats DNS rebinding of 127.0.0.1);
// - a request from a page on another origin is refused (Origin / Sec-Fetch-Site), and a body must be JSON,
//   which a cross-site form or a no-preflight fetch cannot send;
// - beyond loopback, every /api request carries the access token (header, or the cookie set by /?token=…).
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';

export const TOKEN_COOKIE = 'cen_connect_token';

export interface SecurityOptions {
  /** Host header values accepted (e.g. "127.0.0.1:8080"); undefined accepts any (in-process tests). */
  allowedHosts?: readonly string[];
  accessToken?: string;
}

function refuse(status: 401 | 403 | 415 | 421, code: string, message: string) {
  return Response.json({ error: { code, message, httpStatus: status, source: 'bff' } }, { status });
}

const utf8 = new TextEncoder();

/**
 * Compares every byte whatever the first difference, as node:crypto's timingSafeEqual does, so the time taken tells
 * nothing about how much of a guess was right. Written out rather than imported: the guard also runs in the demo's
 * service worker, where there is no node:crypto (docs/decisions/0007-demo-in-a-service-worker.md).
 */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = utf8.encode(expected);
  const b = utf8.encode(given);
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export function apiGuard(options: SecurityOptions): MiddlewareHandler {
  return async (c, next) => {
    // The URL's host is the Host header as the server received it (node-server builds the URL from it).
    const host = new URL(c.req.url).host;
    if (options.allowedHosts && !options.allowedHosts.includes(host))
      return refuse(421, 'HostNotAllowed', `This server does not answer for host "${host}".`);
    if (options.accessToken) {
      const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
      if (!tokenMatches(options.accessToken, bearer ?? getCookie(c, TOKEN_COOKIE)))
        return refuse(
          401,
          'AccessTokenRequired',
          'This server needs its access token: open the console link that carries ?token=…',
        );
    }
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
      if (c.req.header('sec-fetch-site') === 'cross-site')
        return refuse(403, 'CrossSiteRequest', 'Requests from other sites are refused.');
      const origin = c.req.header('origin');
      const originHost = origin ? origin.replace(/^https?:\/\//, '') : undefined;
      const sameOrigin = originHost === host || (options.allowedHosts?.includes(originHost ?? '') ?? false);
      if (origin && !sameOrigin)
        return refuse(403, 'CrossOriginRequest', `Requests from ${origin} are refused.`);
      const type = c.req.header('content-type') ?? '';
      const bodyless = method === 'DELETE' || c.req.header('content-length') === '0';
      if (!bodyless && !/^application\/json\b/i.test(type))
        return refuse(415, 'UnsupportedMediaType', 'Send the request body as application/json.');
    }
    await next();
  };
}
