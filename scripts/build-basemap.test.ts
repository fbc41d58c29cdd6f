import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { latToTileY, lonToTileX } from './lib/basemap/vector-tiles.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, ['node_modules/.bin/tsx', 'scripts/build-basemap.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run build-basemap -- <layer>=<file.geojson>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wangge-build-basemap-'));
  const street = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '新华路' }, geometry: { type: 'LineString', coordinates: [[105.60, 27.14], [105.61, 27.15]] } }] };
  writeFileSync(join(dir, 'streets.geojson'), JSON.stringify(street));

  it("writes a county's own layers as vector tiles, credited as told", async () => {
    const out = join(dir, 'county.pmtiles');
    execFileSync(process.execPath, ['node_modules/.bin/tsx', 'scripts/build-basemap.ts', '--out', out, '--attribution', '© 县自然资源局', '--minzoom', '12', '--maxzoom', '14', `streets=${join(dir, 'streets.geojson')}`], { cwd: root });
    const bytes = new Uint8Array(readFileSync(out));
    const source: Source = { getKey: () => out, getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }) };
    const archive = new PMTiles(source);
    expect(await archive.getHeader()).toMatchObject({ minZoom: 12, maxZoom: 14 });
    expect(await archive.getMetadata()).toMatchObject({ attribution: '© 县自然资源局', vector_layers: [{ id: 'streets', fields: { name: 'String' } }] });
    const found = await archive.getZxy(14, lonToTileX(105.605, 14), latToTileY(27.145, 14));
    const layer = new VectorTile(new PbfReader(new Uint8Array(found!.data))).layers.streets;
    expect(layer.feature(0).properties.name).toBe('新华路');
  });

  it('refuses to run without an output file or a credit, or with a layer that is not GeoJSON', () => {
    expect(run([`streets=${join(dir, 'streets.geojson')}`]).stderr).toContain('--out <file.pmtiles> is required');
    expect(run(['--out', join(dir, 'x.pmtiles'), `streets=${join(dir, 'streets.geojson')}`]).stderr).toContain('--attribution is required');
    const bad = run(['--out', join(dir, 'x.pmtiles'), '--attribution', 'x', `streets=${join(dir, 'none.geojson')}`]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cannot read layer streets');
  });
});
