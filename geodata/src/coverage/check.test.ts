import { describe, expect, it } from 'vitest';
import { collection, jitter, metres, polygon, rect, rectRing, ring, squares } from '../test/coverage-fixtures.ts';
import { checkCoverage } from './check.ts';

describe('checkCoverage', () => {
  it('reports exactly the shape docs/COVERAGE.md fixes', () => {
    const r = checkCoverage(collection([rect('a', 0, 0, 100, 100)]), collection([rect('C', 0, 0, 100, 100)]));
    expect(Object.keys(r)).toEqual(['ok', 'summary', 'overlaps', 'gaps', 'outside', 'invalid', 'warnings']);
    expect(Object.keys(r.summary).slice(0, 10)).toEqual([
      'grids', 'boundaries', 'coveredPct', 'overlapCount', 'overlapAreaM2', 'gapCount', 'gapAreaM2', 'outsideCount', 'outsideAreaM2', 'invalidCount',
    ]);
    expect(r.ok).toBe(true);
    expect(r.summary.coveredPct).toBe(100);
  });

  it('a bowtie is invalid, with where it crosses; the rest of the file is still checked', () => {
    const bowtie = polygon('x', [ring([[300, 0], [400, 100], [400, 0], [300, 100]])]);
    const r = checkCoverage(collection([rect('a', 0, 0, 100, 100), rect('b', 80, 0, 180, 100), bowtie]));
    expect(r.invalid).toHaveLength(1);
    expect(r.invalid[0].grid).toBe('x');
    expect(r.invalid[0].reason).toBe('self-intersection');
    const [lon, lat] = r.invalid[0].at!;
    const [clon, clat] = metres(350, 50);
    expect(Math.abs(lon - clon)).toBeLessThan(1e-7);
    expect(Math.abs(lat - clat)).toBeLessThan(1e-7);
    expect(r.overlaps.map((o) => o.grids)).toEqual([['a', 'b']]);
    expect(r.summary.invalidCount).toBe(1);
  });

  it('a 20,000-tooth sawtooth grid with one loop: invalid where the loop crosses itself', () => {
    // teeth 20 m wide, 5 cm apart (vertex i at (20 (i mod 2), 0.05 i)); after vertex m the loop
    // (16, 0.05 m + 0.04), (16, 0.05 m + 0.015), (4, 0.05 m + 0.03): its first and last edges are
    // y = 0.05 m + x / 400 and y = 0.05 m + 0.035 − x / 800, which meet at x = 28/3 m
    const m = 10_000;
    const pts: [number, number][] = [];
    for (let i = 0; i < 20_000; i++) pts.push([20 * (i % 2), 0.05 * i]);
    pts.push([-20, 0.05 * 19_999], [-20, 0]);
    pts.splice(m + 1, 0, [16, 0.05 * m + 0.04], [16, 0.05 * m + 0.015], [4, 0.05 * m + 0.03]);
    const r = checkCoverage(collection([polygon('saw', [ring(pts)])]));
    expect(r.invalid).toHaveLength(1);
    expect(r.invalid[0].reason).toBe('self-intersection');
    const [lon, lat] = r.invalid[0].at!;
    const [elon, elat] = metres(28 / 3, 0.05 * m + 0.035 - 28 / 3 / 800);
    expect(Math.abs(lon - elon)).toBeLessThan(1e-9);
    expect(Math.abs(lat - elat)).toBeLessThan(1e-9);
  });

  it('a donut with a grid filling its hole is valid and clean', () => {
    const donut = polygon('d', [rectRing(0, 0, 300, 300), rectRing(100, 100, 200, 200).reverse()]);
    const grids = collection([donut, rect('inner', 100, 100, 200, 200)]);
    expect(checkCoverage(grids).ok).toBe(true);
    const r = checkCoverage(grids, collection([rect('C', 0, 0, 300, 300)]));
    expect(r.ok).toBe(true);
    expect(r.invalid).toEqual([]);
    // and the hole left empty is a gap of 100 × 100
    const empty = checkCoverage(collection([donut]));
    expect(empty.gaps).toHaveLength(1);
    expect(Math.abs(empty.gaps[0].areaM2 - 10000)).toBeLessThan(1);
  });

  it('names each broken grid with a reason and where', () => {
    const [x, y] = metres(0, 0);
    const bad = [
      polygon('open', [rectRing(200, 0, 300, 100).slice(0, -1)]),
      polygon('short', [[[x, y], [x + 0.001, y], [x, y]]]),
      polygon('nan', [[[x, y], [x + 0.001, y], [null as unknown as number, y], [x, y]]]),
      polygon('far', [[[x, y], [x + 0.001, y], [x, 95], [x, y]]]),
      polygon('lost-hole', [rectRing(500, 0, 600, 100), rectRing(700, 10, 720, 30).reverse()]),
      polygon('cut-hole', [rectRing(800, 0, 900, 100), rectRing(890, 10, 950, 30).reverse()]),
    ];
    const r = checkCoverage(collection(bad));
    expect(r.invalid.map((i) => [i.grid, i.reason])).toEqual([
      ['open', 'unclosed-ring'],
      ['short', 'too-few-positions'],
      ['nan', 'non-finite'],
      ['far', 'out-of-range'],
      ['lost-hole', 'hole-outside-shell'],
      ['cut-hole', 'self-intersection'],
    ]);
    expect(r.invalid[3].at).toEqual([x, 95]);
    expect(r.ok).toBe(false);
  });

  it('swapped coordinates in one grid: invalid, swapped back, and the coverage still checked', () => {
    const a = rect('a', 0, 0, 100, 100);
    const swapped = rect('b', 100, 0, 200, 100);
    swapped.geometry.coordinates = swapped.geometry.coordinates.map((r) => r.map(([lon, lat]) => [lat, lon]));
    const r = checkCoverage(collection([a, swapped]), collection([rect('C', 0, 0, 200, 100)]));
    expect(r.invalid.map((i) => [i.grid, i.reason])).toEqual([['b', 'swapped-lat-lon']]);
    expect(r.gaps).toEqual([]);
    expect(r.overlaps).toEqual([]);
  });

  it('shared vertices that differ by 1e-9° come out clean: no slivers, not even ignored ones', () => {
    const grids = jitter(collection(squares(10, 10, 50)), 1e-9);
    const r = checkCoverage(grids, jitter(collection([rect('C', 0, 0, 500, 500)]), 1e-9, 3));
    expect(r.ok).toBe(true);
    expect(r.summary.ignoredPieces).toBe(0);
    expect(r.summary.coveredPct).toBe(100);
  });

  it('pieces under the minimum area are noise: counted, not listed', () => {
    // a 4 mm gap along 200 m: 0.8 m²
    const grids = collection([rect('a', 0, 0, 100, 200), rect('b', 100.004, 0, 200, 200)]);
    const boundary = collection([rect('C', 0, 0, 200, 200)]);
    const quiet = checkCoverage(grids, boundary);
    expect(quiet.ok).toBe(true);
    expect(quiet.gaps).toEqual([]);
    expect(quiet.summary.ignoredPieces).toBe(1);
    expect(quiet.warnings.filter((w) => w.kind === 'micro-sliver')).toHaveLength(1);
    const strict = checkCoverage(grids, boundary, { minAreaM2: 0.5 });
    expect(strict.gaps).toHaveLength(1);
    expect(Math.abs(strict.gaps[0].areaM2 - 0.8)).toBeLessThan(0.01);
  });

  it('takes ids from properties.id, then feature.id, then the index (0 included)', () => {
    const a = rect(undefined, 0, 0, 100, 100);
    const b = { ...rect(undefined, 80, 0, 180, 100), id: 'fid' };
    const c = rect(0, 50, 50, 150, 150);
    const r = checkCoverage(collection([a, b, c]));
    const pairs = r.overlaps.map((o) => o.grids);
    expect(pairs).toContainEqual([0, 'fid']);
    expect(pairs.flat()).toContain(0);
    expect(r.overlaps).toHaveLength(3);
  });

  it('an empty file and an empty boundary list are fine', () => {
    expect(checkCoverage(collection([])).ok).toBe(true);
    const r = checkCoverage(collection([]), collection([rect('C', 0, 0, 100, 100)]));
    expect(r.gaps).toHaveLength(1);
    expect(r.summary.coveredPct).toBe(0);
  });
});
