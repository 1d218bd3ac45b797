// The headers every answer of the BFF carries, as hono's secureHeaders middleware set them (its defaults, with the
// options below; https://hono.dev/docs/middleware/builtin/secure-headers), their values computed once at start.
import type { Context, MiddlewareHandler } from 'hono';

export type HeaderList = readonly (readonly [name: string, value: string])[];

// antd 6 injects its CSS-in-JS as <style> elements, hence style-src 'unsafe-inline'; scripts stay 'self' only.
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
} satisfies Record<string, string[]>;

// Features the console never uses, off for it and anything it might embed (https://www.w3.org/TR/permissions-policy/):
// a script that got in anyway cannot ask for the camera, the microphone, the position or a payment.
export const FEATURES_OFF = [
  'camera',
  'microphone',
  'geolocation',
  'payment',
  'usb',
  'serial',
  'hid',
  'bluetooth',
  'midi',
  'displayCapture',
  'browsingTopics',
] as const;

/** A year, as https://hstspreload.org/ asks of a site that means it; sent over HTTPS only (below). */
export const HSTS = 'max-age=31536000; includeSubDomains';

const kebab = (name: string) => name.replace(/([a-z\d])([A-Z])/g, '$1-$2').toLowerCase();

/** Every answer's security headers, in the order secureHeaders set them. */
export const SECURITY_HEADERS: HeaderList = [
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
  [
    'Content-Security-Policy',
    Object.entries(CSP_DIRECTIVES)
      .map(([directive, values]) => [kebab(directive), ...values].join(' '))
      .join('; '),
  ],
  ['Permissions-Policy', FEATURES_OFF.map((feature) => `${kebab(feature)}=()`).join(', ')],
];

/**
 * Sets `headers(c)` on every answer once the handler has made it, overwriting what it may have said (as
 * secureHeaders). Straight into the answer's own headers: hono's c.header() after the handler would first copy the
 * whole Response, and before it would build a second Headers that the answer then copies.
 */
export function answerHeaders(headers: (c: Context) => HeaderList): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const target = c.res.headers;
    for (const [name, value] of headers(c)) target.set(name, value);
  };
}

const HTTPS_HEADERS: HeaderList = [...SECURITY_HEADERS, ['Strict-Transport-Security', HSTS]];

/**
 * The security headers, and HSTS when the request really came over HTTPS: over plain http it is ignored by browsers
 * (RFC 6797 §8.1) and only says the server thinks it is on HTTPS (a TLS-terminating server in front may say so itself).
 */
export const securityHeaders = (): MiddlewareHandler =>
  answerHeaders((c) => (c.req.url.startsWith('https:') ? HTTPS_HEADERS : SECURITY_HEADERS));
