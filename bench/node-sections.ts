// The sections of `npm run bench` measured without a browser (bench/README.md (a), (b), (c), (f), (h), Load): the
// signer, the cloud client against the standalone mock and a canned answer, the BFF's added latency, the cloud
// calls of one API-driven run, and the load runs through one real BFF process.
import { benchSigning } from './sign-bench';
import { benchClients } from './client-bench';
import { benchOverhead } from './overhead-bench';
import {
  mockCloudEnv,
  startBff,
  startMockProcess,
  startStandaloneMock,
} from '../test-support/server-processes';
import { apiOver, apiWithCookies, runLoad, type LoadResult } from '../test-support/load-run';
import { MINIMUM_CALLS, tutorialRun } from '../test-support/tutorial-run';
import { round } from '../test-support/stats';
import { check, ms, perS, ratioAtLeast, x, type SectionRun } from './section';

// The BFF's CPU target (p99 ≤ 1 ms) is held by the row "the BFF alone": its upstream answers at once, so what it
// measures is the BFF's own code. The three rows above it measure the BFF with the cloud client and the mock cloud
// in the same process, so the client's work, its garbage and every preemption by another process land in them
// (bench/README.md (c)); they are shown to say where the time goes, not judged against the BFF's target.
const AT_BFF_ALONE = 'info (target on "the BFF alone")';

export const signSection: SectionRun = {
  sections: ['sign'],
  run({ quick: q, log, rows, results }) {
    log('(a) signatures per second…');
    const s = benchSigning(q ? 3 : 7, q ? 150 : 400);
    results.signing = s;
    for (const [scheme, r, theirs] of [
      ['v1 HMAC-SHA1', s.v1, 'getRPCSignature'],
      ['v3 ACS3-HMAC-SHA256', s.v3, 'getAuthorization'],
    ] as const)
      rows.push({
        section: 'sign',
        figure: `(a) signatures/s, ${scheme}`,
        ours: perS(r.ours),
        reference: `${perS(r.theirs)} openapi-util ${theirs}`,
        ...ratioAtLeast(r.ratio, 1),
      });
  },
};

export const clientSection: SectionRun = {
  sections: ['client', 'overhead'],
  async run({ quick: q, on, log, rows, results }) {
    log('starting the standalone mock cloud (npm run mock-cloud -- --port 0 --delay-ms 0)…');
    const mock = await startStandaloneMock();
    try {
      const a = mock.accounts.find((m) => m.name === 'A')!;
      if (on('client')) {
        log('(b) cloud client vs @alicloud/openapi-client (the mock, then a canned answer)…');
        const c = await benchClients(mock.url, a, q ? 3 : 5, 8, q ? 300 : 1000, mock.pid);
        results.client = c;
        const us = (v: number) => `${Math.round(v)} µs`;
        // Against the canned answer the clients are the bottleneck, so there ours must be ≥ 1.5× the SDK. Against the
        // standalone mock the mock's own CPU sets both clients' pace on 2 cores (bench/README.md (b)), so the target
        // there is to stay no slower than when it was set: 1.07× the SDK's calls per second, and no more CPU per call.
        for (const [where, r, label, rpsMin, cpuMin] of [
          ['mock', c.mock, 'standalone mock', 1.07, 1],
          ['canned', c.canned, 'canned-answer server (the clients are the bottleneck)', 1.5, 1.5],
        ] as const) {
          rows.push(
            {
              section: 'client',
              figure: `(b) DescribeCens req/s at concurrency ${c.concurrency}, ${label}`,
              ours: perS(r.rps.ours),
              reference: `${perS(r.rps.theirs)} @alicloud/openapi-client`,
              ...ratioAtLeast(r.ratio, rpsMin),
            },
            {
              section: 'client',
              figure: `(b) client CPU per call (this process), ${where === 'mock' ? 'against the mock' : 'canned answer'}`,
              ours: us(r.cpuUsPerCall.ours),
              reference: `${us(r.cpuUsPerCall.theirs)} @alicloud/openapi-client`,
              ...ratioAtLeast(r.cpuRatio, cpuMin, 'theirs / ours'),
            },
          );
        }
        rows.push({
          section: 'client',
          figure: "(b) the mock's CPU per call it answers",
          ours: us(c.mock.serverCpuUsPerCall.ours),
          reference: `${us(c.mock.serverCpuUsPerCall.theirs)} for @alicloud/openapi-client's calls`,
          ratio: '—',
          target: '—',
          status: 'info',
        });
        // The two transports our client can use, over the same canned answer as the SDK (info: no target).
        for (const [transport, rps, cpuUs] of [
          [
            'node:http (kept for the mock inside the BFF)',
            c.canned.rps.oursNodeHttp,
            c.canned.cpuUsPerCall.oursNodeHttp,
          ],
          [
            'undici fetch (the transport before)',
            c.canned.rps.oursViaFetch,
            c.canned.cpuUsPerCall.oursViaFetch,
          ],
        ] as const)
          rows.push({
            section: 'client',
            figure: `(b) ours over ${transport}, canned answer`,
            ours: perS(rps),
            reference: `${perS(c.canned.rps.theirs)} @alicloud/openapi-client; ${us(cpuUs)} CPU per call`,
            ratio: x(rps / c.canned.rps.theirs),
            target: '—',
            status: 'info',
          });
      }
      if (on('overhead')) {
        log('(c) latency the BFF adds…');
        const o = await benchOverhead(mock.url, mock.accounts, q ? 300 : 2000);
        results.overhead = o;
        rows.push({
          section: 'overhead',
          figure: `(c) latency the BFF adds (in-process, wall time), all ${o.samples} requests`,
          ours: `p50 ${ms(o.addedP50Ms)}, p99 ${ms(o.addedP99Ms)}`,
          reference: `direct p50 ${ms(o.direct.p50Ms)} p99 ${ms(o.direct.p99Ms)}; via BFF p50 ${ms(o.viaBff.p50Ms)} p99 ${ms(o.viaBff.p99Ms)}`,
          ratio: '—',
          target: AT_BFF_ALONE,
          status: 'info',
        });
        rows.push({
          section: 'overhead',
          figure: `(c) the same, over the ${o.unpreempted.samples} requests never preempted by another process`,
          ours: `p50 ${ms(o.unpreempted.addedP50Ms)}, p99 ${ms(o.unpreempted.addedP99Ms)}`,
          reference: `${o.samples - o.unpreempted.samples} of ${o.samples} requests lost the CPU (involuntary context switch)`,
          ratio: '—',
          target: AT_BFF_ALONE,
          status: 'info',
        });
        rows.push({
          section: 'overhead',
          figure: "(c) the BFF's own CPU time per request (process CPU minus its upstream call's)",
          ours: `p50 ${ms(o.cpu.p50Ms)}, p99 ${ms(o.cpu.p99Ms)}`,
          reference:
            "all threads, GC helpers and the audit appends included; the client's garbage is collected in it too",
          ratio: '—',
          target: AT_BFF_ALONE,
          status: 'info',
        });
        rows.push({
          section: 'overhead',
          figure:
            '(c) the BFF alone (upstream answers at once; same guards, validation, audit file): CPU time',
          ours: `p50 ${ms(o.alone.cpu.p50Ms)}, p99 ${ms(o.alone.cpu.p99Ms)}`,
          reference: `wall p50 ${ms(o.alone.wall.p50Ms)}, p99 ${ms(o.alone.wall.p99Ms)} (the wall includes preemption)`,
          ratio: '—',
          target: 'p99 ≤ 1 ms',
          status: check(o.alone.cpu.p99Ms <= 1),
        });
        const KB = (bytes: number) => `${round(bytes / 1024, 1)} KB`;
        rows.push({
          section: 'overhead',
          figure: `(c) the BFF alone: JS heap allocated per request, over its floor (${o.allocated.requests} requests)`,
          ours: KB(o.allocated.own),
          reference: `${KB(o.allocated.alone)} in all; floor ${KB(o.allocated.floor)} (a bare Hono app answering the same JSON through the same app.request); ${o.allocated.collections} collections, longest pause ${ms(o.allocated.longestPauseMs)}`,
          ratio: '—',
          target: '≤ 20 KB',
          status: check(o.allocated.own <= 20 * 1024),
        });
      }
    } finally {
      await mock.stop();
    }
  },
};

export const loadSection: SectionRun = {
  sections: ['calls', 'load'],
  async run({ quick: q, loadRuns, on, log, rows, results }) {
    const runs = on('load') ? (q ? 20 : loadRuns) : 0;
    log(`starting the load-world mock (${runs + 1} pairs of networks) and the BFF (src/server/main.ts)…`);
    const mock = await startMockProcess('bench/load-mock.ts', [String(runs + 1)]);
    const bff = await startBff({ env: { ...mockCloudEnv(mock.url), CEN_CONNECT_SERVE_APP: '0' } });
    try {
      const uid = (name: string) => mock.accounts.find((m) => m.name === name)!.uid;
      const uids = { A: uid('A'), B: uid('B') };
      const api = apiOver((path, init) => fetch(`${bff.url}${path}`, init));
      if (on('calls')) {
        log('(f) cloud calls per full run (BFF API driver)…');
        mock.resetLog();
        const timings = await tutorialRun(api, { run: runs, uids });
        await new Promise((r) => setTimeout(r, 200));
        const atMock = mock.log().filter((l) => !l.includes('/_mock/')).length;
        const minimum = MINIMUM_CALLS.writes + MINIMUM_CALLS.reads;
        results.callsPerRun = { driver: 'BFF API', atMock, bffCalls: timings.length, minimum };
        rows.push({
          section: 'calls',
          figure: '(f) cloud calls per full run — BFF API driver, counted at the mock',
          ours: String(atMock),
          reference: `minimum ${minimum} (${MINIMUM_CALLS.writes} writes + ${MINIMUM_CALLS.reads} reads)`,
          ratio: x(atMock / minimum),
          target: '≤ 1.2',
          status: check(atMock / minimum <= 1.2),
        });
      }
      if (on('load')) {
        log(`(h) load: ${runs} concurrent tutorial runs through one BFF…`);
        const before = bff.memory();
        const load: LoadResult = await runLoad(api, { runs, uids, timeBudgetMs: 300_000 });
        const after = bff.memory();
        results.load = { ...load, bffRssBeforeBytes: before.rss, bffPeakRssBytes: after.peakRss };
        rows.push({
          section: 'load',
          figure: `(load) ${runs} concurrent six-step runs, one BFF, loopback`,
          ours: `${load.completed}/${runs} ok, ${load.errors.length} errors`,
          reference: `${round(load.wallMs / 1000, 2)} s, ${perS(load.callsPerSecond)} calls, ${round(load.runsPerSecond, 1)} runs/s`,
          ratio: '—',
          target: '0 errors',
          status: check(load.errors.length === 0 && load.completed === runs),
        });
        rows.push({
          section: 'load',
          figure: '(h) BFF peak RSS during the load run',
          ours: `${round(after.peakRss / 1048576, 1)} MiB`,
          reference: `${round(before.rss / 1048576, 1)} MiB before the load`,
          ratio: '—',
          target: '—',
          status: 'info',
        });
        if (load.errors.length) log(`load errors (first 5):\n  ${load.errors.slice(0, 5).join('\n  ')}`);
      }
    } finally {
      await bff.stop();
      await mock.stop();
    }
  },
};

export const sandboxSection: SectionRun = {
  sections: ['sandboxes'],
  async run({ quick: q, loadRuns, log, rows, results }) {
    const runs = q ? 20 : loadRuns;
    log(`load in training mode: ${runs} runs, each in its own sandbox of the standalone mock…`);
    const mock = await startStandaloneMock();
    // The whole load joins from this one address: the class and the per-client bound must both hold every run.
    const bff = await startBff({
      env: {
        ...mockCloudEnv(mock.url),
        CEN_CONNECT_SERVE_APP: '0',
        CEN_CONNECT_TRAINING: '1',
        CEN_CONNECT_CLASS_SIZE: String(runs),
        CEN_CONNECT_SANDBOXES_PER_CLIENT: String(runs),
      },
    });
    try {
      const uid = (name: string) => mock.accounts.find((m) => m.name === name)!.uid;
      const before = bff.memory();
      // Every run is a fresh browser (its own cookie jar) that joins, so the BFF gives each its own sandbox of the
      // tutorial's world, and every run uses the tutorial's own networks.
      const load = await runLoad(
        apiOver(() => Promise.reject(new Error('unused'))),
        {
          runs,
          uids: { A: uid('A'), B: uid('B') },
          timeBudgetMs: 300_000,
          apiFor: () => apiWithCookies(bff.url, { join: true }),
          vpcNames: { A: 'A-Qingdao-VPC', B: 'B-Beijing-VPC' },
        },
      );
      const after = bff.memory();
      results.sandboxLoad = { ...load, bffRssBeforeBytes: before.rss, bffPeakRssBytes: after.peakRss };
      rows.push({
        section: 'sandboxes',
        figure: `(load) ${runs} concurrent runs, each in its own training sandbox`,
        ours: `${load.completed}/${runs} ok, ${load.errors.length} errors`,
        reference: `${round(load.wallMs / 1000, 2)} s, ${perS(load.callsPerSecond)} calls; BFF peak RSS ${round(after.peakRss / 1048576, 1)} MiB`,
        ratio: '—',
        target: '0 errors',
        status: check(load.errors.length === 0 && load.completed === runs),
      });
      if (load.errors.length)
        log(`sandbox load errors (first 5):\n  ${load.errors.slice(0, 5).join('\n  ')}`);
    } finally {
      await bff.stop();
      await mock.stop();
    }
  },
};
