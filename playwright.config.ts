import { defineConfig, devices } from '@playwright/test';

// Playwright drives Debian's Chromium: it cannot download its own browser on these machines.
// The server under test is the real BFF serving the built app, with the mock cloud inside it.
const port = Number(process.env.E2E_PORT ?? 8788);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  // The static demo has its own config (playwright.demo.config.ts): no BFF may run beside it.
  testIgnore: 'demo/**',
  // Each test works in its own sandbox of the mock cloud (e2e/fixtures.ts; docs/decisions/0004-isolated-test-sandboxes.md),
  // so workers share the one BFF without seeing each other's resets or faults. 2 in CI: the machine has 2 cores
  // (measured in the decision record); 1 elsewhere, where the machine is shared — pass --workers to choose.
  workers: process.env.CI ? 2 : 1,
  // One retry in CI only: a test that passes on retry is still reported as "flaky" in the output, while one flake no
  // longer blocks a landing.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // A trace only for a retry: recording every test costs time even when it passes (the bench's UI walk took 17.1 s
  // traced against 10.4 s untraced), and a test that fails in CI is retried once, with its trace.
  // Reduced motion, as a user who asks for it gets it (src/web/state/use-reduced-motion.ts: antd's motion off), so a
  // pick does not wait for the dropdown's slide-in to stop moving: the full walk took 8.1 s with motion and 5.9 s
  // without (median of 6 each, side by side, load 6–10). The console keeps its motion for everyone else; the unit
  // test of the hook covers both.
  use: { baseURL, trace: 'on-first-retry', screenshot: 'only-on-failure', reducedMotion: 'reduce' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // Node itself, no tsx CLI between: a stop signal reaches the server, which drains before it exits.
    command: 'node --import tsx src/server/main.ts',
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), CEN_CONNECT_MOCK_DELAY_MS: '300', CEN_CONNECT_TEST_SANDBOXES: '1' },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
