// A plain static file server, a few lines of node:http: what any static host does, and nothing more. It serves a
// folder under a base path (default "/"), answers 404 for anything else, and counts the requests it saw, so the
// demo's tests can say the console's /api calls never reached it (e2e/demo.spec.ts).
// As a command: tsx test-support/static-server.ts <folder> [--port 8080] [--base /cen-connect/]
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  server: Server;
  url: string;
  /** Every path asked for, in order. */
  seen: string[];
  close(): Promise<void>;
}

export function serveStatic(folder: string, port: number, base = '/'): Promise<StaticServer> {
  const root = resolve(folder);
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    seen.push(path);
    const notFound = () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    if (!path.startsWith(base)) return notFound();
    const relative = path.slice(base.length) || 'index.html';
    const file = normalize(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(root)) return notFound();
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      notFound,
    );
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () =>
      ok({
        server,
        url: `http://127.0.0.1:${port}${base}`,
        seen,
        // close() alone waits for every keep-alive socket the browser still holds (a page open during the
        // fixture's teardown): the test then timed out tearing down. Closing them too ends it at once.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [folder = 'dist-demo', ...flags] = process.argv.slice(2);
  const flag = (name: string) => flags[flags.indexOf(name) + 1];
  const port = Number(flags.includes('--port') ? flag('--port') : 8080);
  const base = flags.includes('--base') ? (flag('--base') ?? '/') : '/';
  const s = await serveStatic(folder, port, base);
  console.log(`${folder} at ${s.url}`);
}
