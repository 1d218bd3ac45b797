// (b) The BFF's cloud client (src/server/openapi-client.ts) against Alibaba's @alicloud/openapi-client making the
// same signed v3 DescribeCens calls at the same concurrency, alternating who goes first, to two servers:
// - the standalone mock cloud (the figure as first asked for) — but on 2 cores the mock's CPU per call exceeds either
//   client's, so it sets the rate for both and the ratio stays near 1× whatever the clients cost;
// - a server answering every call with the mock's own answer and doing nothing else (canned-answer-server.ts), so
//   that the clients are the bottleneck and requests per second compare the clients.
// Each side runs in a process of its own (bench/client-side.ts); its CPU time per call there (process.cpuUsage) is
// reported for both: on a shared 2-core machine it is the figure that depends least on what else runs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findAction } from '../src/domain/openapi/actions';
import { createCloudClient } from '../src/server/openapi-client';
import { TSX } from '../test-support/node-process';
import { startMockProcess, type MockAccount } from '../test-support/server-processes';
import { OpenApi, TeaUtil } from './official-sdk';
import { median } from '../test-support/stats';

type Call = () => Promise<void>;

/**
 * Ours as the BFF builds it for a network endpoint (undici's Pool, src/server/pool-fetch.ts); 'node-http', over the
 * transport it keeps for the mock inside the BFF (keepAliveFetch); 'fetch', over the WHATWG fetch it had before
 * either (for the record).
 */
export function oursCall(
  mockUrl: string,
  account: MockAccount,
  transport: 'pool' | 'node-http' | 'fetch' = 'pool',
): Call {
  const client = createCloudClient({
    endpoints: { Cbn: mockUrl },
    timeoutMs: 10_000,
    maxRetries: 0,
    retryBaseMs: 0,
    pooled: transport === 'pool',
    ...(transport === 'fetch' ? { fetch: (url: string, init: RequestInit) => fetch(url, init) } : {}),
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

export interface SideFigures {
  ours: number;
  theirs: number;
  oursNodeHttp: number;
  oursViaFetch: number;
}

export interface ClientRun {
  /** Requests per second, median of the runs. */
  rps: SideFigures;
  /** ours / theirs requests per second. */
  ratio: number;
  /** Client-side CPU microseconds per call (this process only). */
  cpuUsPerCall: SideFigures;
  /** theirs / ours CPU per call: how much cheaper a call of ours is. */
  cpuRatio: number;
  /** The server's CPU microseconds per call for each side (from /proc, 10 ms ticks). */
  serverCpuUsPerCall: SideFigures;
}

export interface ClientBench {
  concurrency: number;
  callsPerRun: number;
  runs: number;
  /** Against the standalone mock cloud (the figure as first asked for). */
  mock: ClientRun;
  /** Against a server answering the mock's answer at once: the clients are the bottleneck. */
  canned: ClientRun;
}

/** CPU time (user + system) of a process so far, in microseconds, from /proc (clock ticks of 10 ms). */
export function processCpuUs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** One side's run in a process of its own (bench/client-side.ts), with the server's CPU over that process's calls. */
function sideRun(
  side: keyof SideFigures,
  url: string,
  account: MockAccount,
  concurrency: number,
  total: number,
  serverPid: number,
): Promise<{ rps: number; cpuUs: number; serverUs: number }> {
  // Warmed up until V8 has optimized both clients' paths: after 500 calls the measured ones still paid for JIT
  // compilations on V8's worker threads, which the process's CPU counts (canned answer, load 6–8: ours 343–439 µs and
  // the SDK's 529–802 µs per call after 500; 163–184 µs and 363–418 µs after 3,000).
  const warmup = Math.min(3000, 3 * total);
  const server0 = processCpuUs(serverPid);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...TSX, 'bench/client-side.ts', side, JSON.stringify({ url, account, concurrency, total, warmup })],
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`bench/client-side.ts ${side}: ${error.message} ${stderr}`));
        const m = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { rps: number; cpuUs: number };
        resolve({ ...m, serverUs: (processCpuUs(serverPid) - server0) / (warmup + total) });
      },
    );
  });
}

/**
 * The four sides against one server, each run in a process of its own (a shared process would bill one client's
 * garbage collection to the other), one after the other in a rotating order so that all three meet the same
 * machine (it is shared: a side measured in one block could catch another team's build). Medians over the runs.
 */
async function interleaved(
  url: string,
  account: MockAccount,
  runs: number,
  concurrency: number,
  total: number,
  serverPid: number,
): Promise<ClientRun> {
  const names: (keyof SideFigures)[] = ['ours', 'theirs', 'oursNodeHttp', 'oursViaFetch'];
  const sides = () => ({
    ours: [] as number[],
    theirs: [] as number[],
    oursNodeHttp: [] as number[],
    oursViaFetch: [] as number[],
  });
  const rps = sides();
  const cpu = sides();
  const serverCpu = sides();
  for (let r = 0; r < runs; r++)
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length]!;
      const m = await sideRun(name, url, account, concurrency, total, serverPid);
      rps[name].push(m.rps);
      cpu[name].push(m.cpuUs);
      serverCpu[name].push(m.serverUs);
    }
  const medians = (m: Record<keyof SideFigures, number[]>): SideFigures => ({
    ours: median(m.ours),
    theirs: median(m.theirs),
    oursNodeHttp: median(m.oursNodeHttp),
    oursViaFetch: median(m.oursViaFetch),
  });
  const r = medians(rps);
  const c = medians(cpu);
  return {
    rps: r,
    ratio: r.ours / r.theirs,
    cpuUsPerCall: c,
    cpuRatio: c.theirs / c.ours,
    serverCpuUsPerCall: medians(serverCpu),
  };
}

/** The mock's own answer to the benchmark's call, byte for byte, for the canned-answer server. */
async function mockAnswer(mockUrl: string, account: MockAccount): Promise<string> {
  let text: string | undefined;
  const client = createCloudClient({
    endpoints: { Cbn: mockUrl },
    timeoutMs: 10_000,
    maxRetries: 0,
    retryBaseMs: 0,
    fetch: async (url, init) => {
      const res = await fetch(url, init);
      const body = await res.text();
      if (res.ok) text = body;
      return { status: res.status, ok: res.ok, text: () => Promise.resolve(body) };
    },
  });
  const spec = findAction('Cbn', 'DescribeCens')!;
  const credentials = { accessKeyId: account.accessKeyId, accessKeySecret: account.accessKeySecret };
  await client.call({ spec, credentials, signatureStyle: 'v3', params: { PageSize: 10 } });
  if (text === undefined) throw new Error('the mock did not answer DescribeCens');
  return text;
}

export async function benchClients(
  mockUrl: string,
  account: MockAccount,
  runs: number,
  concurrency: number,
  total: number,
  mockPid: number,
): Promise<ClientBench> {
  const mock = await interleaved(mockUrl, account, runs, concurrency, total, mockPid);
  const dir = mkdtempSync(join(tmpdir(), 'cen-connect-bench-canned-'));
  const file = join(dir, 'answer.json');
  writeFileSync(file, await mockAnswer(mockUrl, account));
  const server = await startMockProcess('bench/canned-answer-server.ts', [file]);
  try {
    const canned = await interleaved(server.url, account, runs, concurrency, total, server.pid);
    return { concurrency, callsPerRun: total, runs, mock, canned };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
