// Fails early, and in plain words, when the browser the e2e suite needs is missing:
// Playwright cannot download its own browser on these machines (see README, "Tests").
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `Chromium was not found at ${path}. The e2e suite runs Debian's Chromium.\n` +
      `Install it with:  apt-get update && apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at another Chromium binary.`,
  );
  process.exit(1);
}
