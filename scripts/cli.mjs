// @ts-check
/**
 * node scripts/cli.mjs <name> [args…]: runs the prebuilt scripts/dist/<name>.mjs with the args.
 * If it is missing, or any file it was built from has changed since (a checkout, an edit after
 * `npm ci`), it is rebuilt first, so the fast path never runs yesterday's code. The check is one
 * stat per source file, about a millisecond.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'scripts', 'dist');
// the tool reads its own arguments from argv[2] on, as it would if run directly
const [name] = process.argv.splice(2, 1);

/** @param {string} tool */
function isFresh(tool) {
  try {
    const meta = JSON.parse(readFileSync(join(dist, `${tool}.inputs.json`), 'utf8'));
    statSync(join(dist, `${tool}.mjs`));
    return meta.inputs.every((/** @type {string} */ f) => statSync(join(root, f)).mtimeMs <= meta.builtAt);
  } catch {
    return false;
  }
}

if (!name) {
  process.stderr.write('usage: node scripts/cli.mjs <tool> [args…]\n');
  process.exit(2);
}
if (!isFresh(name)) {
  try {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli(name);
  } catch (e) {
    process.stderr.write(`${name}: cannot build scripts/dist/${name}.mjs: ${/** @type {Error} */ (e).message}\n`);
    process.exit(2);
  }
}
await import(pathToFileURL(join(dist, `${name}.mjs`)).href);
