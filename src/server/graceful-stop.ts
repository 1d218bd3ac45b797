// How the server stops on SIGINT (Ctrl-C) and SIGTERM, like a well-behaved service: stop accepting, let the requests
// in flight finish (at most drainMs), write what the audit log still holds, exit 0. A second signal — a terminal
// sends Ctrl-C to the whole process group, and npm passes it on again — does not cut the drain short. Even a
// SIGKILL loses no answered write's audit line: each is in the file before its answer leaves (audit-log.ts).
import type { Server, ServerResponse } from 'node:http';

export interface GracefulStopOptions {
  /** Resolves once everything recorded is written (the audit file). */
  flush: () => Promise<void>;
  drainMs?: number;
  log?: (line: string) => void;
  exit?: (code: number) => void;
}

export const DRAIN_MS = 10_000;

export function stopGracefully(server: Server, options: GracefulStopOptions) {
  const drainMs = options.drainMs ?? DRAIN_MS;
  const log = options.log ?? ((line: string) => console.log(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let active = 0;
  server.on('request', (_req, res: ServerResponse) => {
    active++;
    res.once('close', () => active--);
  });
  let stopping = false;
  return (signal: string) => {
    if (stopping) return;
    stopping = true;
    const inFlight = active;
    log(
      `${signal}: stopping — no new requests; finishing the ${inFlight} in flight (at most ${drainMs / 1000} s).`,
    );
    // A keep-alive connection between requests would hold close() open: close each one as soon as it is idle.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const force = setTimeout(() => {
      log(`Still ${active} requests after ${drainMs / 1000} s: closing their connections.`);
      server.closeAllConnections();
    }, drainMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(force);
      void options.flush().then(() => {
        log('Stopped: the requests in flight are answered and the audit log is written.');
        exit(0);
      });
    });
    server.closeIdleConnections();
  };
}
