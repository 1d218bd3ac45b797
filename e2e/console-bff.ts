// A BFF of its own with the mock cloud in-process, for the specs the shared, sandboxed test server cannot serve
// (training mode; the secret-leak scan, which needs the demo keys and an audit file of its own walk only). It serves
// the same built console as the shared server (CEN_CONNECT_DIST, else dist/). Processes: test-support/.
import { startBff, type BffProcess } from '../test-support/server-processes';

/** The BFF on a free port with the mock cloud in it, 300 ms transitions as the shared test server has. */
export function startConsoleBff(env: Record<string, string>): Promise<BffProcess> {
  return startBff({ env: { CEN_CONNECT_CLOUD: 'mock', CEN_CONNECT_MOCK_DELAY_MS: '300', ...env } });
}

/**
 * startConsoleBff on first use — from a fixture such as baseURL, which Playwright may set up before a file's
 * beforeAll runs — and stopped by stop() (the file's afterAll); a later test in a new worker starts it again.
 */
export function consoleBffOnDemand(env: () => Record<string, string>) {
  let running: Promise<BffProcess> | undefined;
  return {
    url: async () => (await (running ??= startConsoleBff(env()))).url,
    stop: async () => {
      const started = running;
      running = undefined;
      await (await started?.catch(() => undefined))?.stop();
    },
  };
}
