import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeExportRequest, EXPORT_FORMATS, type ExportFormat } from '@wangge/geodata';
import type { PrintRequest } from '@wangge/api/export/print-options';

export const USAGE = `usage: npm run export-map -- --week YYYY-MM-DD --kind status|coverage|problems --paper A4|A3
         [--orientation landscape|portrait] --format png|pdf --out FILE [--url http://host:port | --db FILE]
         [--title "…"] [--lang zh|en] [--layers problems,zones] [--community ID | --all-communities]
         [--grid ID (outlined)] [--frame town|view|grid] [--bbox W,S,E,N (with --frame view)]
         [--problem-status S,S] [--problem-category C,C] [--problem-from YYYY-MM-DD] [--problem-to YYYY-MM-DD]
         [--problem-grid ID] [--problem-unit ID] [--problem-owner ID] [--problem-overdue]
  without --url the database --db FILE (else WANGGE_DB, default data/wangge.db) is served for the export`;

export interface ExportArgs {
  request: PrintRequest;
  out: string;
  /** the running app to render from; null: serve the configured database here */
  url: string | null;
  /** an existing database file to serve (not with url); null: the configured one */
  db: string | null;
}

export type ArgsCheck = { ok: true; args: ExportArgs } | { ok: false; message: string };

/** Whether a file can be written at `path`: its folder exists and is writable, and it is not a folder itself. */
export function checkWritable(path: string): string | null {
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) return `--out ${path} is a folder, not a file`;
    try {
      accessSync(path, constants.W_OK);
    } catch {
      return `--out ${path} exists and cannot be written`;
    }
    return null;
  }
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `--out ${path}: the folder ${dir} does not exist`;
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return `--out ${path}: the folder ${dir} cannot be written`;
  }
  return null;
}

function checkUrl(value: string): string | null {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : `--url ${value} is not an http(s) address`;
  } catch {
    return `--url ${value} is not an address like http://localhost:8080`;
  }
}

/** Reads export-map's argv; every mistake is a message, nothing is rendered or written from bad arguments. */
export function parseExportArgs(argv: string[], cwd = process.cwd()): ArgsCheck {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        week: { type: 'string' },
        kind: { type: 'string' },
        paper: { type: 'string' },
        orientation: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        url: { type: 'string' },
        db: { type: 'string' },
        title: { type: 'string' },
        lang: { type: 'string' },
        community: { type: 'string' },
        layers: { type: 'string' },
        'all-communities': { type: 'boolean' },
        grid: { type: 'string' },
        frame: { type: 'string' },
        bbox: { type: 'string' },
        'problem-status': { type: 'string' },
        'problem-category': { type: 'string' },
        'problem-from': { type: 'string' },
        'problem-to': { type: 'string' },
        'problem-grid': { type: 'string' },
        'problem-unit': { type: 'string' },
        'problem-owner': { type: 'string' },
        'problem-overdue': { type: 'boolean' },
      },
    }));
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  if (!values.out) return { ok: false, message: '--out FILE is required' };
  const out = resolve(cwd, values.out);
  const ext = extname(out).slice(1).toLowerCase();
  const fromExt = (EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : undefined;
  const query: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'out' || name === 'url' || name === 'db') continue;
    query[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value === true ? '1' : value === false ? undefined : value;
  }
  // its print page reads the round's scores, which only a logged-in reader may: the CLI has no session
  if (values.kind === 'assessment') return { ok: false, message: "--kind assessment is not printed from the command line: download the round's report in the app (GET /api/assessment/rounds/:id/report)" };
  const checked = decodeExportRequest(query, { format: fromExt });
  if (!checked.ok) return { ok: false, message: checked.message };
  const request = checked.value;
  if (fromExt && fromExt !== request.format) return { ok: false, message: `--out ${values.out} ends in .${ext} but --format is ${request.format}` };
  const unwritable = checkWritable(out);
  if (unwritable) return { ok: false, message: unwritable };
  const badUrl = values.url ? checkUrl(values.url) : null;
  if (badUrl) return { ok: false, message: badUrl };
  if (values.url && values.db) return { ok: false, message: 'choose either --url (a running app) or --db (a database file)' };
  const db = values.db ? resolve(cwd, values.db) : null;
  // a missing file would be created and seeded with the demo county: a meeting map of the wrong data
  if (db && (!existsSync(db) || !statSync(db).isFile())) return { ok: false, message: `--db ${values.db}: no such database file` };
  return { ok: true, args: { request, out, url: values.url ? values.url.replace(/\/$/, '') : null, db } };
}
