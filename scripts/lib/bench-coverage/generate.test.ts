import { describe, expect, it } from 'vitest';
import { checkCoverage } from '@wangge/geodata';
import { generateCoverage, jitterCoverage, type Synthetic } from './generate.ts';
import { DEFECT_KINDS } from './defects.ts';

const key = (ids: (string | number)[]) => ids.map(String).sort().join('|');

/** the engine's report against the generator's record, defect by defect */
function expectExactly(s: Synthetic) {
  const r = checkCoverage(s.grids, s.boundary);
  expect(r.invalid).toEqual([]);
  expect(r.outside).toEqual([]);
  expect(r.summary.ignoredPieces).toBe(0);
  const overlaps = new Map(r.overlaps.map((o) => [key(o.grids), o.areaM2]));
  expect([...overlaps.keys()].sort()).toEqual(s.truth.overlaps.map((o) => key(o.grids)).sort());
  for (const o of s.truth.overlaps) expect(Math.abs(overlaps.get(key(o.grids))! - o.areaM2) / o.areaM2).toBeLessThan(0.005);
  const gaps = new Map(r.gaps.map((g) => [key(g.neighbors), g.areaM2]));
  expect([...gaps.keys()].sort()).toEqual(s.truth.gaps.map((g) => key(g.neighbors)).sort());
  for (const g of s.truth.gaps) expect(Math.abs(gaps.get(key(g.neighbors))! - g.areaM2) / g.areaM2).toBeLessThan(0.005);
  expect(r.gaps.every((g) => g.boundary === 'town')).toBe(true);
}

describe('synthetic coverage (N = 300)', () => {
  const spoilt = generateCoverage({ n: 300 });

  it('without defects it is a perfect coverage of its boundary', () => {
    const clean = generateCoverage({ n: 300, perKind: 0 });
    expect(clean.injected).toEqual([]);
    const r = checkCoverage(clean.grids, clean.boundary);
    expect(r.ok).toBe(true);
    expect(r.summary.ignoredPieces).toBe(0);
    expect(r.summary.misalignedEdges).toBe(0);
    expect(r.summary.coveredPct).toBe(100);
  });

  it('is deterministic and densified to about 10 m', () => {
    expect(JSON.stringify(generateCoverage({ n: 300 }).grids)).toBe(JSON.stringify(spoilt.grids));
    expect(spoilt.grids.features).toHaveLength(300);
    expect(spoilt.vertices).toBeGreaterThan(30000);
  });

  it('injects every kind, each with a plausible true area', () => {
    const kinds = new Set(spoilt.injected.map((d) => d.kind));
    expect(kinds).toEqual(new Set(Object.values(DEFECT_KINDS)));
    for (const d of spoilt.injected) {
      expect(d.areaM2).toBeGreaterThan(1);
      expect(d.areaM2).toBeLessThan(2000);
    }
  });

  it('the checker finds exactly the injected defects, areas within 0.5 %', () => {
    expectExactly(spoilt);
  });

  it('and the same on the copy with 1e-9° jitter', () => {
    expectExactly(jitterCoverage(spoilt));
  });
});
