// /api/training/* — a trainee's own session (README "Training a class"). Training mode only.
//   GET  /session            → { joined: true, ...SessionView } or { joined: false } — only reads, never makes a sandbox
//   POST /join               { trainee? } → 201 SessionView of a new sandbox on the class scenario (sets the cookie),
//                            or 200 with the one this browser already has; 429 / 503 when the class bounds are reached
//   POST /session            { scenario, trainee? } → 201 SessionView of a NEW sandbox (new cookie; the old one is deleted)
//   POST /hints              { level: 1|2|3 } → { hintsUsed, hints }
//   GET  /debrief[?download=1] → Debrief (training-debrief.ts); download=1 adds content-disposition for export
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { badRequest, errorResponse, readJson } from '../json-body';
import { ControlError, type SandboxControl } from '../sandbox-control';
import { sandboxExpired, type SandboxSession, type SandboxSessions } from '../sandbox-session';
import { buildDebrief } from '../training-debrief';

const startSchema = z.strictObject({
  scenario: z
    .string({ error: 'must name a scenario (GET /api/mock/scenarios lists them)' })
    .regex(/^[A-Za-z0-9][\w.-]{0,79}$/, { error: 'must be a scenario name like "happy-path"' }),
  trainee: z
    .string()
    .trim()
    .min(1, { error: 'must not be empty (leave it out instead)' })
    .max(60, { error: 'must be at most 60 characters' })
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must not contain control characters' })
    .optional(),
});

const joinSchema = z.strictObject({ trainee: startSchema.shape.trainee });

const hintSchema = z.strictObject({
  level: z
    .number({ error: 'must be a number: 1, 2 or 3' })
    .int({ error: 'must be 1, 2 or 3' })
    .min(1, { error: 'must be 1, 2 or 3' })
    .max(3, { error: 'must be 1, 2 or 3' }),
});

export function sessionView(session: SandboxSession) {
  return {
    sandboxId: session.id,
    scenario: session.scenario,
    trainee: session.trainee,
    startedAt: new Date(session.startedAt).toISOString(),
    completedAt: session.completedAt === undefined ? null : new Date(session.completedAt).toISOString(),
    attempt: session.attempt,
    resets: session.resets,
    hintsUsed: session.hints.length,
  };
}

export interface TrainingRouteDeps {
  sessions: SandboxSessions;
  control: SandboxControl;
}

export function trainingRoutes(deps: TrainingRouteDeps) {
  const app = new Hono();

  app.get('/session', (c) => {
    const session = deps.sessions.peek(c);
    return c.json(session ? { joined: true, ...sessionView(session) } : { joined: false });
  });

  app.post('/join', async (c) => {
    // A bodyless join (Content-Length: 0) is a join without a name.
    const body =
      c.req.header('content-length') === '0'
        ? { ok: true as const, data: {} }
        : await readJson(c, joinSchema);
    if (!body.ok) return errorResponse(c, body.error);
    const trainee = body.data.trainee;
    const { session, created } = await deps.sessions.join(c, trainee ? { trainee } : {});
    return c.json({ joined: true, ...sessionView(session) }, created ? 201 : 200);
  });

  app.post('/session', async (c) => {
    const body = await readJson(c, startSchema);
    if (!body.ok) return errorResponse(c, body.error);
    try {
      const session = await deps.sessions.start(c, {
        scenario: body.data.scenario,
        ...(body.data.trainee ? { trainee: body.data.trainee } : {}),
      });
      return c.json({ joined: true, ...sessionView(session) }, 201);
    } catch (e) {
      // The mock knows the scenarios; its refusal of an unknown one is a field error of this body.
      if (e instanceof ControlError && e.apiError.httpStatus === 400)
        return errorResponse(
          c,
          badRequest('InvalidRequest', e.apiError.message, { scenario: e.apiError.message }),
        );
      throw e;
    }
  });

  app.post('/hints', async (c) => {
    const body = await readJson(c, hintSchema);
    if (!body.ok) return errorResponse(c, body.error);
    const session = await deps.sessions.current(c);
    // Opening the same level twice is one hint used, not two.
    if (!session.hints.some((h) => h.level === body.data.level))
      session.hints.push({ level: body.data.level, time: new Date().toISOString() });
    return c.json({ hintsUsed: session.hints.length, hints: session.hints });
  });

  app.get('/debrief', async (c) => {
    const session = await deps.sessions.current(c);
    const debrief = await debriefOf(c, deps, session);
    if (debrief instanceof Response) return debrief;
    if (c.req.query('download') === '1')
      c.header(
        'content-disposition',
        `attachment; filename="cen-connect-debrief-${debrief.scenario}-${debrief.sandboxId}.json"`,
      );
    return c.json(debrief);
  });

  return app;
}

/** The debrief of one session, or a 410 response when the mock no longer has its sandbox. */
export async function debriefOf(c: Context, deps: TrainingRouteDeps, session: SandboxSession) {
  let progress;
  try {
    progress = await deps.control.progress(session.id);
  } catch (e) {
    if (e instanceof ControlError && e.notFound && (await deps.sessions.confirmGone(session)))
      return errorResponse(c, sandboxExpired(deps.sessions.idleMinutes));
    throw e;
  }
  deps.sessions.noteSuccess(session, progress.success);
  return buildDebrief({
    sandboxId: session.id,
    scenario: session.scenario,
    trainee: session.trainee,
    attempt: session.attempt,
    sessionStartedAt: session.sessionStartedAt,
    startedAt: session.startedAt,
    completedAt: session.completedAt,
    resets: session.resets,
    hints: session.hints,
    tally: session.tally,
    earlier: session.earlier,
    progress,
    now: Date.now(),
  });
}
