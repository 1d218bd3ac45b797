// One side of bench (b) in a process of its own: `node --import tsx bench/client-side.ts <side> <json>` makes
// warm-up calls, then `total` calls with `concurrency` in flight, and prints {"rps":…,"cpuUs":…} (CPU microseconds
// per call of this process over the measured calls). A process per side, because in a shared process the garbage
// one client makes is collected — and its CPU billed — while the other one runs.
import { oursCall, theirsCall, throughput } from './client-bench';
import type { MockAccount } from '../test-support/server-processes';

const side = process.argv[2];
const { url, account, concurrency, total, warmup } = JSON.parse(process.argv[3] ?? '{}') as {
  url: string;
  account: MockAccount;
  concurrency: number;
  total: number;
  warmup: number;
};
const call =
  side === 'ours'
    ? oursCall(url, account)
    : side === 'oursNodeHttp'
      ? oursCall(url, account, 'node-http')
      : side === 'oursViaFetch'
        ? oursCall(url, account, 'fetch')
        : side === 'theirs'
          ? theirsCall(url, account)
          : undefined;
if (!call) {
  process.stderr.write(
    `Usage: bench/client-side.ts ours|theirs|oursNodeHttp|oursViaFetch '<json>', got "${side}"\n`,
  );
  process.exit(2);
}
async function main(c: NonNullable<typeof call>) {
  await throughput(c, concurrency, warmup);
  const cpu = process.cpuUsage();
  const rps = await throughput(c, concurrency, total);
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${JSON.stringify({ rps, cpuUs: (used.user + used.system) / total })}\n`);
  process.exit(0);
}
void main(call);
