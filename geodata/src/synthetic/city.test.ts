import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import communities from '../../dafang/communities.geo.json' with { type: 'json' };
import { readDataset } from '../dataset/read-dataset.ts';
import { DEMO_CITY_NEIGHBOURS, demoCityNeighbours, scaleCitySpecs, scaleCountyCode } from './city.ts';
import { syntheticCounty } from './county.ts';

type Box = [number, number, number, number];

function extent(fc: FeatureCollection<Polygon | MultiPolygon>): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [lon, lat] of polys.flat(2)) {
      b[0] = Math.min(b[0], lon);
      b[1] = Math.min(b[1], lat);
      b[2] = Math.max(b[2], lon);
      b[3] = Math.max(b[3], lat);
    }
  }
  return b;
}
const apart = (a: Box, b: Box) => a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1];

describe('the demo city', () => {
  const dafang = extent(communities as FeatureCollection<Polygon>);
  const [east, west] = demoCityNeighbours();

  it('puts one synthetic neighbour east of Dafang’s town and one west, touching neither it nor each other', () => {
    const e = extent(east.communities);
    const w = extent(west.communities);
    expect(e[0]).toBeGreaterThan(dafang[2]);
    expect(w[2]).toBeLessThan(dafang[0]);
    expect(apart(e, w)).toBe(true);
  });

  it('marks both as samples under codes no real county has', () => {
    expect([east, west].map((d) => d.organisation.county)).toEqual([
      { code: '520598', name: '示例东县', synthetic: true },
      { code: '520597', name: '示例西县', synthetic: true },
    ]);
  });

  it('loads both with no error and no warning', () => {
    for (const d of [east, west]) {
      const r = readDataset(JSON.parse(JSON.stringify(d)));
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
    }
    expect(DEMO_CITY_NEIGHBOURS.map((s) => s.grids)).toEqual([32, 30]);
  });
});

describe('the scale city', () => {
  it('gives 100 counties by default, 300 grids each in 30 communities, under 100 different codes and seeds', () => {
    const specs = scaleCitySpecs();
    expect(specs).toHaveLength(100);
    expect(specs.reduce((s, c) => s + c.grids, 0)).toBe(30_000);
    expect(new Set(specs.map((s) => s.communities))).toEqual(new Set([30]));
    expect(new Set(specs.map((s) => s.code)).size).toBe(100);
    expect(new Set(specs.map((s) => s.seed)).size).toBe(100);
    for (const s of specs) expect(s.name.startsWith('示例县')).toBe(true);
  });

  it('codes counties 529010 … 529099, then 529110 …', () => {
    expect([0, 1, 89, 90, 899].map(scaleCountyCode)).toEqual(['529010', '529011', '529099', '529110', '529999']);
    expect(() => scaleCountyCode(900)).toThrow('a scale city holds 1 to 900 counties');
  });

  it('lays a small city out so no two towns touch, and none touches Dafang', () => {
    const dafang = extent(communities as FeatureCollection<Polygon>);
    const boxes = scaleCitySpecs({ counties: 6, gridsPerCounty: 40, centre: { lon: 105.606, lat: 27.2 } }).map((s) => extent(syntheticCounty(s).communities));
    for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) expect(apart(boxes[a], boxes[b]), `${a} and ${b}`).toBe(true);
    // the default city's west column is the one nearest Dafang: its north and south ends
    const specs = scaleCitySpecs();
    for (const i of [0, 90]) expect(extent(syntheticCounty(specs[i]).communities)[0]).toBeGreaterThan(dafang[2]);
  });
});
