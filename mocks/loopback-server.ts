// A mock cloud's HTTP server on 127.0.0.1, as mocks/standalone.ts and bench/load-mock.ts run it: once it listens it
// prints the ready line (mocks/ready-line.ts), and SIGINT or SIGTERM close it and end the process. Node
// only: the browser's demo reaches the mock through its service worker instead.
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { MockCloud } from './cloud/mock-cloud';
import { readyLine } from './ready-line';

export type LoopbackFetch = (request: Request, env: HttpBindings | Http2Bindings) => Promise<Response>;

/** Serves `fetch` on 127.0.0.1:`port` (0 picks a free one), announcing `cloud`'s accounts when it listens. */
export function serveOnLoopback(cloud: MockCloud, port: number, fetch: LoopbackFetch): void {
  const server = serve({ hostname: '127.0.0.1', port, fetch }, (info: AddressInfo) => {
    process.stdout.write(readyLine(`http://127.0.0.1:${info.port}`, cloud));
  });
  const stop = () => {
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
