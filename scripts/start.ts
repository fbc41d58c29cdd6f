import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv, startServer } from '@wangge/api';

const root = resolve(fileURLToPath(import.meta.url), '../..');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds the web app (web/dist, or WANGGE_WEB_DIST) when it is missing or older than any source it is built from. */
function buildWebIfStale(dist: string) {
  const built = newestMtime(join(dist, 'index.html'));
  const sources = Math.max(...['web/src', 'web/index.html', 'web/print.html', 'web/public', 'geodata/src', 'geodata/dafang', 'vite.config.ts'].map((p) => newestMtime(join(root, p))));
  if (built > sources) return;
  console.log('building the web app (vite build)…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

try {
  const config = configFromEnv(root);
  // with WANGGE_WORKERS each worker runs this script too; the primary has built the app already
  if (cluster.isPrimary) buildWebIfStale(config.webDist);
  await startServer(config);
} catch (err) {
  console.error(`wangge: ${(err as Error).message}`);
  process.exit(2);
}
