import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The static demo (dist-demo/, npm run build:demo) in Debian's Chromium, served by a plain static file server the
// spec starts itself (test-support/static-server.ts) under a base path: no BFF runs. Its own config, so that no
// server of the main config starts beside it; `npm run e2e` runs both.
export default defineConfig({
  ...base,
  testDir: './e2e/demo',
  testIgnore: [],
  workers: 1,
  use: { ...base.use, baseURL: undefined },
  webServer: undefined,
});
