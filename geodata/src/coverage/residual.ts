import { nodeSegments, type Segments } from './noding.ts';
import type { Welder } from './weld.ts';

export interface Misaligned {
  /** owners, lower first */
  a: number;
  b: number;
  count: number;
  /** a vertex where they meet */
  at: number;
}

export interface Residual {
  /** edge pieces nothing cancels: where coverage can change */
  segs: Segments;
  misaligned: Misaligned[];
}

/**
 * The edges left unpaired by vertex ids, cut where they meet each other (T-junctions: a vertex of
 * one grid on the edge of its neighbour; crossings), and paired again piece by piece. What still
 * has no partner is the residual: the outline of every defect and nothing else. Pairs made only
 * after cutting are misaligned edges (a warning, no area lost).
 */
export function resolveResidual(
  welder: Welder,
  unmatched: Segments,
  compatible: (a: number, b: number) => boolean,
): Residual {
  const noded = nodeSegments(welder, unmatched);
  const byKey = new Map<number, number[]>();
  const N = 2 ** 26;
  for (let i = 0; i < noded.u.length; i++) {
    const a = noded.u[i], b = noded.v[i];
    const key = a < b ? a * N + b : b * N + a;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const segs: Segments = { u: [], v: [], label: [] };
  const mis = new Map<number, Misaligned>();
  for (const list of byKey.values()) {
    const used = new Uint8Array(list.length);
    for (let p = 0; p < list.length; p++) {
      if (used[p]) continue;
      const i = list[p];
      for (let q = p + 1; q < list.length; q++) {
        if (used[q]) continue;
        const j = list[q];
        if (noded.u[j] !== noded.v[i] || !compatible(noded.label[i], noded.label[j])) continue;
        used[p] = used[q] = 1;
        if (noded.wasSplit[noded.origin[i]] || noded.wasSplit[noded.origin[j]]) {
          const a = Math.min(noded.label[i], noded.label[j]);
          const b = Math.max(noded.label[i], noded.label[j]);
          const key = a * N + b;
          const m = mis.get(key);
          if (m) m.count++;
          else mis.set(key, { a, b, count: 1, at: noded.u[i] });
        }
        break;
      }
    }
    for (let p = 0; p < list.length; p++) {
      if (used[p]) continue;
      const i = list[p];
      segs.u.push(noded.u[i]);
      segs.v.push(noded.v[i]);
      segs.label.push(noded.label[i]);
    }
  }
  return { segs, misaligned: [...mis.values()] };
}
