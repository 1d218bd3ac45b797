// The mock cloud as a real HTTP server on 127.0.0.1, so any Alibaba client — the official SDKs, the aliyun CLI
// with an endpoint override — can use it. Every product shares one port; the control API is under /_mock/*.
// Usage:
//   npm run --silent mock-cloud -- --port 9000 [--delay-ms 2000] [--scenario demo] [--seed N]
//     [--sandbox-idle-ms 7200000] [--max-sandboxes 200] [--training-dir mocks/scenarios/training]
// (--port 0 picks a free port.) Every training file is checked before the port opens; a broken one is named, with
// the field, on stderr and the exit code is 2. When ready it prints exactly one line
//   MOCK_CLOUD_READY {"url":"http://127.0.0.1:9000","accounts":[{"name":"A",…},{"name":"B",…}]}
// then one line per request. Bad arguments: a message on stderr and exit code 2.
import { systemClock } from './cloud/clock';
import { MockCloud } from './cloud/mock-cloud';
import { answerAnyOrigin } from './handlers';
import { DROP } from './gateway';
import { serveOnLoopback } from './loopback-server';
import { DEFAULT_IDLE_MS, DEFAULT_MAX_SANDBOXES, freshSeed, SandboxRegistry } from './sandboxes';
import { ScenarioBook, TrainingCatalogueError } from './scenarios/training-catalogue';
import { loadTrainingScenarios } from './scenarios/training-dir';

interface Args {
  port: number;
  delayMs: number;
  scenario: string;
  seed?: number;
  sandboxIdleMs: number;
  maxSandboxes: number;
  trainingDir?: string;
}

const USAGE =
  'Usage: npm run --silent mock-cloud -- --port <0-65535> [--delay-ms <ms>] [--scenario <name>] [--seed <n>]' +
  ' [--sandbox-idle-ms <ms>] [--max-sandboxes <n>] [--training-dir <dir>]';

function parseArgs(argv: string[]): Args | string {
  const args: Args = {
    port: 9000,
    delayMs: 2000,
    scenario: 'demo',
    sandboxIdleMs: DEFAULT_IDLE_MS,
    maxSandboxes: DEFAULT_MAX_SANDBOXES,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : Number.NaN);
    switch (flag) {
      case '--port':
        args.port = int(value);
        if (!(args.port >= 0 && args.port <= 65535))
          return `--port needs a number from 0 to 65535, got "${value ?? ''}".`;
        i++;
        break;
      case '--delay-ms':
        args.delayMs = int(value);
        if (!(args.delayMs >= 0 && args.delayMs <= 600_000))
          return `--delay-ms needs a number of milliseconds from 0 to 600000, got "${value ?? ''}".`;
        i++;
        break;
      case '--scenario':
        // Checked against the catalogue once the training files are loaded (they may name it).
        if (!value || value.startsWith('--'))
          return `--scenario needs a scenario name, got "${value ?? ''}".`;
        args.scenario = value;
        i++;
        break;
      case '--sandbox-idle-ms':
        args.sandboxIdleMs = int(value);
        if (!(args.sandboxIdleMs >= 1000 && args.sandboxIdleMs <= 7 * 24 * 3600_000))
          return `--sandbox-idle-ms needs a number of milliseconds from 1000 to 604800000 (7 days), got "${value ?? ''}".`;
        i++;
        break;
      case '--max-sandboxes':
        args.maxSandboxes = int(value);
        if (!(args.maxSandboxes >= 1 && args.maxSandboxes <= 10_000))
          return `--max-sandboxes needs a number from 1 to 10000, got "${value ?? ''}".`;
        i++;
        break;
      case '--training-dir':
        if (!value || value.startsWith('--'))
          return `--training-dir needs a directory, got "${value ?? ''}".`;
        args.trainingDir = value;
        i++;
        break;
      case '--seed':
        args.seed = int(value);
        if (Number.isNaN(args.seed)) return `--seed needs a whole number, got "${value ?? ''}".`;
        i++;
        break;
      case '--help':
      case '-h':
        return USAGE;
      default:
        return `Unknown argument "${flag ?? ''}".`;
    }
  }
  return args;
}

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
  process.stderr.write(`${parsed}\n${parsed === USAGE ? '' : `${USAGE}\n`}`);
  process.exit(2);
}

let book: ScenarioBook;
try {
  book = new ScenarioBook(loadTrainingScenarios(parsed.trainingDir));
} catch (e) {
  if (!(e instanceof TrainingCatalogueError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
if (!book.has(parsed.scenario)) {
  process.stderr.write(
    `--scenario needs one of: ${book.names().join(', ')}; got "${parsed.scenario}".\n${USAGE}\n`,
  );
  process.exit(2);
}

const clock = systemClock();
// Without --seed a fresh one per start: a restarted mock never hands out the last run's IDs again.
const seed = parsed.seed ?? freshSeed();
const cloud = new MockCloud({ clock, delayMs: parsed.delayMs, seed });
book.load(cloud, parsed.scenario);
const sandboxes = new SandboxRegistry({
  book,
  defaultCloud: cloud,
  defaultScenario: parsed.scenario,
  clock,
  delayMs: parsed.delayMs,
  idleMs: parsed.sandboxIdleMs,
  maxSandboxes: parsed.maxSandboxes,
  seed,
});
// Expired sandboxes are also dropped on every registry access; the timer only frees a quiet server's memory.
setInterval(() => sandboxes.sweep(), 60_000).unref();

function describe(request: Request): string {
  const url = new URL(request.url);
  const action = url.searchParams.get('Action') ?? request.headers.get('x-acs-action');
  return action ? `${action} (${url.host})` : url.pathname;
}

serveOnLoopback(cloud, parsed.port, async (request, env) => {
  const started = Date.now();
  const label = describe(request);
  // The same answers as createHandlers(sandboxes, { anyOrigin: true }) through msw, without msw's matching.
  const response = await answerAnyOrigin(sandboxes, request);
  if (response === DROP) {
    // A fault dropped the answer after the write: cut the connection like a lost response.
    process.stdout.write(
      `${new Date().toISOString()} ${request.method} ${label} DROPPED ${Date.now() - started}ms\n`,
    );
    env.incoming.socket.destroy();
    return new Response(null, { status: 599 });
  }
  process.stdout.write(
    `${new Date().toISOString()} ${request.method} ${label} ${response.status} ${Date.now() - started}ms\n`,
  );
  return response;
});
