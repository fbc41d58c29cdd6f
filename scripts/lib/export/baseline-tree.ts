import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORKSPACES = ['api', 'e2e', 'geodata', 'scripts', 'web'];

/**
 * Another build of the app to measure against in the same run (bench:export --baseline): a
 * directory holding a checkout with its web app, or a git ref whose tree is extracted once into
 * the temp directory (kept per commit, so the next run reuses it) and built there. An extracted
 * tree borrows this checkout's installed packages, except its own workspaces, so its server,
 * print page and renderer are all the ref's own.
 */
export function baselineTree(root: string, refOrDir: string): { dir: string; label: string } {
  if (existsSync(join(refOrDir, 'scripts/start.ts'))) return { dir: refOrDir, label: refOrDir };
  const sha = execFileSync('git', ['rev-parse', '--verify', `${refOrDir}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `wangge-baseline-${sha.slice(0, 12)}`);
  const label = `${refOrDir} (${sha.slice(0, 7)})`;
  if (existsSync(join(dir, 'web/dist/print.html'))) return { dir, label };
  const building = `${dir}.part`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C '${building}'`], { cwd: root, stdio: 'inherit' });
  linkPackages(root, building);
  console.log(`building the baseline's web app (${label})…`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: building, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the baseline's web app did not build (${label})`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return { dir, label };
}

/** node_modules pointing at this checkout's packages, with @wangge/* pointing at the tree's own workspaces. */
function linkPackages(root: string, tree: string) {
  const modules = join(tree, 'node_modules');
  mkdirSync(join(modules, '@wangge'), { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '@wangge') symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  for (const ws of WORKSPACES) {
    if (existsSync(join(tree, ws))) symlinkSync(join('..', '..', ws), join(modules, '@wangge', ws));
    const own = join(root, ws, 'node_modules');
    if (existsSync(own) && existsSync(join(tree, ws))) symlinkSync(own, join(tree, ws, 'node_modules'));
  }
}
