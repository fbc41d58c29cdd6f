// @ts-check
/**
 * node scripts/build-cli.mjs [name…]: bundles command-line tools into plain JavaScript,
 * scripts/dist/<name>.mjs (one file, dependencies included), so they start in node's time instead
 * of tsx compiling TypeScript on every run. Beside each goes <name>.inputs.json, the files it was
 * built from and when, which scripts/cli.mjs uses to rebuild after a checkout or an edit.
 * Run by `npm run build` and by npm's prepare (so `npm ci` builds them). Plain JavaScript itself,
 * because it has to run before anything is built.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(root, 'scripts', 'dist');

/**
 * The tools built ahead, by name. The others (export-map, load-dataset, user) load the API, which
 * is being reworked; they still run through tsx.
 */
export const CLIS = /** @type {const} */ ({ 'check-coverage': 'scripts/check-coverage.ts' });

/** @param {string} name */
export async function buildCli(name) {
  const entry = CLIS[/** @type {keyof typeof CLIS} */ (name)];
  if (!entry) throw new Error(`no command-line tool named ${JSON.stringify(name)} (known: ${Object.keys(CLIS).join(', ')})`);
  const { build } = await import('esbuild');
  mkdirSync(DIST, { recursive: true });
  const builtAt = Date.now();
  const out = join(DIST, `${name}.mjs`);
  // written aside and renamed, so a run that starts meanwhile never loads half a file
  const tmp = `${out}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs);
  writeFileSync(`${tmp}.json`, JSON.stringify({ builtAt, inputs }));
  renameSync(tmp, out);
  renameSync(`${tmp}.json`, join(DIST, `${name}.inputs.json`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(CLIS);
  try {
    for (const name of names) await buildCli(name);
  } catch (e) {
    const err = /** @type {NodeJS.ErrnoException} */ (e);
    if (err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes("'esbuild'")) {
      // an install without dev dependencies: nothing to build with, and nothing that needs it
      console.warn('build-cli: esbuild is not installed, command-line tools not built');
    } else {
      console.error(`build-cli: ${err.message}`);
      process.exitCode = 1;
    }
  }
}
