// (b) The BFF's cloud client (src/server/openapi-client.ts) against Alibaba's @alicloud/openapi-client making the
// same signed v3 DescribeCens calls to the same standalone mock at the same concurrency, alternating who goes first.
import { readFileSync } from 'node:fs';
import { findAction } from '../src/domain/openapi/actions';
import { createCloudClient } from '../src/server/openapi-client';
import type { MockAccount } from './mock-process';
import { OpenApi, TeaUtil } from './official-sdk';
import { median } from './stats';

type Call = () => Promise<void>;

/** Ours as the BFF builds it; with `viaFetch`, with the WHATWG fetch transport it had before (for the record). */
export function oursCall(mockUrl: string, account: MockAccount, viaFetch = false): Call {
  const client = createCloudClient({
    endpoints: { Cbn: mockUrl },
    timeoutMs: 10_000,
    maxRetries: 0,
    retryBaseMs: 0,
    ...(viaFetch ? { fetch: (url: string, init: RequestInit) => fetch(url, init) } : {}),
  });
  const spec = findAction('Cbn', 'DescribeCens')!;
  const credentials = { accessKeyId: account.accessKeyId, accessKeySecret: account.accessKeySecret };
  return async () => {
    const result = await client.call({ spec, credentials, signatureStyle: 'v3', params: { PageSize: 10 } });
    if (!result.ok) throw new Error(`ours: ${result.error.code} ${result.error.message}`);
  };
}

export function theirsCall(mockUrl: string, account: MockAccount): Call {
  const client = new OpenApi.default(
    new OpenApi.Config({
      accessKeyId: account.accessKeyId,
      accessKeySecret: account.accessKeySecret,
      endpoint: new URL(mockUrl).host,
      protocol: 'http',
    }),
  );
  const params = new OpenApi.Params({
    action: 'DescribeCens',
    version: '2017-09-12',
    protocol: 'HTTP',
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
  return async () => {
    const request = new OpenApi.OpenApiRequest({ query: { PageSize: '10' } });
    const response = (await client.callApi(params, request, new TeaUtil.RuntimeOptions({}))) as {
      statusCode?: number;
    };
    if (response.statusCode !== 200) throw new Error(`theirs: HTTP ${response.statusCode}`);
  };
}

/** Requests per second with `concurrency` callers issuing `total` calls between them. */
export async function throughput(call: Call, concurrency: number, total: number): Promise<number> {
  return (await measure(call, concurrency, total)).rps;
}

async function measure(call: Call, concurrency: number, total: number) {
  const cpu = process.cpuUsage();
  const rps = await run(call, concurrency, total);
  const used = process.cpuUsage(cpu);
  return { rps, cpuUs: (used.user + used.system) / total };
}

async function run(call: Call, concurrency: number, total: number): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      await call();
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (total / (performance.now() - start)) * 1000;
}

export interface ClientBench {
  concurrency: number;
  callsPerRun: number;
  ours: number;
  theirs: number;
  ratio: number;
  /** Ours over undici's fetch instead of node:http keep-alive: what the change in openapi-client.ts bought. */
  oursViaFetch: number;
  /** Client-side CPU microseconds per call (this process only), which the shared machine disturbs less. */
  cpuUsPerCall: { ours: number; theirs: number; oursViaFetch: number };
  /** The mock's CPU microseconds per call for each side: when it exceeds the clients', the mock is the ceiling. */
  mockCpuUsPerCall: { ours: number; theirs: number; oursViaFetch: number };
}

/** CPU time (user + system) of a process so far, in microseconds, from /proc (clock ticks of 10 ms). */
export function processCpuUs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

export async function benchClients(
  mockUrl: string,
  account: MockAccount,
  runs: number,
  concurrency: number,
  total: number,
  mockPid: number,
): Promise<ClientBench> {
  const sides = {
    ours: oursCall(mockUrl, account),
    theirs: theirsCall(mockUrl, account),
    oursViaFetch: oursCall(mockUrl, account, true),
  };
  const names = Object.keys(sides) as (keyof typeof sides)[];
  // Warm-up: JIT, connections, the mock's own caches.
  for (const name of names) await run(sides[name], concurrency, Math.min(200, total));
  const rps = { ours: [] as number[], theirs: [] as number[], oursViaFetch: [] as number[] };
  const cpu = { ours: [] as number[], theirs: [] as number[], oursViaFetch: [] as number[] };
  const mockCpu = { ours: [] as number[], theirs: [] as number[], oursViaFetch: [] as number[] };
  // Each run interleaves the sides in slices of 100 calls, rotating who goes first, so that all three meet the
  // same machine (it is shared: a run measured in one block could catch another team's build).
  const slice = Math.min(100, total);
  for (let r = 0; r < runs; r++) {
    const elapsed = { ours: 0, theirs: 0, oursViaFetch: 0 };
    const cpuUs = { ours: 0, theirs: 0, oursViaFetch: 0 };
    const mockUs = { ours: 0, theirs: 0, oursViaFetch: 0 };
    for (let done = 0, k = r; done < total; done += slice, k++) {
      for (let j = 0; j < names.length; j++) {
        const name = names[(k + j) % names.length]!;
        const mock0 = processCpuUs(mockPid);
        const m = await measure(sides[name], concurrency, slice);
        mockUs[name] += processCpuUs(mockPid) - mock0;
        elapsed[name] += (slice / m.rps) * 1000;
        cpuUs[name] += m.cpuUs * slice;
      }
    }
    const calls = Math.ceil(total / slice) * slice;
    for (const name of names) {
      rps[name].push((calls / elapsed[name]) * 1000);
      cpu[name].push(cpuUs[name] / calls);
      mockCpu[name].push(mockUs[name] / calls);
    }
  }
  return {
    concurrency,
    callsPerRun: total,
    ours: median(rps.ours),
    theirs: median(rps.theirs),
    ratio: median(rps.ours) / median(rps.theirs),
    oursViaFetch: median(rps.oursViaFetch),
    cpuUsPerCall: {
      ours: median(cpu.ours),
      theirs: median(cpu.theirs),
      oursViaFetch: median(cpu.oursViaFetch),
    },
    mockCpuUsPerCall: {
      ours: median(mockCpu.ours),
      theirs: median(mockCpu.theirs),
      oursViaFetch: median(mockCpu.oursViaFetch),
    },
  };
}
