/**
 * npm run build-basemap                       Dafang's illustrative basemap → geodata/dafang/basemap.pmtiles
 * npm run build-basemap -- --out <file.pmtiles> --attribution <credit> [--minzoom 10] [--maxzoom 16] <layer>=<file.geojson>…
 *
 * Writes a PMTiles v3 archive of vector tiles (MVT) for WANGGE_BASEMAP=pmtiles:<file>. Each
 * GeoJSON file becomes one tile layer of that name; the web map styles the layers `land`,
 * `streets`, `roads`, `landmarks` and `labels` (a `name` property is drawn as a label).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { dafang } from '../geodata/src/dafang.ts';
import { extend, geometryBBox, type BBox } from '../geodata/src/geometry/bbox.ts';
import { basemapArchive } from './lib/basemap/build-archive.ts';
import { dafangBasemapArchive } from './lib/basemap/dafang-basemap.ts';

const DAFANG_BASEMAP = fileURLToPath(new URL('../geodata/dafang/basemap.pmtiles', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`build-basemap: ${message}\n`);
  process.exit(2);
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, attribution: { type: 'string' }, minzoom: { type: 'string', default: '10' }, maxzoom: { type: 'string', default: '16' } },
  });
  const [minzoom, maxzoom] = [Number(values.minzoom), Number(values.maxzoom)];
  if (positionals.length === 0) {
    const bytes = dafangBasemapArchive(dafang, minzoom, maxzoom);
    writeFileSync(values.out ?? DAFANG_BASEMAP, bytes);
    process.stdout.write(`wrote ${values.out ?? DAFANG_BASEMAP}: ${bytes.length} bytes\n`);
    return;
  }
  if (!values.out) fail('--out <file.pmtiles> is required with layer files');
  if (!values.attribution) fail('--attribution is required: the credit the data\'s source requires');
  const layers: Record<string, FeatureCollection> = {};
  for (const arg of positionals) {
    const [name, file] = arg.split('=', 2);
    if (!name || !file) fail(`"${arg}" is not <layer>=<file.geojson>`);
    try {
      layers[name] = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    } catch (e) {
      fail(`cannot read layer ${name} from ${file}: ${(e as Error).message}`);
    }
    if (layers[name].type !== 'FeatureCollection') fail(`${file} is not a GeoJSON FeatureCollection`);
  }
  const bounds = Object.values(layers).flatMap((fc) => fc.features).reduce<BBox>((b, f) => extend(b, geometryBBox(f.geometry)), [Infinity, Infinity, -Infinity, -Infinity]);
  const bytes = basemapArchive({ layers, bounds, center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2], minzoom, maxzoom, name: values.out, description: 'basemap built by wangge build-basemap', attribution: values.attribution });
  writeFileSync(values.out, bytes);
  process.stdout.write(`wrote ${values.out}: ${bytes.length} bytes\n`);
}

try {
  main();
} catch (e) {
  fail((e as Error).message);
}
