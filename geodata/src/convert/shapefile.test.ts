import { unzipSync } from 'fflate';
import { parseZip } from 'shpjs';
import { describe, expect, it } from 'vitest';
import { DAFANG_EXPORT, expectSameGrids, failure, HOLES_AND_PARTS, text, TRIANGLE, zipOf } from '../test/convert-fixtures.ts';
import { writeDbf } from './dbf.ts';
import { GRID_FIELDS, LIST_SEPARATOR } from './fields.ts';
import { shapefile } from './shapefile.ts';
import { writeShp } from './shp.ts';

const files = (bytes: Uint8Array) => unzipSync(bytes);
const parts = (fc = TRIANGLE) => files(shapefile.write(fc));

/**
 * A one-column (NAME, C 8) one-record dBase III table built by hand from the format's layout,
 * holding 大方网格 in GBK (B4F3 B7BD CDF8 B8F1), with the language driver byte given.
 */
function gbkDbf(driver = 0): Uint8Array {
  const out = new Uint8Array(32 + 32 + 1 + 9 + 1);
  const v = new DataView(out.buffer);
  out[0] = 3;
  v.setUint32(4, 1, true);
  v.setUint16(8, 65, true);
  v.setUint16(10, 9, true);
  out[29] = driver;
  out.set(text('NAME'), 32);
  out[43] = 'C'.charCodeAt(0);
  out[48] = 8;
  out[64] = 0x0d;
  out.set([0x20, 0xb4, 0xf3, 0xb7, 0xbd, 0xcd, 0xf8, 0xb8, 0xf1, 0x1a], 65);
  return out;
}

function signedArea(xy: number[][]): number {
  let s = 0;
  for (let i = 0; i + 1 < xy.length; i++) s += xy[i][0] * xy[i + 1][1] - xy[i + 1][0] * xy[i][1];
  return s / 2;
}

describe('Shapefile converter', () => {
  it('round-trips the Dafang grids: same vertices, same properties (unit lists, version numbers)', () => {
    expectSameGrids(shapefile.read(shapefile.write(DAFANG_EXPORT)), DAFANG_EXPORT);
  });

  it('round-trips holes and multi-part grids', () => {
    expectSameGrids(shapefile.read(shapefile.write(HOLES_AND_PARTS)), HOLES_AND_PARTS);
  });

  it('writes .shp .shx .dbf .prj and a .cpg saying UTF-8, with ten-character columns', () => {
    const zip = files(shapefile.write(DAFANG_EXPORT, { name: 'dafang' }));
    expect(Object.keys(zip).sort()).toEqual(['dafang.cpg', 'dafang.dbf', 'dafang.prj', 'dafang.shp', 'dafang.shx']);
    expect(new TextDecoder().decode(zip['dafang.cpg'])).toBe('UTF-8');
    expect(new TextDecoder().decode(zip['dafang.prj'])).toMatch(/^GEOGCS\["GCS_WGS_1984"/);
    const dbf = zip['dafang.dbf'];
    const columns: string[] = [];
    for (let at = 32; dbf[at] !== 0x0d; at += 32) columns.push(new TextDecoder().decode(dbf.subarray(at, at + 11)).replace(/\0+$/, ''));
    expect(columns).toEqual(['id', 'code', 'name', 'community', 'area', 'version', 'unit_ids', 'unit_names']);
    // the index: 100-byte header + 8 bytes per record
    expect(zip['dafang.shx'].length).toBe(100 + 8 * 30);
  });

  it('writes shells clockwise as the Shapefile format wants (GeoJSON has them counter-clockwise)', () => {
    const shp = parts()['grids.shp'];
    const v = new DataView(shp.buffer, shp.byteOffset);
    expect(v.getInt32(0, false)).toBe(9994);
    expect(v.getInt32(32, true)).toBe(5);
    const points = v.getInt32(100 + 8 + 40, true);
    const xy = Array.from({ length: points }, (_, i) => [v.getFloat64(100 + 8 + 48 + 16 * i, true), v.getFloat64(100 + 8 + 56 + 16 * i, true)]);
    expect(signedArea(xy)).toBeLessThan(0);
  });

  it('reads GBK tables: named by the .cpg, by the language driver byte, or guessed', () => {
    const { shp } = writeShp([TRIANGLE.features[0].geometry]);
    expect(shapefile.read(zipOf({ 'a.shp': shp, 'a.dbf': gbkDbf(), 'a.cpg': 'GBK' })).features[0].properties).toEqual({ name: '大方网格' });
    expect(shapefile.read(zipOf({ 'a.shp': shp, 'a.dbf': gbkDbf(0x4d) })).features[0].properties).toEqual({ name: '大方网格' });
    expect(shapefile.read(zipOf({ 'a.shp': shp, 'a.dbf': gbkDbf() })).features[0].properties).toEqual({ name: '大方网格' });
    expect(failure(() => shapefile.read(zipOf({ 'a.shp': shp, 'a.dbf': gbkDbf(), 'a.cpg': 'KLINGON-7' }))).message).toContain('KLINGON-7');
  });

  it('reads layers in folders, a bare .shp, and ignores macOS litter', () => {
    const p = parts();
    const nested = zipOf({ 'export/grids.shp': p['grids.shp'], 'export/grids.dbf': p['grids.dbf'], '__MACOSX/export/._grids.shp': new Uint8Array(4) });
    expect(shapefile.read(nested).features[0].properties).toEqual({ id: 't', name: 'T' });
    expect(shapefile.read(p['grids.shp']).features[0].properties).toEqual({});
  });

  it('refuses a projected .prj and a datum it cannot convert, naming them', () => {
    const p = parts();
    const gk = 'PROJCS["CGCS2000_3_Degree_GK_CM_105E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]],PROJECTION["Gauss_Kruger"]]';
    expect(failure(() => shapefile.read(zipOf({ ...p, 'grids.prj': gk })))).toMatchObject({ code: 'unsupported-crs', message: expect.stringContaining('projected coordinate system ("CGCS2000_3_Degree_GK_CM_105E")') });
    const beijing = 'GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(failure(() => shapefile.read(zipOf({ ...p, 'grids.prj': beijing })))).toMatchObject({ code: 'unsupported-crs', message: expect.stringContaining('D_Beijing_1954') });
    const cgcs = 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(shapefile.read(zipOf({ ...p, 'grids.prj': cgcs })).features.length).toBe(1);
  });

  it('refuses projected coordinates without a .prj', () => {
    const { shp } = writeShp([{ type: 'Polygon', coordinates: [[[500000, 3000000], [500000, 3000100], [500100, 3000100], [500000, 3000000]]] }]);
    expect(failure(() => shapefile.read(zipOf({ 'm.shp': shp }))).code).toBe('unsupported-crs');
  });

  it('refuses shapes that are not polygons', () => {
    const shp = parts()['grids.shp'].slice();
    new DataView(shp.buffer).setInt32(32, 3, true);
    expect(failure(() => shapefile.read(zipOf({ 'roads.shp': shp })))).toEqual({ code: 'not-polygon', message: 'the Shapefile holds lines; grids must be polygons' });
    const record = parts()['grids.shp'].slice();
    new DataView(record.buffer).setInt32(108, 1, true);
    expect(failure(() => shapefile.read(zipOf({ 'x.shp': record }))).message).toContain('record 1 of the Shapefile holds points');
  });

  it('refuses malformed files with a message naming the problem', () => {
    const p = parts();
    const code = (files: Record<string, Uint8Array | string>) => failure(() => shapefile.read(zipOf(files)));
    expect(code({ ...p, 'grids.shp': p['grids.shp'].slice(0, 150) }).message).toContain('cut short');
    expect(code({ ...p, 'grids.shp': new Uint8Array(120) }).message).toContain('wrong file code');
    expect(code({ ...p, 'grids.dbf': writeDbf([{ id: 'a' }, { id: 'b' }]) }).message).toBe('the .dbf has 2 records for the .shp\'s 1 shapes');
    expect(code({ ...p, 'grids.dbf': p['grids.dbf'].slice(0, 70) }).message).toContain('cut short');
    expect(code({ 'readme.txt': 'no layer here' }).message).toBe('the zip holds no .shp file');
    expect(code({ 'a.shp': p['grids.shp'], 'b.shp': p['grids.shp'] }).message).toContain('holds 2 Shapefiles');
    expect(failure(() => shapefile.read(text('{"type":"FeatureCollection"}'))).message).toContain('must be a .zip');
    expect(failure(() => shapefile.read(shapefile.write(DAFANG_EXPORT), { maxBytes: 10_000 })).code).toBe('too-large');
  });
});

/** A ring as another reader returns it: the same vertices, in either direction. */
function expectSameRing(actual: number[][], expected: number[][]): void {
  const reversed = expected.slice().reverse();
  const off = (ring: number[][]) => Math.max(...ring.map((p, i) => Math.max(Math.abs(p[0] - actual[i][0]), Math.abs(p[1] - actual[i][1]))));
  expect(actual.length).toBe(expected.length);
  expect(Math.min(off(expected), off(reversed))).toBeLessThanOrEqual(1e-9);
}

describe('Shapefile converter, checked by another reader (shpjs)', () => {
  it('writes a zip that shpjs reads as the same grids: its unzip, its .prj parser (proj4), its .dbf reader', async () => {
    const layer = await parseZip(shapefile.write(DAFANG_EXPORT, { name: 'dafang' }));
    if (Array.isArray(layer)) throw new Error('expected one layer');
    expect(layer.fileName).toBe('dafang');
    expect(layer.features.length).toBe(30);
    layer.features.forEach((f, i) => {
      const e = DAFANG_EXPORT.features[i];
      const columns = Object.fromEntries(Object.entries(e.properties!).map(([k, v]) => [GRID_FIELDS.find((g) => g.key === k)!.dbf, Array.isArray(v) ? v.join(LIST_SEPARATOR) : v]));
      expect(f.properties).toEqual(columns);
      expect(f.geometry.type).toBe('Polygon');
      if (f.geometry.type !== 'Polygon' || e.geometry.type !== 'Polygon') return;
      expect(f.geometry.coordinates.length).toBe(e.geometry.coordinates.length);
      f.geometry.coordinates.forEach((r, k) => expectSameRing(r, (e.geometry.coordinates as number[][][])[k]));
    });
  });

  it('writes holes and parts that shpjs assembles into the same polygons', async () => {
    const layer = await parseZip(shapefile.write(HOLES_AND_PARTS));
    if (Array.isArray(layer)) throw new Error('expected one layer');
    const [holed, parts] = layer.features.map((f) => f.geometry);
    expect(holed.type).toBe('Polygon');
    expect(parts.type).toBe('MultiPolygon');
    if (holed.type !== 'Polygon' || parts.type !== 'MultiPolygon') return;
    const [eh, ep] = HOLES_AND_PARTS.features.map((f) => f.geometry.coordinates);
    holed.coordinates.forEach((r, k) => expectSameRing(r, (eh as number[][][])[k]));
    parts.coordinates.forEach((p, j) => p.forEach((r, k) => expectSameRing(r, (ep as number[][][][])[j][k])));
  });
});
