// The mock cloud's control API for tests, trainers and the BFF (team brief, "Mock cloud control API"), mock mode
// only. Served under /_mock/* at http://mock-cloud.invalid in-process and on the standalone server's own port.
//   GET    /_mock/accounts        → { accounts: [{ name, uid, accessKeyId, accessKeySecret }] }   (A and B, demo keys)
//   GET    /_mock/state           → snapshot of every resource with derived statuses, faults, connectivity
//   POST   /_mock/reset           { scenario?: string }  → { ok, scenario }
//   POST   /_mock/clock/advance   { ms: number }          → { ok, now }
//   PUT    /_mock/delays          { ms: number }          → { ok, delayMs }
//   GET    /_mock/faults          → { faults }
//   POST   /_mock/faults          fault rule (faults.ts)  → { ok, fault }
//   DELETE /_mock/faults[?id=…]   → { ok, faults }
//   GET    /_mock/scenarios       → { scenarios: [{ name, title, description }] }
// Bad input → 400 { error: { code: 'InvalidBody', message } }; unknown route → 404.
import { z } from 'zod';
import { faultRuleSchema } from './cloud/faults';
import type { MockCloud } from './cloud/mock-cloud';
import { snapshot } from './cloud/snapshot';
import { findScenario, loadScenario, SCENARIOS } from './scenarios/catalogue';

const resetBody = z.object({ scenario: z.string().min(1).optional() }).strict();
const advanceBody = z
  .object({
    ms: z
      .number()
      .int()
      .min(0)
      .max(366 * 24 * 3600 * 1000),
  })
  .strict();
const delaysBody = z
  .object({
    ms: z
      .number()
      .int()
      .min(0)
      .max(10 * 60 * 1000),
  })
  .strict();

/** The accounts whose keys the control API hands out (never C, the bystander tenant). */
const PUBLIC_ACCOUNTS = ['A', 'B'];

const reply = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const bad = (message: string) => reply({ error: { code: 'InvalidBody', message } }, 400);

async function readBody<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; value: T } | { ok: false; res: Response }> {
  const text = await request.text();
  let raw: unknown = {};
  if (text.trim() !== '') {
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, res: bad('The body is not valid JSON.') };
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    return { ok: false, res: bad(message) };
  }
  return { ok: true, value: parsed.data };
}

export async function handleControlRequest(cloud: MockCloud, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const route = `${request.method.toUpperCase()} ${url.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_mock/accounts':
      return reply({
        accounts: cloud.world.accounts
          .filter((a) => PUBLIC_ACCOUNTS.includes(a.name))
          .map((a) => ({
            name: a.name,
            uid: a.uid,
            accessKeyId: a.accessKeyId,
            accessKeySecret: a.accessKeySecret,
          })),
      });
    case 'GET /_mock/state':
      return reply(snapshot(cloud));
    case 'POST /_mock/reset': {
      const body = await readBody(request, resetBody);
      if (!body.ok) return body.res;
      const name = body.value.scenario ?? 'demo';
      if (!findScenario(name))
        return bad(`Unknown scenario "${name}". Known: ${SCENARIOS.map((s) => s.name).join(', ')}.`);
      loadScenario(cloud, name);
      return reply({ ok: true, scenario: name });
    }
    case 'POST /_mock/clock/advance': {
      const body = await readBody(request, advanceBody);
      if (!body.ok) return body.res;
      cloud.clock.advance(body.value.ms);
      return reply({ ok: true, now: new Date(cloud.now()).toISOString() });
    }
    case 'PUT /_mock/delays': {
      const body = await readBody(request, delaysBody);
      if (!body.ok) return body.res;
      cloud.delayMs = body.value.ms;
      return reply({ ok: true, delayMs: cloud.delayMs });
    }
    case 'GET /_mock/faults':
      return reply({ faults: cloud.faults.list() });
    case 'POST /_mock/faults': {
      const body = await readBody(request, faultRuleSchema);
      if (!body.ok) return body.res;
      return reply({ ok: true, fault: cloud.faults.add(body.value) });
    }
    case 'DELETE /_mock/faults': {
      const id = url.searchParams.get('id');
      cloud.faults.clear(id ?? undefined);
      return reply({ ok: true, faults: cloud.faults.list() });
    }
    case 'GET /_mock/scenarios':
      return reply({
        scenarios: SCENARIOS.map((s) => ({ name: s.name, title: s.title, description: s.description })),
      });
    default:
      return reply({ error: { code: 'NotFound', message: `No control route ${route}.` } }, 404);
  }
}
