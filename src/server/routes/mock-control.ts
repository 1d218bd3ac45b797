// /api/mock/* — the mock cloud's control API (reset, scenarios, clock, delays, faults, state), reachable from the
// console only in mock mode. The BFF forwards with a real HTTP request to the mock's control origin, which
// msw intercepts in-process (or a standalone mock answers), so this file knows nothing of the mock's code.
import { Hono } from 'hono';

const FORWARDED = new Set(['state', 'reset', 'clock/advance', 'delays', 'faults', 'scenarios']);

export function mockControlRoutes(controlUrl: string, fetchImpl: typeof fetch = fetch) {
  const app = new Hono();
  app.all('/*', async (c) => {
    const path = c.req.path.replace(/^.*?\/mock\//, '');
    if (!FORWARDED.has(path))
      return c.json(
        {
          error: {
            code: 'NotFound',
            message: `No mock control route ${path}.`,
            httpStatus: 404,
            source: 'bff',
          },
        },
        404,
      );
    const body = ['GET', 'HEAD'].includes(c.req.method) ? undefined : await c.req.text();
    const response = await fetchImpl(new URL(`/_mock/${path}`, controlUrl), {
      method: c.req.method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body || undefined,
    });
    return new Response(await response.text(), {
      status: response.status,
      headers: { 'content-type': response.headers.get('content-type') ?? 'application/json' },
    });
  });
  return app;
}
