import type { Score } from './score.ts';

export interface Row {
  n: number | string;
  vertices: number;
  data: string;
  tool: string;
  /** in-process: median ms of the call itself, after warm-up (NaN where not measured) */
  medianMs: number;
  /** as a user runs it: a new process per run, median wall ms and CPU ms */
  process?: { wallMs: number; cpuMs: number };
  /** the tool's process at its largest (resident set), MB */
  peakMB?: number;
  score: Score | null;
  note?: string;
}

const fmt = (x: number) => (Number.isNaN(x) ? '' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** The benchmark table as aligned text (also valid Markdown). */
export function renderTable(rows: Row[]): string {
  const head = ['N', 'vertices', 'data', 'tool', 'median ms', 'whole process ms (CPU)', 'peak MB', 'overlaps', 'gaps', 'overlap m²', 'gap m²', 'worst err', 'pieces', 'exact'];
  const body = rows.map((r) => {
    const s = r.score;
    return [
      String(r.n),
      String(r.vertices),
      r.data,
      r.tool,
      fmt(r.medianMs),
      r.process ? `${fmt(r.process.wallMs)} (${fmt(r.process.cpuMs)})` : '',
      r.peakMB === undefined ? '' : r.peakMB.toFixed(0),
      s ? `${s.overlaps[0]}/${s.overlaps[1]}` : '',
      s ? `${s.gaps[0]}/${s.gaps[1]}` : '',
      s ? `${s.overlapAreaM2[0].toFixed(1)}/${s.overlapAreaM2[1].toFixed(1)}` : '',
      s ? `${s.gapAreaM2[0].toFixed(1)}/${s.gapAreaM2[1].toFixed(1)}` : '',
      s && s.worstError !== null ? `${(100 * s.worstError).toFixed(3)}%` : '',
      s ? String(s.rawPieces) : '',
      s ? (s.exact ? 'yes' : 'NO') + (r.note ? ` (${r.note})` : '') : (r.note ?? ''),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
