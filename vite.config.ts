/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The BFF serves dist/ in production; in dev (`npm run dev`) Vite proxies /api to it.
const bffPort = Number(process.env.BFF_PORT ?? 8787);

const STEP_1 = fileURLToPath(new URL('./src/web/steps/1-create-cen/create-cen-step.tsx', import.meta.url));

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

// antd's index re-exports every component; walking through it would put all of antd in step 1's group. Stopping
// there leaves the components step 1 really uses to includeDependenciesRecursively, which follows only what the
// tree-shaken build keeps.
const BARREL = /[\\/]node_modules[\\/]antd[\\/]es[\\/]index\.js$/;

/** The modules statically reachable from step 1's component, up to antd's barrel. */
function step1Modules(graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const queue = [STEP_1];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id) || BARREL.test(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}
let cached: { graph: ModuleGraph; modules: Set<string> } | undefined;

// Page load (bench/README.md, page load): left to itself the bundler cuts the shell and step 1 into ~49 small shared chunks (one
// per combination of lazy chunks that use a module), and Chromium fetches at most 6 at a time per host over
// HTTP/1.1 — step 1's 34 chunks arrived in waves over ~340 ms of a ~800 ms load. Two groups instead:
// - 'shell': everything index.html loads anyway ($initial: statically imported from main.tsx), so no page loads
//   more for it; it ends up in the entry chunk.
// - 'step-1': what step 1 adds to the shell. Later chunks sharing a module with it (antd parts mostly) import it.
const CHUNK_GROUPS = [
  { name: 'shell', tags: ['$initial' as const], priority: 2 },
  {
    name: (id: string, graph: ModuleGraph) => {
      if (cached?.graph !== graph) cached = { graph, modules: step1Modules(graph) };
      return cached.modules.has(id) ? 'step-1' : null;
    },
    priority: 1,
  },
];

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: `http://127.0.0.1:${bffPort}`, changeOrigin: false } },
  },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: CHUNK_GROUPS,
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test-support/**/*.test.ts',
      'demo/**/*.test.ts',
    ],
    setupFiles: ['./vitest.setup.ts'],
    // A ceiling, not a delay: step tests wait through real polling, slow under a loaded 2-core CI machine.
    testTimeout: 60_000,
  },
});
