import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { sheetSizeMm, type ConfigResponse } from '@wangge/geodata';
import { renderMap } from '@wangge/api/export/render-map';
import { launchChromium } from './lib/browser.ts';
import { parseExportArgs, USAGE } from './lib/export/cli-args.ts';
import { serveTemp, type TempServer } from './lib/serve-temp.ts';

/**
 * npm run export-map — a meeting map as a 300 dpi PNG or a PDF, rendered headless from the print
 * page of a running app (--url) or of a database file (--db, else the configured one) served here for the purpose.
 * Exit 0: written · 1: the export failed (server or rendering) · 2: bad arguments (nothing written).
 */
const parsed = parseExportArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`export-map: ${parsed.message}\n${USAGE}`);
  process.exit(2);
}
const { request, out, url, db } = parsed.args;

async function config(base: string): Promise<ConfigResponse> {
  const res = await fetch(`${base}/api/config`).catch((err: Error) => {
    throw new Error(`cannot reach ${base}: ${err.message}`);
  });
  if (!res.ok) throw new Error(`${base}/api/config answered ${res.status}: is that a wangge server?`);
  return (await res.json()) as ConfigResponse;
}

/** The selected grid or the community that the server does not know, as a message (a typo is a bad argument, not a failed render). */
async function unknownIds(base: string): Promise<string | null> {
  const ids = async (path: string) => new Set(((await (await fetch(`${base}${path}`)).json()) as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id));
  if (request.grid && !(await ids('/api/grids')).has(request.grid)) return `--grid ${request.grid} is not a grid of ${base}`;
  if (request.community && !(await ids('/api/communities')).has(request.community)) return `--community ${request.community} is not a community of ${base}`;
  return null;
}

let server: TempServer | null = null;
let code = 0;
const started = performance.now();
try {
  server = url ? null : await serveTemp(db ? { WANGGE_DB: db } : {}, undefined, { database: 'configured' });
  const base = url ?? server!.url;
  const { currentWeek, firstWeek } = await config(base);
  const unknown =
    request.week > currentWeek
      ? `week ${request.week} has not started yet (the current week is ${currentWeek})`
      : request.kind === 'status' && firstWeek !== null && request.week < firstWeek
        ? `week ${request.week} is before the first reported week (${firstWeek}): there is no report data for it`
        : await unknownIds(base);
  if (unknown) {
    console.error(`export-map: ${unknown}`);
    code = 2;
  } else {
    const browser = await launchChromium();
    try {
      const bytes = await renderMap(request, { baseUrl: base, browser });
      // written beside the target and renamed, so a failed export never leaves half a file
      const partial = `${out}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, out);
      const mm = sheetSizeMm(request.paper, request.orientation);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB, ${request.format.toUpperCase()} ${request.paper} ${request.orientation} ${mm.width}×${mm.height} mm) in ${seconds} s`);
    } finally {
      await browser.close();
    }
  }
} catch (err) {
  rmSync(`${out}.partial`, { force: true });
  console.error(`export-map: ${(err as Error).message}`);
  code = 1;
} finally {
  await server?.stop();
}
process.exit(code);
