import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveTemp, type TempServer } from '../serve-temp.ts';

export interface Backend {
  /** WANGGE_DATABASE_URL or WANGGE_DB */
  env: Record<string, string>;
}

/** The real server (scripts/start.ts) on the bench's database, no seeding, a dummy web app; `workers` processes. */
export async function serveBackend(backend: Backend, port: number, workers: number): Promise<TempServer> {
  const web = mkdtempSync(join(tmpdir(), 'bench-scale-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>bench</title>');
  const server = await serveTemp({ ...backend.env, WANGGE_SEED: 'none', WANGGE_WEB_DIST: web, WANGGE_WORKERS: String(workers) }, port);
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(web, { recursive: true, force: true });
    },
  };
}

/** Logs in through POST /api/auth/login: the session cookie to send. */
export async function login(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login as ${username}: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}
