import area from '@turf/area';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../dataset/read-dataset.ts';
import { containsPoint } from '../locate/point-in.ts';
import { checkSpec, syntheticCounty, type SyntheticCountySpec } from './county.ts';

const SPEC: SyntheticCountySpec = { seed: 7, code: '520599', name: '示例县', centre: { lon: 105.9, lat: 27.3 }, communities: 5, grids: 17 };
const county = syntheticCounty(SPEC);
/** what load-dataset reads: the files' JSON, not the objects */
const asFiles = (d: typeof county) => JSON.parse(JSON.stringify(d)) as typeof county;

describe('syntheticCounty', () => {
  it('passes the dataset reader with no error and no warning: no gaps, overlaps or thin teams', () => {
    const r = readDataset(asFiles(county));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.dataset!.grids.features).toHaveLength(17);
    expect(r.dataset!.communities.features).toHaveLength(5);
  });

  it('shares 17 grids among 5 communities as 4, 4, 3, 3, 3, and 5 communities among ⌈5/4⌉ = 2 street offices', () => {
    const perCommunity = county.communities.features.map((c) => county.grids.features.filter((g) => g.properties.communityId === c.properties.id).length);
    expect(perCommunity.sort()).toEqual([3, 3, 3, 4, 4]);
    expect(county.organisation.streetOffices.map((s) => s.code)).toEqual(['520599001', '520599002']);
  });

  it('codes each community county + office + number and each grid community + sequence, numbered from 001', () => {
    for (const c of county.communities.features) {
      const office = county.organisation.streetOffices.find((s) => s.id === c.properties.streetOfficeId)!;
      expect(c.properties.code).toMatch(new RegExp(`^${office.code}\\d{3}$`));
      const seqs = county.grids.features.filter((g) => g.properties.communityId === c.properties.id).map((g) => g.properties.code);
      expect(seqs.map((s) => s.slice(0, 12))).toEqual(seqs.map(() => c.properties.code));
      expect(seqs.map((s) => Number(s.slice(12)))).toEqual(seqs.map((_, i) => i + 1));
    }
  });

  it('tiles each community with its grids: their areas add up to the community’s to a square metre', () => {
    for (const c of county.communities.features) {
      const grids = county.grids.features.filter((g) => g.properties.communityId === c.properties.id);
      expect(Math.abs(grids.reduce((s, g) => s + area(g), 0) - area(c))).toBeLessThan(1);
    }
  });

  it('makes grids about the asked size: 17 grids of ~250,000 m² each', () => {
    const total = county.grids.features.reduce((s, g) => s + area(g), 0);
    expect(total / 17).toBeGreaterThan(200_000);
    expect(total / 17).toBeLessThan(260_000);
  });

  it('says it is synthetic, under the code and name given', () => {
    expect(county.organisation.county).toEqual({ code: '520599', name: '示例县', synthetic: true });
  });

  it('gives every grid a lead unit, a manager and two or three supervisors, and every 片区 a leader', () => {
    const org = county.organisation;
    for (const g of county.grids.features) {
      const id = g.properties.id;
      expect(org.gridUnits.filter((u) => u.gridId === id && u.lead)).toHaveLength(1);
      expect(org.people.filter((p) => p.gridId === id && p.role === 'manager')).toHaveLength(1);
      expect(org.people.filter((p) => p.gridId === id && p.role === 'supervisor').length).toBeGreaterThanOrEqual(2);
    }
    // round(17 / 8) = 2 片区, each holding grids
    expect(org.areas).toHaveLength(2);
    for (const a of org.areas) {
      expect(a.leaderTitle).not.toBe('');
      expect(county.grids.features.some((g) => g.properties.areaId === a.id)).toBe(true);
    }
  });

  it('makes up phone numbers in the 1xx-0000-xxxx block and names no two people alike', () => {
    const org = county.organisation;
    const phones = [...org.people.map((p) => p.phone), ...org.units.map((u) => u.contactPhone), ...org.areas.map((a) => a.leaderPhone)];
    for (const p of phones) expect(p).toMatch(/^1\d{2}0000\d{4}$/);
    const names = [...org.people.map((p) => p.name), ...org.units.map((u) => u.contactName)];
    expect(new Set(names).size).toBe(names.length);
  });

  it('puts every sample problem inside exactly one grid, and at least 6 of them', () => {
    expect(county.problems.length).toBe(6);
    for (const p of county.problems) {
      const holders = county.grids.features.filter((g) => containsPoint(g.geometry, p.lon, p.lat));
      expect(holders, p.id).toHaveLength(1);
    }
  });

  it('draws roads, a commercial street, markets, a hospital, a park, a toilet, a hotel and a dormitory', () => {
    expect(county.zones.features.map((z) => z.properties.kind)).toEqual(['road', 'commercial', 'market', 'hospital', 'park', 'toilet', 'hotel', 'dormitory']);
  });

  it('keeps every id inside the county’s own namespace, so counties load side by side', () => {
    const ids = [
      ...county.communities.features.map((f) => f.properties.id),
      ...county.grids.features.map((f) => f.properties.id),
      ...county.zones.features.map((f) => f.properties.id),
      ...county.organisation.streetOffices.map((x) => x.id),
      ...county.organisation.areas.map((x) => x.id),
      ...county.organisation.units.map((x) => x.id),
      ...county.organisation.people.map((x) => x.id),
      ...county.problems.map((x) => x.id),
    ];
    for (const id of ids) expect(id.startsWith('520599-')).toBe(true);
  });

  it('gives the same bytes for the same seed and a different town for another', () => {
    expect(JSON.stringify(syntheticCounty(SPEC))).toBe(JSON.stringify(county));
    const other = syntheticCounty({ ...SPEC, seed: 8 });
    expect(JSON.stringify(other.grids.features[0].geometry)).not.toBe(JSON.stringify(county.grids.features[0].geometry));
    expect(other.organisation.people[0].name === county.organisation.people[0].name && other.organisation.people[1].name === county.organisation.people[1].name).toBe(false);
  });

  it('handles the smallest county, one community of one grid', () => {
    const r = readDataset(asFiles(syntheticCounty({ ...SPEC, communities: 1, grids: 1 })));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('checkSpec', () => {
  it('names every problem at once', () => {
    const errors = checkSpec({ ...SPEC, code: '5205', name: ' ', communities: 0, grids: 2.5, centre: { lon: 200, lat: 27 } });
    expect(errors).toEqual([
      'code must be 6 digits (got "5205")',
      'name must be a non-empty string',
      'centre.lon must be from -179 to 179 (got 200)',
      'communities must be a whole number from 1 to 998001 (got 0)',
      'grids must be a whole number from 1 to 10000000 (got 2.5)',
    ]);
  });

  it('refuses fewer grids than communities, and more grids in a community than a 3-digit sequence holds', () => {
    expect(checkSpec({ ...SPEC, communities: 5, grids: 4 })).toEqual(['grids (4) must be at least communities (5): every community is gridded']);
    expect(checkSpec({ ...SPEC, communities: 1, grids: 1000 })).toEqual(['1000 grids in a community do not fit a 3-digit sequence number']);
    expect(() => syntheticCounty({ ...SPEC, communities: 5, grids: 4 })).toThrow('synthetic county 520599: grids (4) must be at least communities (5)');
  });
});
