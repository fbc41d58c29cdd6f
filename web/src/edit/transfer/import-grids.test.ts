import { describe, expect, it } from 'vitest';
import type { PolygonFeatures } from '@wangge/geodata';
import { at, grid, row, rowCommunity } from '../test-kit.ts';
import { planImport } from './import-grids.ts';

const name = (community: string) => `${community}新网格`;

describe('planImport', () => {
  const stored = row().features;

  it('matches by id, else by code; new shapes become grids of their community; missing grids retire', () => {
    const file: PolygonFeatures = {
      type: 'FeatureCollection',
      features: [
        // g1 by id, reshaped
        { type: 'Feature', properties: { id: 'g1' }, geometry: grid('x', [[0, 0], [110, 0], [110, 100], [0, 100]]).geometry },
        // g2 by code only, renamed
        { type: 'Feature', properties: { code: stored[1].properties.code, name: '改名' }, geometry: stored[1].geometry },
        // unknown: a new grid inside the community
        { type: 'Feature', properties: {}, geometry: grid('y', [[200, 0], [250, 0], [250, 100], [200, 100]]).geometry },
        // outside every community
        { type: 'Feature', properties: {}, geometry: grid('z', [[0, 500], [10, 500], [10, 510]]).geometry },
      ],
    };
    const plan = planImport(file, stored, rowCommunity(), name);
    expect(plan).toMatchObject({ updated: 2, unchanged: 0, created: 1, retired: 1, unplaced: 1 });
    expect(plan.change.delete).toEqual(['g3']);
    const [g1, g2, made] = plan.change.put;
    expect(g1.properties).toMatchObject({ id: 'g1', version: 3, code: stored[0].properties.code });
    expect(g1.geometry.coordinates[0][1]).toEqual(at(110, 0));
    expect(g2.properties).toMatchObject({ id: 'g2', name: '改名' });
    expect(made.properties).toMatchObject({ communityId: 'c1', code: '520521001001004', name: '城中社区新网格', unitIds: ['u1'] });
  });

  it('counts as updated only the grids whose shape or attributes change; the others are kept and left out of the change', () => {
    // the stored grids as a file exported and read back would give them: equal values, new objects
    const copy = JSON.parse(JSON.stringify(stored)) as typeof stored;
    const file: PolygonFeatures = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: copy[0].properties.code, name: copy[0].properties.name }, geometry: copy[0].geometry },
        { type: 'Feature', properties: { code: copy[1].properties.code, name: '改名' }, geometry: copy[1].geometry },
        { type: 'Feature', properties: { id: 'g3', unitIds: ['u1'] }, geometry: copy[2].geometry },
      ],
    };
    const plan = planImport(file, stored, rowCommunity(), name);
    expect(plan).toMatchObject({ updated: 1, unchanged: 2, created: 0, retired: 0, unplaced: 0 });
    expect(plan.change.put.map((g) => g.properties.id)).toEqual(['g2']);
    expect(plan.change.delete).toEqual([]);
    // another unit for g3 is a change of attributes, with the same shape
    const units = planImport({ ...file, features: [file.features[2]].map((f) => ({ ...f, properties: { id: 'g3', unitIds: ['u2'] } })) }, stored, rowCommunity(), name, 'merge');
    expect(units).toMatchObject({ updated: 1, unchanged: 0 });
  });

  it('keeps a new grid’s own code when it fits its community and is free', () => {
    const file: PolygonFeatures = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: '520521001001077', unitIds: ['u9'] }, geometry: stored[0].geometry }],
    };
    const plan = planImport(file, stored, rowCommunity(), name);
    expect(plan.change.put[0].properties).toMatchObject({ code: '520521001001077', unitIds: ['u9'] });
    expect(plan.retired).toBe(3);
  });

  it('merged, the stored grids the file lacks stay', () => {
    // the same file as above: g1 by id, a new grid; g2 and g3 are not in it
    const file: PolygonFeatures = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'g1' }, geometry: grid('x', [[0, 0], [110, 0], [110, 100], [0, 100]]).geometry },
        { type: 'Feature', properties: {}, geometry: grid('y', [[200, 0], [250, 0], [250, 100], [200, 100]]).geometry },
      ],
    };
    expect(planImport(file, stored, rowCommunity(), name, 'replace')).toMatchObject({ updated: 1, created: 1, retired: 2 });
    const merged = planImport(file, stored, rowCommunity(), name, 'merge');
    expect(merged).toMatchObject({ updated: 1, unchanged: 0, created: 1, retired: 0 });
    expect(merged.change.delete).toEqual([]);
    expect(merged.change.put.map((g) => g.properties.id)[0]).toBe('g1');
  });
});
