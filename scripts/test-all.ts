import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemDeps } from './lib/system-deps.ts';

/**
 * `npm test`: every suite — type checks, lint, vitest (geodata, api on SQLite and on a throw-away
 * PostgreSQL + PostGIS cluster, scripts, web) and Playwright e2e against the built app — then one
 * closing line "N passed, N failed" with the real totals.
 */
const root = resolve(fileURLToPath(import.meta.url), '../..');
const results = join(root, 'test-results');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const tally = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status === 0;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function typecheck() {
  for (const ws of ['geodata', 'api', 'web', 'scripts', 'e2e']) {
    if (run(`typecheck ${ws}`, bin('tsc'), ['-p', ws])) tally.passed += 1;
    else tally.failed += 1;
  }
  // import boundaries and a few correctness rules (eslint.config.js)
  if (run('lint', bin('eslint'), ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '.'])) tally.passed += 1;
  else tally.failed += 1;
}

function vitest() {
  const out = join(results, 'vitest.json');
  run('vitest (geodata, api, api-pg, scripts, web)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number }>(out);
  if (!r) {
    console.error('vitest wrote no results: counted as one failure');
    tally.failed += 1;
    return;
  }
  tally.passed += r.numPassedTests;
  // A test file that fails to load has no tests to count: count the file itself.
  tally.failed += r.numFailedTests + (r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
  tally.skipped += r.numPendingTests + r.numTodoTests;
}

function e2e() {
  if (!run('build the web app', process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'])) {
    tally.failed += 1;
    return;
  }
  const out = join(results, 'e2e.json');
  run('e2e (Playwright, Debian chromium)', bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts']);
  const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] }>(out);
  if (!r) {
    console.error('Playwright wrote no results: counted as one failure');
    tally.failed += 1;
    return;
  }
  tally.passed += r.stats.expected + r.stats.flaky;
  tally.failed += r.stats.unexpected + (r.errors?.length && r.stats.unexpected === 0 ? 1 : 0);
  tally.skipped += r.stats.skipped;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
// Chromium and the CJK fonts come first: the export tests in vitest render pages too.
const systemReady = ensureSystemDeps();
typecheck();
vitest();
if (!systemReady) tally.failed += 1;
else if (existsSync(join(root, 'e2e/playwright.config.ts'))) e2e();
console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
