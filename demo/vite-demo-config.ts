// The two Vite builds of the static demo (scripts/build-demo.ts runs them): the console's page with relative asset
// URLs (base './', so any folder of any static host serves it), and the service worker as one classic script,
// sw.js beside index.html (its scope is that folder). The worker's build fails on any Node built-in it reaches:
// what only a server has stays out of it by injection (docs/decisions/0007-demo-in-a-service-worker.md).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import consoleConfig from '../vite.config';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEMO_DIR = fileURLToPath(new URL('../dist-demo', import.meta.url));

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Refuses a Node built-in anywhere in the worker's graph, naming the module that imports it. */
function noNodeBuiltins(): Plugin {
  return {
    name: 'demo-worker-no-node-builtins',
    enforce: 'pre',
    resolveId(id, importer) {
      if (NODE_BUILTINS.has(id) || id.startsWith('node:'))
        this.error(`the demo's service worker may not import ${id} (imported by ${importer ?? '?'})`);
      return null;
    },
    // Node's globals are not imports: a Buffer left in the mock or the BFF would fail only when its call comes.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (
          chunk.type === 'chunk' &&
          /(?<![\w$.])Buffer\.(from|alloc|concat|byteLength|isBuffer)\b/.test(chunk.code)
        )
          this.error(`the demo's service worker may not use Node's Buffer (in ${chunk.fileName})`);
    },
  };
}

/** index.html loads the demo's entry (the worker first, then the console) instead of the console's. */
function demoEntry(): Plugin {
  return {
    name: 'demo-entry',
    // Before Vite reads the page's scripts, so the entry it bundles is the demo's.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('/src/web/main.tsx', '/demo/demo-entry.ts'),
    },
  };
}

export function pageConfig(outDir: string = DEMO_DIR): InlineConfig {
  return {
    ...consoleConfig,
    root,
    configFile: false,
    base: './',
    plugins: [...(consoleConfig.plugins ?? []), demoEntry()],
    build: { ...consoleConfig.build, outDir, emptyOutDir: true },
    logLevel: 'warn',
  };
}

export function workerConfig(outDir: string = DEMO_DIR): InlineConfig {
  return {
    root,
    configFile: false,
    plugins: [noNodeBuiltins()],
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: false,
      lib: {
        entry: fileURLToPath(new URL('./service-worker.ts', import.meta.url)),
        formats: ['iife'],
        name: 'cenConnectDemo',
        fileName: () => 'sw.js',
      },
    },
  };
}
