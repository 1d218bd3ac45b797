// (c) Latency the BFF adds over calling the standalone mock directly. The BFF runs in-process (createApp, as in
// src/server/app-cloud.test.ts) with its cloud client pointed at the mock, so its HTTP hop from the browser is not
// included; the direct side is the same cloud client calling the same mock. Two views, both from one run:
// - in the BFF: each request's time in app.request minus the time its upstream call took (exact, per request);
// - end to end: DescribeCens via the BFF vs direct, interleaved one by one, p50/p99 of each.
import { findAction } from '../src/domain/openapi/actions';
import { createApp } from '../src/server/app';
import { createAuditLog } from '../src/server/audit-log';
import { resolveAccounts, type DemoAccount } from '../src/server/accounts';
import { readEnv } from '../src/server/env';
import { createCloudClient, type CloudClient } from '../src/server/openapi-client';
import type { MockAccount } from './mock-process';
import { percentile } from './stats';

export interface OverheadBench {
  samples: number;
  addedP50Ms: number;
  addedP99Ms: number;
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
  });
  let upstreamMs = 0;
  const timed: CloudClient = {
    call: async (req) => {
      const t = performance.now();
      const result = await client.call(req);
      upstreamMs = performance.now() - t;
      return result;
    },
  };
  const accounts = resolveAccounts({
    env: readEnv({}),
    demo: mockAccounts as DemoAccount[],
    assumeRole: () => Promise.reject(new Error('not used')),
  });
  const app = createApp({
    cloud: 'mock',
    accounts: () => Promise.resolve(accounts),
    resolveUid: () => Promise.resolve(undefined),
    client: timed,
    audit: createAuditLog(),
    security: {},
  });
  const spec = findAction('Cbn', 'DescribeCens')!;
  const a = mockAccounts.find((x) => x.name === 'A')!;
  const credentials = { accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret };
  const body = JSON.stringify({ account: 'A', params: { PageSize: 10 } });

  const viaBff = async () => {
    const t = performance.now();
    const res = await app.request('/api/openapi/DescribeCens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await res.text();
    const total = performance.now() - t;
    if (res.status !== 200) throw new Error(`via the BFF: HTTP ${res.status}`);
    return { total, added: total - upstreamMs };
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
  const totals: number[] = [];
  const directs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const v = await viaBff();
    added.push(v.added);
    totals.push(v.total);
    directs.push(await direct());
  }
  return {
    samples,
    addedP50Ms: percentile(added, 50),
    addedP99Ms: percentile(added, 99),
    direct: { p50Ms: percentile(directs, 50), p99Ms: percentile(directs, 99) },
    viaBff: { p50Ms: percentile(totals, 50), p99Ms: percentile(totals, 99) },
  };
}
