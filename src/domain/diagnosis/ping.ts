// The active test of step 6: Cloud Assistant RunCommand with `ping -c 4 <private IP>`, then
// DescribeInvocationResults. The cloud has no ping API (docs/reference/cen-api.md §2 step 6); the mock answers
// from its state. Output is Base64 unless ContentEncoding=PlainText (ECS DescribeInvocationResults doc) and is Linux
// iputils text: "4 packets transmitted, 4 received, 0% packet loss, time 3003ms" and
// "rtt min/avg/max/mdev = 11.800/12.037/12.272/0.180 ms".
import { ipToNumber } from '../cidr';
import type { ApiCall } from './api-call';
import type { AccountName } from '../accounts';
import type { Message } from './messages';

export const PING_COUNT = 4;

/**
 * The exact command, for RunCommand or to run by hand. The address goes into a shell, so only a dotted IPv4
 * address is accepted — never free text.
 */
export function pingCommand(ip: string, count: number = PING_COUNT): string {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(ip) || ipToNumber(ip) === null)
    throw new Error(`Not an IPv4 address: ${JSON.stringify(ip)}`);
  if (!Number.isInteger(count) || count < 1 || count > 100) throw new Error(`Bad ping count: ${count}`);
  return `ping -c ${count} ${ip}`;
}

/** The Ecs.RunCommand call that pings `targetIp` from the source instance (a write: it needs a ClientToken). */
export function pingRunCommandCall(
  source: { account: AccountName; regionId: string; instanceId: string },
  targetIp: string,
  clientToken: string,
): ApiCall {
  return {
    key: 'Ecs.RunCommand',
    account: source.account,
    regionId: source.regionId,
    params: {
      RegionId: source.regionId,
      Type: 'RunShellScript',
      CommandContent: pingCommand(targetIp),
      InstanceId: [source.instanceId],
      // 4 echoes a second apart plus iputils' 10 s wait for the last reply fit well inside a minute.
      Timeout: 60,
      ClientToken: clientToken,
    },
  };
}

/** The Ecs.DescribeInvocationResults call that reads the result back. */
export function pingResultsCall(
  source: { account: AccountName; regionId: string; instanceId: string },
  invokeId: string,
): ApiCall {
  return {
    key: 'Ecs.DescribeInvocationResults',
    account: source.account,
    regionId: source.regionId,
    params: { RegionId: source.regionId, InvokeId: invokeId, InstanceId: source.instanceId },
  };
}

/** Decodes InvocationResult.Output (Base64 by default) as UTF-8, with browser/Node globals only. */
export function decodeCommandOutput(output: string, encoding: 'Base64' | 'PlainText' = 'Base64'): string {
  if (encoding === 'PlainText') return output;
  const binary = atob(output.replace(/\s+/g, ''));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8').decode(bytes);
}

export interface PingStats {
  target?: string;
  transmitted: number;
  received: number;
  /** As printed: iputils rounds to a whole or fractional percent. */
  lossPercent: number;
  /** "+N errors" (e.g. Destination Host Unreachable), when printed. */
  errors?: number;
  minMs?: number;
  avgMs?: number;
  maxMs?: number;
  mdevMs?: number;
}

const STATS =
  /(\d+) packets transmitted, (\d+) (?:packets )?received,(?: \+(\d+) errors?,)?(?: \+\d+ duplicates,)? ([\d.]+)% packet loss/;
const RTT =
  /(?:rtt|round-trip) min\/avg\/max(?:\/(?:mdev|stddev))? = ([\d.]+)\/([\d.]+)\/([\d.]+)(?:\/([\d.]+))? ms/;
const HEADER = /^PING (\S+)/m;
const STATS_HEADER = /^--- (\S+) ping statistics ---/m;

/** Reads the summary of iputils (and BusyBox) ping output; null when there is no statistics line. */
export function parsePingOutput(text: string): PingStats | null {
  const s = STATS.exec(text);
  if (!s) return null;
  const stats: PingStats = {
    transmitted: Number(s[1]),
    received: Number(s[2]),
    lossPercent: Number(s[4]),
  };
  if (s[3] !== undefined) stats.errors = Number(s[3]);
  const target = STATS_HEADER.exec(text)?.[1] ?? HEADER.exec(text)?.[1];
  if (target) stats.target = target;
  const r = RTT.exec(text);
  if (r) {
    stats.minMs = Number(r[1]);
    stats.avgMs = Number(r[2]);
    stats.maxMs = Number(r[3]);
    if (r[4] !== undefined) stats.mdevMs = Number(r[4]);
  }
  return stats;
}

export type PingOutcome = 'replied' | 'partial' | 'lost' | 'unreadable';

/** What the active test says, for the panel: every echo answered, some, none, or no statistics at all. */
export function pingOutcome(
  stats: PingStats | null,
  target: string,
): { outcome: PingOutcome; message: Message } {
  if (!stats) return { outcome: 'unreadable', message: { key: 'ping.unreadable', params: { target } } };
  const params = {
    target,
    transmitted: stats.transmitted,
    received: stats.received,
    loss: stats.lossPercent,
    avg: stats.avgMs ?? '?',
  };
  if (stats.received === 0) return { outcome: 'lost', message: { key: 'ping.lost', params } };
  if (stats.received < stats.transmitted)
    return { outcome: 'partial', message: { key: 'ping.partial', params } };
  return { outcome: 'replied', message: { key: 'ping.replied', params } };
}
