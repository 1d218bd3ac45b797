// The walk floor runs in the same browser with the same options as the e2e specs (the root playwright.config.ts:
// Chromium's flags, reduced motion, no trace for the timed run), only without the server: its page needs none.
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const { webServer: _none, ...rest } = base;

export default defineConfig({ ...rest, testDir: '.', testMatch: 'walk-floor.spec.ts' });
