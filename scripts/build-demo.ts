// npm run build:demo: the static demo in dist-demo/ (README "A demo with nothing to install"). Refuses to build with
// any CEN_CONNECT_* variable set (demo/build-guard.ts), then builds the page and the service worker.
// Usage: tsx scripts/build-demo.ts [out-dir]
import { build } from 'vite';
import { demoEnvRefusal, refusedDemoEnv } from '../demo/build-guard';
import { DEMO_DIR, pageConfig, workerConfig } from '../demo/vite-demo-config';

const refused = refusedDemoEnv(process.env);
if (refused.length > 0) {
  console.error(demoEnvRefusal(refused));
  process.exit(2);
}
// An optional folder to build into instead of dist-demo/ (npm run bench builds into its own).
const outDir = process.argv[2] ?? DEMO_DIR;
await build(pageConfig(outDir));
await build(workerConfig(outDir));
console.log(`The static demo is in ${outDir}: serve that folder from any static host (README).`);
