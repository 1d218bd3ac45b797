// (b) The BFF's cloud client (src/server/openapi-client.ts) against Alibaba's @alicloud/openapi-client making the
// same signed v3 DescribeCens calls to the same standalone mock at the same concurrency, alternating who goes first.
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
}

export async function benchClients(
  mockUrl: string,
  account: MockAccount,
  runs: number,
  concurrency: number,
  total: number,
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
  for (let r = 0; r < runs; r++) {
    // Rotate who goes first so neither side always meets a busier machine.
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length]!;
      const m = await measure(sides[name], concurrency, total);
      rps[name].push(m.rps);
      cpu[name].push(m.cpuUs);
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
  };
}
