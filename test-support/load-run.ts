// The bounded load run: N simulated tutorial runs at once through one BFF, each with its own networks. It stops by
// itself: after N runs, or when the time budget is spent (runs not started by then count as errors).
import { percentile } from './stats';
import { RunError, tutorialRun, type ApiCall, type Timing } from './tutorial-run';

export interface LoadOptions {
  runs: number;
  /** A client per run (e.g. with its own cookie, hence its own training sandbox); default the shared `api`. */
  apiFor?: (run: number) => ApiCall;
  vpcNames?: { A: string; B: string };
  /** Runs in flight at once (default: all of them). */
  concurrency?: number;
  uids: { A: string; B: string };
  timeBudgetMs: number;
}

export interface ActionStats {
  count: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadResult {
  runs: number;
  completed: number;
  errors: string[];
  wallMs: number;
  calls: number;
  runsPerSecond: number;
  callsPerSecond: number;
  perAction: Record<string, ActionStats>;
}

export async function runLoad(api: ApiCall, options: LoadOptions): Promise<LoadResult> {
  const concurrency = Math.min(options.concurrency ?? options.runs, options.runs);
  const deadline = performance.now() + options.timeBudgetMs;
  const timings: Timing[] = [];
  const errors: string[] = [];
  let next = 0;
  let completed = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.runs) {
      const run = next++;
      if (performance.now() > deadline) {
        errors.push(`run ${run}: not started, the ${options.timeBudgetMs} ms budget was spent`);
        continue;
      }
      try {
        const runApi = options.apiFor ? options.apiFor(run) : api;
        timings.push(...(await tutorialRun(runApi, { run, uids: options.uids, vpcNames: options.vpcNames })));
        completed++;
      } catch (e) {
        errors.push(e instanceof RunError ? e.message : `run ${run}: ${String(e)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const byAction = new Map<string, number[]>();
  for (const t of timings) {
    const list = byAction.get(t.action) ?? [];
    list.push(t.ms);
    byAction.set(t.action, list);
  }
  const perAction: Record<string, ActionStats> = {};
  for (const [action, list] of [...byAction].sort(([a], [b]) => a.localeCompare(b)))
    perAction[action] = { count: list.length, p50Ms: percentile(list, 50), p99Ms: percentile(list, 99) };
  return {
    runs: options.runs,
    completed,
    errors,
    wallMs,
    calls: timings.length,
    runsPerSecond: (completed / wallMs) * 1000,
    callsPerSecond: (timings.length / wallMs) * 1000,
    perAction,
  };
}

/** POST /api/openapi/:action through anything that answers a Request (app.request, or fetch to a server). */
export function apiOver(send: (path: string, init: RequestInit) => Promise<Response>): ApiCall {
  return async (action, body) => {
    const res = await send(`/api/openapi/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as unknown };
  };
}

/**
 * A client for one browser: keeps the cookies the BFF sets (the training sandbox's) and sends them back. join: a
 * trainee's browser, which presses "Join the training" (POST /api/training/join) before its first call — training
 * mode makes a sandbox on that deliberate join only.
 */
export function apiWithCookies(baseUrl: string, options: { join?: boolean } = {}): ApiCall {
  const jar = new Map<string, string>();
  const send = async (path: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(`${baseUrl}${path}`, { ...init, headers });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return res;
  };
  let joined: Promise<void> | undefined;
  const join = async () => {
    const res = await send('/api/training/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (!res.ok) throw new Error(`join refused: HTTP ${res.status} ${await res.text()}`);
  };
  return apiOver(async (path, init) => {
    if (options.join) await (joined ??= join());
    return send(path, init);
  });
}
