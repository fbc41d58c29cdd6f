import { describe, expect, it } from 'vitest';
import { applied, byId, expectCleanCoverage, key, metres, QUAD, vertexKeys } from '../test/edit-fixtures.ts';
import { insertSnapped, snapPosition, snapToleranceM } from './snap.ts';

describe('snapToleranceM', () => {
  it('is metres per pixel × pixels for MapLibre 512 px tiles', () => {
    // 40 075 016.686 m / 512 px / 2^18 = 0.298582 m/px at the equator; × cos 27.147° (0.889839)
    expect(snapToleranceM(10, 27.147, 18)).toBeCloseTo(2.6569, 3);
    expect(snapToleranceM(1, 0, 0)).toBeCloseTo(78271.517, 2);
  });
});

describe('snapPosition', () => {
  it('snaps to the nearest vertex in reach, naming every grid that has it', () => {
    const snap = snapPosition(QUAD.features, metres(99.8, 99.7), { toleranceM: 0.5 });
    expect(snap?.kind).toBe('vertex');
    expect(snap!.position).toEqual(metres(100, 100));
    expect(snap!.distanceM).toBeCloseTo(Math.hypot(0.2, 0.3), 3);
    expect(snap!.grids.sort()).toEqual(['r0c0', 'r0c1', 'r1c0', 'r1c1']);
  });

  it('prefers a vertex in reach over a nearer edge', () => {
    const snap = snapPosition(QUAD.features, metres(100.05, 99.6), { toleranceM: 0.5 });
    expect(snap?.kind).toBe('vertex');
  });

  it('snaps to the nearest point of an edge when no vertex is in reach', () => {
    const snap = snapPosition(QUAD.features, metres(100.3, 40), { toleranceM: 0.5 });
    expect(snap?.kind).toBe('edge');
    expect(snap!.distanceM).toBeCloseTo(0.3, 3);
    expect(snap!.grids.sort()).toEqual(['r0c0', 'r0c1']);
    expect(snap!.position[0]).toBeCloseTo(metres(100, 40)[0], 10);
    expect(snap!.position[1]).toBeCloseTo(metres(100, 40)[1], 8);
  });

  it('returns null out of reach, and skips excluded grids and the dragged vertex', () => {
    expect(snapPosition(QUAD.features, metres(50, 50), { toleranceM: 2 })).toBeNull();
    const onlyRight = snapPosition(QUAD.features, metres(100.3, 40), { toleranceM: 0.5, exclude: ['r0c0'] });
    expect(onlyRight?.grids).toEqual(['r0c1']);
    const dragged = snapPosition(QUAD.features, metres(99.8, 99.7), { toleranceM: 0.5, ignore: metres(100, 100) });
    expect(dragged).toBeNull();
  });

  it('an edge snap inserted into the neighbours leaves no T-junction', () => {
    const snap = snapPosition(QUAD.features, metres(100.3, 40), { toleranceM: 0.5 })!;
    const after = applied(QUAD.features, insertSnapped(QUAD.features, snap));
    expect(vertexKeys(byId(after, 'r0c0')).has(key(snap.position))).toBe(true);
    expect(vertexKeys(byId(after, 'r0c1')).has(key(snap.position))).toBe(true);
    expectCleanCoverage(after);
  });
});
