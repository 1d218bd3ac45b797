// (d) Initial JavaScript for step 1 to be interactive: the gzip size of every script the built index.html loads
// eagerly (its module script and its modulepreload links), against all the JavaScript in the build. gzip at zlib's
// default level, as vite reports it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleBench {
  initialGzipBytes: number;
  initialFiles: string[];
  totalGzipBytes: number;
  totalFiles: number;
}

/** Builds the console into outDir (outside the repo's dist/, which other runs may be serving). */
export function buildConsole(outDir: string): void {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/**
 * Builds the page-load floor (bench/page-floor/: a bare React + antd page with step 1's form) into outDir with the
 * console's own vite.config.ts, so both are built the same way.
 */
export function buildPageFloor(outDir: string): void {
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      'bench/page-floor',
      '--config',
      'vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

export function eagerScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) found.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) found.push(m[1]!);
  return [...new Set(found)];
}

export function benchBundle(distDir: string): BundleBench {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = eagerScripts(html);
  if (initial.length === 0) throw new Error(`${distDir}/index.html loads no module script`);
  const assets = join(distDir, 'assets');
  const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
  return {
    initialGzipBytes: initial.reduce((sum, src) => sum + gz(join(distDir, src.replace(/^\//, ''))), 0),
    initialFiles: initial,
    totalGzipBytes: all.reduce((sum, f) => sum + gz(join(assets, f)), 0),
    totalFiles: all.length,
  };
}

/** gzip bytes of the given built scripts (paths as the browser requested them). */
export function gzipBytesOf(distDir: string, paths: readonly string[]): number {
  return paths.reduce((sum, src) => sum + gz(join(distDir, src.replace(/^\//, ''))), 0);
}
