/** A tiny static file server for the benchmark: out/bench-app at /app/, out/bench-bare at /bare/ (or other folders). */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png' };
const ROOTS: Record<string, string> = { app: 'out/bench-app', bare: 'out/bench-bare' };

/** Serves each of `roots` (mount → folder) under /mount/. */
export function serveStatic(port: number, roots: Record<string, string> = ROOTS): Promise<ReturnType<typeof createServer>> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, mount, ...rest] = url.pathname.split('/');
    const root = mount ? roots[mount] : undefined;
    const path = normalize(rest.join('/') || 'index.html');
    if (!root || path.startsWith('..')) return void res.writeHead(404).end();
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
