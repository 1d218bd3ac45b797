// The mock cloud as a real HTTP server on 127.0.0.1 (issue 4 "Standalone"), so any Alibaba client — the official
// SDKs, the aliyun CLI with an endpoint override — can use it. Every product shares one port; the control API is
// under /_mock/*. Usage:
//   npm run --silent mock-cloud -- --port 9000 [--delay-ms 2000] [--scenario demo] [--seed N]
// (--port 0 picks a free port.) When ready it prints exactly one line
//   MOCK_CLOUD_READY {"url":"http://127.0.0.1:9000","accounts":[{"name":"A",…},{"name":"B",…}]}
// then one line per request. Bad arguments: a message on stderr and exit code 2.
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { systemClock } from './cloud/clock';
import { MockCloud } from './cloud/mock-cloud';
import { createHandlers } from './handlers';
import { findScenario, loadScenario, SCENARIOS } from './scenarios/catalogue';

interface Args {
  port: number;
  delayMs: number;
  scenario: string;
  seed?: number;
}

const USAGE =
  'Usage: npm run --silent mock-cloud -- --port <0-65535> [--delay-ms <ms>] [--scenario <name>] [--seed <n>]';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { port: 9000, delayMs: 2000, scenario: 'demo' };
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
        if (!value || !findScenario(value))
          return `--scenario needs one of: ${SCENARIOS.map((s) => s.name).join(', ')}; got "${value ?? ''}".`;
        args.scenario = value;
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

const cloud = new MockCloud({
  clock: systemClock(),
  delayMs: parsed.delayMs,
  ...(parsed.seed !== undefined ? { seed: parsed.seed } : {}),
});
loadScenario(cloud, parsed.scenario);
const handlers = createHandlers(cloud, { anyOrigin: true });

function describe(request: Request): string {
  const url = new URL(request.url);
  const action = url.searchParams.get('Action') ?? request.headers.get('x-acs-action');
  return action ? `${action} (${url.host})` : url.pathname;
}

const server = serve(
  {
    hostname: '127.0.0.1',
    port: parsed.port,
    fetch: async (request: Request, env: HttpBindings | Http2Bindings) => {
      const started = Date.now();
      const label = describe(request);
      const response =
        (await getResponse(handlers, request)) ?? new Response('{"error":"no handler"}', { status: 404 });
      if (response.type === 'error') {
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
    },
  },
  (info: AddressInfo) => {
    const url = `http://127.0.0.1:${info.port}`;
    const accounts = cloud.world.accounts
      .filter((a) => a.name === 'A' || a.name === 'B')
      .map((a) => ({
        name: a.name,
        uid: a.uid,
        accessKeyId: a.accessKeyId,
        accessKeySecret: a.accessKeySecret,
      }));
    process.stdout.write(`MOCK_CLOUD_READY ${JSON.stringify({ url, accounts })}\n`);
  },
);

const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
