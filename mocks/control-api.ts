// The mock cloud's control API for tests, trainers and the BFF (sandbox contract), mock mode only. Served
// under /_mock/* at http://mock-cloud.invalid in-process and on the standalone server's own port. The
// unscoped routes act on the "default" sandbox; the same routes under /_mock/sandboxes/:id/… act on that
// sandbox.
//   GET    /_mock/accounts        → { accounts: [{ name, uid, accessKeyId, accessKeySecret }] }   (A and B)
//   GET    /_mock/state           → snapshot of every resource with derived statuses, faults, connectivity
//   POST   /_mock/reset           { scenario?: string }  → { ok, scenario }   (default: "demo"; scoped: its own)
//   POST   /_mock/clock/advance   { ms: number }          → { ok, now }
//   PUT    /_mock/delays          { ms: number }          → { ok, delayMs }   (kept across resets of that sandbox)
//   GET    /_mock/faults          → { faults }
//   POST   /_mock/faults          fault rule (faults.ts)  → { ok, fault }
//   DELETE /_mock/faults[?id=…]   → { ok, faults }
//   GET    /_mock/scenarios       → { scenarios: [{ name, title, goal, whatGoesWrong, hints, seed }], seeds: [...] }
//   GET    /_mock/progress        → { scenario, steps, success, evidence }
//   GET    /_mock/world           → { worldId }   (changes at a restart without a state file, and at every reset)
//   POST   /_mock/sandboxes       { scenario?, label? }   → 201 { id, label, scenario, accounts }
//   GET    /_mock/sandboxes       → { sandboxes: [{ id, label, scenario, createdAt, lastUsedAt, expiresAt, calls, progress }] }
//   GET    /_mock/sandboxes/:id   → one entry of that list
//   DELETE /_mock/sandboxes/:id   → { ok, id }
//   *      /_mock/sandboxes/:id/{accounts,state,reset,clock/advance,delays,faults,scenarios,progress,world}
// Bad input → 400 { error: { code: 'InvalidBody', message } }; unknown route → 404 NotFound; unknown or expired
// sandbox → 404 SandboxNotFound; too many sandboxes → 409 SandboxLimitReached.
import { z } from 'zod';
import { faultRuleSchema } from './cloud/faults';
import { snapshot } from './cloud/snapshot';
import { DEFAULT_SANDBOX, SandboxError, type Sandbox, type SandboxRegistry } from './sandboxes';

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

const createBody = z
  .object({
    scenario: z.string().min(1).optional(),
    label: z.string().trim().min(1).max(120).nullish(),
  })
  .strict();

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

const notFound = (code: string, message: string) => reply({ error: { code, message } }, 404);

/** The routes every sandbox has; `rest` is the path after /_mock/ or /_mock/sandboxes/:id/. */
async function handleScoped(
  sandboxes: SandboxRegistry,
  sandbox: Sandbox,
  method: string,
  rest: string,
  request: Request,
  url: URL,
): Promise<Response> {
  const cloud = sandbox.cloud;
  const route = `${method} ${rest}`;
  // Writes keep a sandbox alive; reads (the trainer view polls state and progress) do not.
  if (method !== 'GET') sandboxes.touch(sandbox);
  switch (route) {
    case 'GET accounts':
      return reply({ accounts: sandboxes.accountsOf(sandbox) });
    case 'GET state':
      return reply(snapshot(cloud));
    case 'GET progress':
      return reply(sandboxes.progress(sandbox));
    case 'GET world':
      return reply({ worldId: sandbox.worldId });
    case 'POST reset': {
      const body = await readBody(request, resetBody);
      if (!body.ok) return body.res;
      const name = body.value.scenario ?? (sandbox.id === DEFAULT_SANDBOX ? 'demo' : sandbox.scenario);
      if (!sandboxes.book.has(name)) return bad(sandboxes.book.unknown(name));
      sandboxes.load(sandbox, name);
      return reply({ ok: true, scenario: name });
    }
    case 'POST clock/advance': {
      const body = await readBody(request, advanceBody);
      if (!body.ok) return body.res;
      cloud.clock.advance(body.value.ms);
      return reply({ ok: true, now: new Date(cloud.now()).toISOString() });
    }
    case 'PUT delays': {
      const body = await readBody(request, delaysBody);
      if (!body.ok) return body.res;
      sandboxes.chooseDelay(sandbox, body.value.ms);
      return reply({ ok: true, delayMs: cloud.delayMs });
    }
    case 'GET faults':
      return reply({ faults: cloud.faults.list() });
    case 'POST faults': {
      const body = await readBody(request, faultRuleSchema);
      if (!body.ok) return body.res;
      return reply({ ok: true, fault: cloud.faults.add(body.value) });
    }
    case 'DELETE faults': {
      const id = url.searchParams.get('id');
      cloud.faults.clear(id ?? undefined);
      return reply({ ok: true, faults: cloud.faults.list() });
    }
    case 'GET scenarios':
      return reply(sandboxes.book.listing());
    default:
      return notFound('NotFound', `No control route ${method} ${url.pathname}.`);
  }
}

function listing(sandboxes: SandboxRegistry, s: Sandbox) {
  const progress = sandboxes.progress(s);
  return {
    id: s.id,
    label: s.label,
    scenario: s.scenario,
    createdAt: new Date(s.createdAt).toISOString(),
    lastUsedAt: new Date(s.lastUsedAt).toISOString(),
    expiresAt: s.id === DEFAULT_SANDBOX ? null : new Date(s.lastUsedAt + sandboxes.idleMs).toISOString(),
    calls: s.calls,
    progress: { steps: progress.steps, success: progress.success },
  };
}

export async function handleControlRequest(sandboxes: SandboxRegistry, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const path = url.pathname.replace(/\/+$/, '');
  try {
    if (path === '/_mock/sandboxes') {
      if (method === 'GET') return reply({ sandboxes: sandboxes.list().map((s) => listing(sandboxes, s)) });
      if (method === 'POST') {
        const body = await readBody(request, createBody);
        if (!body.ok) return body.res;
        const s = sandboxes.create({
          ...(body.value.scenario !== undefined ? { scenario: body.value.scenario } : {}),
          ...(body.value.label ? { label: body.value.label } : {}),
        });
        return reply(
          { id: s.id, label: s.label, scenario: s.scenario, accounts: sandboxes.accountsOf(s) },
          201,
        );
      }
    }
    const scoped = /^\/_mock\/sandboxes\/([^/]+)(?:\/(.+))?$/.exec(path);
    if (scoped) {
      const id = decodeURIComponent(scoped[1] ?? '');
      const sandbox = sandboxes.get(id);
      if (!sandbox)
        return notFound('SandboxNotFound', `No sandbox "${id}" (never created, deleted, or expired).`);
      const rest = scoped[2];
      if (rest === undefined) {
        if (method === 'GET') return reply(listing(sandboxes, sandbox));
        if (method === 'DELETE') {
          sandboxes.remove(id);
          return reply({ ok: true, id });
        }
        return notFound('NotFound', `No control route ${method} ${path}.`);
      }
      return await handleScoped(sandboxes, sandbox, method, rest, request, url);
    }
    if (path.startsWith('/_mock/'))
      return await handleScoped(
        sandboxes,
        sandboxes.defaultSandbox,
        method,
        path.slice('/_mock/'.length),
        request,
        url,
      );
    return notFound('NotFound', `No control route ${method} ${path}.`);
  } catch (e) {
    if (e instanceof SandboxError)
      return reply({ error: { code: e.code, message: e.message } }, e.httpStatus);
    throw e;
  }
}
