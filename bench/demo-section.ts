// The static demo's JavaScript (npm run build:demo; README "A demo with nothing to install"), beside the server
// build's row (d): what its index.html loads eagerly, gzip, as row (d) counts it, and the service worker that
// carries the BFF and the mock cloud, which the browser fetches once and keeps. Figures only: the target of (d) is
// the server build's.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchBundle } from './bundle-bench';
import { kB, type SectionRun } from './section';

export const demoSection: SectionRun = {
  sections: ['demo'],
  run({ log, rows, results }) {
    log('(d) the static demo: building it and measuring its JavaScript…');
    const outDir = join(tmpdir(), `cen-connect-bench-demo-${process.pid}`);
    // The demo refuses any CEN_CONNECT_* variable (demo/build-guard.ts); the bench may run with some set.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(CEN_CONNECT_|VITE_)/.test(k)),
    );
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-demo.ts', outDir], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const page = benchBundle(outDir);
    const worker = readFileSync(join(outDir, 'sw.js'));
    rmSync(outDir, { recursive: true, force: true });
    const workerGzipBytes = gzipSync(worker).length;
    results.demoBundle = { ...page, workerGzipBytes, workerBytes: worker.length };
    rows.push({
      section: 'demo',
      figure: '(d) the static demo: initial JS, gzip (index.html script + modulepreloads)',
      ours: kB(page.initialGzipBytes),
      reference: `service worker (BFF + mock cloud) ${kB(workerGzipBytes)} gzip; ${kB(page.totalGzipBytes)} all ${page.totalFiles} page scripts`,
      ratio: '—',
      target: '—',
      status: 'info',
    });
  },
};
