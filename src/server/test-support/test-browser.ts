// Test support (not shipped): a browser that talks to an in-process app (app.request) and keeps the cookie the
// BFF sets, like a real one — the training tests need several independent browsers at once.
interface Requester {
  request: (path: string, init: RequestInit) => Response | Promise<Response>;
}

export interface BrowserAnswer {
  status: number;
  // Tests read arbitrary JSON answers; their shapes are asserted, not typed.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  text: string;
  setCookie: string | null;
  headers: Headers;
}

/**
 * joins: a trainee who pressed "Join the training" before anything else — a browser without a cookie posts the join
 * before its first request (training mode makes a sandbox on that deliberate join only).
 */
export function testBrowser(app: Requester, initialCookie?: string, options: { joins?: boolean } = {}) {
  let cookie = initialCookie;
  let joining: Promise<unknown> | undefined;
  const send = async (
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<BrowserAnswer> => {
    if (options.joins && cookie === undefined && path !== '/api/training/join')
      await (joining ??= raw('/api/training/join', { method: 'POST', body: {} }));
    return raw(path, init);
  };
  const raw = async (
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<BrowserAnswer> => {
    const res = await app.request(path, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, setCookie: set, headers: res.headers };
  };
  return {
    send,
    openapi: (action: string, body: Record<string, unknown>) =>
      send(`/api/openapi/${action}`, { method: 'POST', body }),
    get cookie() {
      return cookie;
    },
  };
}
