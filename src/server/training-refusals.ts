// What training mode says when it will not give a request a sandbox (README "Training a class"): each refusal names
// what to do — join, come back later, or what the trainer can raise — and start-up says how the class is bounded and
// whether the trainer view is on.
import type { Context } from 'hono';
import type { ApiError } from '../domain/openapi/errors';

/** A join or a request the training sessions refuse, already in the shape the browser gets (app.ts answers it). */
export class SessionRefusal extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

/** The TCP peer of the request (@hono/node-server's incoming socket); "unknown" in-process (app.request). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export function notJoined(): ApiError {
  return {
    code: 'TrainingNotJoined',
    message:
      'You have not joined the training yet: press “Join the training” at the top of the console (POST /api/training/join).',
    httpStatus: 409,
    source: 'bff',
  };
}

export function tooManyFromClient(perClient: number, client: string, evictIdleMinutes: number): ApiError {
  return {
    code: 'TooManySandboxes',
    message: `${perClient} trainees have already joined from this address (${client}) and none has been idle for ${evictIdleMinutes} minutes. Go on in a tab that has joined; a class behind one shared address asks the trainer to raise CEN_CONNECT_SANDBOXES_PER_CLIENT.`,
    httpStatus: 429,
    source: 'bff',
  };
}

export function classFull(classSize: number, evictIdleMinutes: number): ApiError {
  return {
    code: 'ClassFull',
    message: `All ${classSize} places of this class are taken and none has been idle for ${evictIdleMinutes} minutes. Try again in a few minutes, or ask the trainer to raise CEN_CONNECT_CLASS_SIZE or remove a sandbox in the trainer view.`,
    httpStatus: 503,
    source: 'bff',
  };
}

/** What start-up prints in training mode: the bounds, and whether the trainer view is on (and how to turn it on). */
export function trainingStartupLines(options: {
  classSize: number;
  perClient: number;
  evictIdleMinutes: number;
  idleMinutes: number;
  trainerToken: boolean;
}): string[] {
  const { classSize, perClient, evictIdleMinutes, idleMinutes } = options;
  return [
    `Training mode: a sandbox per trainee who presses "Join the training"; ${classSize} places, ${perClient} per client address; when full, one idle for ${evictIdleMinutes} minutes gives way; dropped after ${idleMinutes} idle minutes.`,
    options.trainerToken
      ? 'Trainer view: #/trainer with the token of CEN_CONNECT_TRAINER_TOKEN.'
      : 'Trainer view: off. To turn it on, restart with CEN_CONNECT_TRAINER_TOKEN=<16+ characters> and type that token at #/trainer.',
  ];
}
