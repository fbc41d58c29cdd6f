import { describe, expect, it } from 'vitest';
import { rect } from '../test/coverage-fixtures.ts';
import { tinyDatasetFiles } from '../test/dataset-fixtures.ts';
import communities from '../../dafang/communities.geo.json' with { type: 'json' };
import grids from '../../dafang/grids.geo.json' with { type: 'json' };
import zones from '../../dafang/zones.geo.json' with { type: 'json' };
import organisation from '../../dafang/organisation.json' with { type: 'json' };
import problems from '../../dafang/problems.json' with { type: 'json' };
import { wgs84ToGcj02 } from '../crs/index.ts';
import { readDataset } from './read-dataset.ts';

describe('readDataset', () => {
  it('reads Dafang’s own files with no error and no warning', () => {
    const r = readDataset({ communities, grids, zones, organisation, problems });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.dataset?.grids.features).toHaveLength(30);
    expect(r.dataset?.communities.features).toHaveLength(9);
  });

  it('reads a small county, filling the optional flags', () => {
    const r = readDataset(tinyDatasetFiles());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.dataset!.communities.features[0].properties).toEqual({ id: 'C1', code: '999999001001', name: '试点社区', streetOfficeId: 'S1', streetOfficeGuessed: false, gridded: true });
    expect(r.dataset!.zones.features[0].properties.unitIds).toEqual(['U2']);
  });

  it('takes zones and problems as optional', () => {
    const { zones: _z, problems: _p, ...rest } = tinyDatasetFiles();
    const r = readDataset(rest);
    expect(r.errors).toEqual([]);
    expect(r.dataset!.zones.features).toEqual([]);
    expect(r.dataset!.problems).toEqual([]);
  });

  it('refuses broken references, naming the file, the place and the missing id', () => {
    const files = tinyDatasetFiles();
    files.grids.features[1].properties.communityId = 'C9';
    files.organisation.gridUnits[0].unitId = 'U7';
    files.organisation.people[0].gridId = 'G5';
    files.zones.features[0].properties.unitIds = ['U8'];
    const r = readDataset(files);
    expect(r.dataset).toBeNull();
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'grids.geojson: feature 1 (G2): communityId "C9" is not in communities.geojson',
        'organisation.json: gridUnits[0]: unitId "U7" is not in units',
        'organisation.json: people: G1-m\'s grid "G5" is not in grids.geojson',
        'zones.geojson: feature 0 (Z1): unit "U8" is not in organisation.json',
      ]),
    );
    expect(r.errors).toHaveLength(4);
  });

  it('refuses duplicate ids and codes, malformed codes and missing fields', () => {
    const files = tinyDatasetFiles();
    files.grids.features[1].properties.id = 'G1';
    files.grids.features[1].properties.code = '999999001001001';
    files.organisation.county.code = '99999';
    (files.organisation.units[1] as Record<string, unknown>).name = '';
    const r = readDataset(files);
    expect(r.dataset).toBeNull();
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'grids.geojson: feature 1: id "G1" is used already by feature 0',
        'grids.geojson: feature 1: code "999999001001001" is used already by feature 0',
        'organisation.json: county: code "99999" must be 6 digits',
        'organisation.json: units[1]: name must be a non-empty string (got "")',
      ]),
    );
  });

  it('refuses files that are not polygon layers, or are swapped, saying which file', () => {
    const notGeo = readDataset({ ...tinyDatasetFiles(), grids: { type: 'Feature' } });
    expect(notGeo.errors).toEqual(['grids.geojson: not a FeatureCollection (type is "Feature")']);
    const files = tinyDatasetFiles();
    for (const f of files.communities.features) f.geometry.coordinates = f.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lat, lon]));
    expect(readDataset(files).errors).toContain('communities.geojson: every coordinate has latitude and longitude swapped: GeoJSON positions are [longitude, latitude]');
    expect(readDataset({ ...tinyDatasetFiles(), organisation: [] }).errors[0]).toBe('organisation.json: must be a JSON object with county, streetOffices, areas, units, gridUnits and people');
  });

  it('refuses a self-intersecting grid', () => {
    const files = tinyDatasetFiles();
    const ring = files.grids.features[0].geometry.coordinates[0];
    [ring[1], ring[2]] = [ring[2], ring[1]]; // a bow tie
    const r = readDataset(files);
    expect(r.dataset).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^grids\.geojson: G1: invalid geometry \(self-intersection at 105\.\d{1,7}, 27\.\d{1,7}\)$/);
  });

  it('loads a coverage with an overlap and a thin team, and says so', () => {
    const files = tinyDatasetFiles();
    // G2 reaches 10 m into G1: 10 × 100 m = 1,000 m² covered twice
    files.grids.features[1].geometry = rect(undefined, 90, 0, 200, 100).geometry;
    files.organisation.people = files.organisation.people.filter((x) => x.id !== 'G2-s2' && x.id !== 'G1-m');
    const r = readDataset(files);
    expect(r.errors).toEqual([]);
    expect(r.dataset).not.toBeNull();
    expect(r.warnings).toEqual(['grids.geojson: grids G1 and G2 overlap by 1000 m²', 'organisation.json: grid G1 has no manager', 'organisation.json: grid G2 has 1 supervisor(s), fewer than two']);
  });

  it('converts files drawn on 高德 maps (GCJ-02) back to WGS84, keeping shared vertices shared', () => {
    const wgs = tinyDatasetFiles();
    const gcj = tinyDatasetFiles();
    for (const layer of [gcj.communities, gcj.grids, gcj.zones]) {
      for (const f of layer.features) f.geometry.coordinates = f.geometry.coordinates.map((r) => r.map((pos) => wgs84ToGcj02(pos)));
    }
    const [lon, lat] = wgs84ToGcj02([gcj.problems[0].lon, gcj.problems[0].lat]);
    Object.assign(gcj.problems[0], { lon, lat });
    // the offset being undone is hundreds of metres here
    expect(gcj.grids.features[0].geometry.coordinates[0][0][0] - wgs.grids.features[0].geometry.coordinates[0][0][0]).toBeGreaterThan(0.001);

    const r = readDataset(gcj, 'gcj02');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const back = r.dataset!.grids.features[1].geometry.coordinates[0] as number[][];
    const orig = wgs.grids.features[1].geometry.coordinates[0];
    // within 1e-6° (≈ 0.1 m) of where they were drawn in WGS84
    back.forEach((pos, i) => {
      expect(Math.abs(pos[0] - orig[i][0])).toBeLessThan(1e-6);
      expect(Math.abs(pos[1] - orig[i][1])).toBeLessThan(1e-6);
    });
    expect(Math.abs(r.dataset!.problems[0].lon - wgs.problems[0].lon)).toBeLessThan(1e-6);
  });
});
