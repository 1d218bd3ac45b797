// /api/mock/sandboxes — isolated sandboxes for parallel e2e workers (docs/decisions/0004-isolated-test-sandboxes.md),
// mounted only with CEN_CONNECT_TEST_SANDBOXES=1 (mock cloud, control API on, training off).
//   POST   /            { scenario? } → 201 { id, scenario }   then send X-Cen-Connect-Sandbox: <id> on every request
//                                                               (or the cookie cen_connect_test_sandbox=<id>)
//   DELETE /:id         → { ok, id }   (404 SandboxNotFound when unknown)
// The answer never carries the sandbox's keys: the BFF keeps them, as it keeps every account's.
import { Hono } from 'hono';
import { z } from 'zod';
import { errorResponse, readJson } from '../json-body';
import type { TestSandboxes } from '../test-sandboxes';

const createSchema = z.strictObject({
  scenario: z
    .string()
    .regex(/^[A-Za-z0-9][\w.-]{0,79}$/, { error: 'must be a scenario name like "demo"' })
    .optional(),
});

export function testSandboxRoutes(sandboxes: TestSandboxes) {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await readJson(c, createSchema);
    if (!body.ok) return errorResponse(c, body.error);
    const sandbox = await sandboxes.create(body.data.scenario);
    return c.json({ id: sandbox.id, scenario: sandbox.scenario }, 201);
  });
  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await sandboxes.remove(id)))
      return errorResponse(c, {
        code: 'SandboxNotFound',
        message: `No test sandbox ${id}.`,
        httpStatus: 404,
        source: 'bff',
      });
    return c.json({ ok: true, id });
  });
  return app;
}
