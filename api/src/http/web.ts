import { Hono } from 'hono';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the built web app. Client routes (paths without a file extension) get index.html; a
 * missing file with an extension is a 404, never HTML, so a broken asset link fails loudly.
 */
export function webRoutes(dist: string) {
  const app = new Hono();
  const root = normalize(dist) + sep;
  app.get('*', (c) => {
    const path = decodedPath(c.req.path);
    if (path === null) return c.json({ error: { code: 'bad_path', message: 'the path has a malformed percent-encoding' } }, 400);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return c.json({ error: { code: 'not_found', message: `nothing at ${path}` } }, 404);
    if (existsSync(file) && statSync(file).isFile()) {
      const ext = extname(file);
      // Vite puts content hashes in asset names, so they can be cached for good.
      const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(readFileSync(file), 200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': cache });
    }
    if (extname(path) !== '' || path.startsWith('/assets/')) return c.json({ error: { code: 'not_found', message: `no file ${path}` } }, 404);
    return c.body(readFileSync(join(root, 'index.html')), 200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
  });
  return app;
}

function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
