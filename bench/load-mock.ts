// The mock cloud holding the load world (mocks/test-support/load-world.ts), served on 127.0.0.1 like
// mocks/standalone.ts — the same MockCloud and msw handlers, only a different seed, which the standalone server's
// named scenarios do not offer.
// Usage: node --import tsx bench/load-mock.ts <runs>. Prints MOCK_CLOUD_READY {json}, then one line per request.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { systemClock } from '../mocks/cloud/clock';
import { MockCloud } from '../mocks/cloud/mock-cloud';
import { createHandlers } from '../mocks/handlers';
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

const server = serve(
  {
    hostname: '127.0.0.1',
    port: 0,
    fetch: async (request: Request) => {
      const response = (await getResponse(handlers, request)) ?? new Response('{}', { status: 404 });
      process.stdout.write(`${request.method} ${new URL(request.url).pathname} ${response.status}\n`);
      return response;
    },
  },
  (info: AddressInfo) => {
    const accounts = cloud.world.accounts
      .filter((a) => a.name === 'A' || a.name === 'B')
      .map((a) => ({
        name: a.name,
        uid: a.uid,
        accessKeyId: a.accessKeyId,
        accessKeySecret: a.accessKeySecret,
      }));
    process.stdout.write(
      `MOCK_CLOUD_READY ${JSON.stringify({ url: `http://127.0.0.1:${info.port}`, accounts })}\n`,
    );
  },
);
const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
