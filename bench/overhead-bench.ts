// (c) Latency the BFF adds over calling the standalone mock directly. The BFF runs in-process (createApp, as in
// src/server/app-cloud.test.ts) with its cloud client pointed at the mock, so its HTTP hop from the browser is not
// included; the direct side is the same cloud client calling the same mock. The BFF is set up as main.ts sets it
// up on loopback: Host and Origin guards with the allowed hosts, and an audit file. Per request, from one run:
// - wall time in app.request minus the time its upstream call took (the added latency, exact per request);
// - the same, only over requests during which this process was never preempted (no involuntary context switch):
//   on a shared 2-core machine a request that lost the CPU to another process measures the machine, not the BFF;
// - the BFF's own CPU time: the process's CPU time over the request minus that over its upstream call;
// - end to end: DescribeCens via the BFF vs direct, interleaved one by one, p50/p99 of each.
import { mkdtempSync, rmSync } from 'node:fs';
import { Hono } from 'hono';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findAction } from '../src/domain/openapi/actions';
import { createApp } from '../src/server/app';
import { auditFile } from '../src/server/audit-file';
import { createAuditLog, type AuditLog } from '../src/server/audit-log';
import { resolveAccounts, type DemoAccount } from '../src/server/accounts';
import { readEnv } from '../src/server/env';
import type { CloudClient } from '../src/server/cloud-client';
import { createCloudClient } from '../src/server/openapi-client';
import type { MockAccount } from '../test-support/server-processes';
import { percentile } from '../test-support/stats';
import { heapAllocated } from './heap-allocated';

export interface OverheadBench {
  samples: number;
  addedP50Ms: number;
  addedP99Ms: number;
  /** Requests during which the process was never preempted, and the added latency over those only. */
  unpreempted: { samples: number; addedP50Ms: number; addedP99Ms: number };
  /** The BFF alone, its upstream answering at once (same guards, validation and audit file): wall and CPU. */
  alone: { wall: { p50Ms: number; p99Ms: number }; cpu: { p50Ms: number; p99Ms: number } };
  /**
   * JS heap allocated per request (bytes): the BFF alone, and the floor — a bare Hono app answering the same
   * request with the same JSON through the same app.request (the Request, the body read, c.json, the answer read)
   * — measured in alternating blocks; `own` is their difference, what the BFF's code allocates.
   */
  allocated: {
    requests: number;
    alone: number;
    floor: number;
    own: number;
    collections: number;
    longestPauseMs: number;
  };
  /** The BFF's own CPU time per request (the process's, minus its upstream call's), in ms. */
  cpu: { p50Ms: number; p99Ms: number };
  direct: { p50Ms: number; p99Ms: number };
  viaBff: { p50Ms: number; p99Ms: number };
}

export async function benchOverhead(
  mockUrl: string,
  mockAccounts: MockAccount[],
  samples: number,
): Promise<OverheadBench> {
  const client = createCloudClient({
    endpoints: { Cbn: mockUrl, Vpc: mockUrl, Ecs: mockUrl, Sts: mockUrl },
    timeoutMs: 10_000,
    maxRetries: 0,
    retryBaseMs: 0,
    // As main.ts builds it for a mock of its own (a network endpoint): undici's pool.
    pooled: true,
  });
  let upstreamMs = 0;
  let upstreamCpuUs = 0;
  const timed: CloudClient = {
    call: async (req) => {
      const cpu = process.cpuUsage();
      const t = performance.now();
      const result = await client.call(req);
      upstreamMs = performance.now() - t;
      const used = process.cpuUsage(cpu);
      upstreamCpuUs = used.user + used.system;
      return result;
    },
  };
  const auditDir = mkdtempSync(join(tmpdir(), 'cen-connect-bench-audit-'));
  const port = 8080;
  const accounts = resolveAccounts({
    env: readEnv({}),
    demo: mockAccounts as DemoAccount[],
    assumeRole: () => Promise.reject(new Error('not used')),
  });
  const audits: AuditLog[] = [];
  const bff = (cloudClient: CloudClient, file: string) => {
    const audit = createAuditLog({ file: auditFile(join(auditDir, file)) });
    audits.push(audit);
    return createApp({
      cloud: 'mock',
      accounts: () => Promise.resolve(accounts),
      resolveUid: () => Promise.resolve(undefined),
      client: cloudClient,
      audit,
      // As main.ts on loopback: only these Host and Origin values are answered.
      security: { allowedHosts: [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`] },
    });
  };
  const app = bff(timed, 'audit.jsonl');
  const spec = findAction('Cbn', 'DescribeCens')!;
  const a = mockAccounts.find((x) => x.name === 'A')!;
  const credentials = { accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret };
  const body = JSON.stringify({ account: 'A', params: { PageSize: 10 } });

  const origin = `http://127.0.0.1:${port}`;
  const viaBff = async () => {
    const switches = process.resourceUsage().involuntaryContextSwitches;
    const cpu = process.cpuUsage();
    const t = performance.now();
    // What the console's fetch sends: same-origin POST with a JSON body.
    const res = await app.request(`${origin}/api/openapi/DescribeCens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
      body,
    });
    await res.text();
    const total = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const preempted = process.resourceUsage().involuntaryContextSwitches !== switches;
    if (res.status !== 200) throw new Error(`via the BFF: HTTP ${res.status}`);
    return {
      total,
      added: total - upstreamMs,
      cpuMs: (used.user + used.system - upstreamCpuUs) / 1000,
      preempted,
    };
  };
  const direct = async () => {
    const t = performance.now();
    const result = await client.call({ spec, credentials, signatureStyle: 'v3', params: { PageSize: 10 } });
    if (!result.ok) throw new Error(`direct: ${result.error.code}`);
    return performance.now() - t;
  };

  for (let i = 0; i < 200; i++) {
    await viaBff();
    await direct();
  }
  const added: number[] = [];
  const quiet: number[] = [];
  const cpuMs: number[] = [];
  const totals: number[] = [];
  const directs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const v = await viaBff();
    added.push(v.added);
    if (!v.preempted) quiet.push(v.added);
    cpuMs.push(v.cpuMs);
    totals.push(v.total);
    directs.push(await direct());
  }

  // The BFF alone: the same app with an upstream that answers at once with the mock's last answer, so neither the
  // network nor the client's garbage (collected while the BFF runs) is in its figures.
  const answer = await client.call({ spec, credentials, signatureStyle: 'v3', params: { PageSize: 10 } });
  const alone = bff({ call: () => Promise.resolve(answer) }, 'alone.jsonl');
  const ask = async (target: Hono) => {
    const res = await target.request(`${origin}/api/openapi/DescribeCens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
      body,
    });
    await res.text();
    return res;
  };
  const aloneOnce = async () => {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const res = await ask(alone);
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    if (res.status !== 200) throw new Error(`the BFF alone: HTTP ${res.status}`);
    return { wall, cpuMs: (used.user + used.system) / 1000 };
  };
  // Warmed up until V8 has optimized the whole request path: after 500 requests the next 2,000 still paid for ~100
  // TurboFan compilations, run on V8's worker threads that process.cpuUsage counts (p99 1.9 ms at load 19; after
  // 5,000, 0.48 ms with ~20 compilations left).
  for (let i = 0; i < 5000; i++) await aloneOnce();
  const aloneWall: number[] = [];
  const aloneCpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const v = await aloneOnce();
    aloneWall.push(v.wall);
    aloneCpu.push(v.cpuMs);
  }
  // Allocation: the BFF alone against its floor, a Hono app that only reads the body and answers the same JSON.
  const floor = new Hono();
  floor.post('/api/openapi/:action', async (c) => {
    JSON.parse(await c.req.text());
    return c.json(answer.ok ? answer.body : {});
  });
  for (let i = 0; i < 500; i++) await ask(floor);
  const block = 200;
  const allocated = { requests: 0, alone: 0, floor: 0, collections: 0, longestPauseMs: 0 };
  for (let round = 0; round < Math.max(2, Math.round(samples / block)); round++)
    for (const [side, target] of round % 2
      ? ([
          ['floor', floor],
          ['alone', alone],
        ] as const)
      : ([
          ['alone', alone],
          ['floor', floor],
        ] as const)) {
      const a = await heapAllocated(async () => {
        for (let i = 0; i < block; i++) await ask(target);
      });
      allocated[side] += a.bytes;
      if (side === 'alone') {
        allocated.requests += block;
        allocated.collections += a.collections;
        allocated.longestPauseMs = Math.max(allocated.longestPauseMs, a.longestPauseMs);
      }
    }
  const perRequest = (bytes: number) => bytes / allocated.requests;

  // The appends are coalesced and may still be queued: the directory goes once every line is written, as main.ts
  // flushes the audit log before it exits.
  await Promise.all(audits.map((audit) => audit.flush()));
  rmSync(auditDir, { recursive: true, force: true });
  return {
    allocated: {
      requests: allocated.requests,
      alone: perRequest(allocated.alone),
      floor: perRequest(allocated.floor),
      own: perRequest(allocated.alone - allocated.floor),
      collections: allocated.collections,
      longestPauseMs: allocated.longestPauseMs,
    },
    alone: {
      wall: { p50Ms: percentile(aloneWall, 50), p99Ms: percentile(aloneWall, 99) },
      cpu: { p50Ms: percentile(aloneCpu, 50), p99Ms: percentile(aloneCpu, 99) },
    },
    samples,
    addedP50Ms: percentile(added, 50),
    addedP99Ms: percentile(added, 99),
    unpreempted: {
      samples: quiet.length,
      addedP50Ms: quiet.length ? percentile(quiet, 50) : Number.NaN,
      addedP99Ms: quiet.length ? percentile(quiet, 99) : Number.NaN,
    },
    cpu: { p50Ms: percentile(cpuMs, 50), p99Ms: percentile(cpuMs, 99) },
    direct: { p50Ms: percentile(directs, 50), p99Ms: percentile(directs, 99) },
    viaBff: { p50Ms: percentile(totals, 50), p99Ms: percentile(totals, 99) },
  };
}
