import type { RenderPhases } from '@wangge/api/export/render-map';

/** One export as bench:export measured it. */
export interface Sample {
  wallMs: number;
  cpuS: number;
  bytes: number;
  phases: RenderPhases;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sec = (ms: number) => (ms / 1000).toFixed(1);

/**
 * The table's rows, one column per build: wall time (median, min–max), CPU seconds, the file's
 * size, and the median of each phase. The per-sheet split is whatever the build's print page
 * reports (its timings' keys, summed over the sheets): an older page may split differently or
 * not at all, and a key one build lacks shows as –.
 */
export function phaseRows(builds: Sample[][], captureName: string): string[][] {
  const keys = [...new Set(builds.flatMap((samples) => samples.flatMap((s) => s.phases.sheets.flatMap((sheet) => Object.keys(sheet)))))];
  const each = (f: (s: Sample) => number | null, show: (x: number) => string) =>
    builds.map((samples) => {
      const xs = samples.map(f).filter((x): x is number => x !== null);
      return xs.length ? show(median(xs)) : '–';
    });
  const sheetSum = (s: Sample, key: string) => {
    const xs = s.phases.sheets.map((sheet) => (sheet as unknown as Record<string, number | undefined>)[key]);
    return xs.length && xs.every((x) => x !== undefined) ? xs.reduce((a, x) => a + x!, 0) : null;
  };
  return [
    ['wall (median, min–max)', ...builds.map((xs) => `${sec(median(xs.map((s) => s.wallMs)))} s (${sec(Math.min(...xs.map((s) => s.wallMs)))}–${sec(Math.max(...xs.map((s) => s.wallMs)))})`)],
    ['CPU seconds (median)', ...each((s) => s.cpuS, (x) => x.toFixed(1))],
    ['file', ...each((s) => s.bytes, (x) => `${(x / 1024 / 1024).toFixed(1)} MiB`)],
    ['  page load', ...each((s) => s.phases.navigateMs, (x) => `${sec(x)} s`)],
    ['  drawing', ...each((s) => s.phases.drawMs, (x) => `${sec(x)} s`)],
    ...keys.map((k) => [`    maps: ${k.replace(/Ms$/, '')}`, ...each((s) => sheetSum(s, k), (x) => `${sec(x)} s`)]),
    [`  ${captureName}`, ...each((s) => s.phases.captureMs, (x) => `${sec(x)} s`)],
  ];
}
