// GET /api/training/sandboxes — the trainer view: every sandbox on the server with its trainee and progress. It
// needs CEN_CONNECT_TRAINER_TOKEN in the X-Trainer-Token header (not Authorization, which carries the server's access
// token beyond loopback); without the variable the trainer view is off — else any trainee could read everyone's
// debrief. Never creates a sandbox for the trainer.
//   → { idleMinutes, sandboxes: [{ id, trainee, scenario, createdAt, lastUsedAt, expiresAt, calls, progress,
//        attempt, resets, hintsUsed, errors, completedAt, inSession }] } — hints, errors: the current attempt's
// GET /api/training/sandboxes/:id/debrief — one trainee's debrief (same shape as GET /api/training/debrief);
//   404 SandboxNotFound when no session of this BFF holds that sandbox, 410 when the mock dropped it.
import { Hono, type MiddlewareHandler } from 'hono';
import { errorResponse } from '../json-body';
import type { SandboxControl } from '../sandbox-control';
import type { SandboxSessions } from '../sandbox-session';
import { tokenMatches } from '../security';
import { debriefOf } from './training';

export interface TrainerRouteDeps {
  sessions: SandboxSessions;
  control: SandboxControl;
  trainerToken?: string;
}

const iso = (t: string | number | undefined) =>
  t === undefined ? null : typeof t === 'number' ? new Date(t).toISOString() : t;

export function trainerRoutes(deps: TrainerRouteDeps) {
  const app = new Hono();
  const trainerOnly: MiddlewareHandler = async (c, next) => {
    if (!deps.trainerToken)
      return errorResponse(c, {
        code: 'TrainerViewOff',
        message:
          'The trainer view is off: restart the server with CEN_CONNECT_TRAINER_TOKEN=<16+ characters>, then type that token on the trainer page.',
        httpStatus: 403,
        source: 'bff',
      });
    if (!tokenMatches(deps.trainerToken, c.req.header('x-trainer-token')))
      return errorResponse(c, {
        code: 'TrainerTokenRequired',
        message:
          'The trainer view needs the trainer token (CEN_CONNECT_TRAINER_TOKEN) in the X-Trainer-Token header.',
        httpStatus: 401,
        source: 'bff',
      });
    await next();
  };
  app.use('*', trainerOnly);

  app.get('/:id/debrief', async (c) => {
    const session = deps.sessions.get(c.req.param('id'));
    if (!session)
      return errorResponse(c, {
        code: 'SandboxNotFound',
        message: `No trainee session holds sandbox "${c.req.param('id')}" (expired, replaced, or made outside the console).`,
        httpStatus: 404,
        source: 'bff',
      });
    const debrief = await debriefOf(c, deps, session);
    return debrief instanceof Response ? debrief : c.json(debrief);
  });

  app.get('/', async (c) => {
    // "default" is the mock's own world outside training; no trainee works there.
    const listed = (await deps.control.list()).filter((s) => s.id !== 'default');
    const sandboxes = listed.map((s) => {
      const session = deps.sessions.get(s.id);
      let errors = 0;
      for (const row of session?.tally.errors.values() ?? []) errors += row.count;
      return {
        id: s.id,
        trainee: session?.trainee ?? s.label ?? null,
        scenario: s.scenario,
        createdAt: iso(s.createdAt),
        lastUsedAt: iso(s.lastUsedAt),
        expiresAt: s.expiresAt ?? null,
        calls: s.calls ?? session?.tally.calls ?? 0,
        progress: s.progress ?? null,
        /** The current attempt's (a reset to the scenario's start begins a new one); resets says how many. */
        attempt: session?.attempt ?? 1,
        resets: session?.resets ?? 0,
        hintsUsed: session?.hints.length ?? 0,
        errors,
        completedAt: session?.completedAt === undefined ? null : new Date(session.completedAt).toISOString(),
        /** False for sandboxes no browser session of this BFF holds (e.g. made by a script, or forgotten). */
        inSession: session !== undefined,
      };
    });
    return c.json({ idleMinutes: deps.sessions.idleMinutes, sandboxes });
  });
  return app;
}
