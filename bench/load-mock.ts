// The mock cloud holding the load world (mocks/test-support/load-world.ts), served on 127.0.0.1 like
// mocks/standalone.ts — the same MockCloud and msw handlers, only a different seed, which the standalone server's
// named scenarios do not offer.
// Usage: node --import tsx bench/load-mock.ts <runs>. Prints MOCK_CLOUD_READY {json}, then one line per request.
import { getResponse } from 'msw';
import { systemClock } from '../mocks/cloud/clock';
import { MockCloud } from '../mocks/cloud/mock-cloud';
import { createHandlers } from '../mocks/handlers';
import { serveOnLoopback } from '../mocks/loopback-server';
import { buildLoadWorld } from '../mocks/test-support/load-world';

const runs = Number(process.argv[2] ?? '100');
if (!Number.isInteger(runs) || runs < 1 || runs > 10_000) {
  process.stderr.write(
    `Usage: node --import tsx bench/load-mock.ts <runs 1–10000>, got "${process.argv[2]}"\n`,
  );
  process.exit(2);
}
const cloud = new MockCloud({ clock: systemClock(), delayMs: 0, seed: 9 });
buildLoadWorld(cloud, runs);
const handlers = createHandlers(cloud, { anyOrigin: true });

serveOnLoopback(cloud, 0, async (request: Request) => {
  const response = (await getResponse(handlers, request)) ?? new Response('{}', { status: 404 });
  process.stdout.write(`${request.method} ${new URL(request.url).pathname} ${response.status}\n`);
  return response;
});
