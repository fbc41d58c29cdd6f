/** The stable command line: <grids.geojson> [--boundary <file.geojson>] [--min-area <m2>] [--json] */
export interface CoverageArgs {
  grids: string;
  boundary: string | null;
  minAreaM2: number;
  json: boolean;
}

export const USAGE = 'usage: npm run check-coverage -- <grids.geojson> [--boundary <file.geojson>] [--min-area <m2>] [--json]';

export type Parsed = { ok: true; args: CoverageArgs } | { ok: false; message: string } | { ok: 'help' };

export function parseCoverageArgs(argv: string[]): Parsed {
  let grids: string | null = null;
  let boundary: string | null = null;
  let minAreaM2 = 1;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const value = (): string | null => inline ?? (i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[++i] : null);
    if (a === '--help' || a === '-h') return { ok: 'help' };
    if (a === '--json') {
      if (inline !== undefined) return { ok: false, message: '--json takes no value' };
      json = true;
    } else if (a === '--boundary') {
      const v = value();
      if (!v) return { ok: false, message: '--boundary needs a file' };
      if (boundary !== null) return { ok: false, message: '--boundary given twice' };
      boundary = v;
    } else if (a === '--min-area') {
      const v = value();
      const n = v === null || v.trim() === '' ? NaN : Number(v);
      if (!Number.isFinite(n) || n < 0) return { ok: false, message: `--min-area needs a number of square metres ≥ 0, got ${JSON.stringify(v)}` };
      minAreaM2 = n;
    } else if (a.startsWith('-') && a !== '-') {
      return { ok: false, message: `unknown option ${a}` };
    } else if (grids === null) {
      grids = a;
    } else {
      return { ok: false, message: `unexpected argument ${JSON.stringify(a)}: only one grids file` };
    }
  }
  if (grids === null) return { ok: false, message: 'no grids file given' };
  return { ok: true, args: { grids, boundary, minAreaM2, json } };
}
