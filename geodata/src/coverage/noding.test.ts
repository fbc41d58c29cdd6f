import { describe, expect, it } from 'vitest';
import { nodeSegments } from './noding.ts';
import { VertexStore, Welder } from './weld.ts';

function setup(points: [number, number][]) {
  const w = new Welder(new VertexStore(), 0.001);
  const ids = points.map(([x, y]) => w.weld(x, y));
  return { w, ids };
}

describe('nodeSegments', () => {
  it('cuts an edge at a vertex of another that lies on it (a T-junction)', () => {
    const { w, ids } = setup([[0, 0], [10, 0], [4, 0.0004], [4, 5]]);
    const r = nodeSegments(w, { u: [ids[0], ids[2]], v: [ids[1], ids[3]], label: [7, 8] });
    const pieces = r.u.map((u, i) => [u, r.v[i], r.label[i]]);
    expect(pieces).toContainEqual([ids[0], ids[2], 7]);
    expect(pieces).toContainEqual([ids[2], ids[1], 7]);
    expect(r.wasSplit[0]).toBe(1);
    expect(r.wasSplit[1]).toBe(0);
  });

  it('makes one shared vertex where two edges cross, and finds it again for the next pair', () => {
    const { w, ids } = setup([[0, 0], [10, 10], [0, 10], [10, 0]]);
    const r = nodeSegments(w, { u: [ids[0], ids[2], ids[0]], v: [ids[1], ids[3], ids[1]], label: [1, 2, 3] });
    expect(r.u).toHaveLength(6);
    const mid = r.v[r.u.indexOf(ids[0])];
    expect([w.store.x[mid], w.store.y[mid]]).toEqual([5, 5]);
    expect(new Set(r.u.concat(r.v)).size).toBe(5);
  });

  it('leaves apart edges that merely come near (beyond the tolerance)', () => {
    const { w, ids } = setup([[0, 0], [10, 0], [4, 0.01], [4, 5]]);
    const r = nodeSegments(w, { u: [ids[0], ids[2]], v: [ids[1], ids[3]], label: [1, 2] });
    expect(r.u).toHaveLength(2);
  });
});
