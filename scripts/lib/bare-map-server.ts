import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The renderer's floor for `bench:map`: a bare MapLibre page (MapLibre's own prebuilt files, no
 * React, no app) drawing the same grids in the same status colours, served the way the app serves
 * its files (read at each request, gzipped on the fly) with /api passed through to the app's server.
 * It exposes its map as `window.__wanggeMap` with a `grids-fill` layer, so the bench times both
 * pages with the same check.
 */
const dist = dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json')) + '/dist';

const FILES: Record<string, { file: string; type: string }> = {
  '/maplibre-gl.mjs': { file: join(dist, 'maplibre-gl.mjs'), type: 'text/javascript; charset=utf-8' },
  '/maplibre-gl-worker.mjs': { file: join(dist, 'maplibre-gl-worker.mjs'), type: 'text/javascript; charset=utf-8' },
  '/maplibre-gl.css': { file: join(dist, 'maplibre-gl.css'), type: 'text/css; charset=utf-8' },
};

// the status colours of web/src/theme/tokens.css
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare</title>
<link rel="stylesheet" href="/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from '/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');
const json = (path) => fetch(path).then((r) => r.json());
const config = json('/api/config');
const [cfg, grids] = await Promise.all([config, json('/api/grids')]);
const status = json('/api/status?week=' + cfg.currentWeek);
const map = new maplibregl.Map({ container: 'map', bounds: cfg.bbox, fitBoundsOptions: { padding: 24 }, attributionControl: false,
  style: { version: 8, sources: { grids: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' } },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'grids-fill', type: 'fill', source: 'grids', paint: { 'fill-color': ['match', ['get', 'status'],
        'on_time', '#1a9850', 'late', '#fdae61', 'missing', '#d73027', 'pending', '#4575b4', 'exempt', '#f0f0f0', '#bdbdbd'], 'fill-opacity': 0.6 } },
      { id: 'grids-line', type: 'line', source: 'grids', paint: { 'line-color': '#333', 'line-width': 1 } }] } });
window.__wanggeMap = map;
const byGrid = new Map((await status).grids.map((g) => [g.gridId, g.status]));
for (const f of grids.features) f.properties.status = byGrid.get(f.properties.id) ?? 'not_due';
const show = () => map.getSource('grids').setData(grids);
if (map.isStyleLoaded()) show(); else map.once('load', show);
</script></body></html>`;

export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

export async function serveBareMap(apiOrigin: string, port: number): Promise<BareServer> {
  const server = createServer((req, res) => void answer(req, res, apiOrigin));
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, apiOrigin: string): Promise<void> {
  const path = req.url ?? '/';
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const send = (body: Buffer, type: string, status = 200) => {
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (gzip && body.length > 1024) {
      headers['content-encoding'] = 'gzip';
      body = gzipSync(body);
    }
    res.writeHead(status, headers).end(body);
  };
  if (path.startsWith('/api/')) {
    const upstream = await fetch(apiOrigin + path);
    send(Buffer.from(await upstream.arrayBuffer()), upstream.headers.get('content-type') ?? 'application/json', upstream.status);
  } else if (FILES[path]) {
    send(readFileSync(FILES[path].file), FILES[path].type);
  } else if (path === '/') {
    send(Buffer.from(PAGE), 'text/html; charset=utf-8');
  } else {
    res.writeHead(404).end();
  }
}
