// npm run build:demo: the static demo in dist-demo/ (README "A demo with nothing to install"). Refuses to build with
// any CEN_CONNECT_* variable set (demo/build-guard.ts), then builds the page and the service worker.
import { build } from 'vite';
import { demoEnvRefusal, refusedDemoEnv } from '../demo/build-guard';
import { DEMO_DIR, pageConfig, workerConfig } from '../demo/vite-demo-config';

const refused = refusedDemoEnv(process.env);
if (refused.length > 0) {
  console.error(demoEnvRefusal(refused));
  process.exit(2);
}
await build(pageConfig());
await build(workerConfig());
console.log(`The static demo is in ${DEMO_DIR}: serve that folder from any static host (README).`);
