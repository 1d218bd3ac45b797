// Stopping the server loses no audit line of a write it answered: a burst of writes with an audit file, then a
// signal to the whole process group of `npm run serve`'s command (as Ctrl-C in a terminal or a service manager
// sends it).
// SIGINT and SIGTERM: the writes in flight are answered, every answered write has its line, exit code 0.
// SIGKILL: nothing drains, yet every answered write has its line (it was written before the answer left).
// Speed-independent: the signal goes after the first answers, and the mock holds every write for a while, so
// writes are in flight whenever it lands; the figures are counts, never durations.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServeCommand } from '../../test-support/serve-command';

const WORKERS = 6;

async function burstThenSignal(signal: NodeJS.Signals) {
  const dir = mkdtempSync(join(tmpdir(), 'cen-connect-stop-'));
  const auditFile = join(dir, 'audit.jsonl');
  const s = await startServeCommand({ CEN_CONNECT_AUDIT_FILE: auditFile });
  if (!('base' in s)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the server did not start (exit ${s.exit}): ${s.output}`);
  }
  try {
    const post = (path: string, body: unknown) =>
      fetch(`${s.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    // Every CreateCen waits 400 ms in the mock: a burst keeps WORKERS writes in flight at any moment.
    const fault = await post('/api/mock/faults', { action: 'CreateCen', latencyMs: 400 });
    if (fault.status !== 200) throw new Error(`the latency fault was refused: ${await fault.text()}`);

    const answered: string[] = [];
    let signalled = false;
    let afterSignal = 0;
    let sent = 0;
    const worker = async () => {
      for (;;) {
        const token = `stop-${signal}-${sent++}`;
        try {
          const res = await post('/api/openapi/CreateCen', {
            account: 'A',
            params: { Name: 'graceful-stop', ClientToken: token },
          });
          // Answered once its status arrived; the signal goes at once, before the body is read, so a server that
          // wrote its audit line after answering is caught before it could.
          answered.push(token);
          if (signalled) afterSignal++;
          if (!signalled && answered.length >= WORKERS) {
            signalled = true;
            s.signal(signal);
          }
          await res.text();
        } catch {
          return; // refused or cut: the server is stopping or gone
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    const exit = await s.exited;
    const logged = new Set<string | undefined>();
    for (const line of readFileSync(auditFile, 'utf8').split('\n'))
      try {
        logged.add((JSON.parse(line) as { params: { ClientToken?: string } }).params.ClientToken);
      } catch {
        // the empty last line, or one a SIGKILL cut short
      }
    return { answered, afterSignal, lost: answered.filter((t) => !logged.has(t)), exit, output: s.output() };
  } finally {
    s.signal('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

// Concurrent: each server takes seconds to start (tsx compiles it), the three together about as long as one.
describe.concurrent("stopping the server (npm run serve's command, a signal to its process group)", () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    it(`${signal}: answers the writes in flight, loses no audit line, exits 0`, async ({ expect }) => {
      const { answered, afterSignal, lost, exit, output } = await burstThenSignal(signal);
      expect(lost, output).toEqual([]);
      // Every request the server had in flight when the signal came was answered, not cut.
      const inFlight = Number(/stopping — no new requests; finishing the (\d+) in flight/.exec(output)?.[1]);
      expect(inFlight, output).toBeGreaterThanOrEqual(1);
      expect(afterSignal, output).toBeGreaterThanOrEqual(inFlight);
      expect(output).toContain('Stopped: the requests in flight are answered and the audit log is written.');
      expect(answered.length).toBeGreaterThan(WORKERS);
      expect(exit, output).toEqual({ code: 0, signal: null });
    }, 60_000);

  it('SIGKILL: every write it answered already has its audit line', async ({ expect }) => {
    const { answered, lost, output } = await burstThenSignal('SIGKILL');
    expect(answered.length).toBeGreaterThanOrEqual(WORKERS);
    expect(lost, output).toEqual([]);
  }, 60_000);
});
