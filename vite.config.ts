/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The BFF serves dist/ in production; in dev (`npm run dev`) Vite proxies /api to it.
const bffPort = Number(process.env.BFF_PORT ?? 8787);

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: `http://127.0.0.1:${bffPort}`, changeOrigin: false } },
  },
  build: { sourcemap: false, chunkSizeWarningLimit: 1200 },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    // A ceiling, not a delay: step tests wait through real polling, slow under a loaded 2-core CI machine.
    testTimeout: 60_000,
  },
});
